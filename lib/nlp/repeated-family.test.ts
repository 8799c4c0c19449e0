/**
 * A family name the article repeats alone as a verb of saying's subject joins the name the tagger
 * cut before it (repeated-family.ts), with the shipped model.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { joinRepeatedFamilyNames } from './repeated-family';

const tagger = loadTagger();
const found = (text: string) =>
  extractEntities(tagger, text).map((e) => `${e.type}:${e.name}×${e.count}`);

describe('a family name the article repeats alone', () => {
  it('joins the name it was cut from, and its mentions alone are the person', () => {
    const text =
      'في ساو باولو ، يكون جورج إلياس نخلة قد أنهى قهوته الأولى. يقول نخلة لـ«النهار»: «كنت طفلا». ويغلق نخلة متجره عند السابعة.';
    expect(found(text)).toContain('PER:جورج إلياس نخلة×2');
    const shop =
      'أكد مدير التجارة لولاية البليدة ، نور الدين شريط ، أن مصالحه سخرت 64 فرقة. وأضاف شريط أن الشحنات الأولى وصلت.';
    expect(found(shop)).toContain('PER:نور الدين شريط×2');
  });

  it('not without the mention alone, nor a title, a time or a nationality said alone', () => {
    const once = found('يكون جورج إلياس نخلة قد أنهى قهوته الأولى في متجره.');
    expect(once.some((e) => e.includes('نخلة'))).toBe(false);
    const s = (text: string) => text.split(' ');
    const run = (a: string, b: string) => {
      const sentences = [s(a), s(b)];
      const tags = sentences.map((w) => w.map(() => 'O'));
      tags[0]![1] = 'B-PER';
      tags[0]![2] = 'I-PER';
      joinRepeatedFamilyNames(
        sentences,
        tags,
        () => true,
        (w) => w === 'الأمريكي',
      );
      return tags.map((t) => t.join(' '));
    };
    expect(run('وقال محمد حسن الوزير في كلمته', 'وقال الوزير إن الخطة جاهزة')[0]).toBe(
      'O B-PER I-PER O O O',
    );
    expect(run('التقى جو بايدن أمس بالوفد', 'وقال أمس إن')[0]).toBe('O B-PER I-PER O O');
    expect(run('التقى جو بايدن الأمريكي بالوفد', 'وقال الأمريكي إن')[0]).toBe('O B-PER I-PER O O');
    // (nor an adverb the verb takes as well: مجددا، صراحة)
    const adverb = found(
      'وهاجم دونالد ترامب مجددا الديمقراطيين. وأكد مجددا أن الانتخابات مزورة. وأضاف ترامب أن الأمر خطير.',
    );
    expect(adverb).toContain('PER:دونالد ترامب×2');
    expect(
      found('وقال نجيب ميقاتي صراحة إن الحكومة لن تستقيل. وأكد صراحة أن القرار نهائي.').some((e) =>
        e.includes('صراحة'),
      ),
    ).toBe(false);
    expect(run('التقى جو بايدن شريط بالوفد', 'وقال شريط إن')).toEqual([
      'O B-PER I-PER I-PER O',
      'O B-PER O',
    ]);
  });
});
