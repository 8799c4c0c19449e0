/**
 * The entity page and the names view (issue 19) in a real Chromium page (real IndexedDB), bundled
 * by esbuild into one script that defines `globalThis.__siyaqEntity`. The history is the related
 * benchmark's synthetic one (`related-corpus.ts`: Zipf over 20,000 names); the names view's 50,000
 * names are a names table of their own.
 */
import type { ArticleRow } from '../../lib/db/rows';
import type { HighlightRecord } from '../../lib/db/database';
import { SiyaqDatabase } from '../../lib/db/database';
import { loadEntityPage } from '../../lib/names/entity-page';
import { listNames } from '../../lib/names/list';
import { rebuildNames, searchWords, type NameRecord } from '../../lib/names/table';
import { keepStatsAsAfterVisits, seed, syntheticHistory } from './related-corpus';

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `runs` timings of `fn` (ms): the median, the first (a fresh connection) and the max. */
async function timed<T>(runs: number, fn: () => Promise<T>) {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { median: mid(times), first: times[0]!, max: Math.max(...times), last: last! };
}

(globalThis as unknown as { __siyaqEntity: unknown }).__siyaqEntity = {
  /**
   * Seeds `n` articles, 300 highlights (each quoting a name), the kept counts, and the names
   * table rebuilt from the history (timed: what the schema upgrade does).
   */
  async seed(n: number, templates: ArticleRow[], now: number) {
    const name = `bench-entity-${n}`;
    await new SiyaqDatabase(name).delete();
    const database = new SiyaqDatabase(name);
    const rows = syntheticHistory(n, templates, now);
    await seed(database, rows);
    await keepStatsAsAfterVisits(database, rows, now);
    const highlights: HighlightRecord[] = [];
    for (let i = 0; i < 300; i++) {
      const row = rows.articles[(i * 331) % n]!;
      const quote = `قال ${row.entityKeys[i % row.entityKeys.length]!.split(':')[1]} إن ${row.title}`;
      highlights.push({
        id: `h${i}`,
        url: row.normUrl,
        pageUrl: `https://${row.normUrl}`,
        selectors: {
          quote: { exact: quote, prefix: '', suffix: '' },
          position: { start: 0, end: quote.length },
        },
        quote,
        note: i % 3 ? '' : 'ملاحظة',
        color: 'yellow',
        createdAt: now - i,
        updatedAt: now - i,
        deletedAt: null,
      });
    }
    await database.highlights.bulkPut(highlights);
    const t = performance.now();
    const names = await database.transaction('rw', database.history, database.names, () =>
      rebuildNames(database.history, database.names),
    );
    const rebuildMs = performance.now() - t;
    database.close();
    return { names, rebuildMs };
  },

  /** The entity page's first screen for the name in about `articles` articles, and the extremes. */
  async page(n: number, now: number, articles: number, runs = 11) {
    const database = new SiyaqDatabase(`bench-entity-${n}`);
    await database.open();
    const all = await database.names.orderBy('count').toArray();
    const near = all.reduce((a, b) =>
      Math.abs(b.count - articles) < Math.abs(a.count - articles) ? b : a,
    );
    const picks = { target: near, most: all.at(-1)!, one: all[0]! };
    type S = { median: number; first: number; max: number };
    const out: Record<string, { count: number; screen: S; whole: S }> = {};
    const pick = ({ median, first, max }: S): S => ({ median, first, max });
    for (const [label, r] of Object.entries(picks)) {
      const screen = await timed(runs, () => loadEntityPage(database, r.key, now));
      const whole = await timed(label === 'most' ? 3 : runs, () =>
        loadEntityPage(database, r.key, now, { whole: true }),
      );
      out[label] = { count: r.count, screen: pick(screen), whole: pick(whole) };
    }
    database.close();
    return out;
  },

  /** Seeds a names table of `count` names (nothing else). */
  async seedNames(count: number, now: number) {
    const name = `bench-names-${count}`;
    await new SiyaqDatabase(name).delete();
    const database = new SiyaqDatabase(name);
    const rows: NameRecord[] = [];
    for (let i = 0; i < count; i++) {
      const label = `اسم${i} عائلة${i % 997}`;
      rows.push({
        key: `${['PER', 'LOC', 'ORG'][i % 3]}:${label}`,
        name: label,
        type: (['PER', 'LOC', 'ORG'] as const)[i % 3]!,
        count: 1 + ((i * 7919) % 500),
        lastSeen: now - ((i * 104729) % (365 * 86_400_000)),
        firstSeen: now - 365 * 86_400_000,
        words: searchWords([label]),
      });
    }
    for (let i = 0; i < rows.length; i += 5000)
      await database.names.bulkPut(rows.slice(i, i + 5000));
    database.close();
  },

  /** The names view: the first page by recency and by frequency, a search, and all by recency. */
  async names(count: number, runs = 11) {
    const database = new SiyaqDatabase(`bench-names-${count}`);
    await database.open();
    const recent = await timed(runs, () => listNames(database, { sort: 'recent' }));
    const frequent = await timed(runs, () => listNames(database, { sort: 'frequent' }));
    const search = await timed(runs, () =>
      listNames(database, { sort: 'recent', query: 'عائلة12' }),
    );
    const all = await timed(5, () => database.names.orderBy('lastSeen').reverse().toArray());
    database.close();
    const pick = (s: { median: number; first: number; max: number }) => ({
      median: s.median,
      first: s.first,
      max: s.max,
    });
    return {
      recent: { ...pick(recent), shown: recent.last.names.length, total: recent.last.total },
      frequent: pick(frequent),
      search: { ...pick(search), found: search.last.total },
      all: { ...pick(all), rows: all.last.length },
    };
  },
};
