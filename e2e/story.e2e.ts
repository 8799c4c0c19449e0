/**
 * "The story so far" (issue 19) in the real extension: three articles of one run of news and an
 * unrelated one are read; on the fourth of the story, the sidebar lists the three, newest first,
 * with what links them — and not the unrelated one. Pages: e2e/fixtures/story/ (written here).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { clickLauncher, sidebarFrame, waitForLauncher } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { openAndStore } from './support/visit';

const SHOTS = resolve(import.meta.dirname, '../test-results/screenshots');
const STORY_PAGES = resolve(import.meta.dirname, 'fixtures/story');

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

describe('the story so far', () => {
  it('lists the earlier articles of the story, newest first, and not an unrelated one', async () => {
    for (const name of ['sudan-1.html', 'sudan-3.html', 'egypt-football.html', 'sudan-2.html'])
      await (await read(name)).close();
    const page = await read('sudan-4.html');
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    const items = frame.locator('.story .timeline li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(3);
    const titles = await items.locator('a').allTextContents();
    // Newest first by the articles' own dates (12, 5 and 1 October), not the order they were read.
    expect(titles).toEqual([
      'اشتباكات في الخرطوم رغم استمرار مفاوضات جدة',
      'البرهان يشترط انسحاب الدعم السريع من المدن قبل أي اتفاق في جدة',
      'انطلاق محادثات جدة بين الجيش السوداني وقوات الدعم السريع',
    ]);
    expect(await frame.locator('.story').textContent()).not.toContain('محمد صلاح');
    // What links each one, and its date as the site gave it.
    const first = items.first();
    expect(await first.locator('.reason').textContent()).toContain('جدة');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2026-10-12T11:00:00.000Z');
    expect(await first.locator('a').getAttribute('target')).toBe('_blank');
    await frame.locator('.story').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/story.png` });
    await page.close();
  });

  it('an article of no story shows no timeline', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('egypt-football.html'), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    await frame.locator('.entities .entity').first().waitFor();
    expect(await frame.locator('.story').count()).toBe(0);
    await page.close();
  });
});
