import { describe, expect, it } from 'vitest';
import { sampleItems } from '../../tools/reading-samples';
import { formatStamp } from './hlc';
import { sameSynced, type SyncedItem } from './model';
import {
  QUOTA,
  RESERVED_BYTES,
  SHARDS,
  TOMBSTONE_TTL_MS,
  decodeItem,
  decodeShard,
  encodeItem,
  encodeShard,
  entryBytes,
  fitsEntry,
  packShards,
  syncPriority,
} from './wire';

const NOW = Date.UTC(2026, 10, 1);
const st = (ms: number, node = 'a1') => formatStamp({ ms, counter: 0, node });

const item: SyncedItem = {
  id: 'youm7.com/story/2024/5/20/وزارة-العمل/6574622',
  url: 'https://www.youm7.com/story/2024/5/20/وزارة-العمل/6574622',
  title: 'وزارة العمل: تفاصيل تسفير 5 آلاف عامل',
  savedAt: Date.UTC(2020, 0, 1), // imported: not its stamp's time
  readAt: NOW - 1000,
  archivedAt: null,
  deletedAt: null,
  stamps: {
    url: st(NOW - 5000),
    title: st(NOW - 5000),
    savedAt: st(NOW - 5000),
    readAt: st(NOW - 1000, 'b2'),
  },
  tagState: { سياسة: [1, st(NOW - 4000)], later: [0, st(NOW - 3000, 'b2')] },
};

describe('items on the wire', () => {
  it('round-trip', () => {
    const back = decodeItem(JSON.parse(JSON.stringify(encodeItem(item))));
    expect(back).toEqual(item);
  });

  it('are compact: the URL by its key, times by their stamps, each stamp once', () => {
    const wire = encodeItem(item);
    expect(wire[1]).toBe('w');
    expect(wire[3]).toEqual([Date.UTC(2020, 0, 1).toString(36), 1, 0, 0]);
    expect((wire[4] as string[]).length).toBe(4);
  });

  it('keep what a newer version added, and give it back', () => {
    const future = [...encodeItem(item), { pinned: true, colour: 'أخضر' }, 'position 8', [9]];
    const decoded = decodeItem(future)!;
    expect(decoded.extra).toEqual({ pinned: true, colour: 'أخضر', $rest: ['position 8', [9]] });
    expect(encodeItem(decoded)).toEqual(future);
  });

  it('skip damaged entries, say how many, and keep the rest', async () => {
    const good = encodeItem(item);
    expect(decodeItem(['x'])).toBeNull();
    expect(decodeItem({ id: 'x' })).toBeNull();
    expect(decodeItem([...good.slice(0, 4), ['not a stamp'], ...good.slice(5)])).toBeNull();
    const { items } = await decodeShard(await encodeShard([item]));
    expect(items).toEqual([item]);
    expect(await decodeShard('%%% not base64')).toEqual({ items: [], bad: 1 });
    expect(await decodeShard(42)).toEqual({ items: [], bad: 1 });
  });
});

describe('shards within the quota', () => {
  it('at least 500 items of real Arabic titles fit, every key under 8,192 bytes', async () => {
    const items = sampleItems(600, NOW);
    const packed = await packShards(items, NOW);
    expect(packed.localOnly).toEqual([]);
    expect(packed.shards.size).toBeLessThanOrEqual(SHARDS);
    expect(packed.bytes).toBeLessThanOrEqual(QUOTA.bytes - RESERVED_BYTES);
    for (const [k, value] of packed.shards) expect(entryBytes(k, value)).toBeLessThanOrEqual(8192);
    // Nothing lost in the packing.
    const back = new Map<string, SyncedItem>();
    for (const value of packed.shards.values())
      for (const i of (await decodeShard(value)).items) back.set(i.id, i);
    expect(back.size).toBe(600);
    for (const i of items) expect(sameSynced(back.get(i.id)!, i)).toBe(true);
  });

  it('when the list does not fit, the most important items are kept and the rest named', async () => {
    const items = sampleItems(4000, NOW, 2);
    const packed = await packShards(items, NOW);
    expect(packed.localOnly.length).toBeGreaterThan(0);
    expect(packed.bytes).toBeLessThanOrEqual(QUOTA.bytes - RESERVED_BYTES);
    const kept = new Set<string>();
    for (const list of packed.contents.values()) for (const i of list) kept.add(i.id);
    expect(kept.size + packed.localOnly.length).toBe(4000);
    // Every kept item comes before every item left out.
    const sorted = [...items].sort(syncPriority);
    const lastKept = Math.max(...[...kept].map((id) => sorted.findIndex((i) => i.id === id)));
    expect(lastKept).toBe(kept.size - 1);
    expect(sorted.slice(0, 3).every((i) => i.readAt === null)).toBe(true); // unread first
  });

  it('the byte budget is a hard line: exactly at it fits, a byte under it does not', async () => {
    const items = sampleItems(40, NOW, 3);
    const all = await packShards(items, NOW);
    expect((await packShards(items, NOW, all.bytes)).localOnly).toEqual([]);
    expect((await packShards(items, NOW, all.bytes - 1)).localOnly.length).toBeGreaterThan(0);
  });

  it('8,192 bytes a key: exactly fits, one more does not', () => {
    const key = 'rl3';
    const value = 'x'.repeat(8192 - key.length - 2); // JSON adds the quotes
    expect(entryBytes(key, value)).toBe(8192);
    expect(fitsEntry(key, value)).toBe(true);
    expect(fitsEntry(key, `${value}x`)).toBe(false);
    // Arabic counts in UTF-8 bytes.
    expect(entryBytes(key, 'سياق')).toBe(key.length + 2 + 8);
  });

  it('keys: the shards, the header and the settings stay far under 512', () => {
    expect(SHARDS + 2).toBeLessThanOrEqual(QUOTA.items);
  });

  it('old deletes are no longer synced; recent ones are, before anything else', async () => {
    const [a, b] = sampleItems(2, NOW, 4);
    const oldDelete = { ...a!, deletedAt: NOW - TOMBSTONE_TTL_MS - 1 };
    const newDelete = { ...b!, deletedAt: NOW - 1000 };
    const packed = await packShards([oldDelete, newDelete], NOW);
    const ids = [...packed.contents.values()].flat().map((i) => i.id);
    expect(ids).toEqual([b!.id]);
    expect(syncPriority(newDelete, a!)).toBeLessThan(0);
  });
});
