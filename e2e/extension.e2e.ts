/**
 * The real extension in Debian's Chromium on saved pages served from 127.0.0.1 (issue 2, item 9).
 * Screenshots go to test-results/screenshots/ — look at them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_DIR, type ExpectedPage } from '../tools/fixtures';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { storedArticles } from './support/db';
import {
  allHosts,
  clickLauncher,
  highlightNames,
  hostCount,
  launcherPoint,
  mutations,
  recordMutations,
  selectText,
  sidebarFrame,
  waitForLauncher,
  type SelectionBox,
} from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { routeWikipedia } from './support/wikipedia';

const SHOTS = resolve(import.meta.dirname, '../test-results/screenshots');
const expected = (page: string): ExpectedPage =>
  JSON.parse(
    readFileSync(join(EXPECTED_DIR, page.replace(/\.html$/, '.json')), 'utf8'),
  ) as ExpectedPage;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pageName: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /siyaq/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { siyaqErrors: string[] }).siyaqErrors = errors;
  await recordMutations(page);
  await page.goto(server.url(pageName), { waitUntil: 'domcontentloaded' });
  return page;
}

/** Opens a fixture page and its sidebar. */
async function sidebarOn(pageName: string): Promise<{ page: Page; frame: Frame }> {
  const page = await open(pageName);
  await waitForLauncher(page);
  await clickLauncher(page);
  return { page, frame: await sidebarFrame(page, browser.extensionId) };
}

/** Chooses the first key entity; resolves with a reader of its card's message (off, unreachable…). */
async function firstEntityCardMessage(frame: Frame): Promise<() => Promise<string>> {
  await frame.locator('.entities .entity .name').first().click();
  return async () =>
    (await frame
      .locator('.card-empty')
      .textContent()
      .catch(() => '')) ?? '';
}

/** What a news SPA does: fetch another article, swap the document's content, push or go back. */
async function swapArticle(page: Page, file: string, how: 'push' | 'back'): Promise<void> {
  await page.evaluate(
    async ([f, h]) => {
      const html = await (await fetch(`/${f}`)).text();
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      document.head.replaceChildren(
        ...[...next.head.childNodes].map((n) => document.importNode(n, true)),
      );
      document.body.replaceChildren(
        ...[...next.body.childNodes].map((n) => document.importNode(n, true)),
      );
      if (h === 'push') history.pushState({}, '', `/${f}`);
      else history.back();
    },
    [file, how] as const,
  );
}

/**
 * Selects the first occurrence of `phrase` (scrolled into view) and ends the selection as a reader
 * would; resolves with its box, or null if the page does not have it.
 */
async function selectPhrase(page: Page, phrase: string): Promise<SelectionBox | null> {
  const rect = await selectText(page, phrase);
  if (rect) await releaseSelection(page);
  return rect;
}

/**
 * Ends a selection as a reader's hand does, with a real (trusted) event: the Shift key released
 * (the end of a keyboard selection). A page's synthetic mouseup or keyup is ignored.
 */
async function releaseSelection(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
}

/** The texts painted in the page as yellow highlights. */
function painted(page: Page): Promise<string[]> {
  return page.evaluate(
    `[...(CSS.highlights.get('siyaq-hl-yellow') ?? [])].map((r) => r.toString())`,
  ) as Promise<string[]>;
}

describe.each([
  'ar-7al-kazakhstan.html',
  'ar-bbc-arabic-2024.html',
  'ar-akhbarelyom.html',
  'ar-lbcgroup.html',
  'ar-elbaladtv.html',
])('on the Arabic article %s', (pageName) => {
  it('shows the launcher, and the sidebar shows the right title and read-also links', async () => {
    const exp = expected(pageName);
    const page = await open(pageName);
    await waitForLauncher(page);
    // The launcher is really drawn where a reader clicks it.
    const { x, y } = await launcherPoint(page);
    expect(
      await page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('data-siyaq'),
        [x, y],
      ),
    ).toBe('launcher');
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    expect((await frame.locator('h1.title').textContent())?.trim()).toBe(exp.title);
    const links = await frame
      .locator('.read-also [data-group="own"] li a')
      .evaluateAll((as) =>
        as.map((a) => ({ url: (a as HTMLAnchorElement).href, title: a.textContent?.trim() })),
      );
    expect(links).toEqual(exp.readAlso.map((l) => ({ url: l.url, title: l.title })));
    for (const a of await frame.locator('.read-also [data-group="own"] li a').all()) {
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.getAttribute('rel')).toContain('noopener');
    }
    expect(
      await frame.evaluate(() => [document.documentElement.dir, document.documentElement.lang]),
    ).toEqual(['rtl', 'ar']);
    // The only change to the site's DOM is our one host element. (Checked before the screenshot:
    // Playwright hides carets by styling inputs while it shoots.)
    expect((await mutations(page)).filter((m) => !m.includes('siyaq-launcher'))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, pageName.replace('.html', '.png')) });
    expect(await hostCount(page)).toBe(1);
    expect((page as Page & { siyaqErrors: string[] }).siyaqErrors).toEqual([]);
    await page.close();
  });
});

