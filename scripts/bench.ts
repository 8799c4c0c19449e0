/**
 * `npm run bench`: performance figures, written to docs/benchmarks.md with the machine and the
 * command. Never asserted in tests.
 *
 * - `detect()` per saved page, next to Readability's `isProbablyReaderable` on the same page in
 *   the same run — in real Chromium (the extension's own code, bundled) and in Node with jsdom;
 * - `extractArticle()` next to `Readability.parse()` alone;
 * - the size of the content script and of the on-demand extraction script.
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, launchWithExtension } from '../e2e/support/browser';
import { clickLauncher, sidebarFrame, waitForLauncher } from '../e2e/support/page';
import { routeWikipedia } from '../e2e/support/wikipedia';
import { startFixtureServer } from '../e2e/support/server';
import { expectedPages, pageHtml } from '../tools/fixtures';
import { parseHtml } from '../tools/html';
import { detect } from '../lib/pipeline/detect';
import { extractArticle } from '../lib/pipeline/extract';
import { fmt, median, timeIt } from './bench/stats';
import { SiyaqDatabase } from '../lib/db/database';
import { relatedFor } from '../lib/related/query';
import { keepStatsAsAfterVisits, seed, syntheticHistory } from './bench/related-corpus';
import { TextMap } from '../lib/highlights/text-map';
import { reanchorFigures, type ReanchorFigures } from './bench/reanchor';
import { responsivenessFigures } from './bench/responsiveness';
import { inBundledPage } from './bench/bundled-page';
import { storedFixtureRows } from './bench/fixture-rows';
import { readingFigures } from './bench/reading-figures';
import { entityFigures } from './bench/entity-figures';

const root = resolve(import.meta.dirname, '..');
const pages = expectedPages();
type Row = {
  page: string;
  arabic: boolean;
  detect: number;
  readerable: number;
  extract: number;
  readability: number;
};

async function inChromium(): Promise<Row[]> {
  const bundle = await build({
    entryPoints: [join(root, 'scripts/bench/browser-bundle.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]!.text;
  const server = await startFixtureServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
    ],
  });
  const rows: Row[] = [];
  try {
    const context = await browser.newContext();
    await context.route('**/*', (r) =>
      r.request().url().startsWith(server.origin) ? r.continue() : r.abort(),
    );
    for (const p of pages) {
      const page = await context.newPage();
      await page.goto(server.url(p.page), { waitUntil: 'load' });
      await page.evaluate(code); // CDP evaluation is not bound by the page's script-src 'none'
      const r = await page.evaluate(
        (url) =>
          (
            globalThis as unknown as {
              __siyaqBench: { run(u: string): Omit<Row, 'page' | 'arabic'> };
            }
          ).__siyaqBench.run(url),
        p.url,
      );
      rows.push({ page: p.page, arabic: p.isArabic, ...r });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

function inJsdom(): Row[] {
  return pages.map((p) => {
    const doc = parseHtml(pageHtml(p.page), p.url);
    return {
      page: p.page,
      arabic: p.isArabic,
      detect: timeIt(() => detect(doc, p.url), 9),
      readerable: timeIt(() => isProbablyReaderable(doc), 9),
      extract: timeIt(() => extractArticle(doc, p.url), 5, 50),
      readability: timeIt(() => new Readability(doc.cloneNode(true) as Document).parse(), 5, 50),
    };
  });
}

function table(rows: Row[]): string {
  const lines = [
    '| page | detect() ms | isProbablyReaderable ms | ratio | extractArticle() ms | Readability.parse() ms |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.page} | ${fmt(r.detect)} | ${fmt(r.readerable)} | ${fmt(r.detect / r.readerable, 2)} | ${fmt(r.extract, 1)} | ${fmt(r.readability, 1)} |`,
    );
  }
  const nonArabic = rows.filter((r) => !r.arabic);
  lines.push('');
  lines.push(
    `- median detect(): **${fmt(median(rows.map((r) => r.detect)))} ms** on all pages, **${fmt(median(nonArabic.map((r) => r.detect)))} ms** on non-Arabic pages (target ≤ 0.5 ms)`,
  );
  lines.push(
    `- median ratio detect / isProbablyReaderable: **${fmt(median(rows.map((r) => r.detect / r.readerable)), 2)}** (target ≤ 0.2); worst page ${fmt(Math.max(...rows.map((r) => r.detect / r.readerable)), 2)}`,
  );
  lines.push(
    `- median extractArticle / Readability.parse: **${fmt(median(rows.map((r) => r.extract / r.readability)), 2)}**`,
  );
  return lines.join('\n');
}

