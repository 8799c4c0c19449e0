/**
 * The reading list's items and how two copies of one merge (issue 7, DESIGN.md "Reading list
 * sync"). Every synced field is a last-writer-wins register under a hybrid logical clock stamp;
 * tags are a set of such registers (one per tag), so two devices adding different tags at once
 * both keep theirs. A delete is a stamped `deletedAt` (a tombstone): fields older than it are
 * cleared, and a later save brings the item back. Merging is commutative, associative and
 * idempotent, so copies that have seen the same changes are equal in any delivery order.
 */
import { isStamp } from './hlc';

import { FIELDS, type Field, type ReadingItem, type SyncedItem } from '../db/reading-records';
export { FIELDS, type Field, type ReadingItem, type SyncedItem };

/** The empty value of each field. */
const EMPTY: Pick<SyncedItem, Field> = {
  url: '',
  title: '',
  savedAt: 0,
  readAt: null,
  archivedAt: null,
  deletedAt: null,
};

/** An item with nothing written yet: every register empty and unstamped. */
export const emptyItem = (id: string): SyncedItem => ({ id, ...EMPTY, stamps: {}, tagState: {} });

/** The later of two stamps (either may be missing). */
const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a >= b ? a : b;

/** Whether the item is on the list (not deleted). */
export const isLive = (i: SyncedItem) => i.deletedAt === null;

/** Tags present in `tagState`, sorted. */
export function presentTags(tagState: SyncedItem['tagState']): string[] {
  return Object.keys(tagState)
    .filter((t) => tagState[t]![0] === 1)
    .sort();
}

/** The latest stamp anywhere in the item. */
export function latestStamp(i: SyncedItem): string {
  let s = '';
  for (const f of FIELDS) s = later(s, i.stamps[f]) ?? s;
  for (const [, st] of Object.values(i.tagState)) s = later(s, st) ?? s;
  return s;
}

/**
 * Clears what a delete supersedes: fields and tags stamped before the tombstone go back to
 * empty (a re-save writes them anew). Both copies of a merge do this, so they stay equal.
 */
export function normalise<T extends SyncedItem>(item: T): T {
  const del = item.stamps.deletedAt;
  if (item.deletedAt === null || del === undefined) return item;
  const out = { ...item, stamps: { ...item.stamps }, tagState: { ...item.tagState } };
  for (const f of FIELDS) {
    if (f === 'deletedAt' || f === 'url') continue; // the URL says what was deleted
    const st = out.stamps[f];
    if (st !== undefined && st < del) {
      (out as Record<Field, unknown>)[f] = EMPTY[f];
      delete out.stamps[f];
    }
  }
  for (const [tag, [, st]] of Object.entries(out.tagState)) if (st < del) delete out.tagState[tag];
  return out;
}

/** The merge of two copies of one item (same `id`): every register takes its later write. */
export function mergeItems(a: SyncedItem, b: SyncedItem): SyncedItem {
  const out = emptyItem(a.id);
  for (const f of FIELDS) {
    const sa = a.stamps[f];
    const sb = b.stamps[f];
    const from = sb !== undefined && (sa === undefined || sb > sa) ? b : a;
    (out as Record<Field, unknown>)[f] = from[f];
    const st = from.stamps[f];
    if (st !== undefined) out.stamps[f] = st;
  }
  for (const tag of new Set([...Object.keys(a.tagState), ...Object.keys(b.tagState)])) {
    const ta = a.tagState[tag];
    const tb = b.tagState[tag];
    out.tagState[tag] = !ta ? tb! : !tb ? ta : tb[1] > ta[1] ? tb : ta;
  }
  const extra = mergeExtra(a, b);
  if (extra) out.extra = extra;
  return normalise(out);
}

/**
 * Unknown fields: the union; in a clash, the copy with the later latest stamp wins (the same
 * answer whichever copy is merged into which).
 */
function mergeExtra(a: SyncedItem, b: SyncedItem) {
  if (!a.extra && !b.extra) return undefined;
  const sa = latestStamp(a);
  const sb = latestStamp(b);
  const bWins =
    sb > sa || (sb === sa && JSON.stringify(b.extra ?? {}) > JSON.stringify(a.extra ?? {}));
  return bWins ? { ...a.extra, ...b.extra } : { ...b.extra, ...a.extra };
}

/** The synced part of an item. */
export function syncedPart(i: SyncedItem): SyncedItem {
  const out: SyncedItem = {
    id: i.id,
    url: i.url,
    title: i.title,
    savedAt: i.savedAt,
    readAt: i.readAt,
    archivedAt: i.archivedAt,
    deletedAt: i.deletedAt,
    stamps: { ...i.stamps },
    tagState: { ...i.tagState },
  };
  if (i.extra && Object.keys(i.extra).length) out.extra = { ...i.extra };
  return out;
}

/** Whether two synced parts are the same (registers, stamps, tags, extra). */
export function sameSynced(a: SyncedItem, b: SyncedItem): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(i: SyncedItem) {
  const sortObj = (o: Record<string, unknown> | undefined) =>
    o ? Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1))) : {};
  return [
    i.id,
    ...FIELDS.map((f) => [i[f], i.stamps[f] ?? null]),
    sortObj(i.tagState),
    sortObj(i.extra),
  ];
}

/** Whether `v` has the shape of stamps (each a well-formed stamp). */
export function validStamps(v: Record<string, unknown>): boolean {
  return Object.values(v).every(isStamp);
}