describe.each([
  'fa-aryanews.html',
  'en-bbc-news-2015.html',
  'ar-masrawy-home.html',
  'ur-urdupoint-article.html',
])('on %s (not an Arabic article)', (pageName) => {
  it('shows nothing, changes nothing, stores nothing, logs nothing', async () => {
    const page = await open(pageName);
    await page.waitForLoadState('load');
    // Long enough for detection to have run (document_idle) and for a report to have been stored.
    await page.waitForTimeout(1500);
    expect(await hostCount(page)).toBe(0);
    expect(await mutations(page)).toEqual([]);
    expect((page as Page & { siyaqErrors: string[] }).siyaqErrors).toEqual([]);
    const stored = await storedArticles(browser.context, browser.extensionId);
    expect(stored.map((a) => a.pageUrl)).not.toContain(server.url(pageName));
    await page.close();
  });
});

describe('first run', () => {
  it('opens a welcome that says what is sent to Wikipedia and where to turn it off', async () => {
    const welcomeUrl = `chrome-extension://${browser.extensionId}/options.html?welcome=1`;
    await expect
      .poll(() => browser.context.pages().some((p) => p.url() === welcomeUrl), { timeout: 10_000 })
      .toBe(true);
    const welcome = browser.context.pages().find((p) => p.url() === welcomeUrl)!;
    const text = (await welcome.locator('.welcome').textContent()) ?? '';
    expect(text).toContain('ويكيبيديا');
    expect(text).toContain('وحدها');
    expect(await welcome.getByRole('checkbox', { name: /ويكيبيديا/ }).isChecked()).toBe(true);
    await welcome.close();
  });
});

describe('privacy and storage', () => {
  it('a page script cannot reach into the sidebar: closed shadow root, cross-origin frame', async () => {
    const page = await open('ar-7al-kazakhstan.html');
    await waitForLauncher(page);
    await clickLauncher(page);
    await sidebarFrame(page, browser.extensionId);
    // page.evaluate runs in the page's main world, like the site's own scripts.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-siyaq="launcher"]')!;
      const frameDocs: string[] = [];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          frameDocs.push(String(window.frames[i]!.document.title));
        } catch (e) {
          frameDocs.push(`blocked:${(e as Error).name}`);
        }
      }
      return {
        shadowRoot: host.shadowRoot === null,
        iframesVisible: document.querySelectorAll('iframe').length,
        text: host.textContent,
        frameDocs,
      };
    });
    expect(seen.shadowRoot).toBe(true);
    expect(seen.iframesVisible).toBe(0);
    expect(seen.text).toBe('');
    // A frame inside a shadow root is not even listed in window.frames; any that is must be
    // cross-origin to the page.
    expect(seen.frameDocs.every((d) => d.startsWith('blocked:'))).toBe(true);
    expect(page.frames().some((f) => f.url().includes('/sidebar.html'))).toBe(true);
    await page.close();
  });

  it('stores the visit in IndexedDB even when the sidebar was never opened', async () => {
    const page = await open('ar-albayan.html');
    await waitForLauncher(page);
    const exp = expected('ar-albayan.html');
    const stored = await storedArticles(browser.context, browser.extensionId);
    const row = stored.find((a) => a.url === exp.url);
    expect(row?.title).toBe(exp.title);
    expect(row?.pageUrl).toBe(server.url('ar-albayan.html'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    const again = (await storedArticles(browser.context, browser.extensionId)).filter(
      (a) => a.url === exp.url,
    );
    expect(again).toHaveLength(1);
    expect(again[0]!.visitCount).toBe(2);
    await page.close();
  });

  it('reads a page served in windows-1256 as the Arabic article it is', async () => {
    const name = 'ar-almadenahnews-windows-1256.html';
    const page = await open(name);
    await waitForLauncher(page);
    const exp = expected(name);
    const row = (await storedArticles(browser.context, browser.extensionId)).find(
      (a) => a.pageUrl === server.url(name),
    );
    expect(row?.title).toBe(exp.title);
    expect(row?.siteName).toBe(exp.siteName);
    await page.close();
  });

  it('the keyboard command path toggles the sidebar; the close button closes it', async () => {
    const page = await open('ar-youm7-2020.html');
    await waitForLauncher(page);
    // Headless Chromium cannot press browser-level shortcuts; send what commands.onCommand sends.
    const toggled = await browser.worker.evaluate(async (url) => {
      type Tabs = {
        query(q: { url: string }): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      const [tab] = await tabs.query({ url });
      return tabs.sendMessage(tab!.id!, { siyaq: 1, call: 'toggleSidebar', args: {} });
    }, server.url('ar-youm7-2020.html'));
    expect(toggled).toEqual({ ok: true, value: { open: true } });
    const frame = await sidebarFrame(page, browser.extensionId);
    expect((await frame.locator('h1.title').textContent())?.trim()).toBe(
      expected('ar-youm7-2020.html').title,
    );
    await frame.locator('button.close').click();
    await page.waitForFunction(() => true);
    await expect.poll(() => page.frames().length).toBe(1);
    await page.close();
  });
});

describe('key entities', () => {
  it('the sidebar lists the article’s people, places and organisations by type, with roles', async () => {
    const { page, frame } = await sidebarOn('ar-7al-kazakhstan.html');
    const group = (type: string) =>
      frame.locator(`.entities .group[data-type="${type}"] .entity .name`).allTextContents();
    await expect.poll(() => group('LOC'), { timeout: 15_000 }).toContain('كازاخستان');
    expect(await group('LOC')).toEqual(
      expect.arrayContaining(['روسيا', 'سوريا', 'ألماتي', 'أوكرانيا']),
    );
    expect(await group('PER')).toEqual(
      expect.arrayContaining(['فلاديمير بوتين', 'إيغور كوناشينكوف']),
    );
    const role = await frame
      .locator('.entities .entity', { hasText: 'إيغور كوناشينكوف' })
      .locator('.role')
      .textContent();
    expect(role).toBe('المتحدث باسم وزارة الدفاع');
    // Most salient first: the country the article is about leads its group.
    expect((await group('LOC'))[0]).toBe('كازاخستان');

    // Choosing a person marks their mentions in the page (CSS Custom Highlight API: no DOM
    // change) and scrolls to the first one; choosing again clears.
    const before = await page.evaluate(() => window.scrollY);
    const button = frame.getByRole('button', { name: 'إيغور كوناشينكوف' });
    await button.click();
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 })
      .toBeGreaterThan(before + 200);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const marked = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(
        'siyaq-entity',
      );
      return h ? [...h].map((r) => r.toString()) : null;
    });
    if (marked !== null) expect(marked).toEqual(['إيغور كوناشينكوف']);
    expect((await mutations(page)).filter((m) => !m.includes('siyaq-launcher'))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'entity-marked.png') });
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it("leaves the page's own outlet out of its entities (the BBC on the BBC's page)", async () => {
    const { page, frame } = await sidebarOn('ar-bbc-arabic-2024.html');
    const names = () => frame.locator('.entities .entity .name').allTextContents();
    await expect.poll(names, { timeout: 15_000 }).toContain('آرون بوشنل');
    // Every «قال … لبي بي سي» named the BBC: stored and shown, it would be its first organisation.
    expect((await names()).filter((n) => n.includes('بي بي سي'))).toEqual([]);
    expect(await names()).toEqual(expect.arrayContaining(['حماس', 'القوات الجوية الأمريكية']));
    await page.close();
  });
});

