/**
 * Another name the article gives an entity in parentheses right after its name (issue 13, "one
 * entity, one entry"): an acronym after an organisation (قوات سوريا الديمقراطية (قسد)، منظمة الصحة
 * العالمية (WHO)) or a nickname after a person (أحمد حسام (ميدو)). Wherever else the article uses
 * that name, it is the same entity, named so — whether the tagger tagged it (as anything) or not.
 */
import { COMMON_WORDS } from './common-words';
import { FUNCTION_WORDS } from './function-words';
import type { Mention } from './entities';
import type { EntityType } from './tags';
import type { Token } from './tokenize';
import { CLOSE_QUOTES, OPEN_QUOTES } from './named-after';
import { normalizeWord } from '../text/normalize';

/**
 * Words of photo captions and credits (news agencies), which stand in parentheses after names too:
 * … (رويترز) is where the picture or the story came from.
 */
const CAPTION_WORDS = new Set(
  [
    'رويترز',
    'فرانس',
    'برس',
    'الأناضول',
    'أسوشيتد',
    'وكالات',
    'واس',
    'سانا',
    'إرنا',
    'قنا',
    'وام',
    'الفرنسية',
    'صورة',
    'الصورة',
    'أرشيف',
    'أرشيفية',
    'ارشيفية',
    'يمين',
    'يسار',
    'وسط',
    'الوسط',
    'اليمين',
    'اليسار',
    'تعبيرية',
    'فيديو',
  ].map(normalizeWord),
);
/** At most this many words in the other name. */
const MAX_ALIAS_WORDS = 3;

/** A word that can be part of another name: letters only, no function or common word. */
function isNameToken(token: string): boolean {
  if (!/^[\p{L}\p{M}\u0640]+$/u.test(token)) return false;
  const n = normalizeWord(token);
  return !FUNCTION_WORDS.has(n) && !COMMON_WORDS.has(n);
}

/** A Latin acronym (WHO، UNICEF, SDF): capitals only, two to eight of them. */
const isLatinAcronym = (token: string) => /^[A-Z]{2,8}$/.test(token);

/**
 * Finds the other names given in parentheses after organisations and persons of several words.
 * Returns the article's mentions with each mention of another name retyped as the entity it names,
 * and a mention added for each use of another name that was no mention yet (`makeMention` builds
 * it from the tokens it covers); and `joins`: each other name's key → the key of the entity it
 * names, for grouping. `isOtherEntity(surface, of)` refuses another name that a list knows as
 * another type than the mention `of` (a place's dateline, (CNN)).
 */
export function applyArticleAliases<M extends Mention>(
  sentences: Token[][],
  mentions: M[],
  makeMention: (sentence: number, first: number, last: number, type: EntityType) => M,
  isOtherEntity: (surface: string, of: M) => boolean = () => false,
): { mentions: M[]; joins: Map<string, string> } {
  // The other name's normalised words → the mention it was given for.
  const aliases = new Map<string, M>();
  for (const m of mentions) {
    if ((m.type !== 'ORG' && m.type !== 'PER') || m.words.length < 2) continue;
    const tokens = sentences[m.sentence]!;
    // (searches bounded by the mention and the longest other name: linear in the text)
    let last = m.firstToken;
    while (last < tokens.length && tokens[last]!.end < m.end) last++;
    if (tokens[last]?.end !== m.end) continue;
    // (in parentheses; an organisation's also in quotes: مؤسسة الطاقة الذرية الروسية "روساتوم")
    const open = tokens[last + 1]?.text ?? '';
    const closing =
      open === '(' ? ')' : m.type === 'ORG' && OPEN_QUOTES.has(open) ? CLOSE_QUOTES : undefined;
    if (!closing) continue;
    const closes = (text: string) =>
      typeof closing === 'string' ? text === closing : closing.has(text);
    let close = last + 2;
    while (
      close < tokens.length &&
      close <= last + 2 + MAX_ALIAS_WORDS &&
      !closes(tokens[close]!.text)
    )
      close++;
    if (!closes(tokens[close]?.text ?? '')) continue;
    const inside = tokens.slice(last + 2, close);
    if (inside.length < 1 || inside.length > MAX_ALIAS_WORDS) continue;
    // (a quote mark may close a quotation instead: in quotes, only a name the tagger found
    // there, whole)
    if (
      closing !== ')' &&
      !mentions.some(
        (o) =>
          o.sentence === m.sentence &&
          o.start === inside[0]!.start &&
          o.end === inside[inside.length - 1]!.end,
      )
    )
      continue;
    if (!inside.every((t) => isNameToken(t.text))) continue;
    const latin = inside.every((t) => /^[A-Za-z]+$/.test(t.text));
    // An organisation's acronym is one Latin word in capitals or Arabic words; a person's other
    // name is Arabic.
    if (latin && (m.type === 'PER' || inside.length > 1 || !isLatinAcronym(inside[0]!.text)))
      continue;
    const surface = inside.map((t) => t.text).join(' ');
    // Not a photo caption or credit (… (الصورة)، (يمين)، (أرشيفية)، (رويترز)), nor for a person a
    // word with the article.
    if (inside.some((t) => CAPTION_WORDS.has(normalizeWord(t.text)))) continue;
    // (nor letters alone: (أ ف ب)، (د ب أ) are agencies' credits)
    if (inside.every((t) => t.text.length === 1)) continue;
    if (m.type === 'PER' && normalizeWord(inside[0]!.text).startsWith('ال')) continue;
    if (isOtherEntity(surface, m)) continue;
    const key = inside.map((t) => normalizeWord(t.text)).join(' ');
    if (key === m.words.join(' ') || m.words.includes(key)) continue;
    if (!aliases.has(key)) aliases.set(key, m);
  }
  const joins = new Map([...aliases].map(([key, of]) => [key, of.words.join(' ')]));
  if (!aliases.size) return { mentions, joins };
  const out = mentions.map((m) => {
    const of = aliases.get(m.words.join(' '));
    return of ? { ...m, type: of.type } : m;
  });
  // Where the article uses another name and the tagger saw nothing there: a mention of the entity.
  const covered = sentences.map(() => new Set<number>());
  for (const m of mentions) {
    const tokens = sentences[m.sentence]!;
    for (let k = m.firstToken; k < tokens.length && tokens[k]!.end <= m.end; k++)
      if (tokens[k]!.start >= m.start) covered[m.sentence]!.add(k);
  }
  // The other names by their first word, so that each token is looked up once.
  const byFirst = new Map<string, { words: string[]; of: M }[]>();
  for (const [key, of] of aliases) {
    const words = key.split(' ');
    const list = byFirst.get(words[0]!);
    if (list) list.push({ words, of });
    else byFirst.set(words[0]!, [{ words, of }]);
  }
  sentences.forEach((tokens, s) => {
    for (let k = 0; k < tokens.length; k++) {
      for (const { words, of } of byFirst.get(normalizeWord(tokens[k]!.text)) ?? []) {
        if (k + words.length > tokens.length) continue;
        let match = true;
        for (let i = 0; i < words.length && match; i++)
          match = !covered[s]!.has(k + i) && normalizeWord(tokens[k + i]!.text) === words[i];
        // (not the parenthesis or quotes where the name was given: it is counted as written there)
        if (!match || tokens[k - 1]?.text === '(' || OPEN_QUOTES.has(tokens[k - 1]?.text ?? ''))
          continue;
        out.push(makeMention(s, k, k + words.length - 1, of.type));
        k += words.length - 1;
        break;
      }
    }
  });
  return { mentions: out, joins };
}
