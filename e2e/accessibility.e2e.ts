/**
 * axe-core (through @axe-core/playwright) on every surface of the extension: the sidebar, the
 * popup, the dashboard and the options page, in Chromium, in Arabic and in English. No serious or
 * critical violation.
 *
 * The sidebar lives in a frame inside a closed shadow root, where axe cannot reach it from the
 * page; it is analysed as the same tab's top document instead, at the frame's width, with the
 * tab's own ticket (so it shows the article as the frame does).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { clickLauncher, sidebarFrame, waitForLauncher } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The serious and critical violations axe finds, as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe.each(['ar', 'en'])('accessibility (axe-core), %s', (lang) => {
  beforeAll(async () => {
    await browser.worker.evaluate(
      `chrome.storage.local.set(${JSON.stringify({ 'settings.uiLanguage': lang })})`,
    );
  });
  /** The page is in the language under test. */
  const inLang = (page: Page) =>
    expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);

  it('the sidebar, with an article, its entities, a card and the read-also links', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('ar-7al-kazakhstan.html'), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    const src = frame.url();
    await page.setViewportSize({ width: 400, height: 860 });
    await page.goto(src);
    await page.locator('h1.title').waitFor();
    await inLang(page);
    await page.getByRole('button', { name: 'فلاديمير بوتين' }).click();
    await page.waitForTimeout(500);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the names view and the page of a name (reached from it)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#names`);
    const first = page.locator('.names-list .name-row a').first();
    await first.waitFor();
    await inLang(page);
    expect(await violations(page)).toEqual([]);
    await first.click();
    await page.waitForURL(/entity\.html/);
    await page.locator('.follow-button').waitFor();
    await inLang(page);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['popup.html', 'dashboard.html', 'options.html', 'options.html?welcome=1'])(
    '%s',
    async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.waitForLoadState('load');
      await inLang(page);
      await page.waitForTimeout(500);
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
  );
});