describe('appearance', () => {
  it('follows a dark colour scheme', async () => {
    const page = await open('ar-bbc-arabic-2024.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForLauncher(page);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    const [bg, fg] = await frame.evaluate(() => {
      const cs = getComputedStyle(document.body);
      return [cs.backgroundColor, cs.color];
    });
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(luminance(bg!)).toBeLessThan(60);
    expect(luminance(fg!)).toBeGreaterThan(180);
    await page.screenshot({ path: join(SHOTS, 'dark-ar-bbc-arabic-2024.png') });
    await page.close();
  });
});

describe('single-page navigation', () => {
  it('re-runs detection on pushState: the sidebar follows, no duplicate UI', async () => {
    const opened = await sidebarOn('ar-7al-kazakhstan.html');
    const page = opened.page;
    let frame = opened.frame;
    expect((await frame.locator('h1.title').textContent())?.trim()).toBe(
      expected('ar-7al-kazakhstan.html').title,
    );
    await swapArticle(page, 'ar-akhbarelyom.html', 'push');
    await expect
      .poll(
        async () => {
          const f = page.frames().find((x) => x.url().includes('sidebar.html'));
          return f ? 'open' : (await hostCount(page)) === 1 ? 'launcher' : 'none';
        },
        { timeout: 15_000 },
      )
      .toBe('launcher');
    expect(await hostCount(page)).toBe(1);
    await clickLauncher(page);
    frame = await sidebarFrame(page, browser.extensionId);
    expect((await frame.locator('h1.title').textContent())?.trim()).toBe(
      expected('ar-akhbarelyom.html').title,
    );
    expect(await hostCount(page)).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'spa-navigation.png') });
    await page.close();
  });
});

