/**
 * The reading list in the real extension (issue 7): save from the sidebar, see it in the popup
 * and the dashboard, mark it read, export, clear, import — and the list is what it was. The
 * browser's sync area holds the list in the extension's format. Screenshots of the dashboard and
 * the popup go to test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeShard, isShardKey } from '../lib/reading/wire';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { clickLauncher, sidebarFrame, waitForLauncher } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { routeWikipedia } from './support/wikipedia';

const SHOTS = resolve(import.meta.dirname, '../test-results/screenshots');
const SAMPLE = 'ar-7al-kazakhstan.html';
const SAMPLE_TITLE = /الجنرال/;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await routeWikipedia(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extPage = async (path: string): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

/** The live items of the list, as the dashboard's rows show them. */
async function rows(dashboard: Page): Promise<{ title: string; read: boolean }[]> {
  return dashboard.locator('.reading-list .reading-item').evaluateAll((els) =>
    els.map((el) => ({
      title: el.querySelector('.title')?.textContent ?? '',
      read: el.classList.contains('is-read'),
    })),
  );
}

/** Clicks the dashboard's export button `name` and returns the downloaded text. */
async function exported(dashboard: Page, name: RegExp): Promise<string> {
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('reading list', () => {
  it('save from the sidebar → popup and dashboard → read → export, clear, import: identical', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    await frame.getByRole('button', { name: 'احفظ للقراءة لاحقًا' }).click();
    await expect
      .poll(() => frame.locator('.save-later').textContent(), { timeout: 10_000 })
      .toMatch(/في قائمة القراءة/);
    await page.screenshot({ path: `${SHOTS}/reading-sidebar-saved.png` });

    // The popup lists it unread.
    const popup = await extPage('popup.html');
    await expect
      .poll(() => popup.locator('.reading-list .title').allTextContents())
      .toEqual([expect.stringMatching(SAMPLE_TITLE)]);
    await popup.setViewportSize({ width: 380, height: 520 });
    await popup.screenshot({ path: `${SHOTS}/reading-popup.png` });
    await popup.close();

    // The dashboard: unread, with the names the sidebar knew; mark read → under "read".
    const dashboard = await extPage('dashboard.html');
    await expect
      .poll(() => rows(dashboard))
      .toEqual([{ title: expect.stringMatching(SAMPLE_TITLE), read: false }]);
    expect(await dashboard.locator('.chip.entity').count()).toBeGreaterThan(0);
    await dashboard.screenshot({ path: `${SHOTS}/reading-dashboard.png`, fullPage: true });
    await dashboard.getByRole('button', { name: 'علّمه مقروءًا' }).click();
    await expect.poll(() => rows(dashboard)).toEqual([]);
    await dashboard.getByRole('tab', { name: /مقروءة/ }).click();
    await expect
      .poll(() => rows(dashboard))
      .toEqual([{ title: expect.stringMatching(SAMPLE_TITLE), read: true }]);
    // The sidebar, still open, follows.
    await expect
      .poll(() => frame.locator('.save-later.saved button').textContent())
      .toBe('علّمه غير مقروء');

    // Export, clear, import.
    const before = JSON.parse(await exported(dashboard, /صدّر كل شيء/)) as { items: unknown[] };
    expect(before.items).toHaveLength(1);
    dashboard.once('dialog', (d) => void d.accept());
    await dashboard.getByRole('button', { name: 'امسح القائمة' }).click();
    await dashboard.getByRole('tab', { name: /الكل/ }).click();
    await expect.poll(() => rows(dashboard)).toEqual([]);
    await dashboard.locator('input[type=file]').setInputFiles({
      name: 'siyaq.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(before)),
    });
    await expect.poll(() => dashboard.locator('.note.ok').textContent()).toMatch(/استُورد 1 جديد/);
    const after = JSON.parse(await exported(dashboard, /صدّر كل شيء/)) as { items: unknown[] };
    expect(after.items).toEqual(before.items);

    // The browser's sync area holds the list (written in batches, so it is waited for).
    const syncArea = async () =>
      (await dashboard.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(k: null): Promise<unknown> } } };
          }
        ).chrome.storage.sync.get(null),
      )) as Record<string, unknown>;
    await expect.poll(async () => (await syncArea()).rl, { timeout: 10_000 }).toEqual({ v: 1 });
    await expect
      .poll(
        async () => {
          const now = (await dashboard.evaluate(() =>
            (
              globalThis as unknown as {
                chrome: { storage: { sync: { get(k: null): Promise<unknown> } } };
              }
            ).chrome.storage.sync.get(null),
          )) as Record<string, unknown>;
          const items = (
            await Promise.all(
              Object.entries(now)
                .filter(([k]) => isShardKey(k))
                .map(([, v]) => decodeShard(v)),
            )
          ).flatMap((s) => s.items);
          return items.filter((i) => i.deletedAt === null).map((i) => i.title);
        },
        { timeout: 15_000 },
      )
      .toEqual([expect.stringMatching(SAMPLE_TITLE)]);
    await dashboard.close();
    await page.close();
  });

  it('a malformed file says where, in words, and writes nothing', async () => {
    const dashboard = await extPage('dashboard.html');
    await dashboard.getByRole('tab', { name: /الكل/ }).click();
    const count = async () => (await rows(dashboard)).length;
    await expect.poll(count).toBe(1); // the article saved by the test before
    const n = await count();
    await dashboard.locator('input[type=file]').setInputFiles({
      name: 'pocket.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'title,url,time_added,cursor,tags,status\nok,https://a.example/1,1641565800,1,,unread\nbad,https://a.example/2,yesterday,2,,unread\n',
      ),
    });
    await expect
      .poll(() => dashboard.locator('.note.error').textContent())
      .toMatch(/لم يُستورد شيء: line 3: "time_added" ليس وقتًا بالثواني/);
    expect(await count()).toBe(n);
    await dashboard.close();
  });

  it('English: the dashboard switches language and direction', async () => {
    const dashboard = await extPage('dashboard.html');
    await dashboard.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => dashboard.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await expect(dashboard.getByRole('heading', { name: 'Reading list' }).count()).resolves.toBe(1);
    await dashboard.screenshot({ path: `${SHOTS}/reading-dashboard-en.png`, fullPage: true });
    await dashboard.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => dashboard.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await dashboard.close();
  });
});
