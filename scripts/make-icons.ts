/**
 * Renders public/icon.svg to the PNG sizes the manifests need (public/icon/<size>.png), with
 * Debian's Chromium. Run by hand after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/support/browser';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'public/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: join(root, `public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
