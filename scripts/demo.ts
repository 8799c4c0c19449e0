/**
 * The demo behind `npm start`: the built extension in Chromium on bundled sample articles. Headed
 * when there is a display (and `--headless` is not given), headless otherwise. Prints what the
 * extension found — read from its sidebar and its database — and saves a screenshot per page.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { launchWithExtension } from '../e2e/support/browser';
import { storedArticles } from '../e2e/support/db';
import { clickLauncher, sidebarFrame, waitForLauncher } from '../e2e/support/page';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { PAGES_DIR } from '../tools/fixtures';

const args = process.argv.slice(2);
// Absolute paths of saved pages (scripts/start.mjs checked them), or the sample article.
const pages = args.filter((a) => !a.startsWith('--'));
if (pages.length === 0) pages.push(join(PAGES_DIR, 'ar-7al-kazakhstan.html'));
const headed = args.includes('--headed') || (!args.includes('--headless') && !!process.env.DISPLAY);
const outDir = resolve(import.meta.dirname, '../test-results/start');
mkdirSync(outDir, { recursive: true });

// One server per folder of pages (the fixtures, or wherever a saved page lives).
const servers = new Map<string, FixtureServer>();
for (const path of pages)
  if (!servers.has(dirname(path)))
    servers.set(dirname(path), await startFixtureServer(dirname(path)));
const browser = await launchWithExtension({ headed });
console.log(
  `Chromium ${headed ? 'window' : 'headless'}, extension ${browser.extensionId}, pages on ${[...servers.values()].map((s) => s.origin).join(', ')}`,
);
let failures = 0;
for (const path of pages) {
  const name = basename(path);
  const page = await browser.context.newPage();
  const url = servers.get(dirname(path))!.url(name);
  console.log(`\n▶ ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  try {
    await waitForLauncher(page, 10_000);
  } catch {
    console.log('  Siyaq: not an Arabic news article here — nothing shown, nothing stored.');
    continue;
  }
  await clickLauncher(page);
  const frame = await sidebarFrame(page, browser.extensionId);
  // The database keeps addresses readable (Arabic and spaces decoded).
  const row = (await storedArticles(browser.context, browser.extensionId)).find(
    (a) => decodeURI(a.pageUrl) === decodeURI(url),
  );
  const shown = {
    title: (await frame.locator('h1.title').textContent())?.trim(),
    meta: (await frame.locator('.article .meta').textContent())?.trim(),
    readAlso: await frame
      .locator('.read-also li a')
      .evaluateAll((as) =>
        as.map((a) => `${a.textContent?.trim()} → ${(a as HTMLAnchorElement).href}`),
      ),
  };
  // Key entities arrive once the background has analysed the article.
  await frame
    .waitForSelector('.entities .entity, .entities .empty', { timeout: 15_000 })
    .catch(() => undefined);
  const entities = await frame.locator('.entities .group').evaluateAll((groups) =>
    groups.map((g) => {
      const label = g.querySelector('h3')?.textContent ?? '';
      const names = [...g.querySelectorAll('.entity .name')].map((n) => n.textContent?.trim());
      return `${label}: ${names.join('، ')}`;
    }),
  );
  if (!row) failures++;
  console.log(`  Arabic article detected; stored in IndexedDB: ${row ? `yes (${row.url})` : 'NO'}`);
  console.log(`  Title:     ${shown.title}`);
  console.log(`  Site/date: ${shown.meta}`);
  console.log('  Key entities:');
  for (const line of entities) console.log(`    ${line}`);
  console.log(`  Read also (${shown.readAlso.length}):`);
  for (const l of shown.readAlso) console.log(`    - ${decodeURI(l)}`);
  const shot = join(outDir, name.replace(/\.html$/, '.png'));
  // The whole sidebar, not only its top: the window is made as tall as the sidebar's content for
  // the screenshot (read-also, highlights and settings included), then put back.
  const viewport = page.viewportSize();
  const tall = await frame.evaluate(() => document.documentElement.scrollHeight).catch(() => 0);
  if (viewport && tall > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height: Math.min(tall + 60, 6000) });
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: shot });
  if (viewport && tall > viewport.height) await page.setViewportSize(viewport);
  console.log(`  Screenshot: ${shot}`);
}
if (headed) {
  console.log('\nThe browser stays open; press Ctrl+C to quit.');
  process.on(
    'SIGINT',
    () =>
      void browser
        .close()
        .then(() => Promise.all([...servers.values()].map((s) => s.close())))
        .then(() => process.exit(failures ? 1 : 0)),
  );
} else {
  await browser.close();
  await Promise.all([...servers.values()].map((s) => s.close()));
  process.exit(failures ? 1 : 0);
}
