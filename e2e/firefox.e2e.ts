/**
 * Firefox (issue 18, item 8): the Firefox build in Debian's firefox-esr through puppeteer-core 24
 * (WebDriver BiDi). Detection and the launcher, nothing on a Persian page, a hostile page, and the
 * flows that matter: the sidebar with the article and its entities, an entity marked in the page,
 * save for later, a highlight saved from the toolbar and painted again after a reload.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pageHtml } from '../tools/fixtures';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectInPage } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';

const FIREFOX_BUILD = resolve(import.meta.dirname, '../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let server: FixtureServer;
let hostile: FixtureServer;

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error('no Firefox build: run "npm run build:firefox"');
  server = await startFixtureServer();
  // The saved article with an attacker's script and elements named like our old globals.
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-hostile-'));
  writeFileSync(
    join(dir, 'attack.html'),
    pageHtml('ar-7al-kazakhstan.html')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(
        /<body[^>]*>/i,
        (m) => `${m}<div id="__siyaqHighlights"></div><div id="__siyaqMarks"></div>`,
      )
      .replace(
        /<head[^>]*>/i,
        (m) =>
          `${m}<script>for (const n of ['siyaq-host','siyaq-toolbar','siyaq-hover']) customElements.define(n, class extends HTMLElement { constructor() { super(); (window.__caught ??= []).push(this.attachInternals()); } });</script>`,
      ),
  );
  hostile = await startFixtureServer(dir, { pageScripts: true });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // No network but 127.0.0.1 on these machines: keep Firefox from trying.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await hostile?.close();
});

it('loads the extension and shows the launcher on the sample article', async () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  expect(manifest.browser_specific_settings?.gecko?.id).toBeTruthy();
  const page = await browser.newPage();
  await page.goto(server.url('ar-7al-kazakhstan.html'), { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('[data-siyaq="launcher"]') !== null, {
    timeout: 20_000,
  });
  expect(
    await page.evaluate(() => document.querySelectorAll('[data-siyaq="launcher"]').length),
  ).toBe(1);
  expect(
    await page.evaluate(() => document.querySelector('[data-siyaq="launcher"]')!.shadowRoot),
  ).toBeNull();
  await page.close();
});

it('shows nothing on a Persian article', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('fa-aryanews.html'), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  expect(
    await page.evaluate(() => document.querySelectorAll('[data-siyaq="launcher"]').length),
  ).toBe(0);
  await page.close();
});

it('a hostile page: no root to open, synthetic clicks and mouseups do nothing, the reader still can', async () => {
  const page = await browser.newPage();
  await page.goto(hostile.url('attack.html'), { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('[data-siyaq="launcher"]') !== null, {
    timeout: 20_000,
  });
  expect(
    await page.evaluate(() => {
      const host = document.querySelector('[data-siyaq="launcher"]')!;
      const caught = (window as unknown as { __caught?: unknown[] }).__caught ?? [];
      return [host.localName, host.shadowRoot === null, caught.length];
    }),
  ).toEqual(['div', true, 0]);
  // Where the sidebar opens (the left 400 px): the page's own text while it is closed.
  const sidebarShown = () =>
    page.evaluate(() => document.elementFromPoint(200, 300)?.hasAttribute('data-siyaq') ?? false);
  const at = { x: 12, y: Math.round((page.viewport()?.height ?? 600) * 0.38) + 24 };
  await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y)!;
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
    (el as HTMLElement).click();
  }, at);
  await new Promise((r) => setTimeout(r, 800));
  expect(await sidebarShown()).toBe(false);
  // A scripted selection with a synthetic mouseup: no toolbar (the highlights part is installed
  // by now, even with the page's __siyaqHighlights element in the way).
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('معاهدة'))!;
    const r = document.createRange();
    r.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await new Promise((r) => setTimeout(r, 800));
  expect(
    await page.evaluate(() => document.querySelectorAll('[data-siyaq="toolbar"]').length),
  ).toBe(0);
  // The reader's own Shift shows it; the reader's own click opens the sidebar.
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.querySelector('[data-siyaq="toolbar"]') !== null, {
    timeout: 5000,
  });
  await page.keyboard.press('Escape');
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(
    () => document.elementFromPoint(200, 300)?.hasAttribute('data-siyaq') ?? false,
    { timeout: 5000 },
  );
  await page.close();
});

/** The sidebar frame of `page`, once it shows its article. */
async function sidebarIn(page: Page): Promise<Frame> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Puppeteer reports an extension frame's address as about:blank in Firefox: ask the frame.
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/sidebar/.test(href) && (await frame.$('h1.title')))
        return frame;
    }
    if (Date.now() > deadline) throw new Error('the sidebar never showed its article');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits until the frame has not scrolled for three looks 100 ms apart (at most 5 s). */
