/**
 * Injected by the background into a detected Arabic article, in the content script's isolated
 * world: installs the page's highlights once (`lib/highlights/page.ts`) as a global the
 * background's follow-up `executeScript({ func })` calls use. Kept out of the always-on content
 * script (its 30 KB budget): anchoring brings approx-string-match.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { HIGHLIGHTS_GLOBAL, PageHighlights } from '../lib/highlights/page';
import { callBackground } from '../lib/messaging/clients';
import { READ_ACTIVE_MS, READ_DEPTH } from '../lib/reading/thresholds';
import { watchReading } from '../lib/reading/progress';
import { findBodyRoot } from '../lib/pipeline/body-root';

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
  // Reading progress: a saved article read through is marked read (the background checks that
  // it is saved and the thresholds; nothing is kept about unsaved pages).
  watchReading(window, {
    root: () => findBodyRoot(document),
    report: (p) => callBackground('readingProgress', { url: location.href, ...p }),
    minActiveMs: READ_ACTIVE_MS,
    minDepth: READ_DEPTH,
  });
  await page.restore();
  return true;
});
