/**
 * The reading list in Dexie (issue 7): the source of truth on this device. Every edit is a
 * stamped register write (`ops.ts`) made in one transaction, then the sync engine is told. The
 * list is also the sync engine's `LocalReplica`: merged copies from other devices come in through
 * `put`, keeping what only this device knows (excerpt, entities).
 */
import type { SiyaqDatabase } from '../db/database';
import { siteOf } from '../related/visits';
import { articleKey } from '../db/article-key';
import type { Hlc } from './hlc';
import { parseStamp } from './hlc';
import {
  isLive,
  latestStamp,
  presentTags,
  syncedPart,
  type ReadingItem,
  type SyncedItem,
} from './model';
import { deleteItem, saveItem, setField, setTag } from './ops';
import type { LocalReplica } from './sync';
import { markLocalOnly, putMerged } from './replica-table';
import { truncate } from '../text/arabic';

/** Bounds on what one item holds. */
export const LIMITS = { title: 300, excerpt: 300, tag: 40, tags: 20, entities: 8 } as const;

export interface SaveRequest {
  url: string;
  title?: string;
  excerpt?: string;
  entities?: string[];
  tags?: string[];
  /** An import keeps the source's times. */
  savedAt?: number;
  readAt?: number | null;
  archivedAt?: number | null;
}

/** A tag as stored: trimmed, one space, bounded; '' if nothing is left. */
export function cleanTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, LIMITS.tag);
}

/** The local record for a synced item, keeping this device's own fields from `before`. */
export function toLocal(s: SyncedItem, before?: ReadingItem): ReadingItem {
  const latest = latestStamp(s);
  return {
    ...syncedPart(s),
    site: siteOf(s.url),
    excerpt: before?.excerpt ?? '',
    entities: before?.entities ?? [],
    tags: presentTags(s.tagState),
    updatedAt: latest ? parseStamp(latest).ms : 0,
    ...(before?.localOnly ? { localOnly: true } : {}),
  };
}

export type BulkAction = 'read' | 'unread' | 'archive' | 'unarchive' | 'delete';

