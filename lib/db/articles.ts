/** The `articles` table's logic: recording visits. */
import type { ExtractedArticle } from '../pipeline/extract';
import { compactUrl, urlKey } from '../related/url-key';

/** Stored excerpts are short: lists show a line or two (issue 5 budgets ~1.5 KB an article). */
export const STORED_EXCERPT_CHARS = 160;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
import type { ArticleRecord, SiyaqDatabase, StoredEntity } from './database';

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
 * extraction, its first visit kept and the visit counted. One transaction, so two tabs recording
 * the same article at once give one row with both visits.
 */
export async function recordVisit(
  database: SiyaqDatabase,
  article: ExtractedArticle,
  now: number,
  entities: StoredEntity[] = [],
): Promise<ArticleRecord> {
  return database.transaction('rw', database.articles, async () => {
    const existing = await database.articles.get(article.url);
    const record: ArticleRecord = {
      url: article.url,
      pageUrl: article.pageUrl,
      site: siteOf(article.pageUrl),
      title: article.title,
      siteName: article.siteName,
      byline: article.byline,
      publishedAt: article.publishedAt,
      lang: article.lang,
      excerpt: shorten(article.excerpt, STORED_EXCERPT_CHARS),
      readAlso: article.readAlso.map((l) => ({ ...l, url: compactUrl(l.url) })),
      firstVisitAt: existing?.firstVisitAt ?? now,
      lastVisitAt: now,
      visitCount: (existing?.visitCount ?? 0) + 1,
      // A visit whose analysis failed keeps what an earlier visit found.
      entities: entities.length ? entities : (existing?.entities ?? []),
      entityKeys: (entities.length ? entities : (existing?.entities ?? [])).map((e) => e.key),
      normUrl: urlKey(article.url) ?? article.url,
    };
    await database.articles.put(record);
    return record;
  });
}
