/** Entities from the shipped model on real article text, and on odd text. */
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../tools/fixtures';
import { parseHtml } from '../../tools/html';
import { loadTagger } from '../../tools/model-file';
import { extractArticle } from '../pipeline/extract';
import { extractEntities } from './entities';

const URL_ = 'https://7al.net/2022/01/07/russian-general-kazakhstan/';
const article = extractArticle(parseHtml(pageHtml('ar-7al-kazakhstan.html'), URL_), URL_);
const tagger = loadTagger();
const entities = extractEntities(tagger, article.text, article.title);
const byName = (name: string) => entities.find((e) => e.name === name || e.aliases.includes(name));

describe('on the sample article', () => {
  it('every mention’s offsets point at the entity’s name or one of its aliases in the text', () => {
    for (const e of entities) {
      for (const m of e.mentions) {
        const surface = article.text.slice(m.start, m.end);
        expect([e.name, ...e.aliases].some((n) => n.endsWith(surface) || surface.endsWith(n))).toBe(
          true,
        );
      }
    }
  });

  it('ranks the country the article is about first', () => {
    expect(entities[0]).toMatchObject({ name: 'كازاخستان', type: 'LOC', salience: 1 });
    expect(entities.map((e) => e.salience)).toEqual(
      [...entities.map((e) => e.salience)].sort((a, b) => b - a),
    );
  });

  it('ranks an entity the text names early above one of a type ranked higher that it names late', () => {
    const filler = 'وتستمر الأعمال في الموقع وفق الخطة المعتمدة منذ سنوات طويلة. '.repeat(12);
    const text = `${filler}\n\nوأعلنت منظمة الصحة العالمية عن برنامج جديد.\n\n${filler}${filler}\n\nوكتب نجيب محفوظ روايته الأولى قبل ذلك بعقود.`;
    const es = extractEntities(tagger, text).map((e) => `${e.type}:${e.name}`);
    // (a person outranks an organisation named as often — but not one named far earlier)
    expect(es.indexOf('ORG:منظمة الصحة العالمية')).toBeGreaterThanOrEqual(0);
    expect(es.indexOf('ORG:منظمة الصحة العالمية')).toBeLessThan(es.indexOf('PER:نجيب محفوظ'));
  });

  it('groups clitic forms of one name (وروسيا، لروسيا … → روسيا) and keeps the surface for display', () => {
    const russia = byName('روسيا');
    expect(russia?.type).toBe('LOC');
    expect(russia!.mentions.length).toBeGreaterThanOrEqual(3);
    expect(entities.filter((e) => e.name === 'روسيا' || e.aliases.includes('روسيا'))).toHaveLength(
      1,
    );
  });

  it('joins the family name alone to the person (سيرديوكوف) and keeps the role the text gives', () => {
    const s = entities.find((e) => e.type === 'PER' && e.name.endsWith('سيرديوكوف'));
    expect(s!.mentions.length).toBeGreaterThanOrEqual(5);
    const k = entities.find((e) => e.name === 'إيغور كوناشينكوف');
    expect(k).toMatchObject({ type: 'PER', role: 'المتحدث باسم وزارة الدفاع' });
  });

  it('leaves names that begin with ك ب ف و whole', () => {
    for (const name of ['كازاخستان', 'فلاديمير بوتين', 'كوسوفو'])
      expect(byName(name), name).toBeDefined();
  });
});

describe('odd text', () => {
  it.each([
    ['empty', ''],
    ['no Arabic', 'The quick brown fox jumps over the lazy dog.'],
    ['mixed', 'نشر موقع Middle East Eye تقريرا عن لندن.'],
    ['diacritised', 'قَالَ الرَّئِيسُ فِي دِمَشْقَ'],
    ['Arabic-Indic digits', 'وصل ٣٠٠٠ جندي إلى ألماتي في ٧ يناير ٢٠٢٢'],
    ['a very long token', `${'ب'.repeat(50_000)} في القاهرة`],
  ])('%s: no exception, offsets inside the text', (_name, text) => {
    const out = extractEntities(tagger, text);
    for (const e of out) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
  });

  it('a 1 MB paragraph is processed', () => {
    const text = `${article.paragraphs[1]} `.repeat(
      Math.ceil(1_000_000 / (article.paragraphs[1]!.length + 1)),
    );
    const out = extractEntities(tagger, text);
    expect(out.length).toBeGreaterThan(0);
    // Not a timing test (npm run bench measures speed): ~10 s alone, several times that when the
    // machine's two CPUs are busy with other work.
  }, 120_000);
});

