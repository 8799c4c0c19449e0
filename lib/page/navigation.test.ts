// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { PAGE_BUDGET, RunBudget, watchAddress } from './navigation';

let runs: string[];
let stop: () => void;
let reader: boolean;
let hidden: boolean;

beforeEach(() => {
  vi.useFakeTimers();
  runs = [];
  reader = false;
  hidden = false;
  history.replaceState({}, '', '/news/0');
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  stop = watchAddress({
    win: window,
    onChange: (href) => runs.push(new URL(href).pathname),
    readerActive: () => reader,
    now: () => Date.now(),
  });
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

it('a page pushing a new article address every 1.3 s for an hour is looked at ~30 times, not 2,700', async () => {
  for (let i = 1; i <= 2770; i++) {
    history.pushState({}, '', `/news/${i}`);
    await vi.advanceTimersByTimeAsync(1300);
  }
  const hour = 3_600_000 / PAGE_BUDGET.refillMs;
  expect(runs.length).toBeGreaterThan(5);
  expect(runs.length).toBeLessThanOrEqual(PAGE_BUDGET.burst + hour + 1);
});

it('a reader clicking from article to article gets every article', async () => {
  for (let i = 1; i <= 8; i++) {
    reader = true; // the click's activation
    history.pushState({}, '', `/news/${i}`);
    await vi.advanceTimersByTimeAsync(1000);
    reader = false;
    await vi.advanceTimersByTimeAsync(14_000); // reading it
  }
  expect(runs).toEqual([
    '/news/1',
    '/news/2',
    '/news/3',
    '/news/4',
    '/news/5',
    '/news/6',
    '/news/7',
    '/news/8',
  ]);
});

it('a fragment change is not a new article; an unchanged address never runs', async () => {
  history.pushState({}, '', '/news/0#comments');
  await vi.advanceTimersByTimeAsync(5000);
  expect(runs).toEqual([]);
});

it('nothing runs while the tab is hidden; the latest address runs once when it shows', async () => {
  hidden = true;
  for (let i = 1; i <= 5; i++) {
    history.pushState({}, '', `/news/${i}`);
    await vi.advanceTimersByTimeAsync(2000);
  }
  expect(runs).toEqual([]);
  hidden = false;
  await vi.advanceTimersByTimeAsync(1000);
  expect(runs).toEqual(['/news/5']);
});

it('a synthetic popstate does not make it look sooner (only the poll and trusted events)', async () => {
  history.pushState({}, '', '/news/1');
  window.dispatchEvent(new PopStateEvent('popstate'));
  await vi.advanceTimersByTimeAsync(10);
  expect(runs).toEqual([]);
  await vi.advanceTimersByTimeAsync(1000);
  expect(runs).toEqual(['/news/1']);
});

it('the budget refills with time and never beyond its burst', () => {
  let t = 0;
  const b = new RunBudget({ burst: 2, refillMs: 1000 }, () => t);
  expect([b.take(), b.take(), b.take()]).toEqual([true, true, false]);
  t = 999;
  expect(b.take()).toBe(false);
  t = 1000;
  expect(b.take()).toBe(true);
  t = 100_000;
  expect([b.take(), b.take(), b.take()]).toEqual([true, true, false]);
});

it('by default only the reader’s trusted click or key makes a change the reader’s', async () => {
  stop();
  stop = watchAddress({ win: window, onChange: (href) => runs.push(new URL(href).pathname) });
  for (let i = 1; i <= 8; i++) {
    // The page "clicks" before each change: synthetic events are not the reader.
    window.dispatchEvent(new Event('pointerdown'));
    history.pushState({}, '', `/news/${i}`);
    await vi.advanceTimersByTimeAsync(15_000);
  }
  expect(runs).toEqual(['/news/1', '/news/2']); // the page's burst, then one per two minutes
});
