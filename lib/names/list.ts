/**
 * The dashboard's names view (issue 19): every name the reader has read about, from the names
 * table (`table.ts`), by recency or frequency, searched through its index of folded words — a page
 * at a time, so 50,000 names list as fast as 50.
 */
import type { SiyaqDatabase } from '../db/database';
import { followedNames } from '../follows/store';
import { searchWords, type NameRecord } from './table';

/** By last read, by articles, or the names the reader follows first (then by last read). */
export type NamesSort = 'recent' | 'frequent' | 'followed';

/** Names shown at first, and added by each "more". */
export const NAMES_PAGE = 100;
/**
 * Names a search reads at most: the first letter typed («م») matches most of 50,000 names, and
 * every keystroke runs the search again; past this many the count is a lower bound (`capped`).
 */
export const SEARCH_SCAN = 5_000;

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

/** The order of the indexes read backwards (ties: the greater key first), and followed first. */
const order = (sort: NamesSort, followed: ReadonlySet<string>) => (a: NameRecord, b: NameRecord) =>
  (sort === 'followed' ? Number(followed.has(b.key)) - Number(followed.has(a.key)) : 0) ||
  (sort === 'frequent' ? b.count - a.count : b.lastSeen - a.lastSeen) ||
  (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);

/** A page of the names view. */
export interface NamesPage {
  names: NameRecord[];
  /** How many there are in all (matching, when searched). */
  total: number;
  /** The keys of the names the reader follows. */
  followed: ReadonlySet<string>;
  /** A search that found more than it read: `total` is a lower bound. */
  capped?: boolean;
}

/** Up to `limit` names by `sort`, those matching `query` when it has words. */
export async function listNames(
  database: SiyaqDatabase,
  {
    sort,
    query = '',
    limit = NAMES_PAGE,
    scan = SEARCH_SCAN,
  }: { sort: NamesSort; query?: string; limit?: number; scan?: number },
): Promise<NamesPage> {
  const words = queryWords(query);
  const followed = new Set((await followedNames(database)).map((f) => f.key));
  if (!words.length) {
    const total = database.names.count();
    const index = sort === 'frequent' ? 'count' : 'lastSeen';
    if (sort !== 'followed') {
      const names = await database.names.orderBy(index).reverse().limit(limit).toArray();
      return { names, total: await total, followed };
    }
    // The followed names (at most MAX_FOLLOWS), then the others by last read.
    const first = (await database.names.bulkGet([...followed]))
      .filter((r): r is NameRecord => !!r)
      .sort(order('recent', followed));
    const rest = await database.names
      .orderBy(index)
      .reverse()
      .limit(limit + first.length)
      .toArray();
    const names = [...first, ...rest.filter((r) => !followed.has(r.key))].slice(0, limit);
    return { names, total: await total, followed };
  }
  // The longest word narrows most; the others are checked on what it finds.
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const found = await database.names
    .where('words')
    .startsWith(longest)
    .distinct()
    .limit(scan)
    .toArray();
  const matching = found.filter((r) => matchesQuery(r.words, words)).sort(order(sort, followed));
  const page: NamesPage = { names: matching.slice(0, limit), total: matching.length, followed };
  if (found.length >= scan) page.capped = true;
  return page;
}