it('drops a one-letter clitic from a several-word name when the rest of the name stands in the text', () => {
  const url = 'https://www.bbc.com/arabic/articles/c720dxj8dq8o';
  const bbcArticle = extractArticle(parseHtml(pageHtml('ar-bbc-arabic-2024.html'), url), url);
  const found = extractEntities(tagger, bbcArticle.text, bbcArticle.title);
  expect(found.find((e) => e.name === 'لبي بي سي')).toBeUndefined();
  // One entity for the BBC, under its fullest name here (بي بي سي نيوز) with بي بي سي an alias.
  const bbc = found.find((e) => e.name === 'بي بي سي' || e.aliases.includes('بي بي سي'));
  expect(found.filter((e) => [e.name, ...e.aliases].some((n) => /^بي بي سي/.test(n)))).toHaveLength(
    1,
  );
  const text = bbcArticle.text;
  for (const m of bbc!.mentions) expect(text.slice(m.start, m.end)).toMatch(/^بي بي سي( نيوز)?$/);
  // The article writes it four times as لبي بي سي ("to the BBC"): those mentions start after the ل.
  expect(bbc!.mentions.filter((m) => text[m.start - 1] === 'ل')).toHaveLength(4);
});

describe('the title', () => {
  it('names the longer name it gives, behind a preposition, not the name inside it', () => {
    const es = extractEntities(
      tagger,
      'قال ناشطون إن مقاتلي المعارضة سيطروا على مخازن في ريف دمشق. وأضافوا أن القوات انسحبت نحو دمشق. وتشهد مناطق ريف دمشق معارك منذ أشهر.',
      'معارضون يسيطرون على مخازن للصواريخ بريف دمشق',
    );
    expect(es.map((e) => e.name)).toEqual(['ريف دمشق', 'دمشق']);
    // Named once and only inside the title's longer name, دمشق gets no title bonus.
    expect(es[1]!.salience).toBeLessThan(0.6);
  });
});

describe('a stretched letter', () => {
  it('a tatweel after a name’s last letter is not shown, and its mention ends before it', () => {
    const text =
      'تزايد التوتر في الشرق الأوسطـ هذا الأسبوع، وقال محللون إن الشرق الأوسط يشهد تحولات.';
    const es = extractEntities(tagger, text, '');
    const me = es.find((e) => e.name === 'الشرق الأوسط');
    expect(me?.type).toBe('LOC');
    expect(me!.aliases).toEqual([]);
    for (const m of me!.mentions) expect(text.slice(m.start, m.end)).toBe('الشرق الأوسط');
  });
});

describe('a place named with its kind of area', () => {
  it('is shown without a plural’s or a district’s word, whatever the lists know', () => {
    const es = extractEntities(
      tagger,
      'وشملت الأشغال الطرق القروية بأقاليم تارودانت وتيزنيت. وفي العراق، قالت الشرطة إن هجوما وقع في قضاء الحويجة غرب كركوك.',
      '',
    );
    const names = es.filter((e) => e.type === 'LOC').map((e) => e.name);
    // (and the second of two places joined by و is shown without it)
    expect(names).toEqual(expect.arrayContaining(['تارودانت', 'تيزنيت', 'الحويجة']));
    expect(names.some((n) => /أقاليم|قضاء|وتيزنيت/.test(n))).toBe(false);
  });

  it('is one entity with the place named by its singular area word elsewhere', () => {
    const es = extractEntities(
      tagger,
      'وقال مصدر من عمالة إقليم الحوز إن الأشغال متأخرة. وشمل الدعم الأسر بأقاليم الحوز وتارودانت وشيشاوة. وزار الوزير إقليم الحوز أمس.',
      '',
    );
    const haouz = es.filter((e) => e.type === 'LOC' && /الحوز/.test(e.name));
    expect(haouz).toHaveLength(1);
    expect(haouz[0]!.count).toBe(3);
  });
});
