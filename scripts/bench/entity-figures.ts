import { RECENT_FROM, RECENT_MAX } from '../../lib/names/table';
import { inBundledPage } from './bundled-page';
import { storedFixtureRows } from './fixture-rows';
import { fmt } from './stats';

/**
 * The entity page and the names view (issue 19), in Chromium's IndexedDB: the page's first screen
 * (every query `loadEntityPage` makes) for a name in about 5,000 of 100,000 articles, the most and
 * the least common; the names view's first page of 50,000 names by recency and by frequency, a
 * search, and all 50,000 read by recency; and rebuilding the names table from 100,000 articles.
 */
export async function entityFigures(): Promise<string> {
  const real = await storedFixtureRows();
  const now = Date.UTC(2026, 10, 1);
  const n = 100_000;
  const names = 50_000;
  type T = { median: number; first: number; max: number };
  return inBundledPage('scripts/bench/entity-browser.ts', 'ar-albayan.html', async (page) => {
    const seeded = (await page.evaluate(
      `globalThis.__siyaqEntity.seed(${n}, ${JSON.stringify(real.articles)}, ${now})`,
    )) as { names: number; rebuildMs: number };
    const p = (await page.evaluate(`globalThis.__siyaqEntity.page(${n}, ${now}, 5000)`)) as Record<
      'target' | 'most' | 'one',
      { count: number; screen: T; whole: T }
    >;
    await page.evaluate(`globalThis.__siyaqEntity.seedNames(${names}, ${now})`);
    const v = (await page.evaluate(`globalThis.__siyaqEntity.names(${names})`)) as {
      recent: T & { shown: number; total: number };
      frequent: T;
      search: T & { found: number };
      all: T & { rows: number };
    };
    const row = (label: string, t: T) =>
      `| ${label} | ${fmt(t.median)} | ${fmt(t.first)} | ${fmt(t.max)} |`;
    const both = (label: string, x: { screen: T; whole: T }) =>
      `${row(label, x.screen)} ${fmt(x.whole.median)} | ${fmt(x.whole.first)} | ${fmt(x.whole.max)} |`;
    return [
      '### The page of a name (issue 19)',
      '',
      `The first screen's data (\`loadEntityPage\`: the name's latest articles, or all by the \`entityKeys\` index, its card, its names-table row, the highlights, the kept counts, the companions' counts), ${n.toLocaleString('en')} stored articles (the related benchmark's synthetic history, ${seeded.names.toLocaleString('en')} names) and 300 highlights; median of 11 loads, the first on a fresh connection. Target: ≤ 100 ms median for a name in 5,000 articles.`,
      '',
      '| name | first screen: median ms | first ms | max ms | whole page: median ms | first ms | max ms |',
      '|---|---:|---:|---:|---:|---:|---:|',
      both(`in ${p.target.count.toLocaleString('en')} articles`, p.target),
      both(`the most common, in ${p.most.count.toLocaleString('en')} articles`, p.most),
      both(`in ${p.one.count.toLocaleString('en')} article`, p.one),
      '',
      `The first screen of a name in more than ${RECENT_FROM} articles reads the ${RECENT_MAX} it was last read in (the names table keeps their keys); the page then loads the whole (every article that names it) and fills in its weeks, companions and sites. Below ${RECENT_FROM} articles the first screen is the whole page.`,
      '',
      `Rebuilding the names table from the ${n.toLocaleString('en')} articles (the schema upgrade; \`rebuildNames\`): ${fmt(seeded.rebuildMs)} ms.`,
      '',
      '### The names view (issue 19)',
      '',
      `A names table of ${names.toLocaleString('en')} names; median of 11 (5 for reading all), the first on a fresh connection. Target: ≤ 100 ms to list them by recency (the view shows ${v.recent.shown} at a time, more on demand).`,
      '',
      '| query | median ms | first ms | max ms |',
      '|---|---:|---:|---:|',
      row(
        `first page by recency (${v.recent.shown} of ${v.recent.total.toLocaleString('en')}, with the count)`,
        v.recent,
      ),
      row('first page by frequency', v.frequent),
      row(`search «عائلة12» (${v.search.found} found, by the folded-words index)`, v.search),
      row(`all ${v.all.rows.toLocaleString('en')} rows by recency (not what the view does)`, v.all),
    ].join('\n');
  });
}
