/**
 * Keeps every "read also" link seen on a stored article (issue 5): one row per article the links
 * lead to (`urlKey`), with the entities the tagger finds in its title. Titles are text: whitespace
 * collapsed, tag-like markup a site escaped twice removed, bounded; links with no title, to
 * non-http(s) schemes or back to the page itself are left out.
 */
import type { LinkRecord, SiyaqDatabase } from '../db/database';
import { decodeLink, encodeLink } from '../db/rows';
import type { ReadAlsoLink } from '../pipeline/read-also';
import { truncate } from '../text/arabic';
import { compactUrl, urlKey } from './url-key';

/** Links kept from one article (the extraction already bounds them; this bounds the writes). */
export const MAX_LINKS_PER_ARTICLE = 60;
const MAX_TITLE_CHARS = 300;

/** A link worth keeping: cleaned, with its key. */
export interface HarvestedLink extends ReadAlsoLink {
  normUrl: string;
}

/** A harvested title as text: no markup, one line, bounded; '' when nothing is left. */
export function cleanTitle(title: string): string {
  const text = title
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(text, MAX_TITLE_CHARS);
}

/** The links of a page (whose own key is `self`) worth keeping, cleaned and de-duplicated. */
export function harvestable(links: ReadAlsoLink[], self: string): HarvestedLink[] {
  const seen = new Set<string>([self]);
  const out: HarvestedLink[] = [];
  for (const link of links) {
    const normUrl = urlKey(link.url);
    const title = cleanTitle(link.title);
    if (!normUrl || !title || seen.has(normUrl)) continue;
    seen.add(normUrl);
    out.push({ normUrl, url: compactUrl(link.url), title, placement: link.placement });
    if (out.length >= MAX_LINKS_PER_ARTICLE) break;
  }
  return out;
}

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
