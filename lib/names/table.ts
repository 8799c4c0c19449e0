/**
 * The names table (issue 19, "a page for every name"): one small row per entity the reader has
 * read about — its key, name, type, how many stored articles name it and when they were last read —
 * so the dashboard's names view lists 50,000 names by recency from an index, without walking
 * 100,000 article rows. It is derived: kept by `recordVisit` (in the visit's transaction) and by
 * eviction (`forgetArticles`), and rebuilt from `history` when missing (`ensureNames`) or by the
 * schema upgrade that adds it. The article rows do not grow.
 */
import type { EntityTable } from 'dexie';
import type { EntityType, SiyaqDatabase } from '../db/database';
import { typeOfKey, type ArticleRow, type EntityTuple } from '../db/rows';
import { foldArabic } from '../text/arabic';

/** One name the reader has read about. */
export interface NameRecord {
  /** The entity key (`TYPE:normalised name`). */
  key: string;
  /** As the latest article wrote it. */
  name: string;
  type: EntityType;
  /** Stored articles that name it. */
  count: number;
  /** The latest visit (epoch ms) of an article that names it. */
  lastSeen: number;
  /** The first visit of an article that named it (kept when that article is evicted). */
  firstSeen: number;
  /** Folded words of the name and its aliases, and each without ال: the search index. */
  words: string[];
  /**
   * Only for a name in more than {@link RECENT_FROM} articles: the keys of the
   * {@link RECENT_MAX} it was last read in, latest first — the entity page's first screen reads
   * these rows instead of every row that names it.
   */
  recent?: string[];
}

/** Names in more articles than this keep their latest articles' keys (`recent`). */
export const RECENT_FROM = 300;
/** How many. */
export const RECENT_MAX = 100;

/** The aliases whose words are indexed, at most (a name has one to three in practice). */
const MAX_ALIASES = 4;

/** The name in an entity key (`LOC:سوريا` → سوريا). */
const keyName = (key: string) => key.slice(key.indexOf(':') + 1);

/**
 * The search words of a name: each folded word, and without the article ال (a reader looking for
 * «البشير» types «بشير» as often as not).
 */
export function searchWords(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names)
    for (const w of foldArabic(n).split(' ')) {
      if (!w) continue;
      out.add(w);
      if (w.startsWith('ال') && w.length > 4) out.add(w.slice(2));
    }
  return [...out];
}

/** One article's contribution to a name: read from the stored row without decoding all of it. */
interface Mention {
  key: string;
  name: string;
  aliases: string[];
}

function mentionsOf(row: Pick<ArticleRow, 'entityKeys' | 'entities'>): Mention[] {
  return row.entityKeys.map((key, i) => {
    const t: EntityTuple | undefined = row.entities[i];
    return {
      key,
      name: t?.[0] || keyName(key),
      aliases: ((t?.slice(4) ?? []) as string[]).slice(0, MAX_ALIASES),
    };
  });
}

function fresh(m: Mention, at: number, first: number): NameRecord {
  return {
    key: m.key,
    name: m.name,
    type: typeOfKey(m.key),
    count: 0,
    lastSeen: at,
    firstSeen: first,
    words: searchWords([m.name, ...m.aliases]),
  };
}

/** The keys of the latest {@link RECENT_MAX} articles that name `key`, read from `history`. */
async function latestOf(history: EntityTable<ArticleRow, 'normUrl'>, key: string) {
  const rows = await history.where('entityKeys').equals(key).toArray();
  return rows
    .map((r): [number, string] => [r.lastVisitAt, r.normUrl])
    .sort(byRecency)
    .slice(0, RECENT_MAX)
    .map(([, u]) => u);
}

/** `r` with its count set to `count`, its `recent` list kept only above {@link RECENT_FROM}. */
function withCount(r: NameRecord, count: number, recent: string[] | undefined): NameRecord {
  const { recent: _old, ...rest } = r;
  void _old;
  return count > RECENT_FROM && recent ? { ...rest, count, recent } : { ...rest, count };
}

/**
 * Counts a written article in: `before` is its row as it was (undefined for a new article),
 * `after` as written now. Names it gains are counted, names it lost uncounted, and every name it
 * carries is seen at `after.lastVisitAt` (and the article goes first in its `recent` list). Call
 * inside the transaction that writes the row, with `history` in it.
 */
export async function countVisit(
  names: EntityTable<NameRecord, 'key'>,
  history: EntityTable<ArticleRow, 'normUrl'>,
  before: Pick<ArticleRow, 'entityKeys'> | undefined,
  after: Pick<ArticleRow, 'normUrl' | 'entityKeys' | 'entities' | 'lastVisitAt' | 'firstVisitAt'>,
): Promise<void> {
  const had = new Set(before?.entityKeys ?? []);
  const mentions = [...new Map(mentionsOf(after).map((m) => [m.key, m])).values()];
  const has = new Set(mentions.map((m) => m.key));
  const lost = [...had].filter((k) => !has.has(k));
  const keys = [...has, ...lost];
  if (!keys.length) return;
  const rows = await names.bulkGet(keys);
  const put: NameRecord[] = [];
  const gone: string[] = [];
  for (const [i, m] of mentions.entries()) {
    const old = rows[i];
    const r = old ?? fresh(m, after.lastVisitAt, after.firstVisitAt);
    const count = r.count + (had.has(m.key) && old ? 0 : 1);
    // Crossing into the names that keep their latest articles: read them once.
    const recent =
      count > RECENT_FROM
        ? r.recent
          ? [after.normUrl, ...r.recent.filter((u) => u !== after.normUrl)].slice(0, RECENT_MAX)
          : await latestOf(history, m.key)
        : undefined;
    put.push(
      withCount(
        {
          ...r,
          name: m.name,
          lastSeen: Math.max(r.lastSeen, after.lastVisitAt),
          firstSeen: Math.min(r.firstSeen, after.firstVisitAt),
          words: old && !m.aliases.length ? r.words : searchWords([m.name, ...m.aliases]),
        },
        count,
        recent,
      ),
    );
  }
  for (const [j, key] of lost.entries()) {
    const r = rows[mentions.length + j];
    if (!r) continue;
    if (r.count <= 1) gone.push(key);
    else
      put.push(
        withCount(
          r,
          r.count - 1,
          r.recent?.filter((u) => u !== after.normUrl),
        ),
      );
  }
  if (put.length) await names.bulkPut(put);
  if (gone.length) await names.bulkDelete(gone);
}

