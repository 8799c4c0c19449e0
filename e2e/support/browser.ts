/**
 * Launches Debian's Chromium with the built extension (TOOLCHAIN.md, "Real browser, headless").
 * Requests to anything but 127.0.0.1 and the extension are aborted: no network in tests.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** The built Chrome extension. */
export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Chromium's binary: `CHROMIUM_PATH`, else Debian's. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install chromium, or set CHROMIUM_PATH');
  return found;
}

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension; headless unless `headed` (and a display) is asked for.
 * The profile has developer mode on: without it, this Chromium *disables* an unpacked extension
 * that calls `runtime.reload()` instead of reloading it.
 *
 * The language: Siyaq follows the browser's (`i18n.getUILanguage()`) unless the reader chose one.
 * `locale` (default 'ar') is the browser's as the extension sees it: Playwright's locale
 * emulation, which reaches `getUILanguage()` in the worker and in every page and frame. (Not
 * `--lang=ar` or `LANGUAGE=ar`: Debian's Chromium without `chromium-l10n` ships only
 * `locales/en-US.pak`, and with either it still answers 'en-US'.) `uiLanguage` (default 'ar': the
 * tests read the Arabic UI) is the reader's choice, stored before any test opens a page;
 * 'browser' stores none.
 */
export async function launchWithExtension(
  options: { headed?: boolean; locale?: string; uiLanguage?: 'ar' | 'en' | 'browser' } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`no build at ${CHROME_BUILD}: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-profile-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: !options.headed,
    viewport: { width: 1280, height: 860 },
    locale: options.locale ?? 'ar',
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:)/.test(url))
      return route.continue();
    return route.abort('blockedbyclient');
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  const uiLanguage = options.uiLanguage ?? 'ar';
  if (uiLanguage !== 'browser')
    await worker.evaluate(
      `chrome.storage.local.set(${JSON.stringify({ 'settings.uiLanguage': uiLanguage })})`,
    );
  return { context, worker, extensionId, close: () => context.close() };
}
