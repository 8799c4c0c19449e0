/**
 * Persons in a list of persons (issue 13): where an article lists people (بمشاركة محمد منير، وعلي
 * الحجار، ونيكول سابا), the tagger often finds some and leaves others. An untagged item of the
 * list — between the list's commas — of two or three words, the first a first name without the
 * article that is no common noun, is a person too when the item before or after it is a person
 * and nothing else.
 */
import { FUNCTION_WORDS } from './function-words';
import { TIME_WORDS } from './name-words';
import { isArabicWord, isOneOf } from './tag-edits';
import { normalizeWord } from '../text/normalize';

const SEPARATORS = new Set(['،', ',', '؛', ';']);
/** Words of time and office that follow a common noun, not a first name (صباح اليوم، أمين عام). */
const NOT_FAMILY = new Set([...TIME_WORDS, ...['عام', 'العام', 'الماضي']].map(normalizeWord));
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
 * conjunction off) is a first name; `isCommonNoun(word)`: whether it is also a common noun, which
 * the article often takes (صباح، أمين، بطل، جمعة: صباح اليوم is no one).
 */
export function claimListedPersons(
  sentences: string[][],
  tags: string[][],
  isFirstName: (word: string) => boolean,
  isCommonNoun: (word: string) => boolean = () => false,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    // The list's items: runs of tokens between separators.
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
        tokens.slice(a + 1, b).some((w) => isOneOf(w, NOT_FAMILY)) ||
        !isFirstName(first) ||
        isCommonNoun(first)
      )
        continue;
      // A person next to it in the list: an item that is that person and nothing else (not a
      // clause that ends with one: قال أحمد أبو الغيط، أمين عام الجامعة، …).
      const isPerson = (item: [number, number] | undefined) => {
        if (!item) return false;
        let e = item[1];
        while (e > item[0] && !/[\p{L}\p{N}]/u.test(tokens[e - 1]!)) e--;
        return (
          e > item[0] &&
          t[item[0]] === 'B-PER' &&
          t.slice(item[0] + 1, e).every((x) => x === 'I-PER')
        );
      };
      const adjacent = isPerson(items[i - 1]) || isPerson(items[i + 1]);
      if (!adjacent) continue;
      for (let k = a; k < b; k++) t[k] = `${k === a ? 'B' : 'I'}-PER`;
    }
  });
}