describe('beside the page', () => {
  const margin = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).marginLeft);
  /** The element at the top of the page's part of the view, and where it is. */
  const place = (page: Page) =>
    page.evaluate(() => {
      const el = document.elementFromPoint(innerWidth * 0.7, 60);
      return { text: el?.textContent?.trim().slice(0, 60), top: el?.getBoundingClientRect().top };
    });
  const headlineLeft = (page: Page) =>
    page.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().left);

  it('on a wide window the article moves beside the open sidebar, the reader keeping their place', async () => {
    const page = await open('ar-bbc-arabic-2024.html');
    await waitForLauncher(page);
    // Under the sidebar's 400 px in the overlay layout: the end of the (right-to-left) headline.
    expect(await headlineLeft(page)).toBeLessThan(400);
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await place(page);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    expect(await margin(page)).toBe('400px');
    const after = await place(page);
    expect(after.text).toBe(before.text);
    expect(Math.abs(after.top! - before.top!)).toBeLessThan(40);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await headlineLeft(page)).toBeGreaterThanOrEqual(400);
    await page.screenshot({ path: join(SHOTS, 'beside-bbc.png') });
    // The window narrows: the sidebar lies over the page again; it widens: beside again.
    await page.setViewportSize({ width: 900, height: 860 });
    await expect.poll(() => margin(page)).toBe('0px');
    await page.setViewportSize({ width: 1280, height: 860 });
    await expect.poll(() => margin(page)).toBe('400px');
    // Closed: the page as it was.
    await frame.getByRole('button', { name: /أغلق/ }).click();
    await expect.poll(() => margin(page)).toBe('0px');
    expect(await headlineLeft(page)).toBeLessThan(400);
    await page.close();
  });

  it('with the setting off the sidebar lies over the page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /بجانب الشريط الجانبي/ }).uncheck();
    const page = await open('ar-bbc-arabic-2024.html');
    await waitForLauncher(page);
    await clickLauncher(page);
    await sidebarFrame(page, browser.extensionId);
    expect(await margin(page)).toBe('0px');
    await options.getByRole('checkbox', { name: /بجانب الشريط الجانبي/ }).check();
    await options.close();
    await page.close();
  });
});

describe('settings', () => {
  it('"not on this site" removes the UI at once and keeps it away; the options page undoes it', async () => {
    const { page, frame } = await sidebarOn('ar-cnn-arabic-2013.html');
    await frame.getByRole('button', { name: /لا تعمل على هذا الموقع/ }).click();
    await expect.poll(() => hostCount(page), { timeout: 5000 }).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(await hostCount(page)).toBe(0);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('li bdi').allTextContents()).toEqual(['127.0.0.1']);
    await options.getByRole('button', { name: 'أعد تفعيله' }).click();
    await expect.poll(() => options.locator('li').count()).toBe(0);
    await options.close();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await page.close();
  });

  it('the cache budget takes whole numbers of at least 100; anything else is refused in words', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const articles = options.getByRole('spinbutton', { name: /المقالات/ });
    await expect.poll(() => articles.inputValue()).toBe('10000');
    await articles.fill('50');
    await articles.press('Tab');
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('لا يقل عن 100');
    const stored = () =>
      options.evaluate(
        `chrome.storage.local.get('settings.cacheBudget').then((r) => r['settings.cacheBudget'] ?? null)`,
      );
    expect(await stored()).toBeNull();
    await articles.fill('2500');
    await articles.press('Tab');
    await expect.poll(stored).toEqual({ articles: 2500, links: 30000 });
    expect(await options.getByRole('alert').count()).toBe(0);
    await options.evaluate(`chrome.storage.local.remove('settings.cacheBudget')`);
    await options.close();
  });

  it('"open automatically" opens the sidebar by itself on the next article', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const autoOpen = options.getByRole('checkbox', { name: /تلقائيًا/ });
    await autoOpen.check();
    const page = await open('ar-youm7-2024a.html');
    const frame = await sidebarFrame(page, browser.extensionId);
    expect((await frame.locator('h1.title').textContent())?.trim()).toBe(
      expected('ar-youm7-2024a.html').title,
    );
    await autoOpen.uncheck();
    await options.close();
    await page.close();
  });
});

