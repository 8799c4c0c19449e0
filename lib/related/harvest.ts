/**
 * Keeps every "read also" link seen on a stored article (issue 5): one row per article the links
 * lead to (`articleKey`), with the entities the tagger finds in its title. Titles are text: whitespace
 * collapsed, tag-like markup a site escaped twice removed, bounded; links with no title, to
 * non-http(s) schemes or back to the page itself are left out.
 */
import type { LinkRecord, SiyaqDatabase } from '../db/database';
import { decodeLink, encodeLink } from '../db/rows';
import type { HarvestedLink } from '../db/links';

/** The entity keys of each title, in order (the tagger, in the background). */
export type TitleKeys = (titles: string[]) => Promise<string[][]>;

/** The entity keys of `links`' titles; none (not a failure) when the tagger cannot run. */
export async function titleKeysOf(links: HarvestedLink[], titleKeys?: TitleKeys) {
  if (!links.length || !titleKeys) return links.map(() => []);
  try {
    return await titleKeys(links.map((l) => l.title));
  } catch {
    return links.map(() => []); // no model: the links are still kept, without entities
  }
}

/**
 * Stores `links` seen at `now` with their titles' entity keys (`keys`, in order). Call inside a
 * transaction over `links`: two tabs harvesting the same link at once give one row. A link seen
 * before keeps the URL it was first seen at, and its entities when the tagger gave none now.
 */
export async function putLinks(
  database: SiyaqDatabase,
  links: HarvestedLink[],
  keys: string[][],
  now: number,
): Promise<void> {
  if (!links.length) return;
  const existing = await database.links.bulkGet(links.map((l) => l.normUrl));
  const rows = links.map((l, i) => {
    const before = existing[i] ? decodeLink(existing[i]!) : undefined;
    const record: LinkRecord = {
      normUrl: l.normUrl,
      url: before?.url ?? l.url,
      title: l.title,
      entityKeys: keys[i]?.length ? keys[i]! : (before?.entityKeys ?? []),
      lastSeenAt: now,
    };
    return encodeLink(record);
  });
  await database.links.bulkPut(rows);
}
