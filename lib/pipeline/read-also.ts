/**
 * Harvests a page's own "read also" links (DESIGN.md, pipeline step 2) from the original DOM,
 * by their labels (`read-also-labels.ts`). Two shapes occur on real pages:
 *
 * - an inline line inside the text: `<p><strong>للقراءة أو الاستماع:</strong> <a>…</a></p>`
 *   (ar-7al-kazakhstan);
 * - a heading over a block of links: `<h2>إقرأ أيضاً</h2><div>…links…</div>` (ar-akhbarelyom,
 *   ar-elbaladtv, ar-lbcgroup, ar-bbc-arabic-2024).
 *
 * Returns data and the elements it came from (so extraction can keep them out of the body text);
 * never changes the document.
 */
import { collapseWhitespace, foldArabic, truncate } from '../text/arabic';
import {
  LABEL_PUNCTUATION,
  MAX_BLOCK_CLIMB,
  MAX_BLOCK_LINKS,
  MAX_LINKS_PER_BLOCK,
  MAX_LINKS_PER_PAGE,
  MOST_READ_LABELS,
  NON_ARTICLE_PATH,
  READ_ALSO_LABELS,
} from './read-also-labels';
import { toHttpUrl, withoutHash } from './urls';

/** Where a read-also link sits relative to the article's text. */
import type { Placement, ReadAlsoLink } from '../db/database';
export type { Placement, ReadAlsoLink };

/** A labelled group of links and the element that holds it. */
export interface ReadAlsoBlock {
  kind: 'inline' | 'block';
  label: string;
  /** The element the block is placed by (the line, or the container of the links). */
  element: Element;
  /** Every element that belongs to the block: removed from the clone before Readability runs. */
  elements: Element[];
  links: ReadAlsoLink[];
}

const SHOW_TEXT = 4;
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'DIV',
  'SECTION',
  'ASIDE',
  'BLOCKQUOTE',
  'TD',
  'DD',
  'HEADER',
  'FIGURE',
  'ARTICLE',
  'UL',
  'OL',
  'NAV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'MAIN',
  'BODY',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** An inline read-also line carries one to three links and little text besides them. */
const MAX_INLINE_LINE_CHARS = 200;
const MAX_INLINE_LINKS = 3;
const MAX_TITLE_CHARS = 300;
const MAX_LABEL_TEXT_CHARS = 80;

interface LabelMatch {
  label: string;
  /** Text after the label on the same text node ("اقرأ أيضا: عنوان"), folded. */
  rest: string;
}

function matchLabel(text: string): LabelMatch | null {
  if (text.length > MAX_LABEL_TEXT_CHARS) {
    // Long text nodes can still start with a label inside a link: look at the start only.
    text = text.slice(0, MAX_LABEL_TEXT_CHARS);
  }
  const folded = foldArabic(text).replace(LABEL_PUNCTUATION, '');
  if (READ_ALSO_LABELS.has(folded)) return { label: folded, rest: '' };
  const colon = folded.search(/[:：]/);
  if (colon > 0) {
    const head = folded.slice(0, colon).replace(LABEL_PUNCTUATION, '');
    if (READ_ALSO_LABELS.has(head)) return { label: head, rest: folded.slice(colon + 1).trim() };
  }
  return null;
}

/** Characters of `el`'s text that are not link text (the label, punctuation, a source line). */
function textOutsideLinks(el: Element): number {
  let inLinks = 0;
  for (const a of el.querySelectorAll('a')) inLinks += a.textContent?.length ?? 0;
  return (el.textContent?.length ?? 0) - inLinks;
}

function closestLink(node: Node): HTMLAnchorElement | null {
  const el = node.parentElement;
  return (el?.closest('a[href]') as HTMLAnchorElement | null) ?? null;
}

function closestBlock(el: Element): Element {
  let cur: Element | null = el;
  while (cur && !BLOCK_TAGS.has(cur.tagName.toUpperCase())) cur = cur.parentElement;
  return cur ?? el;
}

