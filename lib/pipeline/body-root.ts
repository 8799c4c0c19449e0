/**
 * Finds the element of the original document that holds the article's text, so read-also
 * blocks can be placed `in-article` or `after-article`. Readability works on a clone, so its
 * choice cannot be mapped back; this is a smaller version of the same idea.
 */

/** Text runs shorter than this are labels, buttons or captions, not body text. */
const MIN_RUN_CHARS = 25;
const SHOW_TEXT = 4;
const PARAGRAPH_TAGS = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'H2',
  'H3',
  'H4',
  'SPAN',
  'STRONG',
  'B',
  'EM',
  'FONT',
]);
const SKIP = new Set(['A', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'OPTION', 'TITLE']);

/**
 * Each run of text credits the element that holds its paragraph (the parent of a `<p>`, or the
 * `<div>` itself when a site separates paragraphs with `<br>`, as ar-lbcgroup does) fully, and
 * that element's parent by half. The best-scored element wins.
 */
export function findBodyRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = (n as Text).data.trim().length;
    if (len < MIN_RUN_CHARS) continue;
    let el = n.parentElement;
    if (!el || SKIP.has(el.tagName.toUpperCase()) || el.closest('a, script, style')) continue;
    while (el && PARAGRAPH_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
    if (!el || el === body) continue;
    scores.set(el, (scores.get(el) ?? 0) + len);
    const parent = el.parentElement;
    if (parent && parent !== body) scores.set(parent, (scores.get(parent) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
