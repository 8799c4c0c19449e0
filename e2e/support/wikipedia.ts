/** Answers Arabic Wikipedia's API from e2e/fixtures/arwiki-pages.json, and counts the requests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

type Fixture = {
  redirects: Record<string, string>;
  pages: Record<string, Record<string, unknown>>;
};
const FIXTURE = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/arwiki-pages.json'), 'utf8'),
) as Fixture;

/** Installs the route; returns the requests seen so far (live array of their `titles`). */
export async function routeWikipedia(context: BrowserContext): Promise<string[][]> {
  const seen: string[][] = [];
  await context.route('https://ar.wikipedia.org/w/api.php**', async (route) => {
    const url = new URL(route.request().url());
    const titles = (url.searchParams.get('titles') ?? '').split('|').filter(Boolean);
    seen.push(titles);
    const redirects = titles
      .filter((t) => FIXTURE.redirects[t])
      .map((t) => ({ from: t, to: FIXTURE.redirects[t]! }));
    const targets = titles.map((t) => FIXTURE.redirects[t] ?? t);
    // Like TextExtracts: 20 intro extracts per request at most, the rest after `excontinue`.
    const from = Number(url.searchParams.get('excontinue') ?? 0);
    let existing = 0;
    const pages = [...new Set(targets)].map((t) => {
      const page = FIXTURE.pages[t];
      if (!page) return { ns: 0, title: t, missing: true };
      const i = existing++;
      return i >= from && i < from + 20 ? page : { ...page, extract: undefined };
    });
    const more =
      existing > from + 20 ? { continue: { excontinue: from + 20, continue: '||' } } : {};
    await route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ ...more, query: { redirects, pages } }),
    });
  });
  return seen;
}
