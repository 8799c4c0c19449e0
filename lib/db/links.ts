/**
 * Which read-also links are kept, and how (issue 5): one per article they lead to (its
 * `articleKey`), titles as text — whitespace collapsed, tag-like markup a site escaped twice
 * removed, bounded —, links with no title, to non-http(s) schemes or back to the page itself left
 * out. Used when a visit is stored (lib/related/harvest.ts) and by the v6 upgrade.
 */
import { articleKey, compactUrl } from './article-key';
import type { ReadAlsoLink } from './database';
import { truncate } from '../text/arabic';

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
    const normUrl = articleKey(link.url);
    const title = cleanTitle(link.title);
    if (!normUrl || !title || seen.has(normUrl)) continue;
    seen.add(normUrl);
    out.push({ normUrl, url: compactUrl(link.url), title, placement: link.placement });
    if (out.length >= MAX_LINKS_PER_ARTICLE) break;
  }
  return out;
}
