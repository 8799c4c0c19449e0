/**
 * A family name the article repeats alone (issue 13): the tagger ends a person's name before a
 * family name that is also a word (يكون جورج إلياس | نخلة قد أنهى، مدير التجارة … نور الدين | شريط ،
 * أن) — and the article names them again by it alone, as the subject of a verb of saying (يقول نخلة
 * لـ«النهار»، وأضاف شريط أن). The word after a name of two words or more is its family name where
 * the article says so; it joins the name, and those mentions alone are the person too.
 */
import { stripClitics } from './clitics';
import { COMMON_WORDS } from './common-words';
import { FUNCTION_WORDS } from './function-words';
import { PERSON_TITLES, TIME_WORDS } from './name-words';
import { SAYING } from './presented-persons';
import { ROLE_WORDS } from './roles';
import { claim, isArabicWord, isOneOf, wordAfterPerson } from './tag-edits';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

/** Adverbs written with ة, which the accusative's alif does not mark (قال صراحة إن). */
const ADVERBS = new Set(
  ['صراحة', 'مباشرة', 'عادة', 'خاصة', 'فجأة', 'بدوره', 'بدورها'].map(normalizeWord),
);

/** What follows a person named as a verb's subject: لـ, أن / إن, a comma or a colon. */
const saidNext = (token: string | undefined) =>
  token !== undefined &&
  (token.startsWith('لـ') || /^[أإا]ن$/.test(token) || /^[،,:]$/.test(token));

/**
 * Joins, in place, the family name a person's name was cut before, where the article repeats it
 * alone as a verb of saying's subject. `isNameLike`: whether a word can be a family name (a name
 * word, an adjective of relation with the article, or one the unlabelled text hardly knows — not
 * an adverb the verb may take as well: مجددا، ساخرا، صراحة); `isNationality` keeps الأمريكي and
 * the like out.
 */
export function joinRepeatedFamilyNames(
  sentences: string[][],
  tags: string[][],
  isNameLike: (token: string) => boolean,
  isNationality: (token: string) => boolean,
): void {
  const word = (token: string) => {
    const n = normalizeWord(token);
    if (!isArabicWord(token) || n.length < 3 || FUNCTION_WORDS.has(n) || COMMON_WORDS.has(n))
      return false;
    if (TIME_WORDS.has(n) || ROLE_WORDS.has(n) || PERSON_TITLES.has(n) || isNationality(token))
      return false;
    if (ADVERBS.has(n)) return false;
    return isNameLike(token);
  };
  // The words the article names someone by alone: after a verb of saying, before what was said.
  const alone = new Map<string, [number, number][]>();
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 1; k + 1 < tokens.length; k++) {
      // (untagged, or a word the tagger took alone for a name of any kind: يقول نخلة/MISC لـ)
      const single = t[k] === 'O' || (t[k]!.startsWith('B-') && !t[k + 1]!.startsWith('I-'));
      if (!single || t[k - 1] !== 'O' || !saidNext(tokens[k + 1])) continue;
      if (!isOneOf(tokens[k - 1]!, SAYING) || !word(tokens[k]!)) continue;
      // (a word behind a proclitic is not a name alone: بالوزارة)
      if (stripClitics(normalizeWord(tokens[k]!)).prefix.length === 1) continue;
      const n = normalizeWord(tokens[k]!);
      alone.set(n, [...(alone.get(n) ?? []), [s, k]]);
    }
  });
  if (!alone.size) return;
  const joined = new Set<string>();
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      const next = wordAfterPerson(tokens, t, sp);
      if (next === undefined) continue;
      const n = normalizeWord(next);
      if (!alone.has(n) || !word(next)) continue;
      claim(t, sp.start, sp.end + 1, 'PER');
      joined.add(n);
    }
  });
  for (const n of joined) for (const [s, k] of alone.get(n)!) claim(tags[s]!, k, k + 1, 'PER');
}
