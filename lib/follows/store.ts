/**
 * The names this device follows, in the `follows` table, and the sync engine's view of them
 * (`LocalReplica`). Edits are register writes of the reading list's CRDT (lib/reading/ops.ts)
 * under the one clock of the background; merges come in through `put`.
 */
import type { EntityType, SiyaqDatabase } from '../db/database';
import type { Hlc } from '../reading/hlc';
import { isLive, latestStamp, syncedPart, type SyncedItem } from '../reading/model';
import { parseStamp } from '../reading/hlc';
import { deleteItem, saveItem } from '../reading/ops';
import type { LocalReplica } from '../reading/sync';
import { markLocalOnly, putMerged } from '../reading/replica-table';
import {
  MAX_FOLLOWS,
  followId,
  isEntityKey,
  isFollowId,
  keyOfFollow,
  toFollowed,
  type FollowRecord,
  type Followed,
} from './model';

/** The stored record for a synced follow item. */
export function toRecord(s: SyncedItem, before?: FollowRecord): FollowRecord {
  const key = keyOfFollow(s.id);
  const latest = latestStamp(s);
  return {
    ...syncedPart(s),
    key,
    // A key this version cannot read (a later version's) is kept and passed on, never shown.
    type: isEntityKey(key) ? (key.slice(0, key.indexOf(':')) as EntityType) : 'MISC',
    // The latest stamp's time, as the reading list keeps it: what the clock restarts after.
    updatedAt: latest ? parseStamp(latest).ms : 0,
    ...(before?.localOnly ? { localOnly: true } : {}),
  };
}

/** Why a follow was refused, in words for the caller's message. */
export class FollowError extends Error {}

export class Follows implements LocalReplica {
  constructor(
    private readonly database: () => SiyaqDatabase,
    readonly clock: () => Promise<Hlc>,
    /** Called after every local edit (the sync engine's `localChanged`). */
    private readonly changed: () => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  private get table() {
    return this.database().follows;
  }

  /** Follows `key` under the name the reader saw; following it again changes nothing. */
  async follow(key: string, name: string): Promise<Followed> {
    if (!isEntityKey(key)) throw new FollowError(`not an entity key: ${key.slice(0, 80)}`);
    const title = name.replace(/\s+/g, ' ').trim().slice(0, 200) || key.slice(key.indexOf(':') + 1);
    const clock = await this.clock();
    const record = await this.database().transaction('rw', this.table, async () => {
      const before = await this.table.get(followId(key));
      if (before && isLive(before)) return before;
      if ((await this.table.filter(isLive).count()) >= MAX_FOLLOWS)
        throw new FollowError(`at most ${MAX_FOLLOWS} names can be followed`);
      const id = followId(key);
      const stamp = clock.tick();
      const next = toRecord(
        saveItem(before, { id, url: '', title, savedAt: this.now() }, stamp),
        before,
      );
      await this.table.put(next);
      return next;
    });
    this.changed();
    return toFollowed(record);
  }

  /** Stops following `key` (a tombstone that syncs); returns whether it was followed. */
  async unfollow(key: string): Promise<boolean> {
    const clock = await this.clock();
    const done = await this.database().transaction('rw', this.table, async () => {
      const before = await this.table.get(followId(key));
      if (!before || !isLive(before)) return false;
      await this.table.put(toRecord(deleteItem(before, this.now(), clock.tick()), before));
      return true;
    });
    if (done) this.changed();
    return done;
  }

  // LocalReplica

  async all(): Promise<SyncedItem[]> {
    return this.table.toArray();
  }

  async put(items: SyncedItem[]): Promise<void> {
    const ours = items.filter((i) => isFollowId(i.id));
    if (ours.length) await putMerged(this.database(), this.table, ours, toRecord);
  }

  async setLocalOnly(ids: string[]): Promise<void> {
    await markLocalOnly(this.database(), this.table, ids);
  }
}

/** The live follows, most recent first (pages and the sidebar read them). */
export async function followedNames(database: SiyaqDatabase): Promise<Followed[]> {
  const all = await database.follows.toArray();
  return all
    .filter((r) => isLive(r) && isEntityKey(r.key))
    .map(toFollowed)
    .sort((a, b) => b.followedAt - a.followedAt || (a.key < b.key ? -1 : 1));
}

/**
 * The sync engine's one local replica over the reading list and the follows: each item goes to
 * the store of its kind; the area's items of a kind this version does not know are dropped.
 */
export function combinedReplica(reading: LocalReplica, follows: LocalReplica): LocalReplica {
  return {
    async all() {
      return [...(await reading.all()), ...(await follows.all())];
    },
    async put(items) {
      const f = items.filter((i) => isFollowId(i.id));
      const r = items.filter((i) => !isFollowId(i.id));
      if (r.length) await reading.put(r);
      if (f.length) await follows.put(f);
    },
    async setLocalOnly(ids) {
      await reading.setLocalOnly(ids.filter((id) => !isFollowId(id)));
      await follows.setLocalOnly(ids.filter(isFollowId));
    },
  };
}
