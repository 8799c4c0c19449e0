/**
 * The cache budget (issue 5): stored articles and harvested links are a cache of what the reader
 * has seen, bounded by counts the reader can change; past the budget the least recently seen rows
 * go first. Only the cache tables are ever evicted (`CACHE_TABLES`) — the reader's own data
 * (reading list, highlights) never is. A write that meets a full disk (`QuotaExceededError`)
 * evicts and is retried once, so nothing the reader made is lost to the cache.
 */
import type { SiyaqDatabase } from '../db/database';
import { defineSetting } from '../settings';
import { forgetArticles } from '../names/table';
import type { ArticleRow } from '../db/rows';

export interface CacheBudget {
  articles: number;
  links: number;
}

/** Defaults: about 1.5 KB an article and 0.3 KB a link, so some 25 MB at most. */
export const DEFAULT_BUDGET: CacheBudget = { articles: 10_000, links: 30_000 };
/** The smallest budget the settings accept. */
export const MIN_BUDGET = 100;
const MIN = MIN_BUDGET;

/** Whether `v` is a budget the settings accept (whole numbers, at least {@link MIN_BUDGET}). */
export const isValidBudget = (v: unknown): v is CacheBudget =>
  !!v &&
  typeof v === 'object' &&
  Number.isInteger((v as CacheBudget).articles) &&
  Number.isInteger((v as CacheBudget).links) &&
  (v as CacheBudget).articles >= MIN &&
  (v as CacheBudget).links >= MIN;

/** The reader's budget, in extension storage. */
export const cacheBudgetSetting = defineSetting(
  'settings.cacheBudget',
  DEFAULT_BUDGET,
  isValidBudget,
);

/** The tables eviction may touch (by budget), with the index that orders them by last use. */
export const CACHE_TABLES = {
  articles: ['history', 'lastVisitAt'],
  links: ['links', 'lastSeenAt'],
} as const;

/** Evicted articles read at a time (their names are uncounted before they go). */
const EVICT_CHUNK = 1_000;

/**
 * Brings each cache table back under its budget, oldest rows first (a tenth below the budget, so
 * the next visits do not evict one row each). Returns how many rows went.
 */
export async function enforceBudget(
  database: SiyaqDatabase,
  budget: CacheBudget,
  now = Date.now(),
): Promise<number> {
  let removed = 0;
  for (const [kind, [table, index]] of Object.entries(CACHE_TABLES) as [
    keyof CacheBudget,
    readonly [string, string],
  ][]) {
    const t = database.table(table);
    const count = await t.count();
    const max = budget[kind];
    if (count <= max) continue;
    const excess = count - Math.floor(max * 0.9);
    const oldest = await t.orderBy(index).limit(excess).primaryKeys();
    // The names table counts the articles: evicted ones are uncounted (`names/table.ts`).
    if (table === 'history')
      await database.transaction('rw', database.history, database.names, async () => {
        // In chunks: a budget lowered from 100,000 to 1,000 evicts 99,000 rows, never read at once.
        for (let i = 0; i < oldest.length; i += EVICT_CHUNK) {
          const part = oldest.slice(i, i + EVICT_CHUNK) as string[];
          const rows = (await database.history.bulkGet(part)).filter((r): r is ArticleRow => !!r);
          await forgetArticles(database.names, rows);
          await t.bulkDelete(part);
        }
      });
    else await t.bulkDelete(oldest);
    removed += oldest.length;
  }
  // Expired card answers are a cache too.
  removed += await database.cards.where('expiresAt').below(now).delete();
  return removed;
}

/** Whether `e` (or the error Dexie wraps) is the browser's "disk full for this origin". */
export function isQuotaError(e: unknown): boolean {
  for (let x = e as { name?: string; inner?: unknown } | undefined, i = 0; x && i < 4; i++) {
    if (x.name === 'QuotaExceededError') return true;
    x = x.inner as typeof x;
  }
  return false;
}

/**
 * Runs a write; if the disk is full, evicts down to half the budget and tries once more. Other
 * errors, and a second quota error, are thrown to the caller.
 */
export async function withQuotaRetry<T>(
  database: SiyaqDatabase,
  budget: CacheBudget,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    await enforceBudget(database, {
      articles: Math.max(MIN, Math.floor(budget.articles / 2)),
      links: Math.max(MIN, Math.floor(budget.links / 2)),
    });
    return write();
  }
}