describe('background cards', () => {
  it('one Wikipedia request on the first visit, none on the second, none with the setting off', async () => {
    const requests = await routeWikipedia(browser.context);
    const opened = await sidebarOn('ar-7al-kazakhstan.html');
    const page = opened.page;
    let frame = opened.frame;
    await frame.getByRole('button', { name: 'فلاديمير بوتين' }).click();
    await expect
      .poll(
        () =>
          frame
            .locator('.card-description')
            .textContent()
            .catch(() => null),
        { timeout: 15_000 },
      )
      .toBe('سياسي روسي ورئيس روسيا');
    // One batched request for all the names and their variants.
    await page.waitForTimeout(500);
    expect(requests).toHaveLength(1);
    const firstVisit = requests.length;
    // Names only: never the page's address or title.
    expect(requests[0]).toContain('فلاديمير بوتين');
    expect(requests.flat().join('|')).not.toMatch(/7al|حفظ السلام/);
    // A disambiguation page is not shown as the entity's card.
    const crimea = frame.getByRole('button', { name: 'القرم', exact: true });
    if (await crimea.count()) {
      await crimea.click();
      await expect
        .poll(() =>
          frame
            .locator('.card-empty')
            .textContent()
            .catch(() => ''),
        )
        .toContain('أكثر من معنى');
    }
    await page.screenshot({ path: join(SHOTS, 'card-putin.png') });

    // Second visit: everything comes from the cache.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await clickLauncher(page);
    frame = await sidebarFrame(page, browser.extensionId);
    await frame.getByRole('button', { name: 'فلاديمير بوتين' }).click();
    await expect
      .poll(() =>
        frame
          .locator('.card-description')
          .textContent()
          .catch(() => null),
      )
      .toBe('سياسي روسي ورئيس روسيا');
    expect(requests).toHaveLength(firstVisit);

    // Setting off (on the options page, the sidebar's button leads there): nothing leaves the
    // device, and the card says why.
    expect(await frame.getByRole('checkbox').count()).toBe(0);
    const optionsOpened = browser.context.waitForEvent('page');
    await frame.getByRole('button', { name: 'غيّر الإعدادات' }).click();
    const options = await optionsOpened;
    await options.waitForLoadState('domcontentloaded');
    expect(options.url()).toContain(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /ويكيبيديا/ }).uncheck();
    await expect
      .poll(() => frame.locator('.settings-state li').first().textContent())
      .toContain('متوقف');
    // The card already fetched stays, labelled as kept on this device.
    await expect
      .poll(() =>
        frame
          .locator('.card-source')
          .textContent()
          .catch(() => null),
      )
      .toContain('محفوظة على هذا الجهاز');
    const { page: other, frame: otherFrame } = await sidebarOn('ar-cnn-arabic-2013.html');
    await expect.poll(await firstEntityCardMessage(otherFrame)).toContain('متوقف');
    expect(requests).toHaveLength(firstVisit);
    await options.getByRole('checkbox', { name: /ويكيبيديا/ }).check();
    await options.close();
    // Switched back on, the open sidebar looks its names up: let that request finish here, not
    // during the next test.
    await expect.poll(() => requests.length).toBe(firstVisit + 1);
    await other.close();
    await page.close();
  });
});

describe('offline place cards', () => {
  it('a country’s card comes from the bundled data with Wikipedia off, and nothing is sent', async () => {
    const requests = await routeWikipedia(browser.context);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /ويكيبيديا/ }).uncheck();
    try {
      await placeCardsOffline(requests);
      // The Wikipedia answers kept from earlier visits are listed, and can be deleted.
      const saved = options.getByRole('status');
      await expect.poll(() => saved.textContent()).toMatch(/^[1-9]\d* بطاقة محفوظة/);
      await options.getByRole('button', { name: 'احذف البطاقات المحفوظة' }).click();
      await expect.poll(() => saved.textContent()).toContain('0 بطاقة محفوظة');
      expect(requests).toHaveLength(0);
    } finally {
      await options.getByRole('checkbox', { name: /ويكيبيديا/ }).check();
      await options.close();
    }
  });
});

/** The sample with Wikipedia off: the place cards come from the bundled data, nothing is sent. */
async function placeCardsOffline(requests: string[][]): Promise<void> {
  const { page, frame } = await sidebarOn('ar-7al-kazakhstan.html');
  await frame.getByRole('button', { name: 'كازاخستان', exact: true }).click();
  const place = frame.locator('.place-card');
  await expect
    .poll(() => place.textContent().catch(() => ''), { timeout: 10_000 })
    .toContain('أستانة');
  const text = (await place.textContent()) ?? '';
  expect(text).toContain('وسط آسيا');
  expect(text).toMatch(/تينغ/);
  expect(text).toContain('الروسية');
  // A city: its country and population.
  await frame.getByRole('button', { name: 'موسكو', exact: true }).click();
  await expect.poll(() => place.textContent().catch(() => '')).toContain('روسيا');
  expect(await place.textContent()).toContain('مليون');
  await page.waitForTimeout(400); // the smooth scroll to the card
  await page.screenshot({ path: join(SHOTS, 'card-place-offline.png') });
  expect(requests).toHaveLength(0);
  await page.close();
}

describe('Wikipedia unreachable', () => {
  it('the card says so in words, the place card still shows, no spinner stays', async () => {
    const blocked = (route: Route) => route.abort('internetdisconnected');
    await browser.context.route('https://ar.wikipedia.org/**', blocked);
    try {
      const { page, frame } = await sidebarOn('ar-almadenahnews.html');
      await expect.poll(await firstEntityCardMessage(frame)).toContain('تعذّر الوصول إلى ويكيبيديا');
      expect(await frame.locator('.skeleton').count()).toBe(0);
      await page.close();
    } finally {
      await browser.context.unroute('https://ar.wikipedia.org/**', blocked);
    }
  });
});

