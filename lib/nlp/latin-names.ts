/**
 * Organisations an Arabic article names in Latin letters (issue 13): a company, a channel or a
 * site the article introduces by its kind (شركة Volocopter، شركتي Terrafugia و Joby Aviation،
 * قناة (SWR)، شركة الأبحاث CB Insights) is that organisation, there and wherever the article
 * names it again in the same letters. The tagger, trained on Arabic script, leaves such names
 * untagged; a Latin word with no such head before it (a photo credit, a product, a quoted
 * English phrase) is left as it is.
 */
import { isDefinite, isOneOf } from './tag-edits';
import { normalizeWord } from '../text/normalize';

/** Kinds of organisation, as written before a Latin name (singular, dual and plural). */
const LATIN_ORG_HEADS = new Set(
  [
    'شركة',
    'شركتي',
    'شركتا',
    'شركات',
    'مجموعة',
    'موقع',
    'منصة',
    'قناة',
    'شبكة',
    'صحيفة',
    'جريدة',
    'مجلة',
    'وكالة',
    'مؤسسة',
    'منظمة',
    'بنك',
    'مصرف',
    'صندوق',
    'مختبر',
    'مختبرات',
    'استوديو',
    'استوديوهات',
  ].map(normalizeWord),
);

const OPENERS = new Set(['(', '"', '“', '«', '„', "'"]);
/** Acronyms of technologies and things, not organisations (written in capitals, no hyphen). */
const GENERIC = new Set([
  'WIFI',
  'VPN',
  'GPS',
  'LTE',
  'AI',
  'IT',
  'SMS',
  'USB',
  'API',
  'PDF',
  'HD',
  'TV',
  'DNA',
  'PCR',
  'IP',
  'URL',
  'CEO',
  'VIP',
  'NFT',
  'ATM',
]);
/** The most words of one Latin name. */
const MAX_WORDS = 4;

const isLatinWord = (token: string) => /^[A-Za-z][A-Za-z0-9&'’-]*$/.test(token);
/** A word that can begin a name: a capital first (Volocopter, eBay's kind aside), or all capitals. */
const beginsName = (token: string) => /^[A-Z]/.test(token);

/**
 * The end of the Latin name that starts at `from` (`from` itself when none starts there). Not a
 * part of a name written with a slash (X/Open, OSF/1, EPA-EFE/REX), which the tokens cut.
 */
function latinRun(tokens: string[], from: number): number {
  if (!isLatinWord(tokens[from] ?? '') || !beginsName(tokens[from]!) || tokens[from - 1] === '/')
    return from;
  let end = from + 1;
  while (
    end < tokens.length &&
    end - from < MAX_WORDS &&
    (isLatinWord(tokens[end]!) || (/^\d+$/.test(tokens[end]!) && isLatinWord(tokens[end - 1]!)))
  )
    end++;
  return tokens[end] === '/' ? from : end;
}

/**
 * Claims, in place, the organisations of one article named in Latin letters after their kind, and
 * the article's other mentions of the same names.
 */
export function claimLatinNames(sentences: string[][], tags: string[][]): void {
  const names = new Set<string>();
  const claimRun = (t: string[], start: number, end: number, tokens: string[]) => {
    const name = tokens.slice(start, end).join(' ');
    // (not a letter, مجموعة F, nor a technology's acronym, شبكة Wi-Fi، موقع GPS)
    if (name.length < 2 || GENERIC.has(name.toUpperCase().replace(/-/g, ''))) return false;
    if (t.slice(start, end).some((x) => x !== 'O')) return false;
    for (let k = start; k < end; k++) t[k] = `${k === start ? 'B' : 'I'}-ORG`;
    names.add(name);
    return true;
  };
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    // (most sentences have no Latin word: nothing to read)
    if (!tokens.some((w) => isLatinWord(w))) return;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (t[k] !== 'O' || !isOneOf(tokens[k]!, LATIN_ORG_HEADS)) continue;
      let at = k + 1;
      // (one word of the head's own: شركة الأبحاث CB Insights)
      if (isDefinite(tokens[at]!) && t[at] === 'O' && latinRun(tokens, at + 1) > at + 1) at++;
      if (OPENERS.has(tokens[at]!)) at++;
      let end = latinRun(tokens, at);
      if (end === at || !claimRun(t, at, end, tokens)) continue;
      // …and the names listed after it with و (شركتي Terrafugia و Joby Aviation).
      while (tokens[end] === 'و' || tokens[end] === '،' || tokens[end] === ',') {
        const next = latinRun(tokens, end + 1);
        if (next === end + 1 || !claimRun(t, end + 1, next, tokens)) break;
        end = next;
      }
      k = end - 1;
    }
  });
  if (!names.size) return;
  // The article's other mentions of those names, in the same letters.
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k < tokens.length; k++) {
      if (t[k] !== 'O' || (k > 0 && isLatinWord(tokens[k - 1]!))) continue;
      const end = latinRun(tokens, k);
      if (end > k && names.has(tokens.slice(k, end).join(' '))) claimRun(t, k, end, tokens);
    }
  });
}
