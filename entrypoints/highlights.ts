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
    // Installed again: the same page after an edit, or another article after a single-page
    // navigation — the calls below read the address afresh each time.
    await g[HIGHLIGHTS_GLOBAL]!.reload();
    return true;
  }
  const page = new PageHighlights(document, {
    get pageUrl() {
      return location.href;
    },
    get title() {
      return document.title;
    },
    load: () => callBackground('highlightsForPage', { pageUrl: location.href }),
    save: (h) => callBackground('saveHighlight', { pageUrl: location.href, ...h }),
    open: (id) => callBackground('openHighlight', { id }),
  });
  g[HIGHLIGHTS_GLOBAL] = page;
  await page.restore();
  return true;
});
