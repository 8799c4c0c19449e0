/**
 * The counts behind the related query's IDF (issue 5), kept between workers. IndexedDB counts by
 * walking rows: with 100,000 articles, the totals and the common entities' counts cost the first
 * query of every fresh worker some 70 ms. The background, which has just written a visit, keeps
 * them in `meta` instead — at most every {@link STATS_TTL_MS} in full, and for the visited
 * article's own entities each time — and the query reads one row. IDF hardly notices a count that
 * is minutes old.
 */
import type { RelatedStats, SiyaqDatabase } from '../db/database';

/** Above this many rows, an entity's rows are not enumerated as candidates (`query.ts`). */
export const CANDIDATE_DF_CAP = 2000;
/** How long the kept counts are used before they are counted again in full. */
export const STATS_TTL_MS = 10 * 60_000;

/** Rows (articles + links) that name `key`. */
export async function rowsNaming(database: SiyaqDatabase, key: string): Promise<[number, number]> {
  return Promise.all([
    database.history.where('entityKeys').equals(key).count(),
    database.links.where('entityKeys').equals(key).count(),
  ]);
}

/** The kept counts, if they are recent enough to use at `now`. */
export async function keptStats(
  database: SiyaqDatabase,
  now: number,
): Promise<RelatedStats | undefined> {
  const stats = await database.meta.get('related');
  return stats && now >= stats.at && now - stats.at < STATS_TTL_MS ? stats : undefined;
}

/**
 * Brings the kept counts up to date after a visit whose article names `keys`: in full when they
 * are older than {@link STATS_TTL_MS}, else only `keys` not yet known to be common (cheap: rare
 * entities have few rows to walk).
 */
export async function refreshRelatedStats(
  database: SiyaqDatabase,
  keys: string[],
  now: number,
): Promise<RelatedStats> {
  const fresh = await keptStats(database, now);
  const known = (await database.meta.get('related'))?.common ?? {};
  const common: Record<string, number> = fresh ? { ...known } : {};
  const toCount = fresh
    ? keys.filter((k) => !(k in known))
    : [...new Set([...Object.keys(known), ...keys])];
  let changed = !fresh;
  await Promise.all(
    toCount.map(async (key) => {
      const [a, l] = await rowsNaming(database, key);
      if (a + l > CANDIDATE_DF_CAP) {
        common[key] = a + l;
        changed = true;
      }
    }),
  );
  const [articles, total] = fresh
    ? [fresh.articles, fresh.total]
    : await Promise.all([database.history.count(), database.links.count()]).then(
        ([a, l]) => [a, a + l] as const,
      );
  const stats: RelatedStats = {
    key: 'related',
    at: fresh?.at ?? now,
    total,
    ...(articles !== undefined ? { articles } : {}),
    common,
  };
  if (changed) await database.meta.put(stats);
  return stats;
}
