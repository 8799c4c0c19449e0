import { expect, it } from 'vitest';
import { foldArabic, truncate } from './arabic';
import { normalizeWord } from './normalize';

it('one normaliser: a phrase folds as the tagger folds each of its words', () => {
  const phrase = 'إقرأ  أيضاً: مصطفى ‏المدرسة کرة یوم ٢٠٢٤، لماذا؟';
  expect(foldArabic(phrase)).toBe('اقرا ايضا: مصطفي المدرسه كره يوم 2024, لماذا?');
  expect(foldArabic(phrase)).toBe(phrase.split(/\s+/).map(normalizeWord).filter(Boolean).join(' '));
  expect(foldArabic('  \u200f ')).toBe('');
});

it('truncate marks a cut with an ellipsis and leaves short text alone', () => {
  expect(truncate('أبجد هوز', 5)).toBe('أبجد…');
  expect(truncate('أبجد', 4)).toBe('أبجد');
});
