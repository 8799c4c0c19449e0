/**
 * The page of a name and the names view (issue 19) in the real extension: three articles of one
 * story that all name «جدة» are read and a passage naming it is highlighted; the page of «جدة»,
 * opened from its card in the sidebar and from the dashboard's names view (searched as «جده»),
 * lists the three articles and the highlight, and exports them as Markdown. The story's own
 * export downloads from the sidebar's frame. Pages: e2e/fixtures/story/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { storedArticles } from './support/db';
import { clickLauncher, selectAsReader, sidebarFrame } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { openAndStore } from './support/visit';

const SHOTS = resolve(import.meta.dirname, '../test-results/screenshots');
const STORY_PAGES = resolve(import.meta.dirname, 'fixtures/story');
const QUOTE = 'أي اتفاق في محادثات جدة يجب أن يبدأ';
const TITLES = [
  'انطلاق محادثات جدة بين الجيش السوداني وقوات الدعم السريع',
  'البرهان يشترط انسحاب الدعم السريع من المدن قبل أي اتفاق في جدة',
  'اشتباكات في الخرطوم رغم استمرار مفاوضات جدة',
];

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer(STORY_PAGES);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page and waits until the extension has stored it. */
const read = (name: string) => openAndStore(browser, server.url(name));

/** The text of a download the click starts. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8');
}

/** What the entity page shows: its article titles and its highlights' quotes. */
async function shown(page: Page) {
  await page.locator('.entity-timeline .week').first().waitFor({ timeout: 10_000 });
  return {
    titles: await page.locator('.week-articles a').allTextContents(),
    quotes: await page.locator('.entity-highlights blockquote').allTextContents(),
  };
}

describe('the page of a name', () => {
  let key = '';
  let sidebarPage: Page;

  it('opens from the card in the sidebar: the articles that name it, and the highlight', async () => {
    await (await read('sudan-1.html')).close();
    await (await read('sudan-3.html')).close();
    sidebarPage = await read('sudan-2.html');
    // Highlight a passage that names Jeddah (the toolbar's first button, yellow).
    await sidebarPage.waitForTimeout(800); // the highlights script comes after the visit is stored
    const box = await selectAsReader(sidebarPage, QUOTE);
    const at = { x: box.right - 20, y: box.top - 29 };
    await expect
      .poll(() =>
        sidebarPage.evaluate(
          `document.elementFromPoint(${at.x}, ${at.y})?.getAttribute('data-siyaq')`,
        ),
      )
      .toBe('toolbar');
    await sidebarPage.mouse.click(at.x, at.y);

    const stored = await storedArticles(browser.context, browser.extensionId);
    const jeddah = stored.flatMap((a) => a.entities).find((e) => e.name === 'جدة');
    expect(jeddah, 'the tagger finds جدة').toBeDefined();
    key = jeddah!.key;
    const naming = stored.filter((a) => a.entityKeys.includes(key)).map((a) => a.title);
    expect(naming.sort()).toEqual([...TITLES].sort());

    await clickLauncher(sidebarPage);
    const frame = await sidebarFrame(sidebarPage, browser.extensionId);
    await frame.locator('.entity .name', { hasText: /^جدة$/ }).click();
    const link = frame.locator('.entity-page-link');
    await link.waitFor({ timeout: 10_000 });
    expect(await link.textContent()).toContain('جدة');
    const [entityPage] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 10_000 }),
      link.click(),
    ]);
    await entityPage.waitForLoadState('domcontentloaded');
    const url = new URL(entityPage.url());
    expect(url.protocol).toBe('chrome-extension:');
    expect(url.pathname).toBe('/entity.html');
    expect(url.searchParams.get('key')).toBe(key);
    const page = await shown(entityPage);
    // Newest first (12, 5 and 1 October); the fourth, not read, is not among them.
    expect(page.titles).toEqual([TITLES[2], TITLES[1], TITLES[0]]);
    expect(page.quotes).toHaveLength(1);
    expect(page.quotes[0]).toContain(QUOTE);
    expect(await entityPage.locator('h1').textContent()).toBe('جدة');
    expect(await entityPage.locator('.sites li').allTextContents()).toHaveLength(1);
    await entityPage.screenshot({ path: `${SHOTS}/entity-page.png`, fullPage: true });

    // Its Markdown: the titles linked, the highlight quoted.
    const md = await downloaded(entityPage, () => entityPage.locator('button.export-md').click());
    expect(md.split('\n')[0]).toBe('# جدة');
    for (const title of TITLES) expect(md).toContain(`[${title}](<${server.url('')}`);
    expect(md).toContain(`> ${QUOTE}`);
    await entityPage.close();
  });

  it('the story so far downloads as Markdown from the sidebar', async () => {
    const frame = await sidebarFrame(sidebarPage, browser.extensionId);
    const button = frame.locator('.story button.export-md');
    await button.waitFor({ timeout: 10_000 });
    const md = await downloaded(sidebarPage, () => button.click());
    expect(md).toContain(`[${TITLES[1]}](<${server.url('sudan-2.html')}>)`);
    expect(md).toContain(`[${TITLES[0]}](<${server.url('sudan-1.html')}>)`);
    expect(md).toContain(`> ${QUOTE}`);
    await sidebarPage.close();
  });

  it('opens from the names view, which finds «جدة» searched as «جده»', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dashboard.locator('.names-tab').click();
    const rows = dashboard.locator('.names-list .name-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(3);
    await dashboard.locator('.names-view input[type=search]').fill('جده');
    await expect.poll(() => rows.locator('a').allTextContents()).toEqual(['جدة']);
    expect(new URL(dashboard.url()).hash).toBe('#names');
    await dashboard.screenshot({ path: `${SHOTS}/names-view.png` });
    await rows.locator('a').click();
    await dashboard.waitForURL(/entity\.html/);
    expect(new URL(dashboard.url()).searchParams.get('key')).toBe(key);
    const page = await shown(dashboard);
    expect(page.titles).toHaveLength(3);
    expect(page.quotes[0]).toContain(QUOTE);
    // Back to every name.
    await dashboard.locator('.all-names').click();
    await dashboard.waitForURL(/dashboard\.html#names/);
    await dashboard.locator('.names-list').waitFor();
    await dashboard.close();
  });

  it('a malformed key or a name in no stored article is said so, nothing breaks', async () => {
    const page = await browser.context.newPage();
    for (const [query, text] of [
      ['', 'لا يدل على اسم'],
      ['?key=garbage', 'لا يدل على اسم'],
      [`?key=${encodeURIComponent('PER:لا أحد')}`, 'لا مقال محفوظ'],
    ] as const) {
      await page.goto(`chrome-extension://${browser.extensionId}/entity.html${query}`);
      await expect
        .poll(() =>
          page
            .locator('.entity-missing')
            .textContent()
            .catch(() => ''),
        )
        .toContain(text);
    }
    await page.close();
  });
});
