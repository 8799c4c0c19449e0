/**
 * Light Arabic normalisation for matching labels and comparing strings. It folds the variants
 * that news sites mix freely — hamza forms of alef, ta marbuta, alef maqsura, tatweel,
 * diacritics, Arabic-Indic digits — and is never applied to text shown to readers.
 */

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const BIDI_AND_JOINERS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Folds an Arabic string for comparison: `إقرأ أيضاً:` → `اقرا ايضا:`. */
export function foldArabic(text: string): string {
  return text
    .replace(BIDI_AND_JOINERS, '')
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Collapses runs of whitespace (including NBSP) to single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
