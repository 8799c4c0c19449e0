/**
 * The two head lookups detection needs — a `<meta>` value and the canonical URL — kept apart from
 * `metadata.ts` so the content script does not carry date parsing and title cleaning.
 */
import { toHttpUrl } from './urls';

/** Content of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`. */
export function metaContent(doc: Document, keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(
      `meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`,
    );
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** The canonical URL: `<link rel=canonical>`, then `og:url`, then the page's own URL. */
export function canonicalUrl(doc: Document, url: string): string {
  const link = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  return toHttpUrl(link, url) ?? toHttpUrl(metaContent(doc, ['og:url']), url) ?? url.split('#')[0]!;
}
