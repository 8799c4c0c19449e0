/** A bench harness: the project's own modules, bundled, run in a saved page in real Chromium. */
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../../e2e/support/browser';
import { startFixtureServer } from '../../e2e/support/server';

const root = resolve(import.meta.dirname, '../..');

/** Bundles `entry` with esbuild, loads it into `pageName` served from 127.0.0.1 in Chromium, runs `fn`. */
export async function inBundledPage<T>(
  entry: string,
  pageName: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const bundle = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  const server = await startFixtureServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (r) =>
      r.request().url().startsWith(server.origin) ? r.continue() : r.abort(),
    );
    await page.goto(server.url(pageName), { waitUntil: 'load' });
    await page.evaluate(bundle.outputFiles[0]!.text);
    return await fn(page);
  } finally {
    await browser.close();
    await server.close();
  }
}
