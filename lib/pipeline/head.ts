/**
 * One pass over the page's `<meta>` and `<link>` tags. Attribute selectors such as
 * `meta[property="og:type" i]` make the DOM scan the whole document once per query (tens of
 * milliseconds on a large page in jsdom); walking the tags once and looking values up in a map
 * costs a few microseconds. Kept apart from `metadata.ts` so the content script does not carry
 * date parsing and title cleaning.
 */
import { mayClaim, toHttpUrl, unarchived } from './urls';

/** The head's tags as lookups. */
export interface HeadTags {
  /** `property`/`name`/`itemprop` (lower-cased) → first non-empty `content`, in document order. */
  meta: Map<string, string>;
  /** `href` of the first `<link rel~=canonical>`. */
  canonicalHref: string | null;
}

const cache = new WeakMap<Document, HeadTags>();

/** Reads the document's meta and link tags (cached per document; pages do not change them in between). */
export function headTags(doc: Document): HeadTags {
  const hit = cache.get(doc);
  if (hit) return hit;
  const meta = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  let canonicalHref: string | null = null;
  for (const el of doc.getElementsByTagName('link')) {
    if (/(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? '')) {
      canonicalHref = el.getAttribute('href');
      break;
    }
  }
  const tags = { meta, canonicalHref };
  cache.set(doc, tags);
  return tags;
}

/** Content of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`. */
export function metaContent(doc: Document, keys: string[]): string | null {
  const { meta } = headTags(doc);
  for (const key of keys) {
    const value = meta.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

/** Every `<meta>` content for one key, for keys sites repeat (ar-akhbarelyom has two og:site_name). */
export function metaContents(doc: Document, key: string): string[] {
  const out: string[] = [];
  for (const el of doc.getElementsByTagName('meta')) {
    const k = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (k === key && content) out.push(content);
  }
  return out;
}

/**
 * The canonical URL: `<link rel=canonical>`, then `og:url`, then the page's own URL — an archived
 * copy's original address where the page is (or points to) an archive's copy. A claim on another
 * site's address is ignored (`mayClaim`): the visit is then keyed by the page's own address.
 */
export function canonicalUrl(doc: Document, url: string): string {
  for (const href of [headTags(doc).canonicalHref, metaContent(doc, ['og:url'])]) {
    const claimed = toHttpUrl(href, url);
    if (claimed && mayClaim(url, unarchived(claimed))) return unarchived(claimed);
  }
  return unarchived(url.split('#')[0]!);
}
