/**
 * What the popup and the dashboard show of the list (issue 7), pure: which items are in a view,
 * in which order, matching which search. Search folds Arabic spelling (hamza forms, ta marbuta,
 * alef maqsura, diacritics) so "الاسد" finds "الأسد", and looks at titles, sites, tags and the
 * article's entities.
 */
import { foldArabic } from '../text/arabic';
import type { ReadingItem } from './model';

export type ReadingView = 'unread' | 'read' | 'archived' | 'all';
export type ReadingSort = 'newest' | 'oldest' | 'title' | 'site';

export interface ViewQuery {
  view: ReadingView;
  tag?: string | null;
  search?: string;
  sort?: ReadingSort;
}

/** Which view an item belongs to (archived wins over read). */
export function viewOf(i: ReadingItem): Exclude<ReadingView, 'all'> | null {
  if (i.deletedAt !== null) return null;
  if (i.archivedAt !== null) return 'archived';
  return i.readAt !== null ? 'read' : 'unread';
}

/** The items of `q.view`, with `q.tag`, matching every word of `q.search`, sorted. */
export function selectItems(items: ReadingItem[], q: ViewQuery): ReadingItem[] {
  const words = foldArabic(q.search ?? '')
    .split(' ')
    .filter(Boolean);
  const out = items.filter((i) => {
    const v = viewOf(i);
    if (!v || (q.view !== 'all' && v !== q.view)) return false;
    if (q.tag && !i.tags.includes(q.tag)) return false;
    if (!words.length) return true;
    const hay = foldArabic([i.title, i.site, i.url, ...i.tags, ...i.entities].join(' '));
    return words.every((w) => hay.includes(w));
  });
  const byTitle = new Intl.Collator('ar');
  const cmp: Record<ReadingSort, (a: ReadingItem, b: ReadingItem) => number> = {
    newest: (a, b) => b.savedAt - a.savedAt,
    oldest: (a, b) => a.savedAt - b.savedAt,
    title: (a, b) => byTitle.compare(a.title || a.url, b.title || b.url),
    site: (a, b) => byTitle.compare(a.site, b.site) || b.savedAt - a.savedAt,
  };
  return out.sort((a, b) => cmp[q.sort ?? 'newest'](a, b) || (a.id < b.id ? -1 : 1));
}

/** Counts per view, and the tags in use with their counts (live items only). */
export function summarise(items: ReadingItem[]) {
  const views = { unread: 0, read: 0, archived: 0, all: 0 };
  const tags = new Map<string, number>();
  let localOnly = 0;
  for (const i of items) {
    const v = viewOf(i);
    if (!v) continue;
    views[v]++;
    views.all++;
    if (i.localOnly) localOnly++;
    for (const t of i.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  return {
    views,
    tags: [...tags].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    localOnly,
  };
}
