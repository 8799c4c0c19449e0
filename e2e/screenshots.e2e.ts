/**
 * The visual pass (issue 18, item 3): every surface in Arabic and English, light and dark, on real
 * saved pages — the page with the launcher, the selection toolbar, the page with the sidebar and a
 * card, the hover card, the whole sidebar, the popup, the dashboard, the options and welcome
 * pages. Written to test-results/screenshots/<surface>-<lang>-<theme>.png (`npm run
 * screenshots` copies the README's set into docs/screenshots/). Not only pictures: on every
 * surface nothing overflows sideways (the document, each chip, each card), the theme really
 * applies (the background's luminance), and the page is in the language asked for.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { storedArticles } from './support/db';
import { clickLauncher, selectAsReader, sidebarFrame, waitForLauncher } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { routeWikipedia } from './support/wikipedia';

const SHOTS = resolve(import.meta.dirname, '../test-results/screenshots');
const DOCS = resolve(import.meta.dirname, '../docs/screenshots');
/**
 * The README's gallery: every surface in both languages and both themes (the launcher and the
 * selection toolbar draw their own colours over the page, which has no dark theme: one each).
 */
const GALLERY = [
  ...[
    'sidebar',
    'page-sidebar',
    'hovercard',
    'popup',
    'dashboard',
    'names',
    'entity',
    'options',
    'welcome',
  ].flatMap((s) => ['ar', 'en'].flatMap((l) => ['light', 'dark'].map((t) => `${s}-${l}-${t}.png`))),
  ...['launcher', 'toolbar'].flatMap((s) => ['ar', 'en'].map((l) => `${s}-${l}-light.png`)),
];
const SAMPLE = 'ar-7al-kazakhstan.html';
const PUTIN = 'فلاديمير بوتين';
const QUOTE = 'معاهدة الأمن الجماعي';

const PORTRAIT =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="150" viewBox="0 0 120 150">' +
  '<rect width="120" height="150" fill="#8d939a"/><circle cx="60" cy="55" r="26" fill="#d5d8dc"/>' +
  '<path d="M14 150c4-34 24-52 46-52s42 18 46 52z" fill="#d5d8dc"/></svg>';

let browser: ExtensionBrowser;
let server: FixtureServer;
/** The page of a name (issue 19): Putin's, as the tagger keys him. */
let entityPath = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await routeWikipedia(browser.context);
  // Wikipedia's thumbnails: a grey silhouette stands in (no network in tests).
  await browser.context.route('https://upload.wikimedia.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PORTRAIT }),
  );
  // A reading history for the related links, the reading list and a highlight.
  for (const name of ['ar-youm7-2020.html', 'ar-cnn-arabic-2013.html', 'ar-bbc-arabic-2024.html']) {
    const p = await browser.context.newPage();
    await p.goto(server.url(name), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(p);
    await p.waitForTimeout(800); // stored
    await p.close();
  }
  const page = await browser.context.newPage();
  await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
  await waitForLauncher(page);
  await page.waitForTimeout(800);
  await selectAsReader(page, QUOTE);
  // The selection ended with the keyboard: the toolbar has the focus on its first colour.
  await page.waitForFunction(
    () => document.activeElement?.getAttribute('data-siyaq') === 'toolbar',
  );
  await page.keyboard.press('Enter');
  await clickLauncher(page);
  const frame = await sidebarFrame(page, browser.extensionId);
  await frame.locator('.highlight textarea').waitFor();
  await frame.locator('.highlight textarea').fill('القوة التي تقودها روسيا');
  await frame.locator('.highlight textarea').press('Tab');
  await frame.locator('.save-later button').first().click();
  await frame.locator('.save-later.saved').waitFor({ timeout: 10_000 });
  await page.close();
  const putin = (await storedArticles(browser.context, browser.extensionId))
    .flatMap((a) => a.entities)
    .find((e) => e.name === PUTIN || e.aliases.includes(PUTIN));
  entityPath = `entity.html?key=${encodeURIComponent(putin!.key)}`;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (process.env.SIYAQ_DOCS === '1')
    for (const name of GALLERY) copyFileSync(join(SHOTS, name), join(DOCS, name));
});

