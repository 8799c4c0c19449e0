/**
 * Followed names (issue 19): a reader follows an entity — its key, `TYPE:normalised name` — and
 * the articles that mention it are marked. A follow is an item of the reading list's CRDT
 * (lib/reading/model.ts): one set of last-writer-wins registers per name, stamped by the same
 * clock, merged and synced by the same engine within the same quotas. Its id is the entity key
 * behind {@link FOLLOW_PREFIX}; `title` holds the name as the reader saw it, `savedAt` when it was
 * followed, `deletedAt` an unfollow (a tombstone: following again brings it back). Its `url`
 * stays empty. Reading-list ids are article keys (host and path), which never begin with the
 * prefix, so the two kinds never meet.
 */
import type { EntityType } from '../db/database';
import type { SyncedItem } from '../reading/model';
export { isEntityKey } from '../db/entities';

export const FOLLOW_PREFIX = '@';
/** Followed names kept at most (the sync area is shared with the reading list). */
export const MAX_FOLLOWS = 500;

export const followId = (key: string) => FOLLOW_PREFIX + key;
export const isFollowId = (id: string) => id.startsWith(FOLLOW_PREFIX);
export const keyOfFollow = (id: string) => id.slice(FOLLOW_PREFIX.length);

/** A followed name as this device stores it: the synced item and what is derived from it. */
export interface FollowRecord extends SyncedItem {
  /** The entity key (the id without its prefix). */
  key: string;
  type: EntityType;
  /** Latest change, epoch ms (indexed). */
  updatedAt: number;
  /** Whether the last sync could not fit it. */
  localOnly?: boolean;
}

/** What the pages and the sidebar need of a live follow. */
export interface Followed {
  key: string;
  name: string;
  type: EntityType;
  followedAt: number;
}

export const toFollowed = (r: FollowRecord): Followed => ({
  key: r.key,
  name: r.title,
  type: r.type,
  followedAt: r.savedAt,
});
