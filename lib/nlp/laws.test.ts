/** Laws and resolutions by name (lib/nlp/laws.ts). */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { claimLaws } from './laws';

const seq = (s: string) => s.split(' ');
const claimed = (sentence: string, tags?: string) => {
  const tokens = seq(sentence);
  const t = [tags ? seq(tags) : tokens.map(() => 'O')];
  claimLaws([tokens], t);
  return t[0]!.join(' ');
};

describe('a law', () => {
  it('is قانون and what it is of: words with the article, nouns in the construct state before them', () => {
    expect(claimed('على قانون الإجراءات الجنائية أمس')).toBe('O B-MISC I-MISC I-MISC O');
    expect(claimed('وفقا لقانون مكافحة المضاربة غير')).toBe('O B-MISC I-MISC I-MISC O');
    expect(claimed('أقر قانون تمويل الضمان الاجتماعي لعام 2026 ،')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC I-MISC I-MISC O',
    );
  });

  it('with a second field after و, its number and its year', () => {
    expect(claimed('قانون المخدرات والمؤثرات العقلية في')).toBe('B-MISC I-MISC I-MISC I-MISC O');
    expect(claimed('قانون معالجة الفجوة المالية واسترداد الودائع أمس')).toBe(
      'B-MISC I-MISC I-MISC I-MISC I-MISC I-MISC O',
    );
    expect(claimed('بموجب القانون رقم 164 لسنة 2025 الذي')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC I-MISC O',
    );
    expect(claimed('قانون الموازنة العامة لسنة 2026 .')).toBe(
      'B-MISC I-MISC I-MISC I-MISC I-MISC O',
    );
  });

  it('named after a person (قانون قيصر); a draft is the law it drafts', () => {
    expect(claimed('عقوبات قانون قيصر على', 'O O B-PER O')).toBe('O B-MISC I-MISC O');
    expect(claimed('مشروع قانون الإدارة المحلية إلى')).toBe('O B-MISC I-MISC I-MISC O');
  });

  it('a law by its number without the article, behind لل too', () => {
    expect(claimed('وصدر قانون رقم 94 لسنة 2015 بشأن')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC I-MISC O',
    );
    expect(claimed('وأحالت للقانون رقم 5 لسنة 2020 القضية')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC I-MISC O',
    );
  });

  it('a resolution by its number', () => {
    expect(claimed('تطبيق القرار 1701 في')).toBe('O B-MISC I-MISC O');
    expect(claimed('بموجب القرار رقم 2642 الصادر')).toBe('O B-MISC I-MISC I-MISC O');
    // (not a decision with another number: القرار 12 of a ministry)
    expect(claimed('القرار 12 الصادر')).toBe('O O O');
  });

  it('not a law named by its kind alone, a version or a time', () => {
    for (const s of [
      'مشروع قانون يجرم التطبيع',
      'وانتقدوا قانون أقره البرلمان',
      'على قانون جديد ينظم الإعلام الإلكتروني',
      'هذا قانون الغاب',
      'واتخذ القرار 300 موظف',
      'هذا القرار 100 بالمئة',
      'القرار 2024 في',
      'بموجب القانون الدولي',
      'أقر قانون جديد للانتخاب',
      'سيادة القانون في',
      'القانون الجديد رقم',
      'قانون الجديد',
    ])
      expect(claimed(s)).toBe(
        seq(s)
          .map(() => 'O')
          .join(' '),
      );
    // (nor over what the tagger found: another name after قانون)
    expect(claimed('قانون وزارة الداخلية', 'O B-ORG I-ORG')).toBe('O B-ORG I-ORG');
  });

  it('is found by the product, without the prepositions before it (لقانون، وبقانون)', () => {
    const found = extractEntities(
      loadTagger(),
      'وأحال الملف إلى النيابة وفقا لقانون مكافحة المضاربة غير المشروعة، ونددت النقابة وبقانون العمل الجديد.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('MISC:قانون مكافحة المضاربة');
    expect(found).toContain('MISC:قانون العمل');
  });

  it('bad input: no sentence, an empty one, قانون at the end — nothing changes, nothing throws', () => {
    const none: string[][] = [];
    claimLaws([], none);
    expect(none).toEqual([]);
    expect(claimed('قانون')).toBe('O');
    expect(claimed('القرار رقم')).toBe('O O');
  });
});
