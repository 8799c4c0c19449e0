/**
 * Places named like people or bodies (issue 13): after the word for a municipality, a province or
 * a village, the name is a place whatever the tagger made of it (بلدية سيدي عامر، محافظة صلاح
 * الدين، بلدية بني يلمان), with the first word of a place's name the tagger left out (سيدي،
 * بني، عين …); and the article's other mentions of that name are the place too (من سكان سيدي عامر).
 * Runs over an article's tags after the name rules (document.ts).
 */
import { isOneOf } from './name-rules';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Kinds of area named before a place, in the construct state (no article). */
const AREA_HEADS = set([
  'بلدية',
  'ولاية',
  'محافظة',
  'دائرة',
  'إقليم',
  'قرية',
  'بلدة',
  'مقاطعة',
  'قضاء',
  'ناحية',
  'مديرية',
  'جماعة',
]);

/** First words of places' names (سيدي بوزيد، بني ملال، عين الملح، أولاد تايمة، بئر السبع …). */
const PLACE_FIRST_WORDS = set([
  'سيدي',
  'بني',
  'عين',
  'أولاد',
  'بئر',
  'رأس',
  'تل',
  'جبل',
  'وادي',
  'دير',
  'كفر',
  'حاسي',
]);

/** Claims places after an area's head in the tags of one article, in place. */
export function claimPlacesAfterHeads(sentences: string[][], tags: string[][]): void {
  const named = new Set<string>();
  const withFirstWord = (tokens: string[], t: string[], start: number) =>
    start > 0 && t[start - 1] === 'O' && isOneOf(tokens[start - 1]!, PLACE_FIRST_WORDS)
      ? start - 1
      : start;
  const words = (tokens: string[], start: number, end: number) =>
    tokens
      .slice(start, end)
      .map((w, i) => {
        const n = normalizeWord(w);
        // (the article's mention may carry a one-letter preposition: وسيدي عامر، ببني يلمان)
        return i === 0 && 'وبلفك'.includes(n[0] ?? '') && !PLACE_FIRST_WORDS.has(n)
          ? n.slice(1)
          : n;
      })
      .join(' ');
  const retype = (t: string[], start: number, end: number) => {
    for (let k = start; k < end; k++) t[k] = `${k === start ? 'B' : 'I'}-LOC`;
  };
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      if (sp.type !== 'PER' && sp.type !== 'ORG') continue;
      const start = withFirstWord(tokens, t, sp.start);
      if (start === 0 || t[start - 1] !== 'O' || !isOneOf(tokens[start - 1]!, AREA_HEADS)) continue;
      retype(t, start, sp.end);
      named.add(words(tokens, start, sp.end));
    }
  });
  if (!named.size) return;
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      if (sp.type !== 'PER' && sp.type !== 'ORG') continue;
      const start = withFirstWord(tokens, t, sp.start);
      if (named.has(words(tokens, start, sp.end))) retype(t, start, sp.end);
    }
  });
}
