import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ExtractedArticle } from '../pipeline/extract';
import { articleKey } from '../db/article-key';
import { readArticle, recordVisit } from './visits';
import { SiyaqDatabase } from '../db/database';

let database: SiyaqDatabase;
let n = 0;
beforeEach(() => {
  database = new SiyaqDatabase(`test-${n++}`);
});
afterEach(async () => {
  await database.delete();
});

const article = (over: Partial<ExtractedArticle> = {}): ExtractedArticle => ({
  url: 'https://7al.net/2022/01/07/russian-general-kazakhstan/',
  pageUrl: 'https://www.7al.net/2022/01/07/russian-general-kazakhstan/?utm_source=x',
  title: 'من هو الجنرال الروسي',
  siteName: 'الحل نت',
  byline: null,
  publishedAt: '2022-01-07T14:30:00+03:00',
  lang: 'ar',
  text: 'نص طويل',
  paragraphs: ['نص طويل'],
  excerpt: 'نص',
  readAlso: [{ url: 'https://7al.net/a/', title: 'خبر', placement: 'in-article' }],
  ...over,
});

it('stores a first visit with its site, and no body text', async () => {
  const row = await recordVisit(database, article(), 1000);
  expect(row).toMatchObject({
    site: '7al.net',
    firstVisitAt: 1000,
    lastVisitAt: 1000,
    visitCount: 1,
  });
  const stored = await database.history.get(articleKey(article().url)!);
  expect(stored?.title).toBe('من هو الجنرال الروسي');
  expect(stored).not.toHaveProperty('text');
  expect(stored).not.toHaveProperty('paragraphs');
});

it('a revisit keeps the first visit, counts, and takes the fresh extraction', async () => {
  await recordVisit(database, article(), 1000);
  await recordVisit(database, article({ title: 'عنوان محدث' }), 5000);
  expect(await database.history.get(articleKey(article().url)!)).toMatchObject({
    firstVisitAt: 1000,
    lastVisitAt: 5000,
    visitCount: 2,
    title: 'عنوان محدث',
  });
});

it('two tabs recording the same article at once give one row with both visits', async () => {
  await Promise.all([recordVisit(database, article(), 1), recordVisit(database, article(), 2)]);
  expect(await database.history.count()).toBe(1);
  expect((await database.history.get(articleKey(article().url)!))?.visitCount).toBe(2);
});

it('reads an article back with its read-also links, cleaned, and their placement', async () => {
  await recordVisit(
    database,
    article({
      readAlso: [
        { url: 'https://7al.net/a/', title: ' خبر <b>أول</b> ', placement: 'in-article' },
        { url: 'https://www.7al.net/b?utm_source=x', title: 'خبر ثان', placement: 'after-article' },
        { url: 'https://7al.net/c', title: '', placement: 'after-article' },
      ],
    }),
    1000,
  );
  expect((await readArticle(database, article().url))?.readAlso).toEqual([
    { url: 'https://7al.net/a/', title: 'خبر أول', placement: 'in-article' },
    { url: 'https://www.7al.net/b?utm_source=x', title: 'خبر ثان', placement: 'after-article' },
  ]);
  expect(await readArticle(database, 'https://7al.net/none')).toBeUndefined();
});
