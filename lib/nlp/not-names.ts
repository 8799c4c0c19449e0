/**
 * Words the tagger or the lists take for names where their context says they are not (issue 13),
 * cleared over an article's tags as the last of the passes (document.ts):
 * - a currency after an amount (94.60 ريال، 7.3 مليار ريال: no Real Madrid);
 * - a nationality read as its country (السعودية), after a feminine or plural noun it describes
 *   (السوق الرئيسية السعودية، الحكومة السعودية; but زار الأمير السعودية: the country);
 * - a person's words from a preposition that folding reads as a name's word (وقف محمد | أمام
 *   القاضي: أمام is no إمام).
 */
import { PREPOSITION_AS_NAME } from './function-words';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Currencies, as written after an amount (also with the article: … مليون من الريالات). */
const CURRENCIES = set([
  'ريال',
  'ريالا',
  'ريالات',
  'دينار',
  'دينارا',
  'دنانير',
  'درهم',
  'درهما',
  'دراهم',
  'جنيه',
  'جنيها',
  'ليرة',
  'ليرات',
  'دولار',
  'دولارا',
  'دولارات',
  'يورو',
  'روبية',
  'فرنك',
  'ين',
  'يوان',
  'روبل',
]);

/** Words of quantity an amount ends with (7.3 مليار ريال). */
const QUANTITIES = set(['ألف', 'آلاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'تريليون']);

/**
 * Clears, in place, the spans of one word that are a currency after an amount, or a place that
 * `isNationality` says is a nationality's form, after a feminine or plural definite noun.
 */
export function clearNotNames(
  sentences: string[][],
  tags: string[][],
  isNationality: (word: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      // (a person's: a title's words — مدخل إلى التحليل النفسي، مسجد الحنين إلى النبي — hold them)
      const from =
        sp.type === 'PER'
          ? tokens.slice(sp.start + 1, sp.end).findIndex((w) => PREPOSITION_AS_NAME.test(w))
          : -1;
      if (from >= 0) for (let k = sp.start + 1 + from; k < sp.end; k++) t[k] = 'O';
      if (sp.end - sp.start !== 1 || sp.start === 0) continue;
      const word = normalizeWord(tokens[sp.start]!);
      const before = normalizeWord(tokens[sp.start - 1]!);
      const amount = /^\d/.test(before) || QUANTITIES.has(before);
      const describes =
        sp.type === 'LOC' &&
        t[sp.start - 1] === 'O' &&
        before.startsWith('ال') &&
        /(ه|ات)$/.test(before) &&
        // (a noun already described by its own nationality: الحكومة البريطانية السعودية is the
        // country, the object)
        !isNationality(tokens[sp.start - 1]!) &&
        word.startsWith('ال') &&
        isNationality(tokens[sp.start]!);
      if ((amount && CURRENCIES.has(word)) || describes) t[sp.start] = 'O';
    }
  });
}
