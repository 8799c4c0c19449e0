// @vitest-environment jsdom
/**
 * A single-page news site: the reader reads one article, the site swaps in the next. The reading
 * watcher of the first must not carry its counters into the second (issue 16).
 */
import { afterEach, expect, it, vi } from 'vitest';
import { pageHtml } from '../../tools/fixtures';
import { watchReading, type ProgressReport } from '../reading/progress';
import { PageController } from './controller';
import { pageParts } from './parts';
import { pageLabels } from '../ui/i18n';

afterEach(() => vi.useRealTimers());

it('after a single-page navigation the reading counters start from nothing', async () => {
  vi.useFakeTimers();
  const html = pageHtml('ar-7al-kazakhstan.html');
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    html,
    'text/html',
  ).documentElement.innerHTML;
  const parts = pageParts({});
  const reports: { article: number; p: ProgressReport }[] = [];
  let article = 1;
  let top = 0;
  const root = document.body;
  root.getBoundingClientRect = () => ({ top, height: 2000 }) as DOMRect;
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  // What highlights.js does on each detected article: a fresh watcher, registered as a part.
  const install = () => {
    const n = article;
    const stop = watchReading(window, {
      root: () => root,
      report: async (p) => {
        reports.push({ article: n, p });
        return { marked: false };
      },
      now: () => Date.now(),
      minActiveMs: 30_000,
      minDepth: 0.6,
      fromReader: () => true,
    });
    parts.add('reading', { teardown: stop });
  };
  const controller = new PageController({
    doc: document,
    location: () => `https://7al.net/2022/01/07/article-${article}/`,
    reportArticle: async (url) => {
      install();
      return { key: url, title: 't', ticket: 'T', labels: pageLabels('ar', 5000) };
    },
    sidebarUrl: () => 'about:blank',
    isSiteDisabled: async () => false,
    autoOpen: async () => false,
    log: () => undefined,
    parts,
  });
  await controller.run();
  // 25 s of reading the first article, to halfway down.
  for (let s = 0; s < 25; s++) {
    top = -400;
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(1000);
  }
  expect(reports).toEqual([]);
  // The site swaps in the second article.
  article = 2;
  await controller.run();
  top = 0;
  // 10 s on the second, read to the end: with the first one's 25 s carried over this would pass
  // the 30 s threshold and be reported as read.
  for (let s = 0; s < 10; s++) {
    top = -1400;
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(1000);
  }
  expect(reports).toEqual([]);
  window.dispatchEvent(new Event('pagehide'));
  // Leaving reports the second article's own time only; the first watcher is gone.
  expect(reports.map((r) => r.article)).toEqual([2]);
  expect(reports[0]!.p.activeMs).toBeLessThanOrEqual(10_000);
  controller.teardown();
});
