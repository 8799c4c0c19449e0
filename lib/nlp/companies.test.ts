import { describe, expect, it } from 'vitest';
import { claimCompanies } from './companies';

/** The organisations after the pass over one sentence; `known` words the unlabelled text knows. */
const claimed = (sentence: string, tags: string, known: string[] = []) => {
  const s = sentence.split(' ');
  const t = [tags.split(' ')];
  claimCompanies([s], t, { magnitude: (w) => (known.includes(w) ? 3 : -1) });
  return t[0]!.join(' ');
};

describe('a company named by its brand and its trade', () => {
  it('takes the head, the brand the passes found, its adjectives and the trade with its own', () => {
    expect(claimed('وإنتاج شركة سينرجى للإنتاج الفنى .', 'O O B-ORG O O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(claimed('وهي شركة الديار المتحدة للمقاولات ،', 'O O B-ORG O O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(claimed('لمجموعة دبي للذهب والمجوهرات ،', 'O B-LOC O O O')).toBe(
      'B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(claimed('تولت شركة ميتسوبيشي للصناعات الثقيلة عملية', 'O O B-ORG O O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
  });

  it('a brand no one tagged only if the unlabelled text hardly knows it', () => {
    expect(claimed('صاحب مؤسسة سنا للإنتاج الفني ،', 'O O O O O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(claimed('صاحب مؤسسة كبيرة للإنتاج الفني ،', 'O O O O O O', ['كبيره'])).toBe(
      'O O O O O O',
    );
  });

  it('in quotes without its head, the whole name between them', () => {
    expect(claimed('« الخليج المتحدة للتبريد » توزع', 'O B-LOC O O O O')).toBe(
      'O B-ORG I-ORG I-ORG O O',
    );
    // (not a place and a purpose in running text: the quotes are the evidence)
    expect(claimed('سافر إلى دبي للعلاج الطبي', 'O O B-LOC O O')).toBe('O O B-LOC O O');
  });

  it('takes the head back from a body the passes ran into it', () => {
    expect(
      claimed(
        'الجمعية العمومية العادية لشركة الخليج المتحدة للتبريد ،',
        'B-ORG I-ORG I-ORG I-ORG B-LOC O O O',
      ),
    ).toBe('B-ORG I-ORG I-ORG B-ORG I-ORG I-ORG I-ORG O');
  });

  it('no trade, no company: not whom it serves, nor people in the plural, nor a slogan', () => {
    expect(claimed('أعلنت شركة أرامكو أرباحها', 'O O B-ORG O')).toBe('O O B-ORG O');
    expect(claimed('وقدمت شركة سامسونج للعملاء هواتف', 'O O B-ORG O O')).toBe('O O B-ORG O O');
    expect(claimed('نصبته مجموعة مسلحين للقوات الحكومية', 'O O O O O')).toBe('O O O O O');
    expect(claimed('ويردد الجمهور « تونس للتونسيين »', 'O O O B-LOC O O')).toBe('O O O B-LOC O O');
  });
});
