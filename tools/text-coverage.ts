/** Node-only: word coverage of one text by another, for tests and `npm run eval`. */
import { foldArabic } from '../lib/text/arabic';

/**
 * Arabic words of a text, folded, as a multiset. Only Arabic-script words count: magic-html's
 * expected text for ar-youm7-2024a includes an embedded video player's English interface
 * ("error loading media … unmute mute settings"), which is not the article.
 */
export function arabicWords(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of foldArabic(text).split(/[^\p{L}\p{N}]+/u)) {
    if (w && /[\u0600-\u06ff]/.test(w)) out.set(w, (out.get(w) ?? 0) + 1);
  }
  return out;
}

/** Share of `expected`'s Arabic words (with multiplicity) that `actual` also has. */
export function coverage(actual: string, expected: string): number {
  const a = arabicWords(actual);
  let hit = 0;
  let total = 0;
  for (const [w, n] of arabicWords(expected)) {
    total += n;
    hit += Math.min(n, a.get(w) ?? 0);
  }
  return total === 0 ? 0 : hit / total;
}
