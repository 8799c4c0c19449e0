import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { recordVisit } from '../related/visits';
import { SiyaqDatabase, type StoredEntity } from '../db/database';
import { testArticle } from '../../tools/test-article';
import { entityHistory } from './history';

let database: SiyaqDatabase;
let n = 0;
beforeEach(() => {
  database = new SiyaqDatabase(`history-${n++}`);
});
afterEach(() => database.delete());

const e = (key: string): StoredEntity => ({
  key,
  name: key.split(':')[1]!,
  type: 'LOC',
  salience: 1,
  mentions: 1,
  aliases: [],
});
const article = (url: string) => testArticle(url);

it('counts the reader’s articles that mention an entity, with the others and its companions', async () => {
  await recordVisit(database, article('https://a.example/1'), 100, [
    e('LOC:سوريا'),
    e('LOC:روسيا'),
  ]);
  await recordVisit(database, article('https://a.example/2'), 200, [
    e('LOC:سوريا'),
    e('LOC:روسيا'),
    e('LOC:تركيا'),
  ]);
  await recordVisit(database, article('https://a.example/3'), 300, [e('LOC:سوريا')]);
  await recordVisit(database, article('https://a.example/4'), 400, [e('LOC:مصر')]);
  const h = await entityHistory(database, 'LOC:سوريا', 'https://a.example/3');
  expect(h.count).toBe(3);
  expect(h.others.map((o) => o.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
  expect([h.firstVisitAt, h.latestVisitAt]).toEqual([100, 300]);
  expect(h.together).toEqual([{ key: 'LOC:روسيا', name: 'روسيا', count: 2 }]);
});

it('an entity never seen gives an empty history', async () => {
  expect(await entityHistory(database, 'PER:لا أحد', 'https://a.example/1')).toMatchObject({
    count: 0,
    others: [],
    firstVisitAt: null,
    together: [],
  });
});
