/**
 * The related-articles query over Dexie (issue 5): candidates come from the multi-entry
 * `entityKeys` indexes of stored articles and harvested links, keys only; the best are then read
 * whole and ranked by `rank.ts`. A very common entity (in more than {@link CANDIDATE_DF_CAP} rows)
 * still weighs in every score but does not enumerate candidates: alone, it could not rank them.
 */
import type { SiyaqDatabase } from '../db/database';
import { namedEntities } from '../db/entities';
import { decodeArticle, decodeLink, readAlsoKeys, type ArticleRow } from '../db/rows';
import { entityWeights, rankRelated, type Candidate, type Related } from './rank';
import { articleKey } from '../db/article-key';
import { siteOf } from './visits';
import { CANDIDATE_DF_CAP, keptStats, rowsNaming } from './stats';

export { CANDIDATE_DF_CAP } from './stats';
/** Candidates read whole for the final ranking. */
const SHORTLIST = 24;
/**
 * The current article's entities that look for candidates: its most salient (stored ones are
 * sorted by salience); the rest would add little to a score weighted by salience.
 */
export const QUERY_ENTITIES = 12;

/** What the sidebar shows under "read also": related articles, and which of the page's own links are read. */
export interface RelatedResult {
  related: Related[];
  /** The page's own read-also links the reader has already read (their URLs as on the page). */
  readOwn: string[];
}

/** Related articles for the stored article at `url`. */
export async function relatedFor(
  database: SiyaqDatabase,
  url: string,
  now: number,
  limit = 8,
  /** Called after each step with its name (the bench's breakdown). */
  trace: (step: string) => void = () => undefined,
): Promise<RelatedResult> {
  const row = await database.history.get(articleKey(url) ?? url);
  trace('article');
  if (!row) return { related: [], readOwn: [] };
  const article = decodeArticle(row);
  const readOwn = await readLinks(database, row);
  trace('own links');
  const keys = namedEntities(article.entities)
    .slice(0, QUERY_ENTITIES)
    .map((e) => e.key);
  if (!keys.length) return { related: [], readOwn };

  // The counts the background keeps (`stats.ts`), else counted here and kept for a minute.
  const kept = await keptStats(database, now);
  const total = kept?.total ?? (await storedTotal(database, now));
  trace('counts kept');
  const df = new Map<string, number>();
  const fromArticles = new Map<string, string[]>(); // url → shared keys
  const fromLinks = new Map<string, string[]>(); // normUrl → shared keys
  await Promise.all(
    keys.map(async (key) => {
      // Counted first: a common entity is counted, not listed; and its count kept for a minute.
      const keptDf = kept?.common[key];
      if (keptDf !== undefined) {
        df.set(key, keptDf);
        return;
      }
      const known = commonDf.get(database)?.get(key);
      if (known && now - known.at < TOTAL_TTL_MS && now >= known.at) {
        df.set(key, known.df);
        return;
      }
      // Listed up to the cap: the list's length is the count, in one walk of the index. Only an
      // entity over the cap (not yet known as common) is counted in full.
      const [aKeys, lKeys] = await Promise.all([
        database.history
          .where('entityKeys')
          .equals(key)
          .limit(CANDIDATE_DF_CAP + 1)
          .primaryKeys(),
        database.links
          .where('entityKeys')
          .equals(key)
          .limit(CANDIDATE_DF_CAP + 1)
          .primaryKeys(),
      ]);
      if (aKeys.length + lKeys.length > CANDIDATE_DF_CAP) {
        const [na, nl] = await rowsNaming(database, key);
        df.set(key, na + nl);
        if (!commonDf.has(database)) commonDf.set(database, new Map());
        commonDf.get(database)!.set(key, { at: now, df: na + nl });
        return;
      }
      df.set(key, aKeys.length + lKeys.length);
      for (const k of aKeys) addShared(fromArticles, k, key);
      for (const k of lKeys) addShared(fromLinks, k, key);
    }),
  );
  trace('candidates');
  const ctx = {
    current: {
      normUrl: article.normUrl,
      site: article.site,
      entities: article.entities.filter((e) => keys.includes(e.key)),
    },
    df: (k: string) => df.get(k) ?? 0,
    total,
    now,
  };
  // Shortlist by the entity weights alone, then read the rows and rank them in full.
  const weights = entityWeights(ctx);
  const partial = (shared: string[]) =>
    shared.reduce((s, k) => s + (weights.get(k)?.weight ?? 0), 0);
  const topOf = (m: Map<string, string[]>, skip: string) =>
    [...m.entries()]
      .filter(([k]) => k !== skip)
      .sort((a, b) => partial(b[1]) - partial(a[1]))
      .slice(0, SHORTLIST)
      .map(([k]) => k);
  const [articles, links] = await Promise.all([
    database.history.bulkGet(topOf(fromArticles, article.normUrl)),
    database.links.bulkGet(topOf(fromLinks, ctx.current.normUrl)),
  ]);
  trace('shortlist read');
  const candidates: Candidate[] = [];
  for (const row of articles) {
    if (!row) continue;
    const a = decodeArticle(row);
    candidates.push({
      normUrl: a.normUrl,
      url: a.pageUrl,
      title: a.title,
      site: a.site,
      siteName: a.siteName,
      entityKeys: a.entityKeys,
      lastAt: a.lastVisitAt,
      read: true,
    });
  }
  for (const row of links) {
    if (!row) continue;
    const l = decodeLink(row);
    candidates.push({
      normUrl: l.normUrl,
      url: l.url,
      title: l.title,
      site: siteOf(l.url),
      entityKeys: l.entityKeys,
      lastAt: l.lastSeenAt,
      read: false, // found out below for the links that make the list
    });
  }
  // The page's own links are listed as such, first; not again as suggestions.
  const own = new Set(readAlsoKeys(row));
  const related = rankRelated(
    candidates.filter((c) => !own.has(c.normUrl)),
    ctx,
    limit,
  );
  // Which of the suggested links lead to articles the reader has read.
  const unread = related.filter((r) => !r.read).map((r) => r.normUrl);
  if (unread.length) {
    const read = new Set(
      (await database.history.bulkGet(unread)).filter((a) => !!a).map((a) => a!.normUrl),
    );
    for (const r of related) if (read.has(r.normUrl)) r.read = true;
  }
  trace('ranked');
  return { related, readOwn };
}

