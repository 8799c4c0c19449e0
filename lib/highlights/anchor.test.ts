import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/html';
import { expectedPages, pageHtml } from '../../tools/fixtures';
import { findBodyRoot } from '../pipeline/body-root';
import { anchor, describe as describeSelectors, similarity } from './anchor';
import { editWord, insertAds, plantHighlights, type PlantedHighlight } from '../../tools/perturb';
import { TextMap } from './text-map';

describe('anchor (strings)', () => {
  const text =
    'قال المتحدث باسم وزارة الدفاع إن القوات وصلت إلى ألماتي. وأضاف أن القوات وصلت إلى المطار صباحًا.';
  const at = (q: string, from = 0) => text.indexOf(q, from);

  it('uses the position when its text still matches', () => {
    const s = describeSelectors(
      text,
      at('وزارة الدفاع'),
      at('وزارة الدفاع') + 'وزارة الدفاع'.length,
    );
    expect(anchor(text, s)).toMatchObject({ method: 'position', start: at('وزارة الدفاع') });
  });

  it('finds a moved quote, and of two occurrences the one whose context fits', () => {
    const second = at('القوات وصلت إلى', 40);
    const s = describeSelectors(text, second, second + 'القوات وصلت إلى'.length);
    const moved = `خبر عاجل: ${text}`;
    const a = anchor(moved, s)!;
    expect(a.method).toBe('quote');
    expect(a.start).toBe(moved.indexOf('القوات وصلت إلى', 50));
  });

  it('finds a slightly edited quote by fuzzy match', () => {
    const q = 'وأضاف أن القوات وصلت إلى المطار صباحًا';
    const s = describeSelectors(text, at(q), at(q) + q.length);
    const edited = text.replace('المطار', 'المرفأ');
    const a = anchor(edited, s)!;
    expect(a.method).toBe('fuzzy');
    expect(Math.abs(a.start - at(q))).toBeLessThanOrEqual(2);
  });

  it('reports a removed quote as not found instead of placing it elsewhere', () => {
    const q = 'وأضاف أن القوات وصلت إلى المطار صباحًا';
    const s = describeSelectors(text, at(q), at(q) + q.length);
    expect(anchor(text.replace(q, ''), s)).toBeNull();
    // A short quote that also occurs elsewhere, its own occurrence gone: not found.
    const short = describeSelectors(text, at('القوات', 40), at('القوات', 40) + 6);
    const without = text.slice(0, at('وأضاف')) + 'وأضاف أن الطائرات هبطت صباحًا.';
    expect(anchor(without, short)).toBeNull();
  });

  it('keeps Arabic text as it is: diacritics, tatweel, ZWNJ and bidi marks count as characters', () => {
    const marked = 'قالَ الرئيسُ: إنّ الاتفاقَ \u200cنهائيّ \u200fتمامًا، وأعلنَ ذلك أمس.';
    const q = 'إنّ الاتفاقَ \u200cنهائيّ';
    const s = describeSelectors(marked, marked.indexOf(q), marked.indexOf(q) + q.length);
    const a = anchor(`مقدمة. ${marked}`, s)!;
    expect(`مقدمة. ${marked}`.slice(a.start, a.end)).toBe(q);
  });

  it('takes the DOM hint when its text is the quote, and ignores a stale one', () => {
    const q = 'وأضاف أن القوات وصلت إلى المطار صباحًا';
    const s = describeSelectors(text, text.indexOf(q), text.indexOf(q) + q.length);
    const moved = `عاجل: ${text}`;
    expect(anchor(moved, s, moved.indexOf(q))).toMatchObject({ method: 'hint' });
    // A hint pointing elsewhere: the quote is found by the other selectors.
    expect(anchor(moved, s, 3)).toMatchObject({ method: 'quote', start: moved.indexOf(q) });
  });

  it('measures similarity', () => {
    expect(similarity('القوات', 'القوات')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', '')).toBe(0);
    expect(similarity('القوات الروسية', 'القوات الروسيه')).toBeGreaterThan(0.9);
  });
});

describe('TextMap', () => {
  it('maps offsets to ranges and back across inline elements and <br>', () => {
    const doc = parseHtml(
      '<article><p>قال <b>الرئيس</b> إن<br>الاتفاق <a href="#">نهائي</a>.</p><script>x()</script></article>',
      'https://a.example/',
    );
    const root = doc.querySelector('article')!;
    const map = new TextMap(root);
    expect(map.text).toBe('قال الرئيس إن\nالاتفاق نهائي.');
    const start = map.text.indexOf('الرئيس إن');
    const range = map.toRange(start, map.text.indexOf('نهائي') + 5)!;
    expect(range.toString()).toBe('الرئيس إنالاتفاق نهائي');
    expect(map.fromRange(range)).toEqual({ start, end: map.text.indexOf('نهائي') + 5 });
    const hint = map.hintAt(start)!;
    expect(map.resolveHint(hint)).toBe(start);
    expect(map.resolveHint({ path: [9, 9], offset: 0 })).toBeNull();
    expect(map.toRange(0, 0)).toBeNull();
    expect(map.toRange(0, 1000)).toBeNull();
  });
});

/** The five Arabic fixture pages with the most text. */
const PAGES = [
  'ar-7al-kazakhstan.html',
  'ar-bbc-arabic-2024.html',
  'ar-cnn-arabic-2013.html',
  'ar-youm7-2024a.html',
  'ar-lbcgroup.html',
];

function loadRoot(page: string): Element {
  const meta = expectedPages().find((p) => p.page === page)!;
  const doc = parseHtml(pageHtml(page), meta.url);
  return findBodyRoot(doc) ?? doc.body;
}

/** Where a highlight landed, as the DOM point of its start. */
function landed(root: Element, h: PlantedHighlight): { node: Node; offset: number } | null {
  const map = new TextMap(root);
  const hint = h.selectors.hint ? map.resolveHint(h.selectors.hint) : null;
  const a = anchor(map.text, h.selectors, hint);
  if (!a) return null;
  const range = map.toRange(a.start, a.end)!;
  return { node: range.startContainer, offset: range.startOffset };
}

describe('re-anchoring on real fixture pages', () => {
  type Count = [ok: number, all: number];
  const totals: Record<'same' | 'ads' | 'edited' | 'removed', Count> & { wrong: number } = {
    same: [0, 0],
    ads: [0, 0],
    edited: [0, 0],
    removed: [0, 0],
    wrong: 0,
  };

  it.each(PAGES)('%s: same page, ads inserted, words edited, paragraphs removed', (page) => {
    // (a) The same page.
    let root = loadRoot(page);
    let planted = plantHighlights(root, 40, 7);
    expect(planted.length).toBeGreaterThanOrEqual(10);
    for (const h of planted) {
      const got = landed(root, h);
      totals.same[1]++;
      if (got?.node === h.startNode && got.offset === h.startOffset) totals.same[0]++;
    }

    // (b) Ads and paragraphs inserted before and between.
    root = loadRoot(page);
    planted = plantHighlights(root, 40, 7);
    insertAds(root, 11);
    for (const h of planted) {
      const got = landed(root, h);
      totals.ads[1]++;
      if (got?.node === h.startNode && got.offset === h.startOffset) totals.ads[0]++;
      else if (got) totals.wrong++;
    }

    // (c) One word edited in every second highlight, (d) every fifth one's paragraph removed.
    root = loadRoot(page);
    planted = plantHighlights(root, 40, 7);
    insertAds(root, 11);
    const removed = new Set<PlantedHighlight>();
    const edited = new Set<PlantedHighlight>();
    planted.forEach((h, i) => {
      if (i % 5 === 4) removed.add(h);
    });
    for (const h of removed) h.block.remove();
    planted.forEach((h, i) => {
      if (i % 2 === 0 && !removed.has(h) && root.contains(h.startNode) && editWord(h))
        edited.add(h);
    });
    for (const h of planted) {
      const gone = !root.contains(h.startNode);
      const got = landed(root, h);
      if (gone) {
        totals.removed[1]++;
        if (!got) totals.removed[0]++;
        else totals.wrong++;
      } else if (edited.has(h)) {
        totals.edited[1]++;
        // Right place: the same text node, within a few characters of where it started.
        if (got?.node === h.startNode && Math.abs(got.offset - h.startOffset) <= 3)
          totals.edited[0]++;
        else if (got) totals.wrong++;
      } else {
        totals.ads[1]++;
        if (got?.node === h.startNode && got.offset === h.startOffset) totals.ads[0]++;
        else if (got) totals.wrong++;
      }
    }
  });

  it('meets the targets: ≥ 99% unchanged, ≥ 95% edited, 0 on the wrong text, removed reported', () => {
    const rate = ([ok, all]: Count) => ok / all;
    console.log('re-anchoring', JSON.stringify(totals));
    expect(totals.same[1]).toBeGreaterThan(100);
    expect(rate(totals.same)).toBe(1);
    expect(rate(totals.ads)).toBeGreaterThanOrEqual(0.99);
    expect(totals.edited[1]).toBeGreaterThan(30);
    expect(rate(totals.edited)).toBeGreaterThanOrEqual(0.95);
    expect(totals.removed[1]).toBeGreaterThan(10);
    expect(rate(totals.removed)).toBe(1);
    expect(totals.wrong).toBe(0);
  });
});
