/** Cheap samples of a page's visible text, for language detection without reading the whole DOM. */

const SKIPPED_PARENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'CODE',
]);

/** SHOW_TEXT, as a number so the module needs no DOM globals (it runs in Node too). */
const SHOW_TEXT = 4;

/**
 * Concatenates the text nodes under `root` in document order until `maxChars` characters are
 * collected, skipping scripts and styles. Stops early, so a 5 MB page costs the same as a small one.
 */
export function sampleText(root: Node | null, maxChars: number): string {
  if (!root) return '';
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < maxChars; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && SKIPPED_PARENTS.has(parent.nodeName.toUpperCase())) continue;
    const data = (n as Text).data;
    if (data.trim()) out += data + ' ';
  }
  return out.slice(0, maxChars);
}
