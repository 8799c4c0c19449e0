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
    // (not a name of several words, nor one too short to be read)
    expect(nisbaForms('ولايات المتحده')).toEqual([]);
    expect(nisbaForms('يا')).toEqual([]);
    expect(titleHasNisba('ولايات المتحده', new Set(['اميركيه']))).toBe(true);
    expect(titleHasNisba('صين', new Set(['صين']))).toBe(false);
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
    // (a city's adjective-looking word ranks no place: الرياضية is no adjective of الرياض)
    const sport = extractEntities(
      tagger,
      'وصل الفريق إلى الرياض أمس. ولعب في جدة وأبها والدمام.',
      'الأخبار الرياضية',
    );
    expect(sport.findIndex((e) => e.name === 'الرياض')).toBe(
      extractEntities(
        tagger,
        'وصل الفريق إلى الرياض أمس. ولعب في جدة وأبها والدمام.',
        'الأخبار',
      ).findIndex((e) => e.name === 'الرياض'),
    );
  });
});
