/**
 * The two halves of a `LocalReplica` over a Dexie table of synced items (the reading list, the
 * followed names): merged copies written without losing a local edit made meanwhile, and the
 * "could not sync" flag written only on the rows whose flag changes.
 */
import type { EntityTable, IDType } from 'dexie';
import type { SiyaqDatabase } from '../db/database';
import { mergeItems, type SyncedItem } from './model';

type Row = SyncedItem & { localOnly?: boolean };

/** Stores merged copies: a local edit may have landed since the engine read: merged, not lost. */
export async function putMerged<R extends Row>(
  database: SiyaqDatabase,
  table: EntityTable<R, 'id'>,
  items: SyncedItem[],
  toRow: (merged: SyncedItem, before: R | undefined) => R,
): Promise<void> {
  await database.transaction('rw', table, async () => {
    const before = new Map(
      (await table.bulkGet(items.map((i) => i.id) as IDType<R, 'id'>[]))
        .filter((i): i is R => !!i)
        .map((i) => [i.id, i]),
    );
    await table.bulkPut(
      items.map((i) => {
        const b = before.get(i.id);
        return toRow(b ? mergeItems(b, i) : i, b);
      }),
    );
  });
}

/** Marks the rows in `ids` as kept on this device only, and clears the others' mark. */
export async function markLocalOnly<R extends Row>(
  database: SiyaqDatabase,
  table: EntityTable<R, 'id'>,
  ids: string[],
): Promise<void> {
  const set = new Set(ids);
  await database.transaction('rw', table, async () => {
    // Only rows whose flag changes are written (a write wakes every live view of the list).
    const flip = (await table.toArray()).filter((i) => !!i.localOnly !== set.has(i.id));
    await table.bulkPut(
      flip.map((i) => {
        const next = { ...i };
        if (set.has(i.id)) next.localOnly = true;
        else delete next.localOnly;
        return next;
      }),
    );
  });
}
