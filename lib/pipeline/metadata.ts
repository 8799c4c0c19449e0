/**
 * Article metadata from the page's head: Open Graph, JSON-LD, `<meta>` and `<link>` tags.
 * Pure: reads the document, never changes it.
 */
import { collapseWhitespace } from './arabic-text';
import { toIsoDate } from './dates';
import { findArticleNode, ldText, readJsonLd, type LdNode } from './json-ld';
import { canonicalUrl, metaContent, metaContents } from './head';

/** What the head of a page says about it. */
export interface PageMetadata {
  canonicalUrl: string;
  title: string | null;
  siteName: string | null;
  /** Every name the head gives the site, most trusted first (site-identity.ts chooses). */
  siteNames: string[];
  byline: string | null;
  publishedAt: string | null;
  ogType: string | null;
  articleNode: LdNode | undefined;
  ldNodes: LdNode[];
}

const TITLE_SEPARATOR = /\s+[|\-–—»]\s+/;

/**
 * Strips the site's name when a title carries it before or after a separator:
 * "… - BBC News عربي" (ar-bbc-arabic-2024), "… - اليوم السابع" (ar-youm7-*), and
 * "المدينة نيوز - …" (ar-almadenahnews, whose only other mention of its name is the author
 * meta). Returns the title and the name it found.
 */
export function splitSiteFromTitle(
  title: string,
  siteCandidates: (string | null)[],
): { title: string; site: string | null } {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return { title, site: null };
  const first = parts[0]!.trim();
  const last = parts[parts.length - 1]!.trim();
  for (const c of siteCandidates) {
    const site = c?.trim();
    if (!site) continue;
    const same = (part: string) => part === site || (part.length > 3 && site.includes(part));
    if (same(last)) return { title: parts.slice(0, -1).join(' - '), site: last };
    if (same(first)) return { title: parts.slice(1).join(' - '), site: first };
  }
  return { title, site: null };
}

function firstDate(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return null;
}

/**
 * The site's declared name. `og:site_name` can be a URL (ar-akhbarelyom has a second one that is),
 * so values that look like URLs are skipped.
 */
function firstSiteName(doc: Document): string | null {
  for (const key of ['og:site_name', 'application-name']) {
    const v = metaContents(doc, key).find((c) => !/^https?:|^www\./i.test(c));
    if (v) return v;
  }
  return null;
}

/** Reads the page's metadata. `url` is where the page was loaded from. */
export function readMetadata(doc: Document, url: string): PageMetadata {
  const ldNodes = readJsonLd(doc);
  const articleNode = findArticleNode(ldNodes);
  // A publisher may be an object, a string or an array of either: each name, the first first.
  const rawPublisher = articleNode?.['publisher'];
  const publishers = (Array.isArray(rawPublisher) ? rawPublisher : [rawPublisher])
    .map((p) => ldText(p))
    .filter((p): p is string => !!p);
  const publisher = publishers[0] ?? null;
  const declaredSite = firstSiteName(doc) ?? publisher;
  const author = metaContent(doc, ['author']);
  const rawTitle =
    metaContent(doc, ['og:title', 'twitter:title']) ??
    (articleNode ? ldText(articleNode['headline']) : null) ??
    (doc.title || null);
  const split = rawTitle
    ? splitSiteFromTitle(collapseWhitespace(rawTitle), [declaredSite, publisher, author])
    : { title: null, site: null };
  const siteName = declaredSite ?? split.site;
  const timeEl = doc.getElementsByTagName('time')[0];
  const publishedAt = firstDate(
    articleNode ? ldText(articleNode['datePublished']) : null,
    metaContent(doc, [
      'article:published_time',
      'og:article:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'date',
      'dc.date',
      'dcterms.date',
      'sailthru.date',
    ]),
    articleNode ? ldText(articleNode['dateCreated']) : null,
    timeEl?.getAttribute('datetime'),
  );
  const byline =
    (articleNode ? ldText(articleNode['author']) : null) ??
    metaContent(doc, ['author', 'article:author', 'dc.creator']);
  return {
    canonicalUrl: canonicalUrl(doc, url),
    title: split.title,
    siteName: siteName ? collapseWhitespace(siteName) : null,
    siteNames: [
      ...metaContents(doc, 'og:site_name'),
      ...metaContents(doc, 'application-name'),
      ...publishers,
      split.site,
    ]
      .filter((n): n is string => !!n)
      .map(collapseWhitespace),
    byline: byline && !/^https?:/.test(byline) ? collapseWhitespace(byline) : null,
    publishedAt,
    ogType: metaContent(doc, ['og:type'])?.toLowerCase() ?? null,
    articleNode,
    ldNodes,
  };
}
