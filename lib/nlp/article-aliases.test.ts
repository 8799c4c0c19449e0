import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';

const tagger = loadTagger();
const found = (text: string) =>
  extractEntities(tagger, text).map((e) => ({
    item: `${e.type}:${e.name}`,
    aliases: e.aliases,
    count: e.count,
  }));

describe('another name given in parentheses', () => {
  it("is an organisation's acronym wherever the article uses it", () => {
    const es = found(
      'أعلنت قوات سوريا الديمقراطية (قسد) السيطرة على البلدة. وقالت قسد إن المعارك انتهت، فيما نفت قسد الاتهامات.',
    );
    expect(es).toEqual([{ item: 'ORG:قوات سوريا الديمقراطية', aliases: ['قسد'], count: 4 }]);
  });

  it('is a Latin acronym in capitals, and a person’s nickname', () => {
    const who = found('أعلنت منظمة الصحة العالمية (WHO) أن WHO تراقب الوضع في المنطقة.');
    expect(who).toContainEqual({
      item: 'ORG:منظمة الصحة العالمية',
      aliases: ['WHO'],
      count: 2,
    });
    const mido = found('سجل اللاعب المصري أحمد حسام (ميدو) هدفين. وقال ميدو إنه سعيد بالفوز.');
    const person = mido.find((e) => e.item === 'PER:أحمد حسام');
    expect(person?.aliases).toContain('ميدو');
    expect(mido.filter((e) => e.item.endsWith('ميدو'))).toEqual([]);
  });

  it('is not taken from a dateline, a number, a common word or a place', () => {
    const dateline = found(
      'أبوظبي، الإمارات العربية المتحدة (CNN) -- أعلنت الحكومة أن CNN نشرت الخبر.',
    );
    const cnn = dateline.find((e) => e.item === 'ORG:CNN');
    expect(cnn).toBeDefined();
    expect(dateline.find((e) => e.item.includes('الإمارات'))?.aliases ?? []).not.toContain('CNN');
    const age = found('قالت الممثلة ميريل ستريب (68 عاما) إن الفيلم جاهز. وأكدت ستريب ذلك.');
    expect(age.find((e) => e.item === 'PER:ميريل ستريب')?.aliases ?? []).toEqual(['ستريب']);
    const common = found(
      'وقال وزير الخارجية سيرغي لافروف (أمس) إن الاتفاق قائم، وأضاف أمس أن الحوار مستمر.',
    );
    expect(common.find((e) => e.item === 'PER:سيرغي لافروف')?.aliases ?? []).not.toContain('أمس');
  });

  it('is not a credit or a caption', () => {
    const credit = found(
      'عناصر من قوات سوريا الديمقراطية (رويترز). وقالت قوات سوريا الديمقراطية إن المعارك انتهت، ونقلت رويترز عن مصادر أن الهدوء عاد.',
    );
    const sdf = credit.find((e) => e.item === 'ORG:قوات سوريا الديمقراطية');
    expect(sdf?.aliases ?? []).not.toContain('رويترز');
    const afp = found('أعلنت وزارة الخارجية الأمريكية (أ ف ب) أن الوزير سيزور المنطقة.');
    expect(afp.find((e) => e.item.includes('الخارجية'))?.aliases ?? []).toEqual([]);
    const caption = found(
      'التقى الرئيس الأمريكي جو بايدن (يمين) نظيره الفرنسي أمس، فيما يميل الناخبون نحو يمين الوسط.',
    );
    expect(caption.find((e) => e.item === 'PER:جو بايدن')?.aliases ?? []).not.toContain('يمين');
    const photo = found('عبد ربه منصور هادي (الصورة) يلتقي الوفد. وأظهرت الصورة الرئيس مبتسما.');
    expect(photo.find((e) => e.item.startsWith('PER:عبد ربه'))?.aliases ?? []).not.toContain(
      'الصورة',
    );
  });

  it('leaves an article without parentheses as it was, and an unclosed one alone', () => {
    const plain = 'أعلنت قوات سوريا الديمقراطية السيطرة على البلدة.';
    expect(found(plain).map((e) => e.item)).toEqual(['ORG:قوات سوريا الديمقراطية']);
    expect(() => found('أعلنت قوات سوريا الديمقراطية (قسد السيطرة على البلدة')).not.toThrow();
  });

  it('is an organisation’s name in quotes after its description, not a quotation', () => {
    const es = found(
      'أعلنت مؤسسة الطاقة الذرية الروسية "روساتوم" اليوم الانتهاء من تركيب المفاعل. وقالت روساتوم إن العمل مستمر.',
    );
    expect(es.find((e) => e.item === 'ORG:مؤسسة الطاقة الذرية الروسية')?.aliases).toContain(
      'روساتوم',
    );
    expect(es.filter((e) => e.item === 'ORG:روساتوم')).toEqual([]);
    // (a quote mark after a name that closes a quotation: the words after it are no other name)
    const quote = found('وقال إن "الوضع صعب في وزارة الصحة" وأضاف أن الفرق تعمل.');
    expect(quote.find((e) => e.item === 'ORG:وزارة الصحة')?.aliases ?? []).toEqual([]);
  });
});