/** Relative luminance (0 black … 1 white) of a CSS colour `rgb(r, g, b)`. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** What the layout checks read from a page or frame. */
interface Layout {
  lang: string;
  dir: string;
  background: string;
  color: string;
  /** The document is wider than its window. */
  docOverflow: number;
  /** Elements wider than their box (chips, cards, rows, buttons): "selector text". */
  overflowing: string[];
}

async function layout(target: Page | Frame): Promise<Layout> {
  return target.evaluate(() => {
    const root = document.documentElement;
    const cs = getComputedStyle(document.body);
    const overflowing = [
      ...document.querySelectorAll<HTMLElement>(
        'li, .card, button, a, h1, h2, h3, .chip, .bar, .meta, p',
      ),
    ]
      .filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
      .filter((e) => getComputedStyle(e).overflowX === 'visible' || e.clientWidth > 0)
      .filter((e) => e.clientWidth > 0)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent?.slice(0, 40)}"`);
    return {
      lang: root.lang,
      dir: root.dir,
      background: cs.backgroundColor,
      color: cs.color,
      docOverflow: root.scrollWidth - root.clientWidth,
      overflowing,
    };
  });
}

/** The theme applies: a dark background with light text, or the other way round. */
function expectTheme(l: Layout, theme: 'light' | 'dark') {
  const bg = luminance(l.background);
  const fg = luminance(l.color);
  if (theme === 'dark') {
    expect(bg).toBeLessThan(0.05);
    expect(fg).toBeGreaterThan(0.6);
  } else {
    expect(bg).toBeGreaterThan(0.85);
    expect(fg).toBeLessThan(0.05);
  }
  // WCAG contrast of the body text, both themes: at least 7:1.
  expect((Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05)).toBeGreaterThan(7);
}

function expectFits(l: Layout) {
  expect(l.docOverflow).toBeLessThanOrEqual(0);
  expect(l.overflowing).toEqual([]);
}

const shot = (surface: string, lang: string, theme: string) =>
  join(SHOTS, `${surface}-${lang}-${theme}.png`);

