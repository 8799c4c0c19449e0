// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { watchReading, type ProgressReport } from './progress';

let reports: ProgressReport[];
let top: number;
let stop: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  reports = [];
  top = 0;
  document.body.innerHTML = '<article><p>نص</p></article>';
  const root = document.querySelector('article')!;
  // jsdom has no layout: the article is 2,000 px tall and starts `top` px from the viewport's top.
  root.getBoundingClientRect = () => ({ top, height: 2000 }) as DOMRect;
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  // jsdom's events are all synthetic; here the test plays the reader.
  stop = watch((e) => !(e instanceof CustomEvent));
});

/** Watches the article; `fromReader` absent: the product's own test (`isTrusted`). */
function watch(fromReader?: (e: Event) => boolean): () => void {
  const root = document.querySelector('article')!;
  return watchReading(window, {
    root: () => root,
    report: async (p) => {
      reports.push(p);
      return { marked: true };
    },
    now: () => Date.now(),
    minActiveMs: 30_000,
    minDepth: 0.6,
    ...(fromReader ? { fromReader } : {}),
  });
}
afterEach(() => {
  stop();
  vi.useRealTimers();
});

const scrollTo = (y: number) => {
  top = -y;
  window.dispatchEvent(new Event('scroll'));
};

it('reports once the reader has spent time and gone far enough down', async () => {
  for (let s = 0; s < 40; s++) {
    scrollTo(Math.min(1200, s * 40));
    await vi.advanceTimersByTimeAsync(1000);
  }
  expect(reports).toHaveLength(1);
  expect(reports[0]!.activeMs).toBeGreaterThanOrEqual(30_000);
  expect(reports[0]!.depth).toBeCloseTo(1, 1);
});

it('an idle reader (the tab left open) does not count as reading', async () => {
  scrollTo(1200); // deep at once, then nothing for ten minutes
  await vi.advanceTimersByTimeAsync(600_000);
  expect(reports).toEqual([]);
});

it('a short look at the top is not reading, however long', async () => {
  for (let s = 0; s < 120; s++) {
    scrollTo(100);
    await vi.advanceTimersByTimeAsync(1000);
  }
  expect(reports).toEqual([]);
  window.dispatchEvent(new Event('pagehide'));
  expect(reports).toHaveLength(1); // on leaving: what there was (the background says not read)
  expect(reports[0]!.depth).toBeLessThan(0.6);
});

it('a page scrolling itself by script is not the reader reading', async () => {
  stop();
  stop = watch();
  for (let s = 0; s < 60; s++) {
    top = -Math.min(1200, s * 40);
    window.dispatchEvent(new Event('scroll')); // untrusted: a page's own event
    await vi.advanceTimersByTimeAsync(1000);
  }
  // The first 20 seconds count (the watcher starts as if the reader had just arrived); a page's
  // synthetic scrolls do not keep it going, so it never reaches the threshold.
  expect(reports).toEqual([]);
});