describe('hover cards', () => {
  it('resting on a marked mention shows a small card from the extension’s origin', async () => {
    await routeWikipedia(browser.context);
    const { page, frame } = await sidebarOn('ar-7al-kazakhstan.html');
    await frame.getByRole('button', { name: 'فلاديمير بوتين' }).click();
    await expect
      .poll(() =>
        frame
          .locator('.card-description')
          .textContent()
          .catch(() => null),
      )
      .toBe('سياسي روسي ورئيس روسيا');
    // Where a marked mention is on screen (the highlight registry is the document's).
    const point = async () =>
      page.evaluate(`(() => {
        const h = CSS.highlights.get('siyaq-entity');
        if (!h) return null;
        for (const r of h) {
          const b = r.getClientRects()[0];
          if (b && b.top > 0 && b.bottom < innerHeight && b.left > 420)
            return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
        }
        return null;
      })()`) as Promise<{ x: number; y: number } | null>;
    await expect.poll(point, { timeout: 10_000 }).not.toBeNull();
    await page.waitForTimeout(800); // the smooth scroll to the first mention settles
    const at = (await point())!;
    await page.mouse.move(at.x, at.y);
    const hoverFrame = async () =>
      page
        .frames()
        .find((f) =>
          f.url().startsWith(`chrome-extension://${browser.extensionId}/hovercard.html`),
        );
    await expect.poll(hoverFrame, { timeout: 5_000 }).toBeTruthy();
    const hover = (await hoverFrame())!;
    await expect
      .poll(() =>
        hover
          .locator('.card-description')
          .textContent()
          .catch(() => null),
      )
      .toBe('سياسي روسي ورئيس روسيا');
    expect(await hover.locator('.hover-name').textContent()).toBe('فلاديمير بوتين');
    // The page sees one closed host element and cannot read into it.
    expect(
      await page.evaluate(`(() => {
        const h = document.querySelector('[data-siyaq="hover"]');
        return h ? String(h.shadowRoot) : 'absent';
      })()`),
    ).toBe('null');
    await page.screenshot({ path: join(SHOTS, 'hover-card.png') });
    // Away from the mention, the card goes; Escape works too.
    const width = page.viewportSize()?.width ?? 1280;
    await page.mouse.move(width - 10, 10); // page, not sidebar (which is on the left)
    await expect
      .poll(() => page.evaluate(`document.querySelectorAll('[data-siyaq="hover"]').length`))
      .toBe(0);
    await page.close();
  });
});

describe('related articles', () => {
  it('lists a read article that shares entities, with its reason, and an unread link seen elsewhere', async () => {
    for (const name of ['ar-7al-kazakhstan.html', 'ar-youm7-2020.html']) {
      const p = await open(name);
      await waitForLauncher(p);
      await p.waitForTimeout(800); // stored
      await p.close();
    }
    const { page, frame } = await sidebarOn('ar-cnn-arabic-2013.html');
    const fromReading = frame.locator('[data-group="from-reading"]');
    await expect
      .poll(() => fromReading.textContent().catch(() => ''), { timeout: 10_000 })
      .toContain('الجنرال الروسي');
    const item = fromReading.locator('li', { hasText: 'الجنرال الروسي' });
    expect(await item.locator('.reason').textContent()).toContain('سوريا');
    expect(await item.locator('.read-mark').count()).toBe(1);
    expect(await item.locator('a').getAttribute('target')).toBe('_blank');
    // The Egyptian article shares nothing with this one.
    expect(await fromReading.textContent()).not.toContain(expected('ar-youm7-2020.html').title);
    // A read-also link on the Kazakhstan article, never opened: "not yet read".
    const notYet = frame.locator('[data-group="not-yet-read"]');
    expect(await notYet.textContent()).toContain('أستانا');
    expect(await notYet.locator('.read-mark').count()).toBe(0);
    await frame.locator('.read-also').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'related.png') });
    await page.close();
  });
});

