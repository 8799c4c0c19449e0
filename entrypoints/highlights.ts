/**
 * Injected by the background into a detected Arabic article, in the content script's isolated
 * world: installs the page's highlights once (`lib/highlights/page.ts`) as a global the
 * background's follow-up `executeScript({ func })` calls use. Kept out of the always-on content
 * script (its 30 KB budget): anchoring brings approx-string-match.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { HIGHLIGHTS_GLOBAL, PageHighlights } from '../lib/highlights/page';
import { callBackground } from '../lib/messaging/clients';

export default defineUnlistedScript(async () => {
  const g = globalThis as unknown as Record<string, PageHighlights | undefined>;
  if (g[HIGHLIGHTS_GLOBAL]) {
    await g[HIGHLIGHTS_GLOBAL]!.reload();
    return true;
  }
  const pageUrl = location.href;
  const page = new PageHighlights(document, {
    pageUrl,
    title: document.title,
    load: () => callBackground('highlightsForPage', { pageUrl }),
    save: (h) => callBackground('saveHighlight', { pageUrl, ...h }),
  });
  g[HIGHLIGHTS_GLOBAL] = page;
  await page.restore();
  return true;
});
