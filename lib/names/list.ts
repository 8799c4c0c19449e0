/**
 * The dashboard's names view (issue 19): every name the reader has read about, from the names
 * table (`table.ts`), by recency or frequency, searched through its index of folded words — a page
 * at a time, so 50,000 names list as fast as 50.
 */
import type { SiyaqDatabase } from '../db/database';
import { searchWords, type NameRecord } from './table';

export type NamesSort = 'recent' | 'frequent';

/** Names shown at first, and added by each "more". */
export const NAMES_PAGE = 100;

/** The folded words of a search, each to be the start of one of a name's words. */
export function queryWords(query: string): string[] {
  // The whole words only: «البشير» should find «عمر البشير», and «بشير» too (searchWords adds it).
  return [
    ...new Set(
      query
        .split(/\s+/)
        .map((w) => searchWords([w])[0] ?? '')
        .filter(Boolean),
    ),
  ];
}

/** Whether every word of the query begins one of the name's words. */
export function matchesQuery(words: string[], query: string[]): boolean {
  return query.every((q) => words.some((w) => w.startsWith(q)));
}

const order = (sort: NamesSort) => (a: NameRecord, b: NameRecord) =>
  sort === 'recent'
    ? b.lastSeen - a.lastSeen || b.count - a.count
    : b.count - a.count || b.lastSeen - a.lastSeen;

/**
 * Up to `limit` names by `sort`, those matching `query` when it has words; `total` is how many
 * there are in all (matching, when searched).
 */
export async function listNames(
  database: SiyaqDatabase,
  { sort, query = '', limit = NAMES_PAGE }: { sort: NamesSort; query?: string; limit?: number },
): Promise<{ names: NameRecord[]; total: number }> {
  const words = queryWords(query);
  if (!words.length) {
    const index = sort === 'recent' ? 'lastSeen' : 'count';
    const [names, total] = await Promise.all([
      database.names.orderBy(index).reverse().limit(limit).toArray(),
      database.names.count(),
    ]);
    return { names, total };
  }
  // The longest word narrows most; the others are checked on what it finds.
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const found = await database.names.where('words').startsWith(longest).distinct().toArray();
  const matching = found.filter((r) => matchesQuery(r.words, words)).sort(order(sort));
  return { names: matching.slice(0, limit), total: matching.length };
}
