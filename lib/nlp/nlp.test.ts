import { describe, expect, it } from 'vitest';
import { stripClitics } from './clitics';
import { normalizeWord } from '../text/normalize';
import { splitSentences, tokenize } from './tokenize';

describe('normalizeWord', () => {
  it.each([
    ['إسرائيلُ', 'اسرائيل'],
    ['أندريه', 'اندريه'],
    ['آذار', 'اذار'],
    ['المدرسة', 'المدرسه'],
    ['مصطفى', 'مصطفي'],
    ['٢٠٢٠', '2020'],
    ['كـــازاخستان', 'كازاخستان'],
    ['\u200eعاصمة', 'عاصمه'],
    ['Middle', 'middle'],
    ['یک', 'يك'],
  ])('%s → %s', (w, n) => expect(normalizeWord(w)).toBe(n));
});

describe('tokenize', () => {
  it('keeps offsets into the original text, with diacritics and punctuation', () => {
    const text = 'قالَ الرئيسُ، "فلاديمير بوتين": 3,000 جندي في Middle East Eye.';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([
      'قالَ',
      'الرئيسُ',
      '،',
      '"',
      'فلاديمير',
      'بوتين',
      '"',
      ':',
      '3,000',
      'جندي',
      'في',
      'Middle',
      'East',
      'Eye',
      '.',
    ]);
  });

  it('splits sentences at full stops and line breaks', () => {
    const text = 'وصل الوفد. ثم غادر\nعاد مجددا؟ نعم';
    const s = splitSentences(text, tokenize(text)).map((x) => x.map((t) => t.text).join(' '));
    expect(s).toEqual(['وصل الوفد .', 'ثم غادر', 'عاد مجددا ؟', 'نعم']);
  });

  it('is linear and does not throw on odd input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('ـــ')).toHaveLength(1);
    expect(tokenize('x'.repeat(100_000))).toHaveLength(1);
  });
});

describe('stripClitics', () => {
  it.each([
    ['وبالعاصمه', 'عاصمه', 'وبال'],
    ['للامم', 'امم', 'لل'],
    ['والصادرات', 'صادرات', 'وال'],
    ['روسيا', 'روسيا', ''],
    ['وروسيا', 'روسيا', 'و'],
    ['وليد', 'وليد', ''],
    ['بلال', 'بلال', ''],
    ['بوتين', 'بوتين', ''],
    ['لندن', 'لندن', ''],
    ['كازاخستان', 'كازاخستان', ''],
  ])('%s → %s (%s)', (w, stem, prefix) => expect(stripClitics(w)).toEqual({ stem, prefix }));
});