async function standsStill(frame: Frame): Promise<void> {
  const deadline = Date.now() + 5000;
  let last = -1;
  let still = 0;
  while (still < 3 && Date.now() < deadline) {
    const y = await frame.evaluate(() => document.scrollingElement?.scrollTop ?? scrollY);
    still = y === last ? still + 1 : 0;
    last = y;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const launcherAt = (page: Page) => ({
  x: 12,
  y: Math.round((page.viewport()?.height ?? 600) * 0.38) + 24,
});

const highlightsOf = (page: Page, name: string) =>
  page.evaluate(
    (n) =>
      [
        ...((CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n) ??
          []),
      ].map((r) => r.toString()),
    name,
  );

/** Waits until `quote` is painted as a yellow highlight in `page`. */
function paintedYellow(page: Page, quote: string, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    (q) =>
      [
        ...((CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
          'siyaq-hl-yellow',
        ) ?? []),
      ].some((r) => r.toString() === q),
    { timeout },
    quote,
  );
}

describe('Firefox: the flows that matter', () => {
  it('the sidebar shows the article and its entities; choosing one marks it in the page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('ar-7al-kazakhstan.html'), { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('[data-siyaq="launcher"]') !== null, {
      timeout: 20_000,
    });
    const at = launcherAt(page);
    await page.mouse.click(at.x, at.y);
    const frame = await sidebarIn(page);
    expect(await frame.$eval('h1.title', (h) => h.textContent?.trim())).toBe(
      'من هو الجنرال الروسي الذي يقود قوات "حفظ السلام" في كازاخستان؟',
    );
    // No language chosen: the sidebar speaks the browser's (English in Debian's firefox-esr);
    // the article's title stays right to left either way.
    const [ui, lang, dir, titleDir] = await frame.evaluate(() => [
      (
        globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }
      ).browser.i18n.getUILanguage(),
      document.documentElement.lang,
      document.documentElement.dir,
      getComputedStyle(document.querySelector('h1.title')!).direction,
    ]);
    expect([lang, dir]).toEqual(/^ar(?:[-_]|$)/i.test(ui!) ? ['ar', 'rtl'] : ['en', 'ltr']);
    expect(titleDir).toBe('rtl');
    const names = await frame.$$eval('.entities .entity .name', (els) =>
      els.map((e) => e.textContent?.trim()),
    );
    expect(names).toContain('فلاديمير بوتين');
    const putin = (await frame.$$('.entities .entity .name'))[names.indexOf('فلاديمير بوتين')]!;
    await putin.click();
    await page.waitForFunction(
      () =>
        (
          (CSS as unknown as { highlights: Map<string, unknown> }).highlights.get(
            'siyaq-entity',
          ) as Set<unknown> | undefined
        )?.size ?? 0 > 0,
      { timeout: 10_000 },
    );
    expect(await highlightsOf(page, 'siyaq-entity')).toContain('بوتين');
    // Save for later from the sidebar: the button becomes the saved state. (Choosing a name
    // scrolls the sidebar smoothly down to its cards; a click made during the scroll lands on
    // whatever passes under the pointer. The reader scrolls back up to the button and clicks it
    // once the sidebar stands still.)
    await standsStill(frame);
    await frame.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await standsStill(frame);
    await (await frame.$('.save-later button.save'))!.click();
    await frame.waitForSelector('.save-later.saved', { timeout: 10_000 });
    await page.close();
  });

  it('a highlight saved from the toolbar is painted again after a reload', async () => {
    const quote = 'معاهدة الأمن الجماعي';
    const page = await browser.newPage();
    await page.goto(server.url('ar-7al-kazakhstan.html'), { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('[data-siyaq="launcher"]') !== null, {
      timeout: 20_000,
    });
    await new Promise((r) => setTimeout(r, 1000)); // the highlights part comes after the visit
    const rect = await page.evaluate(selectInPage, quote);
    expect(rect).not.toBeNull();
    await page.keyboard.press('Shift'); // the end of a keyboard selection: the toolbar
    await page.waitForFunction(() => document.querySelector('[data-siyaq="toolbar"]') !== null, {
      timeout: 5000,
    });
    // A keyboard selection gives the toolbar the focus, on its first button (yellow): Enter.
    await page.keyboard.press('Enter');
    await paintedYellow(page, quote, 10_000);
    await page.reload({ waitUntil: 'load' });
    await paintedYellow(page, quote, 15_000);
    expect(await highlightsOf(page, 'siyaq-hl-yellow')).toContain(quote);
    await page.close();
  });
});
