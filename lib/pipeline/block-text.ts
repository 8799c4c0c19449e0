/**
 * Turns an element's content into paragraphs of plain text: block elements and `<br>` end a
 * paragraph, inline elements join, whitespace collapses. Works on Readability's output and on
 * raw page fragments alike.
 */
import { collapseWhitespace } from '../text/arabic';

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'svg', 'SVG']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose edges separate words even where the page puts no space (tag chips, link lists). */
const WORD_EDGES = new Set(['A', 'IMG', 'BUTTON', 'INPUT', 'LABEL']);
/** A letter (not tatweel, which joins a prefix to what follows: لـ<a>CNN</a>). */
const LETTER = /(?!\u0640)[\p{L}\p{N}]/u;
/** A paragraph of this many links or more with almost no text of its own is a list (tags, links), not prose. */
const LINK_LIST_MIN_LINKS = 3;
const LINK_LIST_MAX_OWN_SHARE = 0.15;

/**
 * The paragraphs of `root`'s text, in document order, none empty. Where a link or image meets
 * text with no space between them (`<a>يسرا</a><a>اصابة يسرا</a>`), a space is put in: a browser
 * shows such chips apart, and text joined across them makes words that do not exist. Paragraphs
 * that are only a list of links (a tag list: «تاجز: …») are left out. The walk stops once the
 * paragraphs hold `maxChars` characters (a page too big to read whole); elements in `skip` (the
 * read-also blocks, when reading the live page) are left out with everything in them.
 */
export function blockParagraphs(
  root: Node,
  maxChars = Infinity,
  skip: ReadonlySet<Node> = new Set(),
): string[] {
  const out: string[] = [];
  let total = 0;
  let current = '';
  let links = 0;
  let linkChars = 0;
  const flush = () => {
    const text = collapseWhitespace(current);
    const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
    const isList =
      links >= LINK_LIST_MIN_LINKS && letters - linkChars <= letters * LINK_LIST_MAX_OWN_SHARE;
    if (text && !isList) {
      out.push(text);
      total += text.length;
    }
    current = '';
    links = 0;
    linkChars = 0;
  };
  /** Marks a word edge: the next text starting with a letter after a letter gets a space. */
  let edge = false;
  let inLink = 0;
  const append = (data: string) => {
    if (edge && data && LETTER.test(data[0]!) && LETTER.test(current.at(-1) ?? '')) current += ' ';
    if (data) edge = false;
    current += data;
    if (inLink) linkChars += data.replace(/[^\p{L}\p{N}]/gu, '').length;
  };
  const visit = (node: Node) => {
    if (total > maxChars) return;
    if (node.nodeType === TEXT_NODE) {
      append((node as Text).data);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || skip.has(node)) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    const wordEdge = WORD_EDGES.has(tag);
    if (wordEdge) edge = true;
    if (tag === 'A') {
      links++;
      inLink++;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (tag === 'A') inLink--;
    if (wordEdge) edge = true;
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}
