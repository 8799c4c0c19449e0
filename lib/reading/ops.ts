/**
 * Local edits of the reading list as register writes: each takes the item as it is (or nothing)
 * and a fresh stamp from this device's clock, and returns the item after the edit. Pure.
 */
import { FIELDS, emptyItem, isLive, normalise, type Field, type SyncedItem } from './model';

export interface SaveInput {
  id: string;
  url: string;
  title: string;
  /** When it was saved (an import keeps the source's time); else the stamp's time. */
  savedAt: number;
  readAt?: number | null;
  archivedAt?: number | null;
  tags?: string[];
}

/**
 * Saves an article. A new (or deleted) item is written whole; an item already on the list keeps
 * its state and only gains a title it lacked and the given tags.
 */
export function saveItem(item: SyncedItem | undefined, s: SaveInput, stamp: string): SyncedItem {
  let out: SyncedItem;
  if (!item || !isLive(item)) {
    out = {
      ...(item ?? emptyItem(s.id)),
      stamps: { ...item?.stamps },
      tagState: { ...item?.tagState },
    };
    const values: Pick<SyncedItem, Field> = {
      url: s.url,
      title: s.title,
      savedAt: s.savedAt,
      readAt: s.readAt ?? null,
      archivedAt: s.archivedAt ?? null,
      deletedAt: null,
    };
    for (const f of FIELDS) {
      (out as Record<Field, unknown>)[f] = values[f];
      out.stamps[f] = stamp;
    }
  } else {
    out = item;
    if (!item.title && s.title) out = setField(out, 'title', s.title, stamp);
  }
  for (const tag of s.tags ?? [])
    if (out.tagState[tag]?.[0] !== 1) out = setTag(out, tag, true, stamp);
  return out;
}

/** Writes one field. */
export function setField<F extends Exclude<Field, 'deletedAt'>>(
  item: SyncedItem,
  field: F,
  value: SyncedItem[F],
  stamp: string,
): SyncedItem {
  return { ...item, [field]: value, stamps: { ...item.stamps, [field]: stamp } };
}

/** Adds or removes a tag. */
export function setTag(item: SyncedItem, tag: string, present: boolean, stamp: string): SyncedItem {
  return { ...item, tagState: { ...item.tagState, [tag]: [present ? 1 : 0, stamp] } };
}

/** Deletes the item: a tombstone at `at`. */
export function deleteItem(item: SyncedItem, at: number, stamp: string): SyncedItem {
  return normalise({ ...item, deletedAt: at, stamps: { ...item.stamps, deletedAt: stamp } });
}
