/**
 * Test and benchmark support (Node): highlights chosen at random on a saved page, and the same
 * page perturbed the way news pages change between visits — ads and paragraphs inserted, a few
 * words of a highlighted passage edited, a highlighted paragraph removed. Seeded: reproducible.
 */
import { describe as describeSelectors, type Selectors } from '../lib/highlights/anchor';
import { TextMap } from '../lib/highlights/text-map';
import { prng } from './random';

export interface PlantedHighlight {
  selectors: Selectors;
  /** Where it was, as DOM points (these nodes survive insertions elsewhere). */
  startNode: Text;
  startOffset: number;
  /** The block element holding its start. */
  block: Element;
}

const BLOCK = 'p, li, blockquote, h2, h3, h4, div, td, figcaption';

/**
 * Up to `count` non-overlapping highlights of 20–160 characters on word boundaries, inside text
 * nodes of `root` that read as prose.
 */
export function plantHighlights(
  root: Element,
  count: number,
  seed: number,
  gap = 40,
): PlantedHighlight[] {
  const map = new TextMap(root);
  const text = map.text;
  const rand = prng(seed);
  const out: PlantedHighlight[] = [];
  const taken: [number, number][] = [];
  for (let tries = 0; out.length < count && tries < count * 200; tries++) {
    let start = Math.floor(rand() * text.length);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    while (start < text.length && /\s/.test(text[start]!)) start++; // selections are trimmed
    let end = start + 20 + Math.floor(rand() * 140);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    end = Math.min(end, text.length);
    const quote = text.slice(start, end);
    if (quote.trim().length < 20 || /\n/.test(quote)) continue;
    if ((quote.match(/[\u0600-\u06FF]/g) ?? []).length < quote.length * 0.5) continue;
    if (taken.some(([a, b]) => start < b + gap && a < end + gap)) continue;
    const range = map.toRange(start, end);
    if (!range || range.startContainer.nodeType !== 3) continue;
    const block = range.startContainer.parentElement?.closest(BLOCK);
    if (!block || !root.contains(block)) continue;
    taken.push([start, end]);
    const hint = map.hintAt(start);
    out.push({
      selectors: { ...describeSelectors(text, start, end), ...(hint ? { hint } : {}) },
      startNode: range.startContainer as Text,
      startOffset: range.startOffset,
      block,
    });
  }
  return out;
}

const FILLER =
  'هذا نص إعلاني مدرج لاختبار ثبات التظليل، ولا علاقة له بمحتوى المقال الأصلي أو موضوعه العام. ';

/** Inserts an ad block at the top of `root` and a paragraph before every third block. */
export function insertAds(root: Element, seed: number): void {
  const doc = root.ownerDocument;
  const rand = prng(seed);
  const ad = doc.createElement('div');
  ad.className = 'ad';
  ad.textContent = `إعلان ${FILLER.repeat(2)}`;
  root.insertBefore(ad, root.firstChild);
  const blocks = [...root.querySelectorAll('p')];
  blocks.forEach((p, i) => {
    if (i % 3 !== 0 || !p.parentNode) return;
    const extra = doc.createElement('p');
    extra.textContent = FILLER.slice(0, 20 + Math.floor(rand() * 70));
    p.parentNode.insertBefore(extra, p);
  });
}

/**
 * Edits the highlighted passage a little: one word inside it (not its first or last) replaced by
 * another of similar length. Returns false when the passage has no such word in its first node.
 */
export function editWord(h: PlantedHighlight): boolean {
  const node = h.startNode;
  const from = h.startOffset;
  const within = node.data.slice(from, from + h.selectors.quote.exact.length);
  const words = [...within.matchAll(/[\u0600-\u06FF]{3,8}/g)].slice(1, -1);
  const w = words[Math.floor(words.length / 2)];
  if (!w || w.index === undefined) return false;
  const at = from + w.index;
  // Same length, so the offsets of other highlights in this node stay true.
  const other = 'كلمةجديدة'.slice(0, w[0].length);
  node.data = node.data.slice(0, at) + other + node.data.slice(at + w[0].length);
  return true;
}
