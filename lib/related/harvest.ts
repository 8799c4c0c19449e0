/**
 * Keeps every "read also" link seen on a stored article (issue 5): one row per article the links
 * lead to (`urlKey`), with the entities the tagger finds in its title. Titles are text: whitespace
 * collapsed, tag-like markup a site escaped twice removed, bounded; links with no title, to
 * non-http(s) schemes or back to the page itself are left out.
 */
import type { ArticleRecord, LinkRecord, SiyaqDatabase } from '../db/database';
import { compactUrl, urlKey } from './url-key';

/** Links kept from one article (the extraction already bounds them; this bounds the writes). */
export const MAX_LINKS_PER_ARTICLE = 60;
const MAX_TITLE_CHARS = 300;

/** A harvested title as text: no markup, one line, bounded; '' when nothing is left. */
export function cleanTitle(title: string): string {
  const text = title
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_TITLE_CHARS ? `${text.slice(0, MAX_TITLE_CHARS - 1)}…` : text;
}

/** The links of `article` worth keeping, cleaned and de-duplicated. */
export function harvestable(
  article: ArticleRecord,
): { normUrl: string; url: string; title: string }[] {
  const self = article.normUrl;
  const seen = new Set<string>([self]);
  const out: { normUrl: string; url: string; title: string }[] = [];
  for (const link of article.readAlso) {
    const normUrl = urlKey(link.url);
    const title = cleanTitle(link.title);
    if (!normUrl || !title || seen.has(normUrl)) continue;
    seen.add(normUrl);
    out.push({ normUrl, url: link.url, title });
    if (out.length >= MAX_LINKS_PER_ARTICLE) break;
  }
  return out;
}

/**
 * Stores the links of `article` seen at `now`, with the entity keys of each title
 * (`titleKeys(titles)` gives them in order). One transaction: two tabs harvesting the same link at
 * once give one row.
 */
export async function harvestLinks(
  database: SiyaqDatabase,
  article: ArticleRecord,
  titleKeys: (titles: string[]) => Promise<string[][]>,
  now: number,
): Promise<number> {
  const links = harvestable(article);
  if (!links.length) return 0;
  let keys: string[][];
  try {
    keys = await titleKeys(links.map((l) => l.title));
  } catch {
    keys = links.map(() => []); // no model: the links are still kept, without entities
  }
  await database.transaction('rw', database.links, async () => {
    const existing = await database.links.bulkGet(links.map((l) => l.normUrl));
    const rows: LinkRecord[] = links.map((l, i) => {
      const before = existing[i];
      const entityKeys = keys[i]?.length ? keys[i]! : (before?.entityKeys ?? []);
      return {
        normUrl: l.normUrl,
        url: before?.url ?? compactUrl(l.url),
        title: l.title,
        entityKeys,
        lastSeenAt: now,
      };
    });
    await database.links.bulkPut(rows);
  });
  return links.length;
}