describe.each(['ar', 'en'] as const)('screenshots, %s', (lang) => {
  beforeAll(async () => {
    await browser.worker.evaluate(
      `chrome.storage.local.set(${JSON.stringify({ 'settings.uiLanguage': lang })})`,
    );
  });

  describe.each(['light', 'dark'] as const)('%s', (theme) => {
    it('the page: launcher, selection toolbar, sidebar with a card, hover card', async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
      await waitForLauncher(page);
      await page.waitForTimeout(800);
      await page.screenshot({ path: shot('launcher', lang, theme) });
      // The selection toolbar, over a phrase of the article.
      const rect = await selectAsReader(page, 'وتدخل روسيا العسكري');
      await expect
        .poll(() => page.evaluate(`document.querySelectorAll('[data-siyaq="toolbar"]').length`))
        .toBe(1);
      await page.screenshot({
        path: shot('toolbar', lang, theme),
        clip: {
          x: Math.max(0, rect.left - 260),
          y: Math.max(0, rect.top - 90),
          width: 640,
          height: 200,
        },
      });
      await page.keyboard.press('Escape');
      await page.evaluate(() => {
        getSelection()?.removeAllRanges();
        scrollTo(0, 0);
      });
      // The sidebar beside the page, with a person's card.
      await clickLauncher(page);
      const frame = await sidebarFrame(page, browser.extensionId);
      await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe(lang);
      await frame.getByRole('button', { name: PUTIN }).click();
      await frame.locator('.card-description').waitFor();
      await page.waitForTimeout(800); // the smooth scroll to the card and the first mention
      const inFrame = await layout(frame);
      expectTheme(inFrame, theme);
      expectFits(inFrame);
      await page.screenshot({ path: shot('page-sidebar', lang, theme) });
      // The hover card over a marked mention, right of the sidebar.
      const point = () =>
        page.evaluate(`(() => {
          for (const r of CSS.highlights.get('siyaq-entity') ?? []) {
            const b = r.getClientRects()[0];
            if (b && b.top > 0 && b.bottom < innerHeight && b.left > 420)
              return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
          }
          return null;
        })()`) as Promise<{ x: number; y: number } | null>;
      await expect.poll(point, { timeout: 10_000 }).not.toBeNull();
      const at = (await point())!;
      await page.mouse.move(at.x, at.y);
      const hoverFrame = () =>
        page
          .frames()
          .find((f) =>
            f.url().startsWith(`chrome-extension://${browser.extensionId}/hovercard.html`),
          );
      await expect.poll(hoverFrame, { timeout: 5_000 }).toBeTruthy();
      const hover = hoverFrame()!;
      await hover.locator('.card-description').waitFor();
      const hoverLayout = await layout(hover);
      expectTheme(hoverLayout, theme);
      expectFits(hoverLayout);
      const box = (await (await hover.frameElement()).boundingBox())!;
      await page.screenshot({
        path: shot('hovercard', lang, theme),
        clip: {
          x: Math.max(0, box.x - 40),
          y: Math.max(0, box.y - 60),
          width: box.width + 80,
          height: box.height + 100,
        },
      });
      await page.close();
    });

    it('the whole sidebar, with a card, highlights and related links', async () => {
      // The frame's page as the tab's top document, at the frame's width: its full height.
      const page = await browser.context.newPage();
      await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
      await waitForLauncher(page);
      await clickLauncher(page);
      const src = (await sidebarFrame(page, browser.extensionId)).url();
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 400, height: 860 });
      await page.goto(src);
      await page.locator('h1.title').waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect.poll(() => page.locator('.read-also li').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: PUTIN }).click();
      await page.locator('.card-description').waitFor();
      await page.waitForTimeout(500);
      const l = await layout(page);
      expect(l.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expectTheme(l, theme);
      expectFits(l);
      // Each chip on one line or, when two, a rounded rectangle no wider than the sidebar.
      const chips = await page.locator('.entity-list li.entity').evaluateAll((els) =>
        els.map((e) => ({
          scroll: e.scrollWidth,
          client: e.clientWidth,
          right: e.getBoundingClientRect().right,
        })),
      );
      expect(chips.length).toBeGreaterThan(3);
      for (const c of chips) {
        expect(c.scroll).toBeLessThanOrEqual(c.client);
        expect(c.right).toBeLessThanOrEqual(400);
      }
      await page.screenshot({ path: shot('sidebar', lang, theme), fullPage: true });
      await page.close();
    });

    it.each([
      ['popup', 'popup.html', 360],
      ['dashboard', 'dashboard.html', 1100],
      ['names', 'dashboard.html#names', 1100],
      ['entity', '', 1100],
      ['options', 'options.html', 900],
      ['welcome', 'options.html?welcome=1', 900],
    ] as const)('%s', async (surface, path, width) => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: surface === 'popup' ? 560 : 860 });
      await page.goto(`chrome-extension://${browser.extensionId}/${path || entityPath}`);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      if (surface === 'popup' || surface === 'dashboard')
        await page.locator('.reading-item').first().waitFor();
      if (surface === 'names') await page.locator('.name-row').first().waitFor();
      if (surface === 'entity') await page.locator('.week').first().waitFor();
      await page.waitForTimeout(400);
      const l = await layout(page);
      expect(l.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expectTheme(l, theme);
      expectFits(l);
      await page.screenshot({
        path: shot(surface, lang, theme),
        fullPage: surface !== 'popup' && surface !== 'names',
      });
      await page.close();
    });
  });
});
