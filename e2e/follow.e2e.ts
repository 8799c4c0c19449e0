/**
 * Following a name (issue 19) in the real extension: followed from its card in the sidebar, the
 * toolbar badge shows on the tab and on every article read later that mentions it — not on one
 * that does not; the sidebar's related links and the dashboard's reading list mark the articles
 * that mention it; unfollowing clears the badges of open tabs. Pages: e2e/fixtures/story/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { clickLauncher, sidebarFrame, waitForLauncher } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { openAndStore } from './support/visit';

const STORY_PAGES = resolve(import.meta.dirname, 'fixtures/story');
const SHOTS = resolve(import.meta.dirname, '../test-results/screenshots');
const NAME = 'جدة';

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

/** The part of the worker's `chrome` this test reads. */
interface ChromeApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
}

/** The toolbar badge's text and title on the tab showing `url`, as the browser holds them. */
function badge(url: string): Promise<{ text: string; title: string }> {
  return browser.worker.evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) throw new Error(`no tab at ${u}`);
    return {
      text: await chrome.action.getBadgeText({ tabId: tab.id }),
      title: await chrome.action.getTitle({ tabId: tab.id }),
    };
  }, url);
}

describe('following a name', () => {
  it('from its card: the badge shows where an article mentions it, the lists mark it, unfollow clears', async () => {
    const first = await read('sudan-1.html');
    await clickLauncher(first);
    const frame = await sidebarFrame(first, browser.extensionId);
    expect((await badge(server.url('sudan-1.html'))).text).toBe('');
    await frame.locator('.entities .entity button.name', { hasText: NAME }).first().click();
    const follow = frame.locator('.entity-detail .follow-button');
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
    // The article open now mentions it: its badge shows at once.
    await expect.poll(async () => (await badge(server.url('sudan-1.html'))).text).toBe('1');
    expect((await badge(server.url('sudan-1.html'))).title).toContain(NAME);
    await frame.locator('.entity-detail').scrollIntoViewIfNeeded();
    await first.screenshot({ path: `${SHOTS}/follow.png` });

    // Articles read later: the badge on those that mention it, not on the one that does not.
    const second = await read('sudan-2.html');
    await expect.poll(async () => (await badge(server.url('sudan-2.html'))).text).toBe('1');
    const other = await read('egypt-football.html');
    // The visit is stored before the badge is set: give it the same time to appear.
    await other.waitForTimeout(500);
    expect((await badge(server.url('egypt-football.html'))).text).toBe('');

    // The sidebar's related links mark the articles that mention it.
    const last = await read('sudan-4.html');
    await clickLauncher(last);
    const lastFrame = await sidebarFrame(last, browser.extensionId);
    const marked = lastFrame.locator('.read-also .follow-mark');
    await expect.poll(() => marked.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await marked.first().textContent()).toContain(NAME);

    // The reading list: a saved article that mentions it is marked in the dashboard.
    await lastFrame.locator('.save-later button.save').click();
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const row = dashboard.locator('.reading-item').first();
    await row.waitFor();
    await expect.poll(() => row.locator('.follow-mark').textContent()).toContain(NAME);

    // Unfollow from the card: the badges of the open tabs go, the marks too.
    await follow.click();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await badge(server.url('sudan-1.html'))).text).toBe('');
    expect((await badge(server.url('sudan-2.html'))).text).toBe('');
    await expect.poll(() => row.locator('.follow-mark').count()).toBe(0);
    for (const p of [first, second, other, last, dashboard]) await p.close();
  });

  it('from its page: the button follows, the open article’s badge and the names view show it', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('sudan-3.html'), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(article);
    await expect.poll(async () => (await badge(server.url('sudan-3.html'))).text).toBe('');
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#names`);
    await dashboard.locator('.names-view input[type=search]').fill('الخرطوم');
    const rows = dashboard.locator('.names-list .name-row');
    await expect.poll(() => rows.locator('a').allTextContents()).toEqual(['الخرطوم']);
    await rows.locator('a').click();
    await dashboard.waitForURL(/entity\.html/);
    const follow = dashboard.locator('.follow-button');
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await badge(server.url('sudan-3.html'))).text).toBe('1');
    // The names view's "followed" sort puts it first.
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#names`);
    await dashboard.locator('.names-view select').selectOption('followed');
    await expect.poll(() => rows.first().locator('a').textContent()).toBe('الخرطوم');
    await article.close();
    await dashboard.close();
  });
});
