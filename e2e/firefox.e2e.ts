/**
 * Firefox smoke run (issue 2, item 9): the Firefox build loads in Debian's firefox-esr through
 * puppeteer-core 24 (WebDriver BiDi), and on the sample article the launcher appears — which in
 * this design also means the background extracted and stored the article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';

const FIREFOX_BUILD = resolve(import.meta.dirname, '../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error('no Firefox build: run "npm run build:firefox"');
  server = await startFixtureServer();
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
