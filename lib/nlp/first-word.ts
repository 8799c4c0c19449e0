/**
 * How the words of a mention are read (issue 13): whether a name's first word begins with a
 * proclitic to drop — decided once, with evidence, and used both for the name shown and for its
 * key — whether a word is a common noun rather than part of a name, and compound first names.
 */
import { stripClitics } from './clitics';
import { NAME_HEADS } from './name-words';
import { normalizeWord } from '../text/normalize';

/** Order of magnitude of a form's count in the unlabelled text, -1 when unseen. */
export type Magnitude = (form: string) => number;

/** What the clitic decision may consult. */
export interface ClitcEvidence {
  /** Whether the rest after a one-letter proclitic is known (in the article, gazetteer …). */
  known: (stem: string, letter: string) => boolean;
  /** Letters the rest must keep at least. */
  minRest: number;
  magnitude: Magnitude;
  /** Whether a dictionary knows the word whole as a name. */
  isWhole: (word: string) => boolean;
  /** Whether the word whole is a large city's or a listed town's name. */
  isTown?: (word: string) => boolean;
  /** Whether the rest is a place the article itself writes alone (a tie in the counts goes to it). */
  inArticle?: (stem: string) => boolean;
}

/**
 * The clitic to drop from a name's first word, decided with evidence: a one-letter proclitic
 * (و ف ب ل ك) is dropped only when the rest also stands in the article (or, for ب ل ك ف, in the
 * gazetteer), so `وروسيا` → `روسيا` and `لفلسطين` → `فلسطين` but `كازاخستان`, `بوتين`, `واشنطن`
 * stay whole — and never when the unlabelled text knows the whole word at least as well as the rest
 * (`لبنان` is not ل + بنان, `باريس` not ب + اريس). Prefixes with the article (وال، بال …) are
 * clitics; `لل` is ل + ال (`للعاصمة`) unless the word with one ل is the better-known form
 * (`لليبيا` = ل + ليبيا).
 */
function cliticOf(word: string, ev: ClitcEvidence): string {
  const n = normalizeWord(word);
  const { prefix } = stripClitics(n);
  if (prefix.endsWith('لل')) {
    const withL = n.slice(prefix.length - 1);
    return ev.magnitude(withL) > ev.magnitude(n.slice(prefix.length))
      ? prefix.slice(0, -1)
      : prefix;
  }
  // A place or organisation the dictionary knows whole (بالتيمور) keeps its first letters, and so
  // does a listed town of one word (براوة is no ب + راوة).
  if ((prefix && ev.isWhole(word)) || ev.isTown?.(word)) return '';
  if (prefix.includes('ال')) return prefix;
  const letter = n[0] ?? '';
  // A head word whole is never a letter and a rest (وزارة is no و + زارة where the article also
  // names عين زارة).
  if (NAME_HEADS.has(n)) return '';
  // Before the head word of a name (ومحافظة الجوف، لقطاع غزة) the letter is always a proclitic.
  if ('وفبلك'.includes(letter) && NAME_HEADS.has(n.slice(1))) return letter;
  // (…and two: a conjunction and a preposition, وبقانون العمل، ولمحافظة الجوف)
  if (/^[وف][بلك]/.test(n) && NAME_HEADS.has(n.slice(2))) return n.slice(0, 2);
  if ('وفبلك'.includes(letter) && n.length - 1 >= ev.minRest && ev.known(n.slice(1), letter)) {
    // The lexicon's forms have و stripped already, so its counts say nothing about و.
    const whole = ev.magnitude(n);
    // (the unlabelled text's counts are of words without the article: ألمانيا is counted as مانيا)
    const rest = n.slice(1);
    const restCount = ev.magnitude(rest.startsWith('ال') && rest.length > 4 ? rest.slice(2) : rest);
    // (where the two are as common, the article that writes the rest alone decides: بمراكش beside
    // مراكش)
    if (
      letter !== 'و' &&
      whole >= 0 &&
      (whole > restCount || (whole === restCount && !ev.inArticle?.(rest)))
    )
      return '';
    return letter;
  }
  return '';
}

/**
 * A name's first word read once: `skip` leading characters of the surface to drop for display and
 * `prefix` to put before it (لل → ال), and its `key` form — normalised, the clitic removed, and ال
 * too (for a name of `several` words also from a short word: البي بي سي → بي بي سي).
 */
export function readFirstWord(
  word: string,
  ev: ClitcEvidence,
  several: boolean,
): { skip: number; prefix: string; key: string } {
  const clitic = cliticOf(word, ev);
  const n = normalizeWord(word);
  const rest = n.slice(clitic.length);
  const withArticle = clitic.includes('ال') || clitic.endsWith('لل');
  const key = withArticle
    ? rest
    : rest.startsWith('ال') && (rest.length > 4 || (several && rest.length > 3))
      ? rest.slice(2)
      : rest;
  if (!clitic) return { skip: 0, prefix: '', key };
  const lettersToDrop = clitic.endsWith('ال')
    ? clitic.length - 2
    : clitic.endsWith('لل')
      ? clitic.length - 1
      : clitic.length;
  // Walk the surface, skipping marks, until that many letters are dropped.
  let dropped = 0;
  let skip = 0;
  while (skip < word.length && dropped < lettersToDrop) {
    if (!/[\u064b-\u065f\u0670\u0640]/.test(word[skip]!)) dropped++;
    skip++;
  }
  return { skip, prefix: clitic.endsWith('لل') && !clitic.endsWith('ال') ? 'ا' : '', key };
}

/** The words of an article, normalised and also without the article: evidence for clitics. */
export function articleWords(words: string[]): Set<string> {
  const vocab = new Set<string>();
  for (const w of words) {
    const n = normalizeWord(w);
    vocab.add(n);
    if (n.startsWith('ال')) vocab.add(n.slice(2));
  }
  return vocab;
}

/**
 * The noun under a possessive suffix (جنوبه → جنوب، مديرته → مديره), when one word ends with one
 * written with a real ه (a name ending in ة is left alone).
 */
export function possessiveBase(word: string): string | undefined {
  const surface = word.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  if (surface.includes(' ')) return undefined;
  const m = /^(.{3,}?)(ه|ها|هم|هما|هن|كم|نا)$/u.exec(surface);
  if (!m) return undefined;
  const base = normalizeWord(m[1]!);
  return base.endsWith('ت') ? `${base.slice(0, -1)}ه` : base;
}

/**
 * Whether a word is a common noun or adjective rather than part of a name: it carries the article
 * (or a possessive suffix, مديرته) and the unlabelled text knows it (ten times or more) — names
 * seldom take either.
 */
export function isCommonNoun(word: string, magnitude: Magnitude): boolean {
  const { stem, prefix } = stripClitics(normalizeWord(word));
  if (prefix.includes('ال') || prefix.endsWith('لل')) return magnitude(stem) >= 1;
  const possessed = possessiveBase(word);
  return possessed !== undefined && magnitude(possessed) >= 1;
}

/** Compound first names of people written as one word or two (عبد العاطي / عبدالعاطي): one key form. */
export function compactNames(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === 'عبد' || w === 'ابو') && i + 1 < words.length) out.push(w + words[++i]!);
    else out.push(w);
  }
  return out;
}
