import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiyaqDatabase } from '../db/database';
import { recordVisit } from '../related/visits';
import { saveHighlight } from '../highlights/store';
import { testArticle, testEntity } from '../../tools/test-article';
import { readingList, followList } from '../background/reading';
import { listNames, queryWords } from './list';
import { loadEntityPage } from './entity-page';

let database: SiyaqDatabase;
let n = 0;
beforeEach(async () => {
  database = new SiyaqDatabase(`names-list-${n++}`);
  const visit = (i: number, keys: string[], at: number) =>
    recordVisit(
      database,
      testArticle(`https://a.example/${i}`, { title: `خبر ${i}` }),
      at,
      keys.map((k) => testEntity(k)),
    );
  await visit(1, ['ORG:الأمم المتحدة', 'LOC:مصر'], 1000);
  await visit(2, ['PER:عمر البشير', 'LOC:مصر'], 2000);
  await visit(3, ['LOC:مصر', 'PER:مصطفى مدبولي'], 3000);
  await visit(4, ['PER:عمر البشير'], 500);
});
afterEach(async () => {
  await database.delete();
});

const keys = (r: { names: { key: string }[] }) => r.names.map((x) => x.key);

describe('the names view', () => {
  it('lists by recency and by frequency, a page at a time', async () => {
    expect(keys(await listNames(database, { sort: 'recent' }))).toEqual([
      'PER:مصطفى مدبولي',
      'LOC:مصر',
      'PER:عمر البشير',
      'ORG:الأمم المتحدة',
    ]);
    const frequent = await listNames(database, { sort: 'frequent', limit: 2 });
    expect(keys(frequent)).toEqual(['LOC:مصر', 'PER:عمر البشير']);
    expect(frequent.total).toBe(4);
  });

  it('finds names written differently: alef with hamza, ta marbuta, alef maqsura, ال', async () => {
    const search = async (query: string) =>
      keys(await listNames(database, { sort: 'recent', query }));
    expect(await search('الامم المتحده')).toEqual(['ORG:الأمم المتحدة']);
    expect(await search('متحدة')).toEqual(['ORG:الأمم المتحدة']);
    expect(await search('مصطفي')).toEqual(['PER:مصطفى مدبولي']);
    expect(await search('بشير')).toEqual(['PER:عمر البشير']);
    expect(await search('عمر البشـــير')).toEqual(['PER:عمر البشير']);
    // Prefixes of words: «مص» is both Egypt and Mostafa (both last seen at 3000: as the index
    // orders them backwards, the greater key first).
    expect(await search('مص')).toEqual(['PER:مصطفى مدبولي', 'LOC:مصر']);
    expect(await search('عمر مصر')).toEqual([]);
    expect(await search('   ')).toHaveLength(4);
  });

  it('a search that would read too many names reads a bounded number and says the count is more', async () => {
    const capped = await listNames(database, { sort: 'recent', query: 'م', scan: 2 });
    expect(capped.names).toHaveLength(2);
    expect(capped).toMatchObject({ total: 2, capped: true });
    const whole = await listNames(database, { sort: 'recent', query: 'م' });
    expect(whole.capped).toBeUndefined();
    expect(whole.total).toBeGreaterThan(2);
  });

  it('puts the followed names first, then the others by last read, and says which they are', async () => {
    const deps = {
      database: () => database,
      nodeId: async () => 'n1',
      changed: () => undefined,
      now: () => 9000,
    };
    const follows = await followList(readingList(deps), deps)();
    await follows.follow('ORG:الأمم المتحدة', 'الأمم المتحدة');
    await follows.follow('PER:لم يقرأ عنه', 'لم يقرأ عنه');
    const page = await listNames(database, { sort: 'followed', limit: 3 });
    // A followed name the reader has read nothing about is not listed.
    expect(keys(page)).toEqual(['ORG:الأمم المتحدة', 'PER:مصطفى مدبولي', 'LOC:مصر']);
    expect([...page.followed].sort()).toEqual(['ORG:الأمم المتحدة', 'PER:لم يقرأ عنه']);
    expect(keys(await listNames(database, { sort: 'followed', query: 'م' }))).toEqual([
      'ORG:الأمم المتحدة',
      'PER:مصطفى مدبولي',
      'LOC:مصر',
    ]);
  });

  it('query words are folded and distinct', () => {
    expect(queryWords(' الأمم  الامم ')).toEqual(['الامم']);
  });
});

describe('the entity page', () => {
  it('lists the articles, sites and highlights of a name, and its companions', async () => {
    await saveHighlight(
      database,
      {
        pageUrl: 'https://a.example/2',
        selectors: {
          quote: { exact: 'قال عمر البشير', prefix: '', suffix: '' },
          position: { start: 0, end: 14 },
        },
        color: 'yellow',
      },
      5000,
    );
    const result = await loadEntityPage(database, 'PER:عمر البشير', 10_000);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const d = result.data;
    expect(d.count).toBe(2);
    expect(d.weeks.flatMap((w) => w.articles.map((a) => a.title))).toEqual(['خبر 2', 'خبر 4']);
    expect(d.sites).toEqual([{ site: 'a.example', siteName: 's', count: 2 }]);
    expect(d.companions.map((c) => c.key)).toEqual(['LOC:مصر']);
    expect(d.highlights.map((h) => [h.highlight.quote, h.title])).toEqual([
      ['قال عمر البشير', 'خبر 2'],
    ]);
  });

  it('reads only the latest articles a common name keeps for its first screen, all of them whole', async () => {
    const row = (await database.names.get('LOC:مصر'))!;
    // As a name in 400 articles keeps them (`recent`): here two of the three stored.
    await database.names.put({ ...row, count: 400, recent: ['a.example/3', 'a.example/2'] });
    const first = await loadEntityPage(database, 'LOC:مصر', 10_000);
    if (first.status !== 'ok') throw new Error(first.status);
    expect(first.data.partial).toBe(true);
    expect(first.data.count).toBe(400);
    expect(first.data.weeks.flatMap((w) => w.articles.map((a) => a.title))).toEqual([
      'خبر 3',
      'خبر 2',
    ]);
    const whole = await loadEntityPage(database, 'LOC:مصر', 10_000, { whole: true });
    if (whole.status !== 'ok') throw new Error(whole.status);
    expect(whole.data.partial).toBe(false);
    expect(whole.data.count).toBe(3);
  });

  it('says when the key is malformed or names no stored article', async () => {
    expect(await loadEntityPage(database, 'not a key', 0)).toEqual({ status: 'invalid' });
    expect(await loadEntityPage(database, 'PER:أحد', 0)).toEqual({
      status: 'unknown',
      key: 'PER:أحد',
      card: undefined,
    });
  });
});
