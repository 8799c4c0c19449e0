/**
 * What the reader's own history says about an entity: how many stored articles mention it, the
 * first and latest, and the entities it most often appears with — computed locally from the
 * `*entityKeys` index, never sent anywhere.
 */
import type { SiyaqDatabase } from '../db/database';
import { articleKey } from '../db/article-key';
import { decodeArticle } from '../db/rows';

/** The history of one entity. */
export interface EntityHistory {
  key: string;
  /** Stored articles that mention it, the current one included. */
  count: number;
  /** Up to five other articles, latest visit first. */
  others: { url: string; title: string; lastVisitAt: number }[];
  firstVisitAt: number | null;
  latestVisitAt: number | null;
  /** Entities most often in the same articles (name, count), up to five. */
  together: { key: string; name: string; count: number }[];
}

const MAX_OTHERS = 5;
const MAX_TOGETHER = 5;

/** Computes the history of `key`; `currentUrl` is left out of `others`. */
export async function entityHistory(
  database: SiyaqDatabase,
  key: string,
  currentUrl: string,
): Promise<EntityHistory> {
  const articles = (await database.history.where('entityKeys').equals(key).toArray()).map((row) =>
    decodeArticle(row),
  );
  articles.sort((a, b) => b.lastVisitAt - a.lastVisitAt);
  const together = new Map<string, { name: string; count: number }>();
  for (const a of articles) {
    for (const e of a.entities) {
      if (e.key === key) continue;
      const t = together.get(e.key) ?? { name: e.name, count: 0 };
      t.count++;
      together.set(e.key, t);
    }
  }
  return {
    key,
    count: articles.length,
    others: articles
      .filter((a) => a.normUrl !== (articleKey(currentUrl) ?? currentUrl))
      .slice(0, MAX_OTHERS)
      .map((a) => ({ url: a.url, title: a.title, lastVisitAt: a.lastVisitAt })),
    firstVisitAt: articles.length ? Math.min(...articles.map((a) => a.firstVisitAt)) : null,
    latestVisitAt: articles.length ? Math.max(...articles.map((a) => a.lastVisitAt)) : null,
    together: [...together]
      .filter(([, t]) => t.count >= 2)
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_TOGETHER)
      .map(([k, t]) => ({ key: k, name: t.name, count: t.count })),
  };
}
