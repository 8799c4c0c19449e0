/**
 * The reading list's records as the database stores them (the `readingList` table); how copies
 * merge is the reading list's own business (lib/reading/model.ts).
 */

/** The fields kept per item as registers. */
export const FIELDS = ['url', 'title', 'savedAt', 'readAt', 'archivedAt', 'deletedAt'] as const;
export type Field = (typeof FIELDS)[number];

/** What devices share about one item. */
export interface SyncedItem {
  /** `articleKey` of the article. */
  id: string;
  url: string;
  title: string;
  /** Epoch ms. */
  savedAt: number;
  readAt: number | null;
  archivedAt: number | null;
  deletedAt: number | null;
  /** The stamp each field was last written under. */
  stamps: Partial<Record<Field, string>>;
  /** Tag → [present, stamp]. */
  tagState: Record<string, [0 | 1, string]>;
  /** Fields written by a newer version of Siyaq: kept as they came, and passed on. */
  extra?: Record<string, unknown>;
}

/** An item as stored locally: the synced part and what this device knows besides. */
export interface ReadingItem extends SyncedItem {
  site: string;
  excerpt: string;
  /** Names of the article's key entities, when known. */
  entities: string[];
  /** Tags present, sorted (derived from `tagState`, indexed). */
  tags: string[];
  /** Latest change, epoch ms (indexed; for sorting and "what changed"). */
  updatedAt: number;
  /** Whether the last sync could not fit this item (the browser's sync storage is full). */
  localOnly?: boolean;
}
