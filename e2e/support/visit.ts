/** Reading an article as the tests do: open it, and wait until the extension has stored it. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './browser';
import { storedArticles } from './db';
import { waitForLauncher } from './page';

/** Opens `url` in a new tab and waits until the extension has stored one more article. */
export async function openAndStore(browser: ExtensionBrowser, url: string): Promise<Page> {
  const stored = () => storedArticles(browser.context, browser.extensionId);
  const before = (await stored()).length;
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForLauncher(page);
  await expect.poll(async () => (await stored()).length, { timeout: 10_000 }).toBe(before + 1);
  return page;
}