function linkTitle(a: Element): string {
  let title = collapseWhitespace(a.textContent ?? '');
  if (!title) title = collapseWhitespace(a.getAttribute('title') ?? '');
  if (!title) title = collapseWhitespace(a.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  return truncate(title, MAX_TITLE_CHARS);
}

/** Valid read-also links under `root` (or among `roots`), deduplicated, titles merged. */
function collectLinks(
  roots: Element[],
  pageUrl: string,
  exclude: Element | null,
  placement: Placement,
): ReadAlsoLink[] {
  const byUrl = new Map<string, ReadAlsoLink>();
  const page = withoutHash(pageUrl);
  for (const root of roots) {
    const anchors = root.matches('a[href]') ? [root] : [...root.querySelectorAll('a[href]')];
    for (const a of anchors) {
      if (exclude && (a.contains(exclude) || exclude.contains(a))) continue;
      const url = toHttpUrl(a.getAttribute('href'), pageUrl);
      if (!url || url === page) continue;
      if (NON_ARTICLE_PATH.test(new URL(url).pathname)) continue;
      const title = linkTitle(a);
      const prev = byUrl.get(url);
      if (prev) {
        if (title.length > prev.title.length) prev.title = title;
      } else {
        byUrl.set(url, { url, title, placement });
      }
    }
  }
  return [...byUrl.values()].filter((l) => l.title.length >= 3).slice(0, MAX_LINKS_PER_BLOCK);
}

/**
 * Links to http(s) pages under `el`, not counting the label's own element; `javascript:void(0)`
 * buttons next to a heading (ar-lbcgroup) do not count.
 */
function countLinks(el: Element, base: string, label: Element | null = null): number {
  let n = 0;
  for (const a of el.querySelectorAll('a[href]')) {
    if (label && (a === label || a.contains(label) || label.contains(a))) continue;
    if (toHttpUrl(a.getAttribute('href'), base)) n++;
  }
  return n;
}

const DOCUMENT_POSITION_FOLLOWING = 4;

/** Does a paragraph of the article's text come after `el`? */
function proseFollows(el: Element, bodyRoot: Element): boolean {
  for (const p of bodyRoot.getElementsByTagName('p')) {
    if (el.contains(p) || (p.textContent?.trim().length ?? 0) < 50) continue;
    if (el.compareDocumentPosition(p) & DOCUMENT_POSITION_FOLLOWING) return true;
  }
  return false;
}

/**
 * Inline lines inside the article's text are `in-article` (ar-7al-kazakhstan ends with one).
 * A block of links is `in-article` only when the text goes on after it (ar-bbc-arabic-2024's
 * "قصص مقترحة"); a block at the end of the text container is `after-article` (ar-elbaladtv).
 */
function placementOf(el: Element, kind: 'inline' | 'block', bodyRoot: Element | null): Placement {
  if (!bodyRoot || bodyRoot === el || !bodyRoot.contains(el)) return 'after-article';
  if (kind === 'inline') return 'in-article';
  return proseFollows(el, bodyRoot) ? 'in-article' : 'after-article';
}

/**
 * A label in the first cell of a row (`<tr><td>انظر أيضا:</td><td><a>…</a></td></tr>`, a `dt` before
 * its `dd`) heads the rows after it whose first cell is empty: one labelled list written as rows.
 */
function continuedRows(row: Element, labelCell: Element, base: string): Element[] {
  if (row.firstElementChild !== labelCell) return [];
  const rows: Element[] = [];
  for (
    let s = row.nextElementSibling;
    s && s.tagName === row.tagName && rows.length < MAX_LINKS_PER_BLOCK;
    s = s.nextElementSibling
  ) {
    const first = s.firstElementChild;
    if (!first || (first.textContent ?? '').trim() !== '' || countLinks(s, base) === 0) break;
    rows.push(s);
  }
  return rows;
}

/** For a heading label: the block of links it announces, or null if there is none. */
function headingBlock(
  labelEl: Element,
  bodyRoot: Element | null,
  base: string,
): { element: Element; roots: Element[] } | null {
  let cur: Element = labelEl;
  for (let i = 0; i < MAX_BLOCK_CLIMB; i++) {
    const parent = cur.parentElement;
    if (!parent || parent.tagName === 'BODY') return null;
    if (bodyRoot && (parent === bodyRoot || parent.contains(bodyRoot))) {
      // The heading sits directly in the article's flow: its links are the siblings after it,
      // up to the next heading.
      const roots: Element[] = [];
      for (let s = cur.nextElementSibling; s; s = s.nextElementSibling) {
        if (HEADING_TAGS.has(s.tagName.toUpperCase())) break;
        if (countLinks(s, base) === 0) break;
        roots.push(s);
      }
      return roots.length ? { element: cur, roots: [cur, ...roots] } : null;
    }
    const links = countLinks(parent, base, labelEl);
    if (links > 0) {
      if (links > MAX_BLOCK_LINKS) return null;
      return { element: parent, roots: [parent, ...continuedRows(parent, cur, base)] };
    }
    cur = parent;
  }
  return null;
}

/**
 * Finds the page's read-also blocks. `bodyRoot` (from `findBodyRoot`) decides the placement:
 * inside it is `in-article`, anywhere else `after-article`.
 */
export function findReadAlso(
  doc: Document,
  pageUrl: string,
  bodyRoot: Element | null,
): ReadAlsoBlock[] {
  const body = doc.body;
  if (!body) return [];
  const blocks: ReadAlsoBlock[] = [];
  const seen = new Set<string>();
  let total = 0;
  /** Links of the page's "most read" rails: popular, not related (read-also-labels.ts). */
  const mostRead = new Set<string>();
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let n = walker.nextNode(); n && total < MAX_LINKS_PER_PAGE; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (data.length < 6 || !data.trim()) continue;
    if (data.length <= MAX_LABEL_TEXT_CHARS && n.parentElement && isMostRead(data)) {
      const rail = headingBlock(n.parentElement, null, pageUrl);
      if (rail)
        for (const l of collectLinks(rail.roots, pageUrl, null, 'after-article'))
          mostRead.add(l.url);
      continue;
    }
    const match = matchLabel(data);
    if (!match) continue;
    const labelEl = n.parentElement;
    if (!labelEl || blocks.some((b) => b.elements.some((e) => e.contains(labelEl)))) continue;
    if (labelEl.closest('script, style, noscript, template')) continue;

    let found: {
      kind: 'inline' | 'block';
      element: Element;
      roots: Element[];
      exclude: Element | null;
    } | null = null;
    const link = closestLink(n);
    const linkUrl = link ? toHttpUrl(link.getAttribute('href'), pageUrl) : null;
    if (link && linkUrl) {
      // The label is inside a real link: "اقرأ أيضا: title" as one anchor is a read-also line;
      // an anchor that is only the label ("اقرأ المزيد") is a teaser's button (ar-almadenahnews).
      if (!match.rest) continue;
      found = { kind: 'inline', element: closestBlock(link), roots: [link], exclude: null };
    } else {
      const line = closestBlock(labelEl);
      // "اقرأ أيضا: <a>…</a>" with the label as bare text: the label's element is the line.
      const labelOnly = labelEl === line ? null : labelEl;
      const lineLinks = countLinks(line, pageUrl, labelOnly);
      const isHeading = HEADING_TAGS.has(line.tagName.toUpperCase());
      if (
        !isHeading &&
        lineLinks > 0 &&
        lineLinks <= MAX_INLINE_LINKS &&
        textOutsideLinks(line) <= MAX_INLINE_LINE_CHARS
      ) {
        found = { kind: 'inline', element: line, roots: [line], exclude: labelOnly };
      } else if (!match.rest) {
        const block = headingBlock(labelEl, bodyRoot, pageUrl);
        if (block) found = { kind: 'block', ...block, exclude: labelEl };
      }
    }
    if (!found) continue;
    const placement = placementOf(found.element, found.kind, bodyRoot);
    const links = collectLinks(found.roots, pageUrl, found.exclude, placement).filter(
      (l) => !seen.has(l.url),
    );
    if (!links.length) continue;
    const kept = links.slice(0, MAX_LINKS_PER_PAGE - total);
    for (const l of kept) seen.add(l.url);
    total += kept.length;
    const elements = found.kind === 'inline' ? [found.element] : found.roots;
    blocks.push({
      kind: found.kind,
      label: match.label,
      element: found.element,
      elements,
      links: kept,
    });
  }
  if (!mostRead.size) return blocks;
  return blocks
    .map((b) => ({
      ...b,
      // A link the editor put inside the text stays (ar-bbc-arabic-2024's «قصص مقترحة» names a
      // story of the most-read rail); a block after the article that repeats the rail is a widget.
      links: b.links.filter((l) => l.placement === 'in-article' || !mostRead.has(l.url)),
    }))
    .filter((b) => b.links.length);
}

function isMostRead(text: string): boolean {
  return MOST_READ_LABELS.has(foldArabic(text).replace(LABEL_PUNCTUATION, ''));
}
