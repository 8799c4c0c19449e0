/** Schema upgrades, from every earlier version. */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { expect, it } from 'vitest';
import { readArticle } from '../related/visits';
import { SiyaqDatabase } from './database';

it('upgrades a version-1 database: rows keep their data and gain empty entities', async () => {
  const name = 'upgrade-from-v1';
  const v1 = new Dexie(name);
  v1.version(1).stores({ articles: 'url, site, lastVisitAt' });
  await v1
    .table('articles')
    .put({ url: 'https://a.example/1', site: 'a.example', title: 'قديم', lastVisitAt: 1 });
  v1.close();

  const db = new SiyaqDatabase(name);
  const row = await readArticle(db, 'https://a.example/1');
  expect(row).toMatchObject({
    title: 'قديم',
    entities: [],
    entityKeys: [],
    normUrl: 'a.example/1',
  });
  expect(db.verno).toBe(9);
  expect(await db.highlights.count()).toBe(0);
  expect(await db.cards.count()).toBe(0);
  expect(await db.links.count()).toBe(0);
  expect(await db.history.where('normUrl').equals('a.example/1').count()).toBe(1);
  await db.delete();
});

it('upgrades a version-5 database to the compact layout: nothing readable is lost', async () => {
  const name = 'upgrade-from-v5';
  const v5 = new Dexie(name);
  v5.version(5).stores({
    articles: 'url, normUrl, site, lastVisitAt, *entityKeys',
    cards: 'key, expiresAt',
    links: 'normUrl, lastSeenAt, *entityKeys',
    highlights: 'id, url, updatedAt',
  });
  const article = {
    url: 'https://a.example/1',
    pageUrl: 'https://www.a.example/1?utm_source=x',
    site: 'a.example',
    title: 'خبر',
    siteName: 'أ',
    byline: null,
    publishedAt: '2024-01-01',
    lang: 'ar',
    excerpt: 'مقتطف',
    readAlso: [
      { url: 'https://www.b.example/harvested', title: 'محصود', placement: 'in-article' },
      { url: 'https://c.example/old', title: 'أقدم من الحصاد', placement: 'after-article' },
      { url: 'javascript:void(0)', title: 'ليس رابطًا', placement: 'after-article' },
    ],
    firstVisitAt: 1,
    lastVisitAt: 7,
    visitCount: 3,
    entities: [
      {
        key: 'PER:بوتين',
        name: 'بوتين',
        type: 'PER',
        salience: 1,
        mentions: 4,
        aliases: ['فلاديمير بوتين'],
        role: 'الرئيس',
      },
      { key: 'LOC:روسيا', name: 'روسيا', type: 'LOC', salience: 0.25, mentions: 1, aliases: [] },
    ],
    entityKeys: ['PER:بوتين', 'LOC:روسيا'],
    normUrl: 'a.example/1',
  };
  await v5.table('articles').put(article);
  // The same article stored earlier under another canonical URL.
  await v5.table('articles').put({
    ...article,
    url: 'http://a.example/1/',
    title: 'عنوان أقدم',
    firstVisitAt: 0,
    lastVisitAt: 2,
    visitCount: 1,
  });
  await v5.table('links').put({
    normUrl: 'b.example/harvested',
    url: 'https://www.b.example/harvested',
    title: 'محصود',
    entityKeys: ['LOC:روسيا'],
    lastSeenAt: 7,
  });
  v5.close();

  const db = new SiyaqDatabase(name);
  expect(await db.history.count()).toBe(1);
  expect(await readArticle(db, article.url)).toEqual({
    ...article,
    readAlso: article.readAlso.slice(0, 2),
    firstVisitAt: 0,
    visitCount: 4,
  });
  // Links stay queryable by entity; the one that was only in the article is a link row now.
  expect(await db.links.where('entityKeys').equals('LOC:روسيا').primaryKeys()).toEqual([
    'b.example/harvested',
  ]);
  expect(await db.links.get('c.example/old')).toMatchObject({ title: 'أقدم من الحصاد' });
  expect(await db.history.where('entityKeys').equals('PER:بوتين').count()).toBe(1);
  await db.delete();
});

it('upgrades a version-7 database: the names table is filled from the stored articles', async () => {
  const name = 'upgrade-from-v7';
  const v7 = new Dexie(name);
  v7.version(7).stores({
    cards: 'key, expiresAt',
    links: 'normUrl, lastSeenAt, *entityKeys',
    highlights: 'id, url, updatedAt',
    history: 'normUrl, site, lastVisitAt, *entityKeys',
    meta: 'key',
    reading: 'id, updatedAt, savedAt, *tags',
  });
  const row = (normUrl: string, at: number, entityKeys: string[], entities: unknown[]) => ({
    normUrl,
    site: 'a.example',
    lastVisitAt: at,
    firstVisitAt: at,
    visitCount: 1,
    title: normUrl,
    excerpt: '',
    entityKeys,
    entities,
    readAlso: [],
  });
  await v7.table('history').bulkPut([
    row(
      'a.example/1',
      10,
      ['PER:البشير', 'LOC:الخرطوم'],
      [
        ['', 900, 3, 'الرئيس', 'عمر البشير'],
        ['', 500, 1],
      ],
    ),
    row('a.example/2', 20, ['PER:البشير'], [['', 800, 2]]),
  ]);
  v7.close();

  const db = new SiyaqDatabase(name);
  const names = await db.names.orderBy('lastSeen').reverse().toArray();
  expect(names.map((n) => [n.key, n.count, n.lastSeen, n.firstSeen])).toEqual([
    ['PER:البشير', 2, 20, 10],
    ['LOC:الخرطوم', 1, 10, 10],
  ]);
  // The alias is searchable.
  expect(await db.names.where('words').equals('عمر').primaryKeys()).toEqual(['PER:البشير']);
  await db.delete();
});