/** Notes that row `row` shares entity `key` (one array per row, appended to). */
function addShared(m: Map<string, string[]>, row: string, key: string): void {
  const list = m.get(row);
  if (list) list.push(key);
  else m.set(row, [key]);
}

/** Row totals change slowly and IDF hardly notices: counted at most once a minute per database. */
const TOTAL_TTL_MS = 60_000;
const totals = new WeakMap<SiyaqDatabase, { at: number; total: number }>();
/** Counts of the common entities (over the cap), likewise. */
const commonDf = new WeakMap<SiyaqDatabase, Map<string, { at: number; df: number }>>();

async function storedTotal(database: SiyaqDatabase, now: number): Promise<number> {
  const cached = totals.get(database);
  if (cached && now - cached.at < TOTAL_TTL_MS && now >= cached.at) return cached.total;
  const [a, l] = await Promise.all([database.history.count(), database.links.count()]);
  totals.set(database, { at: now, total: a + l });
  return a + l;
}

/**
 * Which of the article's own read-also links lead to stored (read) articles: their URLs as the
 * sidebar shows them (the `links` rows').
 */
async function readLinks(database: SiyaqDatabase, row: ArticleRow): Promise<string[]> {
  if (!row.readAlso.length) return [];
  const read = (await database.history
    .where(':id')
    .anyOf(readAlsoKeys(row))
    .primaryKeys()) as string[];
  if (!read.length) return [];
  const links = await database.links.bulkGet([...new Set(read)]);
  return links.filter((l) => !!l).map((l) => decodeLink(l!).url);
}
