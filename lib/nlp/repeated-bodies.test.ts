import { describe, expect, it } from 'vitest';
import { claimRepeatedBodies } from './repeated-bodies';

const words = (s: string) => s.split(' ');
const nationalities = new Set(['الليبي', 'البريطانية']);
const run = (sentences: string[], tags?: string[]) => {
  const t = tags ? tags.map(words) : sentences.map((s) => words(s).map(() => 'O'));
  claimRepeatedBodies(sentences.map(words), t, (token) => nationalities.has(token));
  return t.map((x) => x.join(' '));
};

describe('a body named twice by what it is and what it is of', () => {
  it('is an organisation where the same words stand twice, a proclitic aside', () => {
    expect(run(['أعلنت هيئة الترفيه أمس', 'وقالت لهيئة الترفيه إن'])).toEqual([
      'O B-ORG I-ORG O',
      'O B-ORG I-ORG O',
    ]);
    expect(run(['التقى أساتذة كلية الهندسة جامعة', 'ثم زار كلية الهندسة'])).toEqual([
      'O O B-ORG I-ORG O',
      'O O B-ORG I-ORG',
    ]);
    // (a guard corps; not an honour guard)
    expect(run(['سيطر حرس المنشآت النفطية على', 'وقال حرس المنشآت النفطية إن'])).toEqual([
      'O B-ORG I-ORG I-ORG O',
      'O B-ORG I-ORG I-ORG O',
    ]);
    expect(run(['استعرض حرس الشرف أمس', 'ثم عزف حرس الشرف'])).toEqual(['O O O O', 'O O O O']);
  });

  it('is an organisation named once after the title of who heads or speaks for it', () => {
    expect(run(['تركي آل الشيخ رئيس هيئة الترفيه بالسعودية'])).toEqual(['O O O O B-ORG I-ORG O']);
    expect(run(['قال المتحدث باسم جبهة النصرة إن'])).toEqual(['O O O B-ORG I-ORG O']);
    // Any other word before it: an ordinary phrase, once.
    expect(run(['زار وفد هيئة الترفيه'])).toEqual(['O O O O']);
  });

  it('is no organisation when the head is followed by an activity or field alone', () => {
    expect(run(['قال إن حركة المرور توقفت', 'وأضاف أن حركة المرور عادت'])).toEqual([
      'O O O O O',
      'O O O O O',
    ]);
    expect(run(['دخول كلية الطب صعب', 'لكن كلية الطب تتطلب'])).toEqual(['O O O O', 'O O O O']);
    // Nor after a leader's title with a head that names activities as often as bodies.
    expect(run(['قال مدير حركة المرور في'])).toEqual(['O O O O O']);
    expect(run(['وقال قائد حركة الاحتجاجات إن'])).toEqual(['O O O O O']);
  });

  it('takes in a place the tagger found inside it, whole', () => {
    expect(
      run(['نشطاء حراك الريف في', 'واعتقل قادة حراك الريف'], ['O O B-LOC O', 'O O O B-LOC']),
    ).toEqual(['O B-ORG I-ORG O', 'O O B-ORG I-ORG']);
  });

  it('is left alone named once, over a person or organisation, or before a nationality', () => {
    expect(run(['أعلنت هيئة الترفيه أمس'])).toEqual(['O O O O']);
    expect(run(['حركة الشيخ جراح', 'حركة الشيخ جراح'], ['O B-PER I-PER', 'O B-PER I-PER'])).toEqual(
      ['O B-PER I-PER', 'O B-PER I-PER'],
    );
    // The national body's own rule takes a nationality; this one stops before it, and a head
    // with nothing definite after it is nothing.
    expect(run(['اتحاد الكرة الليبي', 'اتحاد الكرة الليبي'])).toEqual([
      'B-ORG I-ORG O',
      'B-ORG I-ORG O',
    ]);
    expect(run(['هيئة جديدة', 'هيئة جديدة'])).toEqual(['O O', 'O O']);
    // A place of several words that the phrase would cut is not taken.
    const usa = 'منظمة الولايات المتحدة الأمريكية';
    expect(run([usa, usa], ['O B-LOC I-LOC I-LOC', 'O B-LOC I-LOC I-LOC'])).toEqual([
      'O B-LOC I-LOC I-LOC',
      'O B-LOC I-LOC I-LOC',
    ]);
  });

  it('takes nothing from empty input', () => {
    expect(run([])).toEqual([]);
    expect(run([''])).toEqual(['O']);
  });
});
