/** The key-entity scorer of `npm run eval` (issue 13), and the annotations it reads. */
import { describe, expect, it } from 'vitest';
import {
  newsAnnotations,
  newsTexts,
  pageAnnotations,
  scoreText,
  type KeyEntityAnnotation,
} from './key-entity-eval';

const annotation: KeyEntityAnnotation = {
  id: 't',
  split: 'tune',
  key: [
    { name: 'عمر البشير', type: 'PER', variants: ['البشير'] },
    { name: 'الخرطوم', type: 'LOC', variants: [] },
  ],
  other: [{ name: 'السودان', type: 'LOC', variants: [] }],
  not: ['المشهد'],
};

describe('scoreText', () => {
  it('finds a key entity by an alias, and judges each of the top ten', () => {
    const s = scoreText(annotation, [
      { name: 'البشير', type: 'PER', aliases: [] },
      { name: 'عمر البشير', type: 'PER', aliases: [] },
      { name: 'الخرطوم', type: 'ORG', aliases: [] },
      { name: 'المشهد', type: 'LOC', aliases: [] },
      { name: 'بي سي', type: 'ORG', aliases: [] },
      { name: 'السودان', type: 'LOC', aliases: [] },
    ]);
    expect([s.keyFound, s.keyTotal, s.topRight, s.topTotal]).toEqual([1, 2, 2, 6]);
    expect(s.missed).toEqual(['LOC:الخرطوم']);
    expect(s.wrong.map((w) => w.verdict)).toEqual([
      'duplicate',
      'wrong type',
      'listed as not an entity',
      'not a named entity',
    ]);
  });

  it('only the top ten count', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      name: `س${i}`,
      type: 'LOC' as const,
      aliases: [],
    }));
    const s = scoreText(annotation, [...many, { name: 'الخرطوم', type: 'LOC', aliases: [] }]);
    expect(s.keyFound).toBe(0);
    expect(s.topTotal).toBe(10);
  });
  it("takes a name shown without its kind's word for the entity, not for another one", () => {
    const a: KeyEntityAnnotation = {
      id: 'k',
      split: 'tune',
      key: [{ name: 'محافظة الكرك', type: 'LOC', variants: [] }],
      other: [
        { name: 'شركة جنرال إلكتريك', type: 'ORG', variants: [] },
        { name: 'جامعة القاهرة', type: 'ORG', variants: [] },
        { name: 'وكالة الأنباء السعودية', type: 'ORG', variants: [] },
        { name: 'وكالة يونهاب', type: 'ORG', variants: [] },
      ],
      not: [],
    };
    const s = scoreText(a, [
      { name: 'الكرك', type: 'LOC', aliases: [] },
      { name: 'جنرال إلكتريك', type: 'ORG', aliases: [] },
      { name: 'يونهاب', type: 'ORG', aliases: [] },
      // a place is not its university, nor a kind's word before two words a name of one
      { name: 'القاهرة', type: 'LOC', aliases: [] },
      { name: 'الأنباء السعودية', type: 'ORG', aliases: [] },
      // an area's word goes before a place, not before an organisation
      { name: 'الكرك', type: 'ORG', aliases: [] },
    ]);
    expect(s.keyFound).toBe(1);
    expect(s.topRight).toBe(3);
    expect(s.wrong.map((w) => `${w.item} ${w.verdict}`)).toEqual([
      'LOC:القاهرة not a named entity',
      'ORG:الأنباء السعودية not a named entity',
      'ORG:الكرك wrong type',
    ]);
  });
  it('takes no fragment for the name, and one item for one entity only', () => {
    const a: KeyEntityAnnotation = {
      id: 'f',
      split: 'tune',
      key: [
        { name: 'الكويت', type: 'LOC', variants: [] },
        { name: 'مدينة الكويت', type: 'LOC', variants: [] },
        { name: 'شركة الكهرباء', type: 'ORG', variants: [] },
      ],
      other: [
        { name: 'مجموعة العشرين', type: 'ORG', variants: [] },
        { name: 'منظمة التحرير', type: 'ORG', variants: [] },
        { name: 'نادي الأسير الفلسطيني', type: 'ORG', variants: [] },
        { name: 'ولاية الخرطوم', type: 'LOC', variants: [] },
      ],
      not: [],
    };
    const s = scoreText(a, [
      { name: 'الكويت', type: 'LOC', aliases: [] },
      { name: 'الكهرباء', type: 'ORG', aliases: [] },
      { name: 'العشرين', type: 'ORG', aliases: [] },
      { name: 'التحرير', type: 'ORG', aliases: [] },
      { name: 'الأسير الفلسطيني', type: 'ORG', aliases: [] },
      { name: 'الخرطوم', type: 'LOC', aliases: [] },
    ]);
    expect(s.keyFound).toBe(1);
    expect(s.missed).toEqual(['LOC:مدينة الكويت', 'ORG:شركة الكهرباء']);
    expect(s.topRight).toBe(2);
  });
});

describe('the annotations', () => {
  it('cover the 60 news texts, a quarter held back, every name standing in its text', () => {
    const texts = new Map(newsTexts().map((t) => [t.id, t]));
    const notes = newsAnnotations();
    expect(notes).toHaveLength(60);
    expect(notes.filter((a) => a.split === 'held-out')).toHaveLength(15);
    const fold = (s: string) =>
      s.replace(/[\u064b-\u0652\u0670\u0640_]/g, ' ').replace(/\s+/g, ' ');
    let missing = 0;
    for (const a of notes) {
      const t = texts.get(a.id)!;
      const hay = fold(`${t.title} ${t.text}`);
      expect(a.key.length).toBeGreaterThan(0);
      for (const e of [...a.key, ...a.other])
        for (const n of [e.name, ...e.variants]) if (!hay.includes(fold(n))) missing++;
    }
    // A name written after لـ loses its alif (للجزائر = ل + الجزائر): a handful are not literal.
    expect(missing).toBeLessThan(15);
    expect(pageAnnotations().length).toBe(10);
  });
});
