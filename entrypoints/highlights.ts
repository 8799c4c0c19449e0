/**
 * Injected by the background into a detected Arabic article, in the content script's isolated
 * world: registers the page's highlights and the reading-progress watcher as parts of the page
 * (lib/page/parts.ts), which the background's calls reach and the content script's teardown
 * removes. Kept out of the always-on content script (its 32 KB budget): anchoring brings
 * approx-string-match.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageHighlights } from '../lib/page/highlights';
import { pageParts } from '../lib/page/parts';
import { callBackground } from '../lib/messaging/clients';
import { READ_ACTIVE_MS, READ_DEPTH } from '../lib/reading/thresholds';
import { watchReading } from '../lib/reading/progress';
import { findBodyRoot } from '../lib/pipeline/body-root';

export default defineUnlistedScript(async () => {
  const parts = pageParts();
  const installed = parts.get('highlights') as PageHighlights | undefined;
  if (installed) {
    // Installed again on the same page view (the content script tears everything down on a
    // single-page navigation, so this is the same article): load afresh.
    await installed.reload();
    return true;
  }
  // The toolbar's words, in the reader's language (this script carries no dictionary).
  const labels = await callBackground('pageLabels', {});
  if (parts.get('highlights')) return true;
  const page = new PageHighlights(document, {
    labels,
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
  parts.add('highlights', page);
  // Reading progress: a saved article read through is marked read (the background checks that
  // it is saved and the thresholds; nothing is kept about unsaved pages). Counted afresh for
  // each article: a single-page navigation tears this part down with the rest.
  const stop = watchReading(window, {
    root: () => findBodyRoot(document),
    report: (p) => callBackground('readingProgress', { url: location.href, ...p }),
    minActiveMs: READ_ACTIVE_MS,
    minDepth: READ_DEPTH,
  });
  parts.add('reading', { teardown: stop });
  await page.restore();
  return true;
});
