/**
 * `extractArticle(document, url)` (DESIGN.md, pipeline step 2): the article's canonical URL,
 * title, site, byline, date, body text and paragraphs, and its own read-also links.
 *
 * Readability runs on a clone with the read-also blocks removed, so the links never reach the
 * body text (or the NER after it). Metadata comes from JSON-LD, Open Graph and meta tags first;
 * Readability's guesses fill the gaps. Pure: the live document is never changed.
 */
import { Readability } from '@mozilla/readability';
import { collapseWhitespace } from './arabic-text';
import { blockParagraphs } from './block-text';
import { findBodyRoot } from './body-root';
import { toIsoDate } from './dates';
import { findPageDate, type DateSource } from './page-date';
import { readMetadata } from './metadata';
import { findReadAlso, type ReadAlsoLink } from './read-also';
import { authorOf, copyrightName, logoAlt, siteIdentity } from './site-identity';

/** The extracted article. */
export interface ExtractedArticle {
  /** Canonical URL (the page's `<link rel=canonical>`, else `og:url`, else where it was loaded). */
  url: string;
  /** Where the page was actually loaded from. */
  pageUrl: string;
  title: string;
  siteName: string;
  byline: string | null;
  /** ISO 8601, with the site's offset when it gave one; `null` when the page states no date. */
  publishedAt: string | null;
  /**
   * Where `publishedAt` came from: the page's metadata, a date written on the page, a Hijri date
   * converted, or a relative one ("منذ ساعتين") counted back from when the page was fetched.
   */
  dateSource?: DateSource | null;
  lang: string | null;
  text: string;
  paragraphs: string[];
  excerpt: string;
  readAlso: ReadAlsoLink[];
}

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** Readability gives up on pages with more elements than this (a 5 MB page has ~100k). */
  maxElemsToParse?: number;
  /** When the page was loaded: relative dates ("منذ ساعتين") are counted back from it. */
  fetchedAt?: Date;
}

const EXCERPT_CHARS = 280;
const DATE_SCAN_CHARS = 200;

/** A path of child indexes from the document element to `el`, to find it again in a clone. */
function pathTo(el: Element): number[] {
  const path: number[] = [];
  for (let cur: Element | null = el; cur && cur.parentElement; cur = cur.parentElement) {
    path.push(Array.prototype.indexOf.call(cur.parentElement.children, cur));
  }
  return path.reverse();
}

function follow(doc: Document, path: number[]): Element | null {
  let cur: Element | null = doc.documentElement;
  for (const i of path) cur = cur?.children[i] ?? null;
  return cur;
}

/** Share of Readability's text that must survive trimming, or the trimming is not trusted. */
const MIN_TRIMMED_SHARE = 0.5;

/**
 * Readability sometimes keeps a whole column: title, view counts, share counters and "next"
 * headlines around the text (ar-lbcgroup). Paragraphs before the first and after the last one
 * that also stands in the body root found on the original page are dropped — unless that would
 * drop most of the text, in which case the body root is the one that is wrong.
 */
function trimToBody(paragraphs: string[], bodyRoot: Element | null): string[] {
  if (!bodyRoot || paragraphs.length < 3) return paragraphs;
  const rootText = collapseWhitespace(bodyRoot.textContent ?? '');
  let first = -1;
  let last = -1;
  paragraphs.forEach((p, i) => {
    if (p.length >= 20 && rootText.includes(p)) {
      if (first === -1) first = i;
      last = i;
    }
  });
  if (first === -1) return paragraphs;
  const kept = paragraphs.slice(first, last + 1);
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  const keptLength = kept.reduce((n, p) => n + p.length, 0);
  return keptLength >= total * MIN_TRIMMED_SHARE ? kept : paragraphs;
}

/** Extracts the article from `doc`, loaded from `url`. Never throws on odd pages. */
export function extractArticle(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractedArticle {
  const meta = readMetadata(doc, url);
  const bodyRoot = findBodyRoot(doc);
  const blocks = findReadAlso(doc, meta.canonicalUrl, bodyRoot);

  const clone = doc.cloneNode(true) as Document;
  const toRemove = blocks
    .flatMap((b) => b.elements)
    .map((el) => follow(clone, pathTo(el)))
    .filter((el): el is Element => el !== null);
  for (const el of toRemove) el.remove();

  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, {
      serializer: (node) => node,
      maxElemsToParse: options.maxElemsToParse ?? 0,
    }).parse();
  } catch {
    parsed = null;
  }
  const rawParagraphs = parsed?.content ? blockParagraphs(parsed.content) : [];
  let paragraphs = trimToBody(rawParagraphs, bodyRoot);
  if (paragraphs.length === 0 && bodyRoot) {
    const rootInClone = follow(clone, pathTo(bodyRoot));
    if (rootInClone) paragraphs = blockParagraphs(rootInClone);
  }
  const text = paragraphs.join('\n\n');
  const lang = doc.documentElement?.getAttribute('lang') || parsed?.lang || null;
  const declared = [...meta.siteNames, parsed?.siteName, logoAlt(doc)];
  const site = siteIdentity(declared, meta.canonicalUrl, copyrightName(doc));
  const byline = meta.byline ?? (parsed?.byline?.trim() || null);
  const metaDate = meta.publishedAt ?? toIsoDate(parsed?.publishedTime);
  // Else a date written on the page ("تم نشره الجمعة 24 نيسان / أبريل 2020", ar-almadenahnews,
  // whose head states no date).
  const pageDate = metaDate
    ? null
    : findPageDate(doc, rawParagraphs.join(' ').slice(0, DATE_SCAN_CHARS), options.fetchedAt);
  return {
    url: meta.canonicalUrl,
    pageUrl: url,
    title: meta.title ?? parsed?.title?.trim() ?? '',
    siteName: site.name,
    byline: authorOf(byline, site, meta.canonicalUrl, declared),
    publishedAt: metaDate ?? pageDate?.date ?? null,
    dateSource: metaDate ? 'metadata' : (pageDate?.source ?? null),
    lang,
    text,
    paragraphs,
    excerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text,
    readAlso: blocks.flatMap((b) => b.links),
  };
}
