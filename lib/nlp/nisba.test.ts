import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { nisbaForms, titleHasNisba } from './nisba';

describe('a country’s adjective of relation', () => {
  it('is read from the country’s key as a title’s words stand, normalised and bare', () => {
    expect(nisbaForms('صين')).toEqual(['صيني', 'صينيه']);
    expect(nisbaForms('سوريا')).toEqual(['سوري', 'سوريه']);
    expect(nisbaForms('ليبيا')).toEqual(['ليبي', 'ليبيه']);
    expect(nisbaForms('سعوديه')).toEqual(['سعودي', 'سعوديه']);
    expect(nisbaForms('باكستان')).toEqual(['باكستاني', 'باكستانيه']);
    // (England's is no England + ي)
    expect(nisbaForms('انجلترا')).toEqual(['انجليزي', 'انجليزيه']);
    // (not a name of several words, nor one too short to be read)
    expect(nisbaForms('ولايات المتحده')).toEqual([]);
    expect(nisbaForms('يا')).toEqual([]);
    // (titleHasNisba reads the name as the article shows it)
    expect(titleHasNisba('الولايات المتحدة', new Set(['اميركيه']))).toBe(true);
    expect(titleHasNisba('الصين', new Set(['صينيه']))).toBe(true);
    expect(titleHasNisba('الصين', new Set(['صين']))).toBe(false);
    // (a name that begins as the article does keeps it: الألمانية is ألمانيا's)
    expect(titleHasNisba('ألمانيا', new Set(['المانيه']))).toBe(true);
    // (an adjective that is a common word first: مالي, "financial")
    expect(titleHasNisba('مالي', new Set(['مالي', 'ماليه']))).toBe(false);
  });

  it('ranks a country named once as the title names it by its adjective', () => {
    const tagger = loadTagger();
    const text =
      'أعلنت اللجنة فوز المرشحين المستقلين في الدوائر الكبرى. وقال المتحدث رؤوف حسن إن النتائج نهائية. ' +
      'وشارك في التصويت ناخبون في لاهور وكراتشي وبيشاور وكويتا وإسلام آباد وملتان وفيصل آباد. ' +
      'وطالب حزب الشعب والرابطة الإسلامية بإعادة الفرز، فيما دعا الاتحاد الأوروبي والأمم المتحدة ' +
      'وبريطانيا وفرنسا وألمانيا إلى الهدوء. وتواجه باكستان أزمة اقتصادية.';
    const rank = (title: string) =>
      extractEntities(tagger, text, title).findIndex((e) => e.name === 'باكستان');
    const plain = rank('المستقلون يتصدرون نتائج الانتخابات');
    const named = rank('المستقلون يتصدرون نتائج الانتخابات الباكستانية');
    expect(plain).toBeGreaterThan(3);
    expect(named).toBeGreaterThanOrEqual(0);
    expect(named).toBeLessThan(2);
    // (only a country's adjective: الرياضية is no adjective of الرياض — the city stays where the
    // title without it leaves it, after the places named before it)
    const city = 'وصل الفريق إلى جدة أمس، ولعب في أبها ثم في الدمام، قبل أن يعود إلى الرياض.';
    const at = (title: string) =>
      extractEntities(tagger, city, title).findIndex((e) => e.name === 'الرياض');
    expect(at('الأخبار')).toBeGreaterThan(0);
    expect(at('الأخبار الرياضية')).toBe(at('الأخبار'));
  });
});
