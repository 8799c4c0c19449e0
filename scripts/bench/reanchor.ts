/**
 * The re-anchoring measurement, shared by the Node run (jsdom) and the Chromium run (bundled):
 * `count` highlights planted on `root`, ads inserted, then all found again — next to a plain
 * `indexOf` of each quote over the same text walk.
 */
import { anchor } from '../../lib/highlights/anchor';
import { insertAds, plantHighlights } from '../../tools/perturb';
import { TextMap } from '../../lib/highlights/text-map';
import { timeIt } from './stats';

export interface ReanchorFigures {
  planted: number;
  found: number;
  /** Median ms to re-anchor all of them (text walk, selectors, ranges). */
  anchor: number;
  /** Median ms of the text walk plus `indexOf` of each quote. */
  baseline: number;
  /** Median ms of the text walk alone. */
  walk: number;
  /** The function that re-anchors all (for memory measurements). */
  anchorAll: () => (Range | null)[];
}

export function reanchorFigures(root: Element, count: number): ReanchorFigures {
  // Overlaps allowed, so that 200 fit on one page.
  const planted = plantHighlights(root, count, 3, -10_000);
  insertAds(root, 5);
  const selectors = planted.map((h) => h.selectors);
  const anchorAll = () => {
    const map = new TextMap(root);
    return selectors.map((s) => {
      const a = anchor(map.text, s, s.hint ? map.resolveHint(s.hint) : null);
      return a ? map.toRange(a.start, a.end) : null;
    });
  };
  return {
    planted: planted.length,
    found: anchorAll().filter(Boolean).length,
    anchor: timeIt(anchorAll, 7, 20),
    baseline: timeIt(
      () => {
        const text = new TextMap(root).text;
        return selectors.map((s) => text.indexOf(s.quote.exact));
      },
      7,
      20,
    ),
    walk: timeIt(() => new TextMap(root).text.length, 7, 20),
    anchorAll,
  };
}
