/**
 * Where the lists mark an article that mentions a followed name (issue 19): the sidebar's
 * related links, the popup's and the dashboard's reading lists. What an article mentions is its
 * stored row's entity keys (a visited article, or a harvested link's title), matched by key.
 */
import type { SiyaqDatabase } from '../db/database';
import type { RelatedResult } from '../related/query';
import { followedNames } from './store';
import type { Followed } from './model';

/** The followed names among `keys`, in the order they were followed (newest first). */
export function followedInKeys(keys: readonly string[], followed: readonly Followed[]): string[] {
  if (!keys.length || !followed.length) return [];
  const set = new Set(keys);
  return followed.filter((f) => set.has(f.key)).map((f) => f.name);
}

/**
 * For each id (an `articleKey`: reading-list ids and history keys are the same), the followed
 * names its stored article or harvested link mentions; ids that mention none are left out.
 */
export async function followMarks(
  database: SiyaqDatabase,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const followed = await followedNames(database);
  if (!followed.length || !ids.length) return out;
  const [articles, links] = await Promise.all([
    database.history.bulkGet([...ids]),
    database.links.bulkGet([...ids]),
  ]);
  ids.forEach((id, i) => {
    const keys = [...(articles[i]?.entityKeys ?? []), ...(links[i]?.entityKeys ?? [])];
    const names = followedInKeys(keys, followed);
    if (names.length) out.set(id, names);
  });
  return out;
}

/** The related links with the followed names each mentions (`followed`, when any). */
export async function markRelated(
  database: SiyaqDatabase,
  result: RelatedResult,
): Promise<RelatedResult> {
  const marks = await followMarks(
    database,
    result.related.map((r) => r.normUrl),
  );
  if (!marks.size) return result;
  return {
    ...result,
    related: result.related.map((r) => {
      const names = marks.get(r.normUrl);
      return names ? { ...r, followed: names } : r;
    }),
  };
}