function sizes(): string {
  const out = join(root, '.output/chrome-mv3');
  if (!existsSync(join(out, 'content-scripts/content.js'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  }
  const row = (file: string, what: string) => {
    const path = join(out, file);
    const bytes = statSync(path).size;
    return `| ${file} | ${bytes.toLocaleString('en')} | ${gzipSync(readFileSync(path)).length.toLocaleString('en')} | ${what} |`;
  };
  return [
    '| file | bytes (minified) | gzip | what |',
    '|---|---:|---:|---|',
    row('content-scripts/content.js', 'runs on every http(s) page; budget 32,768 bytes'),
    row('extract.js', 'injected only into detected Arabic articles (Readability + extraction)'),
    row(
      'background.js',
      'the background worker: messaging, storage, the tagger and entity code (the model and its known names are separate files)',
    ),
  ].join('\n');
}

/** Named-entity figures in Node, measured in a fresh process (a clean heap and JIT state). */
function nerFigures(): string {
  return execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'bench/ner-node.ts')],
    { encoding: 'utf8' },
  ).trimEnd();
}

/**
 * In the real extension: time from navigation until the article's entities are stored — extraction,
 * model load (cold: the first article after the worker started) and analysis — and again warm.
 */
async function nerInChromium(): Promise<string> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension();
  const lines = ['| run | page | navigation → entities stored ms |', '|---|---|---:|'];
  try {
    // One extension page watches the database (polling IndexedDB every 5 ms) while tabs load.
    const watcher = await browser.context.newPage();
    await watcher.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const runs: [string, string][] = [
      ['cold', 'ar-7al-kazakhstan.html'],
      ['warm', 'ar-bbc-arabic-2024.html'],
      ['warm', 'ar-cnn-arabic-2013.html'],
    ];
    for (const [run, name] of runs) {
      const url = server.url(name);
      // A string, not a function: tsx would wrap named inner functions in a `__name` helper that
      // does not exist in the page.
      const stored = watcher.evaluate(`new Promise((resolve, reject) => {
        const pageUrl = ${JSON.stringify(url)};
        const started = performance.now();
        const poll = () => {
          const open = indexedDB.open('siyaq');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('history')) {
              db.close();
              if (performance.now() - started > 30000) return reject(new Error('no history table'));
              return setTimeout(poll, 5);
            }
            const req = db.transaction('history').objectStore('history').getAll();
            req.onsuccess = () => {
              db.close();
              // Rows are keyed by articleKey (lib/db/rows.ts): the fixture server's URL is host:port/path.
              const key = pageUrl.slice(pageUrl.indexOf('//') + 2);
              const row = req.result.find((r) => r.normUrl === key || r.pageUrl === pageUrl);
              if (row && row.entities && row.entities.length) resolve(performance.now() - started);
              else if (performance.now() - started > 30000) reject(new Error('timeout'));
              else setTimeout(poll, 5);
            };
          };
        };
        poll();
      })`) as Promise<number>;
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      lines.push(`| ${run} | ${name} | ${Math.round(await stored)} |`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  lines.push(
    '',
    'Measured from just before navigation: page load to document_idle, detection, extraction in the tab, model load (cold only), analysis, storage.',
  );
  return lines.join('\n');
}

/**
 * The sidebar's time to first card (issue 4): launcher click → the key entities listed, then a
 * click on an entity → its card shown. First visit with Wikipedia answered by a route from the
 * e2e fixture (so the request is in the time), then revisits answered from the Dexie cache.
 * The frame's own performance marks give "frame start → cards ready"; the driver columns are
 * wall-clock from Node through Playwright and include its round trips and actionability checks.
 */
async function cardsInChromium(): Promise<string> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension();
  const requests = await routeWikipedia(browser.context);
  const lines = [
    '| run | frame start → entities shown ms | frame start → cards ready ms | launcher click → entities listed ms (driver) | entity click → card shown ms (driver) | requests |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  try {
    const runs = [
      'first visit (routed)',
      'revisit (cached)',
      'revisit (cached)',
      'revisit (cached)',
    ];
    for (const run of runs) {
      const before = requests.length;
      const page = await browser.context.newPage();
      await page.goto(server.url('ar-7al-kazakhstan.html'), { waitUntil: 'domcontentloaded' });
      await waitForLauncher(page);
      // Let the visit be stored first: the sidebar of a not-yet-stored article measures storage.
      await page.waitForTimeout(1500);
      const t0 = performance.now();
      await clickLauncher(page);
      const frame = await sidebarFrame(page, browser.extensionId);
      const entity = frame.getByRole('button', { name: 'فلاديمير بوتين' });
      await entity.waitFor();
      const t1 = performance.now();
      await entity.click();
      await frame.locator('.card:not(.skeleton)').first().waitFor();
      const t2 = performance.now();
      // The frame's own marks, from its navigation start: article's entities shown, cards ready.
      const marks = (await frame.evaluate(
        `['siyaq:entities-shown', 'siyaq:cards-ready'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN)`,
      )) as number[];
      lines.push(
        `| ${run} | ${Math.round(marks[0]!)} | ${Math.round(marks[1]!)} | ${Math.round(t1 - t0)} | ${Math.round(t2 - t1)} | ${requests.length - before} |`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return lines.join('\n');
}

const utf8 = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

/**
 * Related articles (issue 5): bytes stored per article, and the related query's time with
 * 1,000 / 10,000 / 100,000 stored articles (and twice as many harvested links) in fake-indexeddb
 * (Node) and in real IndexedDB (Chromium, a page on 127.0.0.1 running the bundled query).
 */
async function relatedFigures(): Promise<string> {
  const real = await storedFixtureRows();
  const linkTitles = real.links.map((l) => l.title);
  const articleBytes = real.articles.map(utf8);
  const linkBytes = real.links.map(utf8);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const meanArticle = sum(articleBytes) / articleBytes.length;
  const meanLink = sum(linkBytes) / Math.max(1, linkBytes.length);
  const withLinks = (sum(articleBytes) + sum(linkBytes)) / articleBytes.length;
  const now = Date.UTC(2026, 10, 1);
  const sizes = [1_000, 10_000, 100_000];
  const lines = [
    '### Bytes per article',
    '',
    `Rows the extension stores for the ${real.articles.length} Arabic fixture articles (\`history\`) and the ${real.links.length} read-also links harvested from them (\`links\`), as UTF-8 JSON of the stored rows (\`lib/db/rows.ts\`):`,
    '',
    '| | mean B | median B | max B |',
    '|---|---:|---:|---:|',
    `| article row | ${Math.round(meanArticle)} | ${Math.round(median(articleBytes))} | ${Math.max(...articleBytes)} |`,
    `| link row | ${Math.round(meanLink)} | ${Math.round(median(linkBytes))} | ${Math.max(...linkBytes)} |`,
    `| article row + its share of link rows | ${Math.round(withLinks)} | | |`,
    '',
    '### Related query',
    '',
    '| stored articles (+ 2× links) | Node, fake-indexeddb: median ms | Chromium, IndexedDB: median ms | Chromium: first query of a fresh worker ms | Chromium max ms | Chromium origin usage per article |',
    '|---:|---:|---:|---:|---:|---:|',
  ];
  const storyLines = [
    '',
    '### The story so far (issue 19)',
    '',
    '| stored articles (+ 2× links) | Chromium, IndexedDB: median ms | first query of a fresh connection ms | max ms | articles listed (mean) |',
    '|---:|---:|---:|---:|---:|',
  ];
  await inBundledPage('scripts/bench/related-browser.ts', 'ar-albayan.html', async (page) => {
    for (const n of sizes) {
      // Node.
      const database = new SiyaqDatabase(`bench-related-${n}`);
      const rows = syntheticHistory(n, real.articles, now, linkTitles);
      await seed(database, rows);
      await keepStatsAsAfterVisits(database, rows, now);
      const times: number[] = [];
      for (let i = 0; i < 21; i++) {
        const k = (i * 7919) % n;
        const url = `https://site${k % 50}.example/a/${k}`;
        const t = performance.now();
        await relatedFor(database, url, now);
        times.push(performance.now() - t);
      }
      await database.delete();
      // Chromium.
      const usage = (await page.evaluate(
        `globalThis.__siyaqRelated.seed(${n}, ${JSON.stringify(real.articles)}, ${now}, ${JSON.stringify(linkTitles)})`,
      )) as number | null;
      const c = (await page.evaluate(`globalThis.__siyaqRelated.run(${n}, ${now})`)) as {
        median: number;
        max: number;
        first: number;
        breakdown: Record<string, [number, number]>;
      };
      console.log(`${n}: step → [median, first] ms`, JSON.stringify(c.breakdown));
      const st = (await page.evaluate(`globalThis.__siyaqRelated.story(${n}, ${now})`)) as {
        median: number;
        max: number;
        first: number;
        entries: number;
      };
      storyLines.push(
        `| ${n.toLocaleString('en')} | ${fmt(st.median)} | ${fmt(st.first)} | ${fmt(st.max)} | ${(st.entries / 21).toFixed(1)} |`,
      );
      console.log(storyLines.at(-1));
      lines.push(
        `| ${n.toLocaleString('en')} | ${fmt(median(times))} | ${fmt(c.median)} | ${fmt(c.first)} | ${fmt(c.max)} | ${usage ? `${Math.round(usage / n)} B` : 'n/a'} |`,
      );
      console.log(lines.at(-1));
    }
  });
  lines.push(
    '',
    'Median of 21 queries for different current articles. The first query opens a new connection with nothing counted in memory — what a freshly started background worker does — and reads the counts the background keeps after visits (`lib/related/stats.ts`). Origin usage is `navigator.storage.estimate()` after seeding, divided by the article count (it includes the links, the indexes and LevelDB overhead, and earlier databases of the run not yet compacted).',
    ...storyLines,
    '',
    'Story so far: 21 other current articles of the same seeded history (`lib/story/story.ts`: the eight most salient entities enumerate candidates from the `entityKeys` index, at most 32 rows are read whole; target ≤ 20 ms median at 100,000). The synthetic history draws its entities at random, so few articles share two — the listed counts are not a quality figure.',
  );
  return lines.join('\n');
}

/** The same re-anchoring in Chromium: the bundled modules on the saved page served from 127.0.0.1. */
async function highlightsInChromium(): Promise<string> {
  const r = await inBundledPage(
    'scripts/bench/highlights-browser.ts',
    'ar-bbc-arabic-2024.html',
    (page) =>
      page.evaluate('globalThis.__siyaqAnchor.run(200)') as Promise<
        Omit<ReanchorFigures, 'anchorAll'>
      >,
  );
  return `In Chromium, same page and perturbation: ${r.planted} highlights, ${r.found} found again; re-anchor all ${fmt(r.anchor)} ms, baseline \`indexOf\` ${fmt(r.baseline)} ms, text walk alone ${fmt(r.walk)} ms (medians).`;
}

/**
 * Re-anchoring highlights (issue 6): 200 highlights on the largest Arabic fixture, found again on
 * the page with ads inserted — next to a plain `indexOf` of each quote in the same run — and the
 * memory of the anchored ranges.
 */
function highlightFigures(): string {
  const page = 'ar-bbc-arabic-2024.html';
  const meta = pages.find((p) => p.page === page)!;
  const doc = parseHtml(pageHtml(page), meta.url);
  const f = reanchorFigures(doc.body, 200);
  const gc = (globalThis as { gc?: () => void }).gc;
  let perSet: number | null = null;
  if (gc) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const keep: unknown[] = [];
    for (let i = 0; i < 20; i++) keep.push(f.anchorAll());
    gc();
    perSet = (process.memoryUsage().heapUsed - before) / keep.length;
  }
  return [
    `Page: ${page} (${new TextMap(doc.body).text.length.toLocaleString('en')} characters of text in jsdom), ${f.planted} highlights, ads and paragraphs inserted before them; ${f.found} found again.`,
    '',
    '| | ms for all highlights (median) |',
    '|---|---:|',
    `| re-anchor (TextMap + hint/position/quote/fuzzy + ranges) | ${fmt(f.anchor)} |`,
    `| baseline: text walk + \`indexOf\` of each quote | ${fmt(f.baseline)} |`,
    `| of which the text walk alone | ${fmt(f.walk)} |`,
    '',
    'In jsdom most of the re-anchoring time is creating the 200 DOM ranges (jsdom keeps every live range up to date on each mutation); the anchoring itself is ~4 ms. The Chromium line below is the figure for readers.',
    '',
    perSet === null
      ? 'Memory: run with `--expose-gc` (npm run bench does) to measure it.'
      : `Memory of one set of ${f.planted} anchored ranges: ~${Math.round(perSet / 1024)} KB of heap after GC (Node, jsdom Range objects; in a browser, native ranges registered in CSS.highlights).`,
  ].join('\n');
}

// `npm run bench -- related` (or another section's function name) prints one section only and
// leaves docs/benchmarks.md alone: for checking a change without the whole run.
const only = process.argv[2];
const sections: Record<string, () => Promise<string> | string> = {
  ner: nerFigures,
  related: relatedFigures,
  entity: entityFigures,
  reading: readingFigures,
  cards: cardsInChromium,
  highlights: async () => `${highlightFigures()}\n\n${await highlightsInChromium()}`,
  responsiveness: responsivenessFigures,
};
if (only) {
  const section = sections[only];
  if (!section) {
    console.error(`no section "${only}"; one of: ${Object.keys(sections).join(', ')}`);
    process.exit(2);
  }
  console.log(await section());
  process.exit(0);
}

const started = new Date();
console.log('Benchmarking in Chromium…');
const chrome = await inChromium();
console.log('Benchmarking in Node + jsdom…');
const node = inJsdom();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const chromeVersion = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
const report = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts) on ${started.toISOString().slice(0, 10)}.
Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromeVersion}.
Times are medians of repeated batches after a warm-up, per call, on the saved pages of fixtures/pages.
They are measurements, not test assertions.

## Sizes

${sizes()}

## In Chromium (the extension's own code, bundled, on pages served from 127.0.0.1)

${table(chrome)}

## In Node with jsdom (what \`npm run analyze\` runs)

${table(node)}

## Named entities, in Node

${nerFigures()}

## Named entities, in the extension (Chromium)

${await nerInChromium()}

## Re-anchoring highlights, in Node with jsdom

${highlightFigures()}

${await highlightsInChromium()}

## Related articles

${await relatedFigures()}

## Names (issue 19)

${await entityFigures()}

## Background cards, in the extension (Chromium)

${await cardsInChromium()}

## Reading list and sync

${await readingFigures()}

## The page stays responsive (Chromium)

${await responsivenessFigures()}
`;
writeFileSync(join(root, 'docs/benchmarks.md'), report);
console.log(report);
