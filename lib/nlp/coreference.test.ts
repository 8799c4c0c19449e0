/**
 * One entity, one entry (issue 13): a family name of several words joins the one person it ends.
 * The other joins are tested in entity-trust.test.ts and variants.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { joinGroups, type GroupMention } from './coreference';
import type { EntityType } from './tags';

const group = (entries: [string, EntityType, number][]) =>
  new Map<string, GroupMention[]>(
    entries.map(([k, type, n]) => [k, Array.from({ length: n }, () => ({ type, surface: k }))]),
  );
const typeOf = (ms: GroupMention[]) => ms[0]!.type;

describe('a family name of several words', () => {
  it('joins the one person whose name it ends (فون دير لاين, ابن خلدون)', () => {
    const g = group([
      ['اورسولا فون دير لاين', 'PER', 1],
      ['فون دير لاين', 'PER', 2],
      ['عبد الرحمن بن خلدون', 'PER', 1],
      ['ابن خلدون', 'PER', 2],
    ]);
    joinGroups(g, typeOf);
    expect([...g.keys()].sort()).toEqual(['اورسولا فون دير لاين', 'عبد الرحمن بن خلدون']);
    expect(g.get('اورسولا فون دير لاين')).toHaveLength(3);
    expect(g.get('عبد الرحمن بن خلدون')).toHaveLength(3);
  });

  it('stays apart where two people end with it, or it is no person', () => {
    const g = group([
      ['جان فان دير بيك', 'PER', 1],
      ['ماري فان دير بيك', 'PER', 1],
      ['فان دير بيك', 'PER', 2],
      ['جامعه فون دير لاين', 'ORG', 1],
      ['فون دير لاين', 'PER', 1],
    ]);
    joinGroups(g, typeOf);
    expect(g.size).toBe(5);
  });
});

describe('an organisation named with its head and a nationality', () => {
  it('is the one named alone (النادي الأهلي المصري and الأهلي)', () => {
    const g = group([
      ['نادي الاهلي المصري', 'ORG', 1],
      ['اهلي', 'ORG', 3],
    ]);
    joinGroups(g, typeOf, undefined, (w) => w === 'مصري');
    expect([...g.keys()]).toEqual(['نادي الاهلي المصري']);
    // Without the nationality list, the two stay apart.
    const apart = group([
      ['نادي الاهلي المصري', 'ORG', 1],
      ['اهلي', 'ORG', 3],
    ]);
    joinGroups(apart, typeOf);
    expect(apart.size).toBe(2);
  });
});

describe('a place named with and without its head', () => {
  it('is one place: غزة and قطاع غزة; not a place of another head (مخيم جنين and جنين)', () => {
    const g = group([
      ['قطاع غزه', 'LOC', 2],
      ['غزه', 'LOC', 3],
      ['مخيم جنين', 'LOC', 1],
      ['جنين', 'LOC', 2],
    ]);
    joinGroups(g, typeOf);
    expect([...g.keys()].sort()).toEqual(['جنين', 'قطاع غزه', 'مخيم جنين']);
    expect(g.get('قطاع غزه')).toHaveLength(5);
  });
});

describe('an organisation named with one word fewer', () => {
  it('joins the one longer name that has an area’s word besides', () => {
    const g = group([
      ['امانه محافظه جده', 'ORG', 1],
      ['امانه جده', 'ORG', 2],
    ]);
    joinGroups(g, typeOf);
    expect([...g.keys()]).toEqual(['امانه محافظه جده']);
    // (not a place: the article's central bank may be another country's; nor another word)
    const apart = group([
      ['بنك الكويت المركزي', 'ORG', 1],
      ['البنك المركزي', 'ORG', 2],
      ['الكويت', 'LOC', 1],
      ['بنك الاهلي المصري', 'ORG', 1],
      ['البنك المصري', 'ORG', 1],
    ]);
    joinGroups(apart, typeOf);
    expect(apart.size).toBe(5);
  });

  it('joins a police station named with its kind and an area’s word, or its kind alone', () => {
    const g = group([
      ['قياده شرطه محافظه البصره', 'ORG', 1],
      ['شرطه البصره', 'ORG', 2],
      ['مركز شرطه سمالوط', 'ORG', 1],
      ['شرطه سمالوط', 'ORG', 1],
      ['شرطه النجف', 'ORG', 1],
    ]);
    joinGroups(g, typeOf);
    expect([...g.keys()].sort()).toEqual(
      ['قياده شرطه محافظه البصره', 'مركز شرطه سمالوط', 'شرطه النجف'].sort(),
    );
  });
});

describe('a national team', () => {
  it('is one entry named with or without الوطني، الأول and its game', () => {
    const g = group([
      ['منتخب وطني عراقي لكره قدم', 'ORG', 1],
      ['منتخب عراقي', 'ORG', 2],
      ['منتخب اردني', 'ORG', 1],
    ]);
    joinGroups(g, typeOf);
    expect([...g.keys()].sort()).toEqual(['منتخب اردني', 'منتخب وطني عراقي لكره قدم']);
    expect(g.get('منتخب وطني عراقي لكره قدم')).toHaveLength(3);
  });

  it('is one entry named by its country or by its adjective, under the name more mentions give', () => {
    const nationalities = ['اسباني', 'انجليزي', 'مصري'];
    const g = group([
      ['منتخب اسبانيا', 'ORG', 1],
      ['منتخب الاسباني', 'ORG', 2],
      ['منتخب انجلترا', 'ORG', 2],
      ['منتخب الانجليزي', 'ORG', 1],
      ['منتخب مصر', 'ORG', 1],
      ['منتخب اردني', 'ORG', 1],
      ['اسبانيا', 'LOC', 1],
    ]);
    joinGroups(g, typeOf, undefined, (w) => nationalities.includes(w));
    expect([...g.keys()].sort()).toEqual(
      ['منتخب الاسباني', 'منتخب انجلترا', 'منتخب مصر', 'منتخب اردني', 'اسبانيا'].sort(),
    );
    expect(g.get('منتخب الاسباني')).toHaveLength(3);
  });
});

describe('an event', () => {
  it('is one entry named by the start of its one longer name', () => {
    const g = group([
      ['دوري لبناني لكره قدم', 'MISC', 1],
      ['دوري لبناني', 'MISC', 2],
      ['مهرجان برلين سينمائي دولي', 'MISC', 1],
      ['مهرجان برلين', 'MISC', 1],
    ]);
    joinGroups(g, typeOf);
    expect([...g.keys()].sort()).toEqual(['دوري لبناني لكره قدم', 'مهرجان برلين سينمائي دولي']);
    expect(g.get('دوري لبناني لكره قدم')).toHaveLength(3);
  });

  it('joins a league named by its sponsor to its name with the country and its tail', () => {
    const g = group([
      ['دوري روشن سعودي للمحترفين', 'MISC', 1],
      ['دوري روشن', 'MISC', 2],
    ]);
    joinGroups(g, typeOf, undefined, (w) => w === 'سعودي');
    expect([...g.keys()]).toEqual(['دوري روشن سعودي للمحترفين']);
    // (without the country's adjective known, they stay apart)
    const apart = group([
      ['دوري روشن سعودي للمحترفين', 'MISC', 1],
      ['دوري روشن', 'MISC', 2],
    ]);
    joinGroups(apart, typeOf);
    expect(apart.size).toBe(2);
  });

  it('stays apart from a longer name that is another event or law (للسيدات، الجعفري)', () => {
    const g = group([
      ['دوري اسباني', 'MISC', 2],
      ['دوري اسباني للسيدات', 'MISC', 1],
      ['قانون احوال شخصيه', 'MISC', 1],
      ['قانون احوال شخصيه جعفري', 'MISC', 1],
    ]);
    joinGroups(g, typeOf);
    expect(g.size).toBe(4);
  });

  it('stays apart where two longer names start so (كأس العالم: 2022 and 2026)', () => {
    const g = group([
      ['كاس عالم 2022', 'MISC', 1],
      ['كاس عالم 2026', 'MISC', 1],
      ['كاس عالم', 'MISC', 1],
    ]);
    joinGroups(g, typeOf);
    expect(g.size).toBe(3);
  });
});

describe('a page naming more entities than any article', () => {
  it('is not joined (a list or a table: pairwise joins would take minutes)', () => {
    const entries: [string, EntityType, number][] = Array.from({ length: 1600 }, (_, i) => [
      `مكان${i}`,
      'LOC',
      1,
    ]);
    entries.push(['عمر البشير', 'PER', 1], ['بشير', 'PER', 1]);
    const g = group(entries);
    joinGroups(g, typeOf);
    expect(g.size).toBe(1602);
    // The same two names in an article of ordinary size are joined.
    const small = group([
      ['عمر البشير', 'PER', 1],
      ['بشير', 'PER', 1],
    ]);
    joinGroups(small, typeOf);
    expect(small.size).toBe(1);
  });
});
