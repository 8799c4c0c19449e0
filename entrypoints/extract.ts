/**
 * Injected by the background into a tab whose content script detected an Arabic article:
 * runs Readability-based extraction there and returns the result to `scripting.executeScript`
 * (which waits for the promise). In two tasks, so a heavy page keeps painting in between.
 * Kept out of the content script so Readability (~35 KB) loads only on articles.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticleInSteps } from '../lib/pipeline/extract';

export default defineUnlistedScript(async () => {
  try {
    return await extractArticleInSteps(document, location.href, { fetchedAt: new Date() });
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
});
