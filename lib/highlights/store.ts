/**
 * The `highlights` table's logic (issue 6): save, list a page's highlights, edit, delete with
 * undo (a tombstone, `deletedAt`), all in the extension's own database — the content script never
 * touches IndexedDB; it asks the background. Pages are matched by `articleKey`, so a visit through a
 * tracking link or the AMP page shows the same highlights.
 */
import type { HighlightRecord, SiyaqDatabase } from '../db/database';
import type { HighlightColor } from '../messaging/highlight-schemas';
import { articleKey } from '../db/article-key';
import type { Selectors } from './anchor';

/** The page key highlights are stored under. */
export function pageKey(pageUrl: string): string {
  return articleKey(pageUrl) ?? pageUrl;
}

export async function saveHighlight(
  database: SiyaqDatabase,
  h: { pageUrl: string; selectors: Selectors; color: HighlightColor; note?: string },
  now: number,
  id: string = crypto.randomUUID(),
): Promise<HighlightRecord> {
  const record: HighlightRecord = {
    id,
    url: pageKey(h.pageUrl),
    pageUrl: h.pageUrl,
    selectors: h.selectors,
    quote: h.selectors.quote.exact,
    note: h.note ?? '',
    color: h.color,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  await database.highlights.add(record);
  return record;
}

/** A page's live highlights (not deleted), in reading order. */
export async function pageHighlights(
  database: SiyaqDatabase,
  pageUrl: string,
  withDeleted = false,
): Promise<HighlightRecord[]> {
  const rows = await database.highlights.where('url').equals(pageKey(pageUrl)).toArray();
  return rows
    .filter((h) => withDeleted || h.deletedAt === null)
    .sort(
      (a, b) =>
        a.selectors.position.start - b.selectors.position.start || a.createdAt - b.createdAt,
    );
}

/** Edits a highlight; `deleted` sets or clears the tombstone. Unknown ids are an error in words. */
export async function updateHighlight(
  database: SiyaqDatabase,
  change: { id: string; note?: string; color?: HighlightColor; deleted?: boolean },
  now: number,
): Promise<HighlightRecord> {
  return database.transaction('rw', database.highlights, async () => {
    const h = await database.highlights.get(change.id);
    if (!h) throw new Error('no such highlight');
    const next: HighlightRecord = {
      ...h,
      ...(change.note !== undefined ? { note: change.note } : {}),
      ...(change.color !== undefined ? { color: change.color } : {}),
      ...(change.deleted !== undefined ? { deletedAt: change.deleted ? now : null } : {}),
      updatedAt: now,
    };
    await database.highlights.put(next);
    return next;
  });
}
