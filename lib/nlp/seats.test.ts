import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { joinSeats } from './seats';

/** The organisations after the pass over one sentence (tags given, places known). */
const joined = (sentence: string, tags?: string, telling: string[] = []) => {
  const s = sentence.split(' ');
  const t = [tags ? tags.split(' ') : s.map(() => 'O')];
  joinSeats([s], t, {
    isTelling: (w) => telling.includes(w),
    names: (ws) => ws.join(' ').includes('الأمم المتحدة'),
    isCountry: (w) => ['الولايات المتحدة', 'بالولايات المتحدة'].includes(w.join(' ')),
  });
  const out: string[] = [];
  s.forEach((w, i) => {
    if (t[0]![i] === 'B-ORG') out.push(w);
    else if (t[0]![i] === 'I-ORG') out[out.length - 1] += ` ${w}`;
  });
  return out;
};

describe('a local body named with its seat', () => {
  it('joins a tagged local body to the place after ب or في, behind an area’s head too', () => {
    expect(joined('وقال الاتحاد الجهوي للشغل بقابس إن', 'O B-ORG I-ORG I-ORG B-LOC O')).toEqual([
      'الاتحاد الجهوي للشغل بقابس',
    ]);
    expect(joined('أعلنت شركة الصرف الصحي بالإسكندرية عن', 'O B-ORG I-ORG I-ORG B-LOC O')).toEqual([
      'شركة الصرف الصحي بالإسكندرية',
    ]);
    expect(
      joined('أطلقت المديرية العامة للسياحة بمحافظة ظفار مبادرة', 'O B-ORG I-ORG I-ORG O B-LOC O'),
    ).toEqual(['المديرية العامة للسياحة بمحافظة ظفار']);
    expect(
      joined('مدير مكتب الثروة السمكية في محافظة عدن ،', 'O B-ORG I-ORG I-ORG O O B-LOC O'),
    ).toEqual(['مكتب الثروة السمكية في محافظة عدن']);
  });

  it('takes a place the gazetteer knows behind its ب that the tagger left untagged', () => {
    const s = 'وقال الاتحاد الجهوي للشغل بقابس إن'.split(' ');
    const t = [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']];
    joinSeats([s], t, {
      isTelling: () => false,
      isCountry: () => false,
      isPlace: (w) => w === 'قابس',
      names: () => false,
    });
    expect(t[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // (a regional union of teachers too: النقابة الجهوية)
    expect(
      joined('أعلنت النقابة الجهوية للتعليم الأساسي بصفاقس ،', 'O B-ORG I-ORG I-ORG I-ORG B-LOC O'),
    ).toEqual(['النقابة الجهوية للتعليم الأساسي بصفاقس']);
  });

  it('finds a local body the tagger left out by its head, its name and its seat', () => {
    expect(joined('وكانت مديرية الزراعة في درعا قد أعلنت', 'O O O O B-LOC O O')).toEqual([
      'مديرية الزراعة في درعا',
    ]);
    // (not a head as often a common noun before a place, untagged: دائرة العنف في دارفور)
    expect(joined('المدير العام لدائرة الأراضي والأملاك في دبي ،', 'O O O O O O B-LOC O')).toEqual(
      [],
    );
    expect(
      joined('أطلقت الإدارة العامة للتعليم بمحافظة الأحساء مبادرة', 'O O O O O B-LOC O'),
    ).toEqual(['الإدارة العامة للتعليم بمحافظة الأحساء']);
    expect(joined('بدأت المؤسسة العامة لمياه الشرب في درعا ضخ', 'O O O O O O B-LOC O')).toEqual([
      'المؤسسة العامة لمياه الشرب في درعا',
    ]);
  });

  it('joins a faculty to its university', () => {
    expect(joined('طلبة كلية الطب في جامعة اليرموك أمس', 'O B-ORG I-ORG O B-ORG I-ORG O')).toEqual([
      'كلية الطب في جامعة اليرموك',
    ]);
    expect(joined('عميد كلية الاقتصاد بجامعة دمشق', 'O B-ORG I-ORG B-ORG I-ORG')).toEqual([
      'كلية الاقتصاد بجامعة دمشق',
    ]);
  });

  it('leaves bodies whose name tells them apart, and what is not a seat', () => {
    // (a ministry is the ministry wherever the article places it)
    expect(joined('قالت وزارة الصحة في غزة إن', 'O B-ORG I-ORG O B-LOC O')).toEqual([
      'وزارة الصحة',
    ]);
    // (a place, a person or a nationality in the name)
    expect(joined('وقال مكتب الأمم المتحدة في جنيف', 'O B-ORG I-ORG I-ORG O B-LOC')).toEqual([
      'مكتب الأمم المتحدة',
    ]);
    expect(
      joined('قالت مديرية الأمن الليبي في بنغازي', 'O B-ORG I-ORG I-ORG O B-LOC', ['الليبي']),
    ).toEqual(['مديرية الأمن الليبي']);
    // (a brand is no kind of body: Huawei, in Riyadh)
    expect(joined('وافتتحت شركة هواوي في الرياض', 'O B-ORG I-ORG O B-LOC')).toEqual(['شركة هواوي']);
    // (a country is no local seat)
    expect(
      joined('سجل مكتب العلامات التجارية في الولايات المتحدة', 'O B-ORG I-ORG I-ORG O B-LOC I-LOC'),
    ).toEqual(['مكتب العلامات التجارية']);
    // (a union that is no local one)
    expect(joined('وقرر الاتحاد الأوروبي في بروكسل', 'O B-ORG I-ORG O B-LOC')).toEqual([
      'الاتحاد الأوروبي',
    ]);
    expect(joined('وقال الاتحاد العام في تونس', 'O O O O B-LOC')).toEqual([]);
    // (في before what is no place; a time word inside)
    expect(joined('وقالت مديرية الزراعة في بيان', 'O O O O O')).toEqual([]);
    expect(joined('أعلنت مديرية الزراعة اليوم في درعا', 'O O O O O B-LOC')).toEqual([]);
    // (a faculty's seat is its university, not a city)
    expect(joined('طلبة كلية الطب في عمان', 'O B-ORG I-ORG O B-LOC')).toEqual(['كلية الطب']);
  });
});

describe('a common noun before a place is no local body', () => {
  const tagger = loadTagger();
  const found = (text: string) => extractEntities(tagger, text).map((e) => `${e.type}:${e.name}`);

  it('leaves the place a place (دائرة العنف، إدارة الأزمة، مصلحة المواطنين، المكتب الرئيسي)', () => {
    expect(found('وحذر التقرير من اتساع دائرة العنف في دارفور.')).toEqual(['LOC:دارفور']);
    expect(found('وانتقد النواب طريقة إدارة الأزمة في غزة.')).toEqual(['LOC:غزة']);
    expect(found('وقال إن القرار يصب في مصلحة المواطنين في عدن.')).toEqual(['LOC:عدن']);
    expect(found('ويقع المكتب الرئيسي في الدوحة.')).toEqual(['LOC:الدوحة']);
    expect(found('وتسعى المؤسسة العسكرية في الخرطوم إلى حسم المعركة.')).toEqual(['LOC:الخرطوم']);
    // (…and a body the dictionary names inside keeps its place apart)
    expect(
      found('وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في غزة إن المساعدات توقفت.'),
    ).toContain('LOC:غزة');
  });
});

describe('a local body and its seat in the product', () => {
  const tagger = loadTagger();
  const found = (text: string) => extractEntities(tagger, text).map((e) => `${e.type}:${e.name}`);

  it('keeps the seat after في inside the name, where other names are cut at في', () => {
    const names = found(
      'وأوضح مدير عام مكتب الثروة السمكية في محافظة عدن، المهندس عادل سالم اليافعي، أن المكتب رفع مذكرة.',
    );
    expect(names).toContain('ORG:مكتب الثروة السمكية في محافظة عدن');
    expect(names).not.toContain('ORG:محافظة عدن');
    // (…not a country: a national body's)
    expect(
      found('وسجلت الشركة العلامة لدى مكتب العلامات التجارية في الولايات المتحدة الشهر الماضي.'),
    ).toContain('LOC:الولايات المتحدة');
    expect(found('وكانت مديرية الزراعة في درعا قد أعلنت تشكيل لجان لإحصاء الأضرار.')).toContain(
      'ORG:مديرية الزراعة في درعا',
    );
  });
});
