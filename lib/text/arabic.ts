/**
 * Arabic text helpers for matching: one normaliser for the whole extension. `foldArabic` folds a
 * phrase word by word with the tagger's own `normalizeWord` (lib/nlp/normalize.ts) — hamza forms
 * of alef, ta marbuta, alef maqsura, Persian kaf and yeh, tatweel, diacritics, invisible marks,
 * Arabic-Indic digits and punctuation — so labels, cards, search and the tagger agree. Never
 * applied to text shown to readers.
 */
import { normalizeWord } from './normalize';

/** Folds an Arabic phrase for comparison: `إقرأ أيضاً:` → `اقرا ايضا:`, spaces collapsed. */
export function foldArabic(text: string): string {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const folded = normalizeWord(word);
    if (folded) out.push(folded);
  }
  return out.join(' ');
}

/** Collapses runs of whitespace (including NBSP) to single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** `text` cut to at most `max` characters, the cut marked with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
