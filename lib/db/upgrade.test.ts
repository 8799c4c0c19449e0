/** Schema upgrades, from every earlier version. */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { expect, it } from 'vitest';
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
  const row = await db.articles.get('https://a.example/1');
  expect(row).toMatchObject({
    title: 'قديم',
    entities: [],
    entityKeys: [],
    normUrl: 'a.example/1',
  });
  expect(db.verno).toBe(5);
  expect(await db.highlights.count()).toBe(0);
  expect(await db.cards.count()).toBe(0);
  expect(await db.links.count()).toBe(0);
  expect(await db.articles.where('normUrl').equals('a.example/1').count()).toBe(1);
  await db.delete();
});
