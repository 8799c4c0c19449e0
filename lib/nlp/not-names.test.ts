import { describe, expect, it } from 'vitest';
import { clearNotNames } from './not-names';

const NATIONALITIES = new Set(['السعودية', 'السورية', 'السعودي']);
const seq = (s: string) => s.split(' ');
const clear = (sentence: string, tags: string) => {
  const t = [seq(tags)];
  clearNotNames([seq(sentence)], t, (w) => NATIONALITIES.has(w));
  return t[0]!.join(' ');
};

describe('words in a name’s place that are not names', () => {
  it('a currency after an amount', () => {
    expect(clear('ارتفع السهم إلى 94.60 ريال ،', 'O O O O B-ORG O')).toBe('O O O O O O');
    expect(clear('بلغت التداولات 7.3 مليار ريال', 'O O O O B-ORG')).toBe('O O O O O');
    // (not without an amount: the club)
    expect(clear('فاز ريال مدريد', 'O B-ORG I-ORG')).toBe('O B-ORG I-ORG');
    expect(clear('هزم ريال أمس', 'O B-ORG O')).toBe('O B-ORG O');
  });

  it('a nationality read as its country after a feminine or plural noun it describes', () => {
    expect(clear('مؤشر السوق الرئيسية السعودية ارتفع', 'O O O B-LOC O')).toBe('O O O O O');
    expect(clear('تبيع المنتجات السورية في', 'O O B-LOC O')).toBe('O O O O');
    // (the country after a masculine noun, behind a preposition, or named in full)
    for (const [s, t] of [
      ['وزار الأمير السعودية أمس', 'O O B-LOC O'],
      ['مدير الشركة بالسعودية إن', 'O O B-LOC O'],
      ['في المملكة العربية السعودية', 'O B-LOC I-LOC I-LOC'],
      ['قالت الحكومة السعودية', 'O O B-ORG'],
      ['دعت الحكومة السورية السعودية إلى', 'O O O B-LOC O'],
    ])
      expect(clear(s!, t!)).toBe(t);
  });

  it('a place after a reporter’s word, or after the slash of a dateline’s place, is an outlet', () => {
    expect(clear('وقال لمراسل الأناضول ، إن', 'O O B-LOC O O')).toBe('O O B-ORG O O');
    expect(clear('أنقرة / الأناضول أعلن رئيس', 'B-LOC O B-LOC O O')).toBe('B-LOC O B-ORG O O');
    // (the outlet first, then the place; a slash later in the sentence)
    expect(clear('السومرية نيوز / بغداد أعلنت', 'B-ORG I-ORG O B-LOC O')).toBe(
      'B-ORG I-ORG O B-LOC O',
    );
    expect(clear('وصل الوفد من أنقرة / بغداد', 'O O O B-LOC O B-LOC')).toBe('O O O B-LOC O B-LOC');
    // (the dateline's last part only; not مراسلة "a letter", nor موفد "an envoy")
    expect(clear('بيروت / لبنان - قال', 'B-LOC O B-LOC O O')).toBe('B-LOC O B-LOC O O');
    expect(clear('وجاء في مراسلة المغرب إلى', 'O O O B-LOC O')).toBe('O O O B-LOC O');
    expect(clear('ووصل موفد فرنسا إلى', 'O O B-LOC O')).toBe('O O B-LOC O');
  });

  it('takes an empty sentence and a name at its start', () => {
    const t: string[][] = [[]];
    clearNotNames([[]], t, () => true);
    expect(t).toEqual([[]]);
    expect(clear('ريال', 'B-ORG')).toBe('B-ORG');
  });
});
