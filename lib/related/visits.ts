/** The `articles` table's logic: recording visits, and reading articles back. */
import type { ExtractedArticle } from '../pipeline/extract';
import { harvestable } from '../db/links';
import { putLinks, titleKeysOf, type TitleKeys } from './harvest';
import { articleKey } from '../db/article-key';
import { truncate } from '../text/arabic';
import { countVisit } from '../names/table';
import type { ArticleRecord, LinkRecord, SiyaqDatabase, StoredEntity } from '../db/database';
import {
  decodeArticle,
  decodeLink,
  encodeArticle,
  readAlsoKeys,
  type ArticleRow,
} from '../db/rows';

/** Stored excerpts are short: lists show a line or two (issue 5 budgets ~1.5 KB an article). */
export const STORED_EXCERPT_CHARS = 160;

/** Hostname without `www.`. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Stores a visit of `article` at `now`: a new row, or the existing one updated with the fresh
 * extraction, its first visit kept and the visit counted; and its read-also links, with the
 * entities `titleKeys` finds in their titles. One transaction, so two tabs recording the same
 * article at once give one row with both visits, and an article never points to links that were
 * not written. Returns the article as stored, its read-also links cleaned.
 */
export async function recordVisit(
  database: SiyaqDatabase,
  article: ExtractedArticle,
  now: number,
  entities: StoredEntity[] = [],
  titleKeys?: TitleKeys,
): Promise<ArticleRecord> {
  const normUrl = articleKey(article.url) ?? article.url;
  const links = harvestable(article.readAlso, normUrl);
  const keys = await titleKeysOf(links, titleKeys);
  const tables = [database.history, database.links, database.names];
  return database.transaction('rw', tables, async () => {
    const existing = await database.history.get(normUrl);
    // A visit whose analysis failed keeps what an earlier visit found.
    const kept = entities.length ? entities : existing ? decodeArticle(existing).entities : [];
    const record: ArticleRecord = {
      url: article.url,
      pageUrl: article.pageUrl,
      site: siteOf(article.pageUrl),
      title: article.title,
      siteName: article.siteName,
      byline: article.byline,
      publishedAt: article.publishedAt,
      ...(article.dateSource && article.dateSource !== 'metadata'
        ? { dateSource: article.dateSource }
        : {}),
      lang: article.lang,
      excerpt: truncate(article.excerpt, STORED_EXCERPT_CHARS),
      readAlso: links.map(({ url, title, placement }) => ({ url, title, placement })),
      firstVisitAt: existing?.firstVisitAt ?? now,
      lastVisitAt: now,
      ...previousVisit(existing, now),
      visitCount: (existing?.visitCount ?? 0) + 1,
      entities: kept,
      entityKeys: kept.map((e) => e.key),
      normUrl,
    };
    await putLinks(database, links, keys, now);
    const row = encodeArticle(
      record,
      links.map((l) => [l.normUrl, l.placement === 'in-article' ? 1 : 0]),
    );
    await database.history.put(row);
    // The names view's table follows the article's names (`names/table.ts`).
    await countVisit(database.names, database.history, existing, row);
    return record;
  });
}

/** A reload or a second look within this time is the same visit, not a new one. */
export const SAME_VISIT_MS = 30 * 60_000;

/** The visit before this one, for "new since your last visit": kept across reloads. */
function previousVisit(existing: ArticleRow | undefined, now: number): { prevVisitAt?: number } {
  if (!existing) return {};
  if (now - existing.lastVisitAt >= SAME_VISIT_MS) return { prevVisitAt: existing.lastVisitAt };
  return existing.prevVisitAt !== undefined ? { prevVisitAt: existing.prevVisitAt } : {};
}

/** The stored article at `url`, with its read-also links (those still in the cache). */
export async function readArticle(
  database: SiyaqDatabase,
  url: string,
): Promise<ArticleRecord | undefined> {
  const row = await database.history.get(articleKey(url) ?? url);
  if (!row) return undefined;
  return decodeArticle(row, await linksOf(database, row));
}

/** The `links` rows an article row points to, by key. */
async function linksOf(database: SiyaqDatabase, row: ArticleRow): Promise<Map<string, LinkRecord>> {
  if (!row.readAlso.length) return new Map();
  const rows = await database.links.bulkGet(readAlsoKeys(row));
  return new Map(
    rows.filter((l) => !!l).map((l) => [l!.normUrl, decodeLink(l!)] as [string, LinkRecord]),
  );
}
