/**
 * Re-anchoring in a real Chromium page: the same modules the highlights script ships, bundled by
 * esbuild into one script that defines `globalThis.__siyaqAnchor`.
 */
import { anchor } from '../../lib/highlights/anchor';
import { insertAds, plantHighlights } from '../../lib/highlights/perturb';
import { TextMap } from '../../lib/highlights/text-map';
import { timeIt } from './stats';

(globalThis as unknown as { __siyaqAnchor: unknown }).__siyaqAnchor = {
  run(count: number) {
    const root = document.body;
    const planted = plantHighlights(root, count, 3, -10_000);
    insertAds(root, 5);
    const selectors = planted.map((h) => h.selectors);
    const anchorAll = () => {
      const map = new TextMap(root);
      return selectors.map((s) => {
        const a = anchor(map.text, s);
        return a ? map.toRange(a.start, a.end) : null;
      });
    };
    const found = anchorAll().filter(Boolean).length;
    return {
      planted: planted.length,
      found,
      anchor: timeIt(anchorAll, 7, 20),
      baseline: timeIt(
        () => {
          const text = new TextMap(root).text;
          return selectors.map((s) => text.indexOf(s.quote.exact));
        },
        7,
        20,
      ),
    };
  },
};
