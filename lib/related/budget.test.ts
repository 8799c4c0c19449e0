import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordVisit } from './visits';
import { SiyaqDatabase } from '../db/database';
import { testArticle, testEntity } from '../../tools/test-article';
import { enforceBudget, isQuotaError, withQuotaRetry } from './budget';

let database: SiyaqDatabase;
let n = 0;
beforeEach(() => {
  database = new SiyaqDatabase(`budget-${n++}`);
});
afterEach(() => database.delete());

async function fill(articles: number, links: number) {
  for (let i = 0; i < articles; i++)
    await recordVisit(database, testArticle(`https://a.com/${i}`), 1000 + i);
  await database.links.bulkPut(
    Array.from({ length: links }, (_, i) => ({
      normUrl: `b.com/${i}`,
      title: 't',
      entityKeys: [],
      lastSeenAt: i,
    })),
  );
  // The reader's own data: highlights and the reading list, on the oldest articles.
  await database
    .table('highlights')
    .bulkPut(
      Array.from({ length: 50 }, (_, i) => ({ id: `h${i}`, url: `a.com/${i}`, updatedAt: i })),
    );
  await database.table('reading').bulkPut(
    Array.from({ length: 50 }, (_, i) => ({
      id: `a.com/${i}`,
      url: `https://a.com/${i}`,
      updatedAt: i,
      savedAt: i,
      tags: [],
    })),
  );
}

describe('cache budget', () => {
  it('evicts the least recently seen rows past the budget, to a tenth below it', async () => {
    await fill(150, 300);
    const removed = await enforceBudget(database, { articles: 100, links: 200 });
    expect(await database.history.count()).toBe(90);
    expect(await database.links.count()).toBe(180);
    expect(removed).toBe(60 + 120);
    // The oldest went, the newest stayed.
    expect(await database.history.get('a.com/0')).toBeUndefined();
    expect(await database.history.get('a.com/149')).toBeDefined();
    expect(await database.links.get('b.com/299')).toBeDefined();
  });

  it('evicts thousands in chunks and the names table counts only what stays', async () => {
    const egypt = testEntity('LOC:مصر', 1, 1);
    for (let i = 0; i < 2_300; i++)
      await recordVisit(database, testArticle(`https://a.com/${i}`), 1000 + i, [egypt]);
    expect((await database.names.get('LOC:مصر'))?.count).toBe(2_300);
    await enforceBudget(database, { articles: 100, links: 200 });
    expect(await database.history.count()).toBe(90);
    expect((await database.names.get('LOC:مصر'))?.count).toBe(90);
  }, 120_000);

  it('never touches the reader’s own data', async () => {
    await fill(150, 300);
    await enforceBudget(database, { articles: 100, links: 100 });
    expect(await database.history.get('a.com/0')).toBeUndefined();
    expect(await database.highlights.count()).toBe(50);
    expect(await database.reading.count()).toBe(50);
  });

  it('does nothing under the budget', async () => {
    await fill(10, 10);
    expect(await enforceBudget(database, { articles: 100, links: 100 })).toBe(0);
  });

  it('a full disk evicts and retries once; the write is not lost', async () => {
    await fill(150, 0);
    let attempts = 0;
    const quota = Object.assign(new Error('full'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    const result = await withQuotaRetry(database, { articles: 100, links: 100 }, async () => {
      if (attempts++ === 0) throw quota;
      await database.table('highlights').put({ id: 'new', url: 'https://a.com/new' });
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(attempts).toBe(2);
    expect(await database.history.count()).toBeLessThanOrEqual(100);
    expect(await database.table('highlights').get('new')).toBeDefined();
  });

  it('other errors are not swallowed', async () => {
    await expect(
      withQuotaRetry(database, { articles: 100, links: 100 }, async () => {
        throw new Error('constraint');
      }),
    ).rejects.toThrow('constraint');
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
