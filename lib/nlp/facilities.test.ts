import { describe, expect, it } from 'vitest';
import { claimFacilities } from './facilities';

/** The words claimed as places, joined, after the pass over one sentence. */
const claimed = (sentence: string, tags?: string, known: Record<string, number> = {}) => {
  const s = sentence.split(' ');
  const t = [tags ? tags.split(' ') : s.map(() => 'O')];
  claimFacilities([s], t, (form) => known[form] ?? -1);
  return s.filter((_, i) => t[0]![i]!.endsWith('-LOC')).join(' ');
};

describe('a facility named by its head', () => {
  it('takes a definite word, a date or a person, and its adjectives of relation', () => {
    expect(claimed('على ملعب الثمامة في الدوحة')).toBe('ملعب الثمامة');
    expect(claimed('أغلقت الشرطة شارع الوحدة أمام')).toBe('شارع الوحدة');
    expect(claimed('على ملعب 5 جويلية الأولمبي مساء')).toBe('ملعب 5 جويلية الأولمبي');
    expect(claimed('في جامع الراجحي ببريدة')).toBe('جامع الراجحي');
    expect(claimed('على ملعب حمادي العقربي في', 'O O B-PER I-PER O')).toBe('ملعب حمادي العقربي');
    expect(claimed('على الطريق الصحراوي الغربي قرب')).toBe('الطريق الصحراوي الغربي');
  });

  it('a place the tags hold only with an adjective after it', () => {
    expect(claimed('على ستاد عمان الدولي أمس', 'O O B-LOC O O')).toBe('ستاد عمان الدولي');
    expect(claimed('على ملعب طرابلس أمس', 'O O B-LOC O')).toBe('طرابلس');
  });

  it('a street named after a place the tags hold, not a road to a town', () => {
    const spans = (sentence: string, tags: string) => {
      const t = [tags.split(' ')];
      claimFacilities([sentence.split(' ')], t, () => -1);
      return t[0]!.join(' ');
    };
    expect(spans('افتتح متجر في شارع دبي أمس', 'O O O O B-LOC O')).toBe('O O O B-LOC I-LOC O');
    expect(spans('قرب نفق سيدي جابر في', 'O O B-LOC I-LOC O')).toBe('O B-LOC I-LOC I-LOC O');
    expect(spans('وقع الحادث على طريق صحنايا أمس', 'O O O O B-LOC O')).toBe('O O O O B-LOC O');
  });

  it('a figurative head only before a word hardly known, in the singular', () => {
    expect(claimed('عرضت على مسرح الدسمة في')).toBe('مسرح الدسمة');
    expect(claimed('إن سوق العمل يشهد', undefined, { عمل: 3 })).toBe('');
    expect(claimed('وصلت إلى مسرح الجريمة أمس', undefined, { جريمه: 3 })).toBe('');
    expect(claimed('وسد الفجوات في التمويل')).toBe('');
  });

  it('no people, no describing word, no day of the week', () => {
    expect(claimed('في مخيم اللاجئين شمال')).toBe('');
    expect(claimed('على الملعب الرئيسي في')).toBe('');
    expect(claimed('في الطريق الرئيسي إلى')).toBe('');
    expect(claimed('في شارع الأحد الماضي')).toBe('');
  });
});
