/**
 * Article metadata from the page's head: Open Graph, JSON-LD, `<meta>` and `<link>` tags.
 * Pure: reads the document, never changes it.
 */
import { collapseWhitespace } from '../text/arabic';
import { toIsoDate } from './dates';
import { findArticleNode, ldText, readJsonLd, type LdNode } from './json-ld';
import { canonicalUrl, metaContent, metaContents } from './head';
import { hostOf, outletOf } from './site-identity';

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
/** A title part that is only a date (23.05.2011, 2020/06/03). */
const DATE_PART = /^\d{1,4}([./-]\d{1,2}){1,2}([./-]\d{2,4})?$/;
/** Titles a page's template gives every page: they name no article. */
const PLACEHOLDER_TITLE =
  /^(untitled( document)?|document|home( ?page)?|index|new page|no title|الصفحة الرئيسية|الرئيسية|بدون عنوان|صفحة جديدة)$/i;

/** Whether a title names no article (empty, a template's placeholder, a bare URL). */
export function isPlaceholderTitle(title: string | null | undefined): boolean {
  const t = title?.replace(/\s+/g, ' ').trim() ?? '';
  return !t || PLACEHOLDER_TITLE.test(t) || /^https?:\/\//i.test(t);
}

/**
 * Strips the site's name when a title carries it before or after a separator:
 * "… - BBC News عربي" (ar-bbc-arabic-2024), "… - اليوم السابع" (ar-youm7-*), and
 * "المدينة نيوز - …" (ar-almadenahnews, whose only other mention of its name is the author
 * meta). Returns the title and the name it found.
 */
export function splitSiteFromTitle(
  title: string,
  siteCandidates: (string | null | undefined)[],
): { title: string; site: string | null } {
  const parts = title.split(TITLE_SEPARATOR);
  // A date after the name goes first (… | DW | 23.05.2011).
  while (parts.length > 1 && DATE_PART.test(parts[parts.length - 1]!.trim())) parts.pop();
  if (parts.length < 2) return { title: parts.join(' - '), site: null };
  const first = parts[0]!.trim();
  const last = parts[parts.length - 1]!.trim();
  for (const c of siteCandidates) {
    const site = c?.trim();
    if (!site) continue;
    const lower = site.toLowerCase();
    const same = (part: string) => {
      const p = part.toLowerCase();
      return (
        p === lower ||
        (p.length > 3 && lower.includes(p)) ||
        (p.length >= 2 && lower.startsWith(`${p}.`))
      );
    };
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
  // The first title that names the article: a template's «Untitled Document» loses to the headline.
  const rawTitle =
    [
      metaContent(doc, ['og:title', 'twitter:title']),
      articleNode ? ldText(articleNode['headline']) : null,
      doc.title,
      doc.querySelector('h1')?.textContent,
    ].find((t) => !isPlaceholderTitle(t)) ?? null;
  const outlet = outletOf(hostOf(canonicalUrl(doc, url)));
  const split = rawTitle
    ? splitSiteFromTitle(collapseWhitespace(rawTitle), [
        declaredSite,
        publisher,
        author,
        outlet?.name,
        outlet?.latin,
        ...(outlet?.domains ?? []),
      ])
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
