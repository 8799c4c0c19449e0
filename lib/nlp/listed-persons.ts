/**
 * Persons in a list of persons (issue 13): where an article lists people (بمشاركة محمد منير، وعلي
 * الحجار، ونيكول سابا), the tagger often finds some and leaves others. An untagged item of the
 * list — between the list's commas — of two or three words, the first a first name without the
 * article, is a person too when a person ends the item before it or begins the item after it.
 */
import { FUNCTION_WORDS } from './function-words';
import { isArabicWord } from './tag-edits';
import { normalizeWord } from '../text/normalize';

const SEPARATORS = new Set(['،', ',', '؛', ';']);
/**
 * Words that begin an item but no name, though spelt like a first name once folded (أمام as
 * إمام); علي, folded like the preposition على, is the name here.
 */
const NOT_FIRST = new Set(
  [...FUNCTION_WORDS, ...['أمام', 'وراء', 'فوق', 'تحت', 'حول', 'ضد', 'نحو', 'عبر', 'دون', 'غير']]
    .map(normalizeWord)
    .filter((w) => w !== normalizeWord('علي')),
);
/** The most words of one listed name. */
const MAX_WORDS = 3;

/**
 * Claims, in place, the listed persons of each sentence. `isFirstName(word)`: whether a word (its
 * conjunction off) is a first name.
 */
export function claimListedPersons(
  sentences: string[][],
  tags: string[][],
  isFirstName: (word: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    // The list's items: runs of tokens between separators, each also cut before a word that
    // begins with و after a person (محمد منير وعلي الحجار).
    const items: [number, number][] = [];
    let start = 0;
    for (let k = 0; k <= tokens.length; k++) {
      if (k === tokens.length || SEPARATORS.has(tokens[k]!)) {
        if (k > start) items.push([start, k]);
        start = k + 1;
      }
    }
    for (let i = 0; i < items.length; i++) {
      const [a, end] = items[i]!;
      // (the item's name ends at its first punctuation, which must end the item: سابا .)
      let b = a;
      while (b < end && isArabicWord(tokens[b]!)) b++;
      if (b === a || tokens.slice(b, end).some((w) => /[\p{L}\p{N}]/u.test(w))) continue;
      const conj = tokens[a]!.startsWith('و') && !isFirstName(tokens[a]!);
      const first = conj ? tokens[a]!.slice(1) : tokens[a]!;
      if (
        b - a < 2 ||
        b - a > MAX_WORDS ||
        normalizeWord(first).startsWith('ال') ||
        t.slice(a, b).some((x) => x !== 'O') ||
        NOT_FIRST.has(normalizeWord(first)) ||
        tokens.slice(a + 1, b).some((w) => FUNCTION_WORDS.has(normalizeWord(w))) ||
        !isFirstName(first)
      )
        continue;
      // A person next to it in the list: ending the item before, or beginning the item after.
      const prev = items[i - 1];
      const next = items[i + 1];
      const adjacent =
        (prev !== undefined && /^[BI]-PER$/.test(t[prev[1] - 1]!)) ||
        (next !== undefined && t[next[0]] === 'B-PER');
      if (!adjacent) continue;
      for (let k = a; k < b; k++) t[k] = `${k === a ? 'B' : 'I'}-PER`;
    }
  });
}
