/**
 * Places in a list of places (issue 13): where an article lists places over و (بإفران وأزيلال
 * وميدلت، انسحاب مالي وبوركينا فاسو والنيجر), the tagger often finds the others and leaves the
 * first, a word that is also common (مالي "financial") or glued to its preposition (بإفران). An
 * untagged word right before «و + a place» is a place too where the lists or the gazetteer know
 * it as one — behind a one-letter preposition too — and it is no adjective of the word before.
 */
import { PLACE_FIRST_WORDS } from './place-heads';
import { claim, isArabicWord } from './tag-edits';
import { normalizeWord } from '../text/normalize';

/** Words that begin a place's name of two words, as a gate or a crossing (باب السلامة، معبر رفح). */
const NAME_FIRST = new Set([
  ...PLACE_FIRST_WORDS,
  ...['باب', 'بوابة', 'معبر', 'منفذ'].map(normalizeWord),
]);

/**
 * Claims, in place, the first place of each list of places. `isPlace(word)`: whether the lists
 * or the gazetteer know the word, as written, as a place (a country, a town).
 */
export function claimListedPlaces(
  sentences: string[][],
  tags: string[][],
  isPlace: (word: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (t[k] !== 'O' || t[k + 1] !== 'B-LOC' || !/^و/.test(tokens[k + 1]!)) continue;
      const word = tokens[k]!;
      if (!isArabicWord(word)) continue;
      // (as written, or behind the preposition ب or ل: بإفران)
      const behind = /^[بل]/.test(word) ? word.slice(1) : '';
      const bare = isPlace(word) ? word : behind.length >= 3 && isPlace(behind) ? behind : '';
      if (bare.length < 3) continue;
      // (nor a word that ends a name of two words: باب السلامة واليعربية)
      if (k > 0 && NAME_FIRST.has(normalizeWord(tokens[k - 1]!))) continue;
      // (no adjective of the word before: الدعم المالي والأردني — a word with the article after
      // one with it)
      if (k > 0 && /^ال/.test(normalizeWord(tokens[k - 1]!)) && /^ال/.test(normalizeWord(bare)))
        continue;
      claim(t, k, k + 1, 'LOC');
    }
  });
}