export class ReadingList implements LocalReplica {
  constructor(
    private readonly database: () => SiyaqDatabase,
    /** This device's clock (the sync engine observes other devices' stamps into it). */
    readonly clock: () => Promise<Hlc>,
    /** Called after every local edit (the sync engine's `localChanged`). */
    private readonly changed: () => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  private get table() {
    return this.database().reading;
  }

  /** Saves `req.url`; returns the item, or throws a readable error for a URL that is not http(s). */
  async save(req: SaveRequest): Promise<ReadingItem> {
    const { items } = await this.saveMany([req]);
    return items[0]!;
  }

  /**
   * Saves many at once (imports): one transaction; an article already on the list is merged
   * (its tags gain the new ones, its title is kept), never duplicated.
   */
  async saveMany(reqs: SaveRequest[]): Promise<{ items: ReadingItem[]; added: number }> {
    const clock = await this.clock();
    const prepared = reqs.map((r) => {
      const id = articleKey(r.url);
      if (!id) throw new Error(`not a web address: ${r.url.slice(0, 80)}`);
      return { id, r };
    });
    const out = await this.database().transaction('rw', this.table, async () => {
      const existing = new Map(
        (await this.table.bulkGet(prepared.map((p) => p.id)))
          .filter((i): i is ReadingItem => !!i)
          .map((i) => [i.id, i]),
      );
      const written = new Map<string, ReadingItem>();
      for (const { id, r } of prepared) {
        const before = written.get(id) ?? existing.get(id);
        const title = truncate((r.title ?? '').replace(/\s+/g, ' ').trim(), LIMITS.title);
        const next = saveItem(
          before,
          {
            id,
            url: r.url,
            title: title || before?.title || '',
            savedAt: r.savedAt ?? this.now(),
            readAt: r.readAt ?? null,
            archivedAt: r.archivedAt ?? null,
            tags: (r.tags ?? []).map(cleanTag).filter(Boolean).slice(0, LIMITS.tags),
          },
          clock.tick(),
        );
        const local = toLocal(next, before);
        if (r.excerpt) local.excerpt = truncate(r.excerpt.trim(), LIMITS.excerpt);
        if (r.entities?.length) local.entities = r.entities.slice(0, LIMITS.entities);
        written.set(id, local);
      }
      await this.table.bulkPut([...written.values()]);
      // Added: not on the list before (new, or deleted and now back).
      const added = [...written.keys()].filter((id) => {
        const was = existing.get(id);
        return !was || !isLive(was);
      }).length;
      return { items: prepared.map((p) => written.get(p.id)!), added };
    });
    this.changed();
    return out;
  }

  /** Applies `edit` to each live item in `ids` under one fresh stamp each. */
  private async edit(
    ids: string[],
    edit: (item: ReadingItem, stamp: string, now: number) => SyncedItem,
  ): Promise<number> {
    const clock = await this.clock();
    const n = await this.database().transaction('rw', this.table, async () => {
      const items = (await this.table.bulkGet(ids)).filter(
        (i): i is ReadingItem => !!i && isLive(i),
      );
      const now = this.now();
      await this.table.bulkPut(items.map((i) => toLocal(edit(i, clock.tick(), now), i)));
      return items.length;
    });
    if (n) this.changed();
    return n;
  }

  setRead(ids: string[], read: boolean) {
    return this.edit(ids, (i, s, now) =>
      (read ? i.readAt === null : i.readAt !== null)
        ? setField(i, 'readAt', read ? now : null, s)
        : i,
    );
  }

  setArchived(ids: string[], archived: boolean) {
    return this.edit(ids, (i, s, now) =>
      (archived ? i.archivedAt === null : i.archivedAt !== null)
        ? setField(i, 'archivedAt', archived ? now : null, s)
        : i,
    );
  }

  setTitle(id: string, title: string) {
    const t = truncate(title.replace(/\s+/g, ' ').trim(), LIMITS.title);
    return this.edit([id], (i, s) => (t && t !== i.title ? setField(i, 'title', t, s) : i));
  }

  setTag(ids: string[], tag: string, present: boolean) {
    const t = cleanTag(tag);
    if (!t) return Promise.resolve(0);
    return this.edit(ids, (i, s) =>
      (i.tagState[t]?.[0] === 1) !== present ? setTag(i, t, present, s) : i,
    );
  }

  remove(ids: string[]) {
    return this.edit(ids, (i, s, now) => deleteItem(i, now, s));
  }

  bulk(ids: string[], action: BulkAction) {
    switch (action) {
      case 'read':
        return this.setRead(ids, true);
      case 'unread':
        return this.setRead(ids, false);
      case 'archive':
        return this.setArchived(ids, true);
      case 'unarchive':
        return this.setArchived(ids, false);
      case 'delete':
        return this.remove(ids);
    }
  }

  /**
   * A saved article was visited: this device learns its excerpt and entities, and the title if
   * the item had none (saved from a link). Nothing happens for an article not on the list.
   */
  async enrich(url: string, known: { title: string; excerpt: string; entities: string[] }) {
    const item = await this.find(url);
    if (!item) return false;
    const title = truncate(known.title.replace(/\s+/g, ' ').trim(), LIMITS.title);
    if (!item.title && title) await this.setTitle(item.id, title);
    await this.table.update(item.id, {
      excerpt: truncate(known.excerpt.trim(), LIMITS.excerpt),
      entities: known.entities.slice(0, LIMITS.entities),
    });
    return true;
  }

  /** The live item for `url`, if saved. */
  async find(url: string): Promise<ReadingItem | undefined> {
    const id = articleKey(url);
    const item = id ? await this.table.get(id) : undefined;
    return item && isLive(item) ? item : undefined;
  }

  // LocalReplica

  async all(): Promise<SyncedItem[]> {
    return this.table.toArray();
  }

  async put(items: SyncedItem[]): Promise<void> {
    await putMerged(this.database(), this.table, items, (i, b) => toLocal(i, b));
  }

  async setLocalOnly(ids: string[]): Promise<void> {
    await markLocalOnly(this.database(), this.table, ids);
  }
}
