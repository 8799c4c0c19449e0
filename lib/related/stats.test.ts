import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { recordVisit } from './visits';
import { SiyaqDatabase } from '../db/database';
import { encodeLink } from '../db/rows';
import { testArticle, testEntity } from '../../tools/test-article';
import { relatedFor } from './query';
import { CANDIDATE_DF_CAP, STATS_TTL_MS, keptStats, refreshRelatedStats } from './stats';

let database: SiyaqDatabase;
let n = 0;
const NOW = Date.UTC(2026, 10, 1);
const ent = (key: string) => testEntity(key);
const visit = (url: string, keys: string[]) =>
  recordVisit(database, testArticle(url, { title: url }), NOW, keys.map(ent));

beforeEach(() => {
  database = new SiyaqDatabase(`stats-${n++}`);
});
afterEach(() => database.delete());

/** `count` link rows naming `key`. */
async function links(key: string, count: number, from = 0) {
  await database.links.bulkPut(
    Array.from({ length: count }, (_, i) =>
      encodeLink({
        normUrl: `x.com/${from + i}`,
        url: `https://x.com/${from + i}`,
        title: 't',
        entityKeys: [key],
        lastSeenAt: NOW,
      }),
    ),
  );
}

it('keeps the totals and the counts of the common entities, not the rare ones', async () => {
  await links('LOC:مصر', CANDIDATE_DF_CAP + 5);
  await visit('https://a.com/1', ['LOC:مصر', 'PER:نادر']);
  const stats = await refreshRelatedStats(database, ['LOC:مصر', 'PER:نادر'], NOW);
  expect(stats).toMatchObject({
    total: CANDIDATE_DF_CAP + 6,
    articles: 1,
    common: { 'LOC:مصر': 2006 },
  });
  expect(stats.common).not.toHaveProperty('PER:نادر');
  expect(await keptStats(database, NOW + 1)).toEqual(stats);
  expect(await keptStats(database, NOW + STATS_TTL_MS)).toBeUndefined();
});

it('within the time to live, only the new entities are counted; after it, everything again', async () => {
  await links('LOC:مصر', CANDIDATE_DF_CAP + 5);
  await refreshRelatedStats(database, ['LOC:مصر'], NOW);
  await links('LOC:غزة', CANDIDATE_DF_CAP + 1, 10_000);
  // Fresh: غزة is new and counted; مصر keeps its kept count even though rows went.
  await database.links.bulkDelete(Array.from({ length: 10 }, (_, i) => `x.com/${i}`));
  const fresh = await refreshRelatedStats(database, ['LOC:غزة'], NOW + 1000);
  expect(fresh.common).toEqual({ 'LOC:مصر': 2005, 'LOC:غزة': 2001 });
  // Stale: counted again in full; مصر, now under the cap, is no longer common.
  const full = await refreshRelatedStats(database, [], NOW + STATS_TTL_MS);
  expect(full.common).toEqual({ 'LOC:غزة': 2001 });
  expect(full.total).toBe(await database.links.count());
});

it('the related query uses the kept counts while they are fresh', async () => {
  await visit('https://b.com/old', ['LOC:كازاخستان']);
  const current = await visit('https://a.com/now', ['LOC:كازاخستان']);
  expect((await relatedFor(database, current.url, NOW)).related).toHaveLength(1);
  // Kept counts say كازاخستان is in 5,000 rows: too common to enumerate, so no candidate.
  await database.meta.put({
    key: 'related',
    at: NOW,
    total: 10_000,
    common: { 'LOC:كازاخستان': 5000 },
  });
  expect((await relatedFor(database, current.url, NOW + 1)).related).toHaveLength(0);
  // Once stale, the query counts for itself again.
  expect((await relatedFor(database, current.url, NOW + STATS_TTL_MS)).related).toHaveLength(1);
});