/** Uncounts articles about to be deleted (eviction): names left in none go. */
export async function forgetArticles(
  names: EntityTable<NameRecord, 'key'>,
  rows: Pick<ArticleRow, 'normUrl' | 'entityKeys'>[],
): Promise<void> {
  const evicted = new Set(rows.map((r) => r.normUrl));
  const minus = new Map<string, number>();
  for (const r of rows)
    for (const k of new Set(r.entityKeys)) minus.set(k, (minus.get(k) ?? 0) + 1);
  if (!minus.size) return;
  const keys = [...minus.keys()];
  const current = await names.bulkGet(keys);
  const put: NameRecord[] = [];
  const gone: string[] = [];
  for (const [i, key] of keys.entries()) {
    const r = current[i];
    if (!r) continue;
    const count = r.count - minus.get(key)!;
    if (count <= 0) gone.push(key);
    else
      put.push(
        withCount(
          r,
          count,
          r.recent?.filter((u) => !evicted.has(u)),
        ),
      );
  }
  if (put.length) await names.bulkPut(put);
  if (gone.length) await names.bulkDelete(gone);
}

/** Rows read at a time by {@link namesOfHistory} (IndexedDB's getAll is far faster than a cursor). */
const CHUNK = 2000;

/** Latest visit first; ties by key, as {@link latestOf} orders them. */
const byRecency = (a: [number, string], b: [number, string]) =>
  b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/**
 * The names of every row of `history`, counted afresh: one pass in chunks of the primary key;
 * names in memory, not rows. A name takes its name from the article it was last read in.
 */
export async function namesOfHistory(
  history: EntityTable<ArticleRow, 'normUrl'>,
): Promise<NameRecord[]> {
  type Acc = NameRecord & { aliases: Set<string>; latest: [number, string][] };
  const byKey = new Map<string, Acc>();
  for (let last: string | undefined; ;) {
    const rows =
      last === undefined
        ? await history.orderBy('normUrl').limit(CHUNK).toArray()
        : await history.where('normUrl').above(last).limit(CHUNK).toArray();
    if (!rows.length) break;
    last = rows[rows.length - 1]!.normUrl;
    for (const row of rows)
      for (const m of new Map(mentionsOf(row).map((x) => [x.key, x])).values()) {
        let r = byKey.get(m.key);
        if (!r) {
          r = { ...fresh(m, row.lastVisitAt, row.firstVisitAt), aliases: new Set(), latest: [] };
          byKey.set(m.key, r);
        }
        r.count++;
        if (row.lastVisitAt > r.lastSeen) {
          r.name = m.name;
          r.lastSeen = row.lastVisitAt;
        }
        r.firstSeen = Math.min(r.firstSeen, row.firstVisitAt);
        r.latest.push([row.lastVisitAt, row.normUrl]);
        // Kept bounded: the latest RECENT_MAX survive every trim.
        if (r.latest.length >= 4 * RECENT_MAX)
          r.latest = r.latest.sort(byRecency).slice(0, RECENT_MAX);
        for (const a of m.aliases) if (r.aliases.size < MAX_ALIASES) r.aliases.add(a);
      }
  }
  return [...byKey.values()].map(
    ({ key, name, type, count, lastSeen, firstSeen, aliases, latest }): NameRecord => ({
      key,
      name,
      type,
      count,
      lastSeen,
      firstSeen,
      words: searchWords([name, ...aliases]),
      ...(count > RECENT_FROM
        ? {
            recent: latest
              .sort(byRecency)
              .slice(0, RECENT_MAX)
              .map(([, u]) => u),
          }
        : {}),
    }),
  );
}

/** Refills `names` from `history` (the schema upgrade, a missing table, a damaged one). */
export async function rebuildNames(
  history: EntityTable<ArticleRow, 'normUrl'>,
  names: EntityTable<NameRecord, 'key'>,
): Promise<number> {
  const all = await namesOfHistory(history);
  await names.clear();
  await names.bulkPut(all);
  return all.length;
}

/**
 * Rebuilds the names table when it is empty while articles are stored (a table cleared, a
 * database written by a build that did not keep it). Cheap when there is nothing to do: it looks
 * at one row of each table.
 */
export async function ensureNames(database: SiyaqDatabase): Promise<boolean> {
  if ((await database.names.limit(1).primaryKeys()).length) return false;
  if (!(await database.history.limit(1).primaryKeys()).length) return false;
  await database.transaction('rw', database.history, database.names, () =>
    rebuildNames(database.history, database.names),
  );
  return true;
}
