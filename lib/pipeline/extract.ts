/**
 * `extractArticle(document, url)` (DESIGN.md, pipeline step 2): the article's canonical URL,
 * title, site, byline, date, body text and paragraphs, and its own read-also links.
 *
 * Readability runs on a clone with the read-also blocks removed, so the links never reach the
 * body text (or the NER after it). Metadata comes from JSON-LD, Open Graph and meta tags first;
 * Readability's guesses fill the gaps. Pure: the live document is never changed.
 */
import { Readability } from '@mozilla/readability';
import { collapseWhitespace, truncate } from '../text/arabic';
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
  /**
   * Readability reads the whole page only up to this many elements (default
   * {@link MAX_WHOLE_PAGE_ELEMENTS}); a bigger page is read from its article element alone.
   */
  maxElemsToParse?: number;
  /** When the page was loaded: relative dates ("منذ ساعتين") are counted back from it. */
  fetchedAt?: Date;
}

/**
 * Extraction runs on the page's thread. Readability's pass over a whole page grows with its
 * element count — a page of 200,000 nested tags held the page for 2.5 s — while news pages have a
 * few thousand (2,504 at most among the saved pages here). Beyond this many, only the article
 * element (`findBodyRoot`) is read.
 */
export const MAX_WHOLE_PAGE_ELEMENTS = 40_000;
/** Likewise for text: a page of 5 MB of text held the page 1.4 s in Readability. */
export const MAX_WHOLE_PAGE_CHARS = 1_000_000;
/**
 * The longest article text kept (a long feature is ~60,000 characters): a bigger one is cut at a
 * paragraph's end, not dropped (the background refuses texts over 2,000,000).
 */
export const MAX_TEXT_CHARS = 400_000;

/** The first paragraphs whose text (with the blank lines between them) fits in `max`. */
export function cutToLength(paragraphs: string[], max: number): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const p of paragraphs) {
    const next = length + (kept.length ? 2 : 0) + p.length;
    if (next > max) {
      // One paragraph longer than everything allowed: its beginning, at a word's end.
      if (!kept.length) kept.push(p.slice(0, max).replace(/\s+\S*$/, ''));
      break;
    }
    kept.push(p);
    length = next;
  }
  return kept;
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
  return readArticleText(extractionStart(doc, url), options);
}

/**
 * The same in two tasks, the page's own work running between them (a heavy page is not held for
 * both halves at once): the page's metadata, article element and read-also links, then its text.
 */
export async function extractArticleInSteps(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
): Promise<ExtractedArticle> {
  const start = extractionStart(doc, url);
  await pause();
  return readArticleText(start, options);
}

/** The first half: what the page says about itself, and where its text and read-also links are. */
interface ExtractionStart {
  doc: Document;
  url: string;
  meta: ReturnType<typeof readMetadata>;
  bodyRoot: Element | null;
  blocks: ReturnType<typeof findReadAlso>;
}

function extractionStart(doc: Document, url: string): ExtractionStart {
  const meta = readMetadata(doc, url);
  const bodyRoot = findBodyRoot(doc);
  return { doc, url, meta, bodyRoot, blocks: findReadAlso(doc, meta.canonicalUrl, bodyRoot) };
}

/** The second half: the article's text (Readability, or the article element on a huge page). */
function readArticleText(start: ExtractionStart, options: ExtractOptions): ExtractedArticle {
  const { doc, url, meta, blocks } = start;
  // The page may have moved its article while it had the thread: find it again.
  const bodyRoot = start.bodyRoot?.isConnected ? start.bodyRoot : findBodyRoot(doc);
  const readAlsoElements = blocks.flatMap((b) => b.elements).filter((el) => el.isConnected);
  const maxElements = options.maxElemsToParse ?? MAX_WHOLE_PAGE_ELEMENTS;
  const whole =
    doc.getElementsByTagName('*').length <= maxElements &&
    (doc.body?.textContent?.length ?? 0) <= MAX_WHOLE_PAGE_CHARS;

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  let clone: Document | null = null;
  if (whole) {
    clone = doc.cloneNode(true) as Document;
    const toRemove = readAlsoElements
      .map((el) => follow(clone!, pathTo(el)))
      .filter((el): el is Element => el !== null);
    for (const el of toRemove) el.remove();
    try {
      parsed = new Readability<Node>(clone, {
        serializer: (node) => node,
        maxElemsToParse: maxElements,
      }).parse();
    } catch {
      parsed = null;
    }
  }
  const rawParagraphs = parsed?.content ? blockParagraphs(parsed.content) : [];
  let paragraphs = trimToBody(rawParagraphs, bodyRoot);
  if (paragraphs.length === 0 && bodyRoot) {
    // A page too big to read whole is read in place (reading changes nothing), the read-also
    // blocks skipped; otherwise from the clone they were removed from.
    const rootInClone = clone ? follow(clone, pathTo(bodyRoot)) : null;
    if (rootInClone) paragraphs = blockParagraphs(rootInClone, MAX_TEXT_CHARS);
    else if (!clone)
      paragraphs = blockParagraphs(bodyRoot, MAX_TEXT_CHARS, new Set(readAlsoElements));
  }
  paragraphs = cutToLength(paragraphs, MAX_TEXT_CHARS);
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
    excerpt: truncate(text, EXCERPT_CHARS),
    readAlso: blocks.flatMap((b) => b.links),
  };
}
