/**
 * Turns an element's content into paragraphs of plain text: block elements and `<br>` end a
 * paragraph, inline elements join, whitespace collapses. Works on Readability's output and on
 * raw page fragments alike.
 */
import { collapseWhitespace } from './arabic-text';

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

/** The paragraphs of `root`'s text, in document order, none empty. */
export function blockParagraphs(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = collapseWhitespace(current);
    if (text) out.push(text);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}
