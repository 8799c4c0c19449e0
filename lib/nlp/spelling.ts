/**
 * Spellings of one transliterated name (issue 13): ويست and وست، بوشنيل and بوشنل agree but for an
 * inner long vowel. Read by the known names (known-names.ts) and their build.
 */

const INNER_LONG_VOWEL = /(?<=[^ ])[اوي](?=[^ ])/gu;

/**
 * A folded word (or words, space-separated) without the inner long vowels of each word (ا و ي
 * between its first and last letters): the spellings of one transliterated name agree on it
 * (ويست and وست، بوشنيل and بوشنل).
 */
export function skeleton(words: string): string {
  return words.replace(INNER_LONG_VOWEL, '');
}

/**
 * Whether two folded words are one spelling of a name: the same, or one with an inner long vowel
 * the other lacks (ويست / وست، دايلي / ديلي). Not two words whose vowels stand elsewhere (صالح /
 * صلاح، وزيرة / وزارة) nor one that lacks two (بيان / بن).
 */
export function spelledAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length - 1; i++)
    if ('اوي'.includes(long[i]!) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
