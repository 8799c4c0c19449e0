/**
 * The background's reading-list calls (issue 7). The background is the only context that edits
 * the list, so one clock stamps every edit made on this device; the popup and the dashboard read
 * the list themselves (Dexie `liveQuery`, first-party in the extension origin) and ask here to
 * change it.
 */
import type * as v from 'valibot';
import { readArticle } from '../related/visits';
import type { ReadingEditSchema } from '../messaging/reading-schemas';
import { READ_ACTIVE_MS, READ_DEPTH } from '../reading/thresholds';
import type { HighlightRecord, SiyaqDatabase } from '../db/database';
import { entityNames } from '../db/entities';
import { Hlc, newNodeId } from '../reading/hlc';
import { latestStamp } from '../reading/model';
import { ReadingList, type SaveRequest } from '../reading/store';
import { Follows } from '../follows/store';
import type { SyncStatus } from '../reading/sync';

export { READ_ACTIVE_MS, READ_DEPTH } from '../reading/thresholds';

export interface ReadingDeps {
  database: () => SiyaqDatabase;
  /** The one list of this context (`readingList`): one clock stamps every local edit. */
  list: () => Promise<ReadingList>;
  /** The sync engine's status, or why sync is off. */
  syncStatus: () => SyncStatus | { state: 'off'; reason: string };
}

/** The list and its clock, created on first use (the worker may have just started). */
export function readingList(deps: {
  database: () => SiyaqDatabase;
  /** This device's id for the clock, kept in extension storage (made once). */
  nodeId: () => Promise<string>;
  /** Tells the sync engine the list changed. */
  changed: () => void;
  now: () => number;
}): () => Promise<ReadingList> {
  let clock: Promise<Hlc> | null = null;
  const getClock = () =>
    (clock ??= (async () => {
      const hlc = new Hlc(await deps.nodeId(), deps.now);
      // A restarted worker starts after every stamp it made before, whatever the wall clock says.
      const last = await deps.database().reading.orderBy('updatedAt').last();
      if (last) hlc.observe(latestStamp(last));
      // Every follow's stamp (at most a few hundred): a record's time alone could hide a stamp
      // made under a wall clock that later went back.
      for (const f of await deps.database().follows.toArray()) {
        const stamp = latestStamp(f);
        if (stamp) hlc.observe(stamp);
      }
      return hlc;
    })());
  const list = new ReadingList(deps.database, getClock, deps.changed, deps.now);
  return async () => list;
}

/** The followed names, stamped by the reading list's clock (one clock per device). */
export function followList(
  list: () => Promise<ReadingList>,
  deps: { database: () => SiyaqDatabase; changed: () => void; now: () => number },
): () => Promise<Follows> {
  const clock = async () => (await list()).clock();
  const follows = new Follows(deps.database, clock, deps.changed, deps.now);
  return async () => follows;
}

/** A node id from storage, made on first use. */
export async function storedNodeId(
  get: () => Promise<unknown>,
  set: (id: string) => Promise<void>,
): Promise<string> {
  const have = await get();
  if (typeof have === 'string' && /^[0-9a-z]{6}$/.test(have)) return have;
  const id = newNodeId();
  await set(id);
  return id;
}

export function createReadingHandlers(deps: ReadingDeps) {
  const list = deps.list;
  return {
    async saveForLater(req: SaveRequest) {
      // What Siyaq knows of a stored article comes with it (the popup only knows the tab).
      const article = await readArticle(deps.database(), req.url);
      const item = await (
        await list()
      ).save({
        ...req,
        url: article?.url ?? req.url,
        title: req.title || article?.title,
        excerpt: req.excerpt ?? article?.excerpt,
        entities: req.entities ?? (article && entityNames(article.entities)),
      });
      return { id: item.id };
    },
    async readingImport({ items }: { items: SaveRequest[] }) {
      // Added: new, or deleted and brought back; merged: already on the list (or twice in the file).
      const { added } = await (await list()).saveMany(items);
      return { added, merged: items.length - added };
    },
    async readingEdit({ ids, action, value }: v.InferOutput<typeof ReadingEditSchema>) {
      const l = await list();
      let changed: number;
      switch (action) {
        case 'tag':
        case 'untag':
          changed = await l.setTag(ids, value ?? '', action === 'tag');
          break;
        case 'title':
          changed = await l.setTitle(ids[0]!, value ?? '');
          break;
        default:
          changed = await l.bulk(ids, action);
      }
      return { changed };
    },
    async readingProgress({
      url,
      activeMs,
      depth,
    }: {
      url: string;
      activeMs: number;
      depth: number;
    }) {
      if (activeMs < READ_ACTIVE_MS || depth < READ_DEPTH) return { marked: false };
      const l = await list();
      const item = await l.find(url);
      if (!item || item.readAt !== null) return { marked: false };
      await l.setRead([item.id], true);
      return { marked: true };
    },
    async highlightsImport({ highlights }: { highlights: HighlightRecord[] }) {
      const table = deps.database().highlights;
      return deps.database().transaction('rw', table, async () => {
        const have = await table.bulkGet(highlights.map((h) => h.id));
        // A highlight already here stays unless the file's copy is newer.
        const put = highlights.filter((h, i) => !have[i] || have[i]!.updatedAt < h.updatedAt);
        await table.bulkPut(put);
        return { imported: put.length };
      });
    },
    async syncStatus() {
      return deps.syncStatus();
    },
  };
}
