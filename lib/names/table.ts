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
}

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

/**
 * Counts a written article in: `before` is its row as it was (undefined for a new article),
 * `after` as written now. Names it gains are counted, names it lost uncounted, and every name it
 * carries is seen at `after.lastVisitAt`. Call inside the transaction that writes the row.
 */
export async function countVisit(
  names: EntityTable<NameRecord, 'key'>,
  before: Pick<ArticleRow, 'entityKeys'> | undefined,
  after: Pick<ArticleRow, 'entityKeys' | 'entities' | 'lastVisitAt' | 'firstVisitAt'>,
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
    put.push({
      ...r,
      name: m.name,
      count: r.count + (had.has(m.key) && old ? 0 : 1),
      lastSeen: Math.max(r.lastSeen, after.lastVisitAt),
      firstSeen: Math.min(r.firstSeen, after.firstVisitAt),
      words: old && !m.aliases.length ? r.words : searchWords([m.name, ...m.aliases]),
    });
  }
  for (const [j, key] of lost.entries()) {
    const r = rows[mentions.length + j];
    if (!r) continue;
    if (r.count <= 1) gone.push(key);
    else put.push({ ...r, count: r.count - 1 });
  }
  if (put.length) await names.bulkPut(put);
  if (gone.length) await names.bulkDelete(gone);
}

/** Uncounts articles about to be deleted (eviction): names left in none go. */
export async function forgetArticles(
  names: EntityTable<NameRecord, 'key'>,
  rows: Pick<ArticleRow, 'entityKeys'>[],
): Promise<void> {
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
    else put.push({ ...r, count });
  }
  if (put.length) await names.bulkPut(put);
  if (gone.length) await names.bulkDelete(gone);
}

/** The names of every row of `history`, counted afresh (one pass; names in memory, not rows). */
export async function namesOfHistory(
  history: EntityTable<ArticleRow, 'normUrl'>,
): Promise<NameRecord[]> {
  const byKey = new Map<string, NameRecord & { aliases: Set<string>; nameAt: number }>();
  await history.each((row) => {
    for (const m of mentionsOf(row)) {
      let r = byKey.get(m.key);
      if (!r) {
        r = {
          ...fresh(m, row.lastVisitAt, row.firstVisitAt),
          aliases: new Set(),
          nameAt: row.lastVisitAt,
        };
        byKey.set(m.key, r);
      }
      r.count++;
      if (row.lastVisitAt >= r.nameAt) {
        r.name = m.name;
        r.nameAt = row.lastVisitAt;
      }
      r.lastSeen = Math.max(r.lastSeen, row.lastVisitAt);
      r.firstSeen = Math.min(r.firstSeen, row.firstVisitAt);
      for (const a of m.aliases) if (r.aliases.size < MAX_ALIASES) r.aliases.add(a);
    }
  });
  return [...byKey.values()].map(
    ({ key, name, type, count, lastSeen, firstSeen, aliases }): NameRecord => ({
      key,
      name,
      type,
      count,
      lastSeen,
      firstSeen,
      words: searchWords([name, ...aliases]),
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
