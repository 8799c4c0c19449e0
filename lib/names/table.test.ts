import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiyaqDatabase } from '../db/database';
import { recordVisit } from '../related/visits';
import { enforceBudget } from '../related/budget';
import { testArticle, testEntity } from '../../tools/test-article';
import { RECENT_FROM, RECENT_MAX, ensureNames, rebuildNames, searchWords } from './table';

let database: SiyaqDatabase;
let n = 0;
beforeEach(() => {
  database = new SiyaqDatabase(`names-${n++}`);
});
afterEach(async () => {
  await database.delete();
});

const visit = (i: number, keys: string[], at: number) =>
  recordVisit(
    database,
    testArticle(`https://a.example/${i}`),
    at,
    keys.map((k) => testEntity(k)),
  );

const byKey = async () => new Map((await database.names.toArray()).map((r) => [r.key, r] as const));

describe('kept by visits', () => {
  it('counts each article once, and sees a name at its latest visit', async () => {
    await visit(1, ['PER:البشير', 'LOC:الخرطوم'], 1000);
    await visit(2, ['PER:البشير'], 2000);
    await visit(1, ['PER:البشير', 'LOC:الخرطوم'], 3000); // a second visit of the first
    const names = await byKey();
    expect(names.get('PER:البشير')).toMatchObject({
      name: 'البشير',
      type: 'PER',
      count: 2,
      firstSeen: 1000,
      lastSeen: 3000,
    });
    expect(names.get('LOC:الخرطوم')).toMatchObject({ type: 'LOC', count: 1, lastSeen: 3000 });
  });

  it('uncounts a name an article no longer carries; a name in no article goes', async () => {
    await visit(1, ['PER:البشير', 'LOC:الخرطوم'], 1000);
    await visit(2, ['LOC:الخرطوم'], 1500);
    await visit(1, ['PER:حميدتي', 'LOC:جدة'], 2000);
    const names = await byKey();
    expect(names.has('PER:البشير')).toBe(false);
    expect(names.get('LOC:الخرطوم')?.count).toBe(1);
    expect(names.get('PER:حميدتي')?.count).toBe(1);
  });

  it('keeps the names of a visit whose analysis failed (the stored entities stay)', async () => {
    await visit(1, ['PER:البشير'], 1000);
    await visit(1, [], 2000);
    expect((await byKey()).get('PER:البشير')).toMatchObject({ count: 1, lastSeen: 2000 });
  });

  it('uncounts evicted articles', async () => {
    for (let i = 0; i < 120; i++) await visit(i, i < 20 ? ['PER:قديم', 'LOC:مصر'] : ['LOC:مصر'], i);
    const removed = await enforceBudget(
      database,
      { articles: 100, links: 1000 },
      Number.MAX_SAFE_INTEGER,
    );
    expect(removed).toBe(30);
    const names = await byKey();
    expect(names.has('PER:قديم')).toBe(false);
    expect(names.get('LOC:مصر')?.count).toBe(90);
    expect(await database.history.count()).toBe(90);
  });
});

describe('the latest articles of a common name', () => {
  it('are kept past RECENT_FROM articles, latest visit first; rebuilt the same; evicted ones leave', async () => {
    const n = RECENT_FROM + 5;
    for (let i = 0; i < n; i++) await visit(i, i % 2 ? ['LOC:مصر', 'PER:نادر'] : ['LOC:مصر'], i);
    let egypt = (await byKey()).get('LOC:مصر')!;
    expect(egypt.count).toBe(n);
    const key = (i: number) => `a.example/${i}`;
    const latest = (from: number) => Array.from({ length: RECENT_MAX }, (_, j) => key(from - j));
    expect(egypt.recent).toEqual(latest(n - 1));
    // A name in fewer articles keeps none.
    expect((await byKey()).get('PER:نادر')?.recent).toBeUndefined();
    // A second visit of an old article puts it first.
    await visit(3, ['LOC:مصر'], 10_000);
    egypt = (await byKey()).get('LOC:مصر')!;
    expect(egypt.recent?.slice(0, 3)).toEqual([key(3), key(n - 1), key(n - 2)]);
    expect(egypt.recent).toHaveLength(RECENT_MAX);
    const kept = await database.names.orderBy('key').toArray();
    await rebuildNames(database.history, database.names);
    expect(await database.names.orderBy('key').toArray()).toEqual(kept);
    // Evicting all but the newest 200: back under RECENT_FROM, the list goes.
    await enforceBudget(database, { articles: 223, links: 1000 }, Number.MAX_SAFE_INTEGER);
    egypt = (await byKey()).get('LOC:مصر')!;
    expect(egypt.count).toBe(await database.history.count());
    expect(egypt.count).toBeLessThanOrEqual(RECENT_FROM);
    expect(egypt.recent).toBeUndefined();
  });
});

describe('rebuilt from history', () => {
  it('gives what the visits kept', async () => {
    await visit(1, ['PER:البشير', 'LOC:الخرطوم'], 1000);
    await visit(2, ['PER:البشير'], 2000);
    await visit(3, ['ORG:الأمم المتحدة'], 2500);
    await visit(1, ['PER:البشير'], 3000);
    const kept = await database.names.orderBy('key').toArray();
    await rebuildNames(database.history, database.names);
    expect(await database.names.orderBy('key').toArray()).toEqual(kept);
  });

  it('when the table is empty and articles are stored, and only then', async () => {
    expect(await ensureNames(database)).toBe(false);
    await visit(1, ['PER:البشير'], 1000);
    expect(await ensureNames(database)).toBe(false);
    await database.names.clear();
    expect(await ensureNames(database)).toBe(true);
    expect((await byKey()).get('PER:البشير')?.count).toBe(1);
  });
});

describe('search words', () => {
  it('folds hamza, ta marbuta, alef maqsura, tatweel and diacritics, and drops ال', () => {
    expect(searchWords(['الأمم المتحدة'])).toEqual(['الامم', 'امم', 'المتحده', 'متحده']);
    expect(searchWords(['مصطفى', 'إبراهيـــم', 'عُمَر'])).toEqual(['مصطفي', 'ابراهيم', 'عمر']);
  });

  it('finds a name by a differently written word, through the index', async () => {
    await visit(1, ['ORG:الأمم المتحدة'], 1000);
    await visit(2, ['LOC:مصر'], 1000);
    const found = await database.names
      .where('words')
      .startsWith(searchWords(['متحدة'])[0]!)
      .toArray();
    expect(found.map((r) => r.name)).toEqual(['الأمم المتحدة']);
  });
});
