/**
 * The related-articles query in a real Chromium page (real IndexedDB), bundled by esbuild into
 * one script that defines `globalThis.__siyaqRelated`.
 */
import type { ArticleRow } from '../../lib/db/rows';
import { SiyaqDatabase } from '../../lib/db/database';
import { relatedFor } from '../../lib/related/query';
import { refreshRelatedStats } from '../../lib/related/stats';
import { seed, syntheticHistory } from './related-corpus';

(globalThis as unknown as { __siyaqRelated: unknown }).__siyaqRelated = {
  /** Seeds a fresh database of `n` articles; returns the bytes the origin uses after it. */
  async seed(n: number, templates: ArticleRow[], now: number, linkTitles: string[]) {
    const name = `bench-${n}`;
    await new SiyaqDatabase(name).delete();
    const database = new SiyaqDatabase(name);
    await seed(database, syntheticHistory(n, templates, now, linkTitles));
    // What the background keeps after visits (`stats.ts`).
    await refreshRelatedStats(database, [], now);
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
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const k = (i * 7919) % n;
      const url = `https://site${k % 50}.example/a/${k}`;
      const t = performance.now();
      const r = await relatedFor(database, url, now);
      times.push(performance.now() - t);
      found += r.related.length;
    }
    database.close();
    const first = times[0]!;
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)]!,
      max: times[times.length - 1]!,
      first,
      found,
    };
  },
};
