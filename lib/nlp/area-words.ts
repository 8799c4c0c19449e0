/**
 * The word of an area written before a place's name (issue 13): محافظة الكرك، حي الروضة، بولاية
 * تيميمون. entities.ts keeps the place's name with it as an alias (محافظة الكرك for الكرك) and
 * mention-types.ts makes a name a place where one stands before it. Split from place-heads.ts; the
 * patterns of an area's word that a place's name shown drops and a mention's area (mentionArea)
 * moved here from entities.ts.
 */
import type { EntityType } from './tags';
import type { Token } from './tokenize';
import { normalizeWord } from '../text/normalize';

/**
 * Words of areas written before a place's name (محافظة الكرك، حي الروضة). Not جهة ("as for": من
 * جهة مصر) nor لواء (a brigade as often: لواء غزة).
 */
export const AREA_WORDS_BEFORE = new Set(
  [
    'محافظة',
    'منطقة',
    'حي',
    'ولاية',
    'قضاء',
    'قرية',
    'بلدة',
    'إقليم',
    'مقاطعة',
    'ناحية',
    'مديرية',
    'محلية',
    'مخيم',
    'دوار',
  ].map(normalizeWord),
);

/** The area's word right before the token at `first` (untagged, behind a one-letter proclitic too). */
export function areaWordBefore(
  sentence: Token[],
  tags: string[],
  first: number,
): string | undefined {
  if (first === 0 || tags[first - 1] !== 'O') return undefined;
  const word = sentence[first - 1]!.text;
  const n = normalizeWord(word);
  if (AREA_WORDS_BEFORE.has(n)) return word;
  if ('وبلف'.includes(n[0]!) && AREA_WORDS_BEFORE.has(n.slice(1))) return word.slice(1);
  return undefined;
}

/**
 * The place as the article writes it with the area's word right before the mention (untagged,
 * behind a one-letter proclitic too: بمحافظة الكرك → محافظة الكرك), or nothing.
 */
export function headedPlace(
  sentence: Token[],
  tags: string[],
  first: number,
  surface: string,
): { headed: string } | Record<string, never> {
  return headedName(areaWordBefore(sentence, tags, first), surface);
}

/** The place's name with its area's word before it, when there is one (محافظة الكرك). */
export const headedName = (
  word: string | undefined,
  surface: string,
): { headed: string } | Record<string, never> =>
  word === undefined ? {} : { headed: `${word} ${surface}` };

/** The same for a place: the kind of administrative area (محافظة الجوف is الجوف). */
export const AREA_HEAD = /^(محافظة|ولاية|جهة|منطقة|إقليم|اقليم|مقاطعة|إمارة|امارة)\s+/u;
/**
 * Kinds of area never part of the place's name, whatever the article or the dictionary knows: the
 * plurals (بأقاليم تارودانت وتيزنيت) and a district's, a subdistrict's and a municipality's words
 * (قضاء الحويجة، بلدية عين الملح), always followed by a place's own name.
 */
export const AREA_HEAD_ALWAYS =
  /^[وبلفك]?(أقاليم|اقاليم|محافظات|ولايات|مقاطعات|بلديات|مناطق|قضاء|ناحية|بلدية)\s+/u;

/**
 * A mention's area word, when one stands before it — and for a place, its name as the article
 * writes it with it (محافظة الكرك).
 */
export const mentionArea = (word: string | undefined, type: EntityType, surface: string) =>
  word === undefined
    ? {}
    : { area: normalizeWord(word), ...(type === 'LOC' ? headedName(word, surface) : {}) };
