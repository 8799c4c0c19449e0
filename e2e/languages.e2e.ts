/**
 * Arabic and English (issue 18, item 4), in Chromium: Siyaq follows the browser's language until
 * the reader chooses one; the choice turns every page (sidebar, options, popup) at once; the
 * article's own text keeps its direction in the English UI; the launcher and the selection toolbar
 * in the page speak the same language. And the built manifests are localised through _locales.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import {
  clickLauncher,
  selectAsReader,
  shadowElements,
  sidebarFrame,
  waitForLauncher,
} from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';

const OUTPUT = resolve(import.meta.dirname, '../.output');
const SHOTS = resolve(import.meta.dirname, '../test-results/screenshots');
const SAMPLE = 'ar-7al-kazakhstan.html';
const TITLE = 'من هو الجنرال الروسي الذي يقود قوات "حفظ السلام" في كازاخستان؟';

describe.each(['chrome-mv3', 'firefox-mv2'])('the built manifest (%s)', (build) => {
  const dir = join(OUTPUT, build);
  const manifest = () =>
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('names, describes and titles the extension and its commands through __MSG_ keys', () => {
    const m = manifest() as {
      name: string;
      description: string;
      default_locale: string;
      commands: Record<string, { description: string }>;
    };
    expect(m.name).toMatch(/^__MSG_\w+__$/);
    expect(m.description).toMatch(/^__MSG_\w+__$/);
    expect(Object.keys(m.commands).sort()).toEqual([
      'highlight-selection',
      'save-for-later',
      'toggle-sidebar',
    ]);
    for (const c of Object.values(m.commands)) expect(c.description).toMatch(/^__MSG_\w+__$/);
    expect(m.default_locale).toBe('en');
    expect(existsSync(join(dir, '_locales', m.default_locale, 'messages.json'))).toBe(true);
  });

  it.each(['ar', 'en'])('_locales/%s holds every key the manifest uses', (lang) => {
    const used = [...JSON.stringify(manifest()).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThanOrEqual(5);
    const messages = JSON.parse(
      readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8'),
    ) as Record<string, { message?: string }>;
    for (const key of used) expect(messages[key]?.message?.trim(), key).toBeTruthy();
  });
});

/** The page's `<html lang dir>`. */
const langDir = (page: Page | Frame) =>
  page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`);

/** The computed direction of the first element matching `selector`. */
const directionOf = (page: Page | Frame, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => getComputedStyle(e).direction);

describe('an English browser, no language chosen: English', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    browser = await launchWithExtension({ locale: 'en-US', uiLanguage: 'browser' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the sidebar follows the browser's language; the Arabic article stays right to left", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    expect(await langDir(frame)).toBe('en ltr');
    expect(await frame.getByRole('button', { name: 'Close the sidebar' }).count()).toBe(1);
    expect(
      await frame.getByRole('heading', { name: 'Key people, places and organisations' }).count(),
    ).toBe(1);
    expect(await frame.locator('#read-also-heading').textContent()).toMatch(/^Read also/);
    // The article's text keeps its own direction inside the English page.
    expect((await frame.locator('h1.title').textContent())?.trim()).toBe(TITLE);
    expect(await directionOf(frame, 'h1.title')).toBe('rtl');
    expect(await directionOf(frame, '.entities .entity .name')).toBe('rtl');
    expect(await directionOf(frame, '.read-also li a')).toBe('rtl');
    await page.screenshot({ path: join(SHOTS, 'sidebar-en.png') });
    await page.close();
  });

  it('the launcher and the selection toolbar in the page speak English too', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    const launcher = (await shadowElements(page, 'launcher')).find((e) => e.name === 'button');
    expect(launcher?.attributes['aria-label']).toBe('Open Siyaq');
    expect(launcher?.text).toBe('Siyaq');
    await page.waitForTimeout(800); // the highlights script comes after the visit is stored
    await selectAsReader(page, 'معاهدة الأمن الجماعي');
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('[data-siyaq="toolbar"]').length))
      .toBe(1);
    const toolbar = await shadowElements(page, 'toolbar');
    const bar = toolbar.find((e) => e.attributes.role === 'toolbar');
    expect(bar?.attributes).toMatchObject({
      dir: 'ltr',
      lang: 'en',
      'aria-label': 'Siyaq: highlight',
    });
    expect(
      toolbar.filter((e) => e.name === 'button').map((b) => b.attributes['aria-label']),
    ).toEqual([
      'Highlight in yellow',
      'Highlight in green',
      'Highlight in blue',
      'Highlight in pink',
      'Highlight and add a note',
      'Copy the quote',
    ]);
    await page.close();
  });

  it("the options page offers the browser's language (English), Arabic and English", async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => langDir(options)).toBe('en ltr');
    expect(await options.getByRole('heading', { name: 'Siyaq settings' }).count()).toBe(1);
    const menu = options.getByRole('combobox', { name: 'Language' });
    expect(await menu.inputValue()).toBe('auto');
    expect(await menu.locator('option').allTextContents()).toEqual([
      "The browser's language (English)",
      'العربية',
      'English',
    ]);
    await options.close();
  });
});

describe('an Arabic browser, English chosen: English on every page, and the choice applies at once', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  let frame: Frame;
  let options: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ locale: 'ar', uiLanguage: 'en' });
    page = await browser.context.newPage();
    await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await clickLauncher(page);
    frame = await sidebarFrame(page, browser.extensionId);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the sidebar, the options page and the popup are in English, left to right', async () => {
    expect(await langDir(frame)).toBe('en ltr');
    expect(await frame.locator('.save-later button.save').textContent()).toBe('Save for later');
    expect(await frame.locator('#settings-heading').textContent()).toBe('Settings');
    expect(await directionOf(frame, 'h1.title')).toBe('rtl');
    await expect.poll(() => langDir(options)).toBe('en ltr');
    expect(await options.title()).toBe('Siyaq settings');
    const menu = options.getByRole('combobox', { name: 'Language' });
    expect(await menu.inputValue()).toBe('en');
    expect(await menu.locator('option').first().textContent()).toBe(
      "The browser's language (العربية)",
    );
    await expect.poll(() => langDir(popup)).toBe('en ltr');
    expect(await popup.getByRole('heading', { name: 'Reading list' }).count()).toBe(1);
    expect(await popup.getByRole('link', { name: 'Open the reading list' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Save for later' }).count()).toBe(0); // no tab
  });

  it('Arabic chosen on the options page: every open page turns Arabic, right to left', async () => {
    await options.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect.poll(() => langDir(options)).toBe('ar rtl');
    expect(await options.getByRole('heading', { name: 'إعدادات سياق' }).count()).toBe(1);
    await expect.poll(() => langDir(frame)).toBe('ar rtl');
    expect(await frame.locator('#entities-heading').textContent()).toBe('الأبرز في المقال');
    await expect.poll(() => langDir(popup)).toBe('ar rtl');
    expect(await popup.getByRole('heading', { name: 'قائمة القراءة' }).count()).toBe(1);
    // Back to the browser's language: Arabic here. Then English again.
    await options.getByRole('combobox', { name: 'لغة الواجهة' }).selectOption('auto');
    await expect.poll(() => langDir(frame)).toBe('ar rtl');
    await options.getByRole('combobox', { name: 'لغة الواجهة' }).selectOption('en');
    await expect.poll(() => langDir(frame)).toBe('en ltr');
    await expect.poll(() => langDir(popup)).toBe('en ltr');
    expect(await frame.locator('#entities-heading').textContent()).toBe(
      'Key people, places and organisations',
    );
  });
});
