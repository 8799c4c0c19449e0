/**
 * The related-articles query in a real Chromium page (real IndexedDB), bundled by esbuild into
 * one script that defines `globalThis.__siyaqRelated`.
 */
import type { ArticleRow } from '../../lib/db/rows';
import { SiyaqDatabase } from '../../lib/db/database';
import { relatedFor } from '../../lib/related/query';
import { storySoFar } from '../../lib/story/story';
import { keepStatsAsAfterVisits, seed, syntheticHistory } from './related-corpus';

(globalThis as unknown as { __siyaqRelated: unknown }).__siyaqRelated = {
  /** Seeds a fresh database of `n` articles; returns the bytes the origin uses after it. */
  async seed(n: number, templates: ArticleRow[], now: number, linkTitles: string[]) {
    const name = `bench-${n}`;
    await new SiyaqDatabase(name).delete();
    const database = new SiyaqDatabase(name);
    const rows = syntheticHistory(n, templates, now, linkTitles);
    await seed(database, rows);
    await keepStatsAsAfterVisits(database, rows, now);
    const estimate = await navigator.storage.estimate();
    database.close();
    return estimate.usage ?? null;
  },
  /**
   * Median and max ms of the related query over `runs` different current articles; the first
   * query is that of a fresh worker (a new connection, nothing counted in memory yet).
   */
  async run(n: number, now: number, runs = 21) {
    const database = new SiyaqDatabase(`bench-${n}`);
    await database.open();
    const times: number[] = [];
    const steps = new Map<string, number[]>();
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const k = (i * 7919) % n;
      const url = `https://site${k % 50}.example/a/${k}`;
      const t = performance.now();
      let last = t;
      const r = await relatedFor(database, url, now, 8, (step) => {
        const at = performance.now();
        steps.set(step, [...(steps.get(step) ?? []), at - last]);
        last = at;
      });
      times.push(performance.now() - t);
      found += r.related.length;
    }
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const breakdown = Object.fromEntries([...steps].map(([s, xs]) => [s, [mid(xs), xs[0]!]]));
    database.close();
    const first = times[0]!;
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)]!,
      max: times[times.length - 1]!,
      first,
      breakdown,
      found,
    };
  },
  /** Median and max ms of the story-so-far query over `runs` current articles (issue 19). */
  async story(n: number, now: number, runs = 21) {
    const database = new SiyaqDatabase(`bench-${n}`);
    await database.open();
    const times: number[] = [];
    let entries = 0;
    for (let i = 0; i < runs; i++) {
      const k = (i * 7919 + 13) % n;
      const t = performance.now();
      const r = await storySoFar(database, `https://site${k % 50}.example/a/${k}`, now);
      times.push(performance.now() - t);
      entries += r.entries.length;
    }
    database.close();
    const first = times[0]!;
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)]!, max: times.at(-1)!, first, entries };
  },
};
