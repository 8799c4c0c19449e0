/**
 * Injected on demand (the reader chose an entity in the sidebar) into the tab's isolated world,
 * the same world as the content script: registers the page's entity marks once as a part of the
 * page (lib/page/parts.ts), which the background's calls reach and the content script's
 * teardown removes. Kept out of the always-on content script for its 32 KB budget.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EntityMarks } from '../lib/page/marks';
import { pageParts } from '../lib/page/parts';

export default defineUnlistedScript(() => {
  const parts = pageParts();
  if (!parts.get('marks')) parts.add('marks', new EntityMarks(document));
  return true;
});