describe('highlights', () => {
  it('select, highlight from the toolbar, add a note; after a reload it is painted in the same place', async () => {
    const quote = 'معاهدة الأمن الجماعي';
    const page = await open('ar-7al-kazakhstan.html');
    await waitForLauncher(page);
    await page.waitForTimeout(800); // the highlights script is installed after the visit is stored
    // Select the phrase as a reader would (the page's own world sets the selection).
    const rect = await selectPhrase(page, quote);
    expect(rect).not.toBeNull();
    // The toolbar sits above the selection, its first button (yellow) at the right end (RTL).
    const at = { x: rect!.right - 20, y: rect!.top - 29 };
    await expect
      .poll(() =>
        page.evaluate(`document.elementFromPoint(${at.x}, ${at.y})?.getAttribute('data-siyaq')`),
      )
      .toBe('toolbar');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => painted(page)).toEqual([quote]);
    expect(await page.evaluate(`document.querySelectorAll('[data-siyaq="toolbar"]').length`)).toBe(
      0,
    );

    // The sidebar lists it; a note is added there.
    await clickLauncher(page);
    let frame = await sidebarFrame(page, browser.extensionId);
    const item = frame.locator('.highlight', { hasText: quote });
    await expect.poll(() => item.count()).toBe(1);
    await item.locator('textarea').fill('القوة التي تقودها روسيا');
    await item.locator('textarea').press('Tab');
    await page.waitForTimeout(300);

    // Reload: painted again in the same place, the note still there. No wrapper in the DOM.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual([quote]);
    expect(await page.evaluate(`document.querySelectorAll('mark, siyaq-highlight').length`)).toBe(
      0,
    );
    // A click on the painted highlight opens the sidebar at it.
    const spot = (await page.evaluate(`(() => {
      const r = [...CSS.highlights.get('siyaq-hl-yellow')][0];
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
    })()`)) as { x: number; y: number };
    await page.mouse.click(spot.x, spot.y);
    frame = await sidebarFrame(page, browser.extensionId);
    await expect
      .poll(
        () =>
          frame
            .locator('.highlight.focused')
            .count()
            .catch(() => 0),
        { timeout: 5000 },
      )
      .toBe(1);
    await expect
      .poll(() =>
        frame
          .locator('.highlight textarea')
          .first()
          .inputValue()
          .catch(() => ''),
      )
      .toBe('القوة التي تقودها روسيا');
    await page.screenshot({ path: join(SHOTS, 'highlight.png') });

    // Export the page's highlights as Markdown.
    const download = page.waitForEvent('download');
    await frame.getByRole('button', { name: /Markdown/ }).click();
    const file = await (await download).path();
    const md = readFileSync(file, 'utf8');
    expect(md).toContain(`> ${quote}`);
    expect(md).toContain('القوة التي تقودها روسيا');
    expect(md).toContain('<https://7al.net/2022/01/07/russian-general-kazakhstan/>');

    // Delete, then undo, from the sidebar.
    await frame.locator('.highlight .delete').first().click();
    await expect.poll(() => painted(page)).toEqual([]);
    await frame.getByRole('button', { name: 'تراجع' }).click();
    await expect.poll(() => painted(page)).toEqual([quote]);
    await page.close();
  });
});

/**
 * What commands.onCommand and contextMenus.onClicked run in a tab: the highlights script's
 * `highlightSelection()` (headless Chromium cannot press browser-level shortcuts).
 */
async function highlightSelectionIn(pageName: string): Promise<unknown> {
  return browser.worker.evaluate(async (url) => {
    type Chrome = {
      tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
      scripting: { executeScript(o: unknown): Promise<{ result?: unknown }[]> };
    };
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await chrome.tabs.query({ url });
    const [r] = await chrome.scripting.executeScript({
      target: { tabId: tab!.id!, frameIds: [0] },
      // The page's registry of parts, in the isolated world (lib/page/parts.ts).
      func: () =>
        (
          globalThis as unknown as Record<
            symbol,
            { dispatch(p: string, m: string, a: unknown): unknown }
          >
        )[Symbol.for('siyaq.page')]!.dispatch('highlights', 'highlightSelection', {}),
    });
    return r?.result;
  }, server.url(pageName));
}

describe('highlights by keyboard and context menu', () => {
  it('the command highlights the selection; a 50,000-character selection is refused, nothing stored', async () => {
    const page = await open('ar-cnn-arabic-2013.html');
    await waitForLauncher(page);
    await page.waitForTimeout(800);
    const select = (all: boolean) =>
      page.evaluate(`(() => {
        const p = [...document.querySelectorAll('p')].find((e) => e.textContent.includes('الحسكة'));
        const r = document.createRange();
        if (${all}) {
          const big = document.createElement('p');
          big.textContent = 'نص طويل '.repeat(7000);
          document.body.append(big);
          r.selectNodeContents(big);
        } else {
          const t = [...p.childNodes].find((n) => n.nodeType === 3 && n.data.includes('الحسكة'));
          const i = t.data.indexOf('الحسكة');
          r.setStart(t, i);
          r.setEnd(t, i + 'الحسكة'.length);
        }
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        return r.toString().length;
      })()`);
    const command = () => highlightSelectionIn('ar-cnn-arabic-2013.html');
    expect(await select(true)).toBeGreaterThan(50_000);
    expect(await command()).toBe(false);
    expect(await select(false)).toBe('الحسكة'.length);
    expect(await command()).toBe(true);
    await expect.poll(() => painted(page)).toEqual(['الحسكة']);

    // The site removes that paragraph: the page repaints by itself (nothing painted on other
    // text), and the sidebar lists the highlight as not found, with its text.
    await page.evaluate(
      `[...document.querySelectorAll('p')].find((e) => e.textContent.includes('الحسكة')).remove()`,
    );
    await expect.poll(() => painted(page)).toEqual([]);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    const gone = frame.locator('.highlight', { hasText: 'الحسكة' });
    await expect
      .poll(() =>
        gone
          .locator('.not-found')
          .count()
          .catch(() => 0),
      )
      .toBe(1);
    await page.close();
  });
});

