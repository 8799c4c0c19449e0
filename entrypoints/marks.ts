/**
 * Injected on demand (the reader chose an entity in the sidebar) into the tab's isolated world,
 * the same world as the content script: installs the page's entity marks once, as a global the
 * background's follow-up `executeScript({ func })` calls and the content script clears on close.
 * Kept out of the always-on content script for its 30 KB budget.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EntityMarks, MARKS_GLOBAL } from '../lib/content/marks';

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, EntityMarks | undefined>;
  g[MARKS_GLOBAL] ??= new EntityMarks(document);
  return true;
});