describe('highlights across single-page navigation', () => {
  it('another article shows its own (none); back on the first, its highlight is painted again', async () => {
    const quote = 'الاتحاد السوفيتي';
    const page = await open('ar-7al-kazakhstan.html');
    await waitForLauncher(page);
    await page.waitForTimeout(800);
    // Highlight the phrase with the command (as in the test above).
    await selectPhrase(page, quote);
    await highlightSelectionIn('ar-7al-kazakhstan.html');
    await expect.poll(() => painted(page)).toContain(quote);

    await swapArticle(page, 'ar-akhbarelyom.html', 'push');
    await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual([]);
    await swapArticle(page, 'ar-7al-kazakhstan.html', 'back');
    await expect.poll(() => painted(page), { timeout: 15_000 }).toContain(quote);
    await page.close();
  });
});

describe('the reader’s history', () => {
  it('an entity shows the other stored articles that mention it', async () => {
    const first = await open('ar-7al-kazakhstan.html');
    await waitForLauncher(first);
    await first.close();
    const { page, frame } = await sidebarOn('ar-cnn-arabic-2013.html');
    await frame.getByRole('button', { name: 'سوريا', exact: true }).click();
    await expect
      .poll(
        () =>
          frame
            .locator('.history-count')
            .textContent()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toMatch(/ذُكر في \d+ من مقالاتك/);
    const links = await frame
      .locator('.history-list a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain('https://7al.net/2022/01/07/russian-general-kazakhstan/');
    await page.close();
  });
});

/**
 * Puts every part of Siyaq into a page: the launcher and open sidebar, a painted highlight, an
 * entity's marks. Resolves with the sidebar frame.
 */
async function everythingIn(page: Page, pageName: string): Promise<Frame> {
  await waitForLauncher(page);
  await page.waitForTimeout(800); // the highlights part comes after the visit is stored
  await selectPhrase(page, 'الاتحاد السوفيتي');
  await highlightSelectionIn(pageName);
  await expect.poll(() => painted(page)).toContain('الاتحاد السوفيتي');
  await clickLauncher(page);
  const frame = await sidebarFrame(page, browser.extensionId);
  await frame.getByRole('button', { name: 'فلاديمير بوتين' }).click();
  await expect.poll(() => highlightNames(page)).toContain('siyaq-entity');
  return frame;
}

/** Nothing of ours in the page, and nothing of ours reacting to the reader. */
async function expectNothingLeft(page: Page): Promise<void> {
  await expect.poll(() => allHosts(page), { timeout: 10_000 }).toEqual([]);
  await expect
    .poll(async () => (await highlightNames(page)).filter((n) => n.startsWith('siyaq')))
    .toEqual([]);
  // A new selection by the reader: no toolbar comes.
  await selectPhrase(page, 'معاهدة الأمن الجماعي');
  await page.mouse.move(600, 300);
  await page.waitForTimeout(700);
  expect(await allHosts(page)).toEqual([]);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
}

describe('taking Siyaq out of a page', () => {
  const disabled = () =>
    browser.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { remove(k: string): Promise<void> } } };
        }
      ).chrome.storage.local.remove('settings.disabledSites'),
    );

  it('"not on this site" takes every part out: hosts, paint, toolbar, listeners', async () => {
    const page = await open('ar-7al-kazakhstan.html');
    const frame = await everythingIn(page, 'ar-7al-kazakhstan.html');
    await frame.getByRole('button', { name: /لا تعمل على هذا الموقع/ }).click();
    await expectNothingLeft(page);
    await disabled();
    await page.close();
  });

  it('the site switched off elsewhere (the setting synced from another browser) does the same', async () => {
    const page = await open('ar-7al-kazakhstan.html');
    await everythingIn(page, 'ar-7al-kazakhstan.html');
    await browser.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({ 'settings.disabledSites': ['127.0.0.1'] }),
    );
    await expectNothingLeft(page);
    await disabled();
    await page.close();
  });
});

// Last: it reloads the extension, which ends the service worker the other tests use.
describe('extension reload', () => {
  it('leaves nothing of ours in open pages: hosts, paint, toolbar, listeners', async () => {
    const page = await open('ar-7al-kazakhstan.html');
    await everythingIn(page, 'ar-7al-kazakhstan.html');
    await browser.worker
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => undefined); // the worker goes away while answering
    await expectNothingLeft(page);
    // Reloaded, not disabled (the profile has developer mode on): the extension is back.
    const again = await open('ar-youm7-2020.html');
    await waitForLauncher(again);
    await again.close();
    const errors = (page as Page & { siyaqErrors: string[] }).siyaqErrors;
    if (errors.length) console.log('errors after reload:', errors);
    expect(errors).toEqual([]);
    await page.close();
  });
});
