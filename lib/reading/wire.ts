/**
 * The reading list as written to `storage.sync` (issue 7): items in compact arrays, spread over
 * shards by a hash of their id (a change rewrites one shard, and two devices editing different
 * items rarely write the same key), each shard's JSON deflated and base64'd so that an Arabic
 * title and the slug that repeats it cost little. Limits (Chrome's, the strictest): 8,192 bytes a
 * key (key + JSON of the value), 102,400 bytes and 512 keys in all. When the list does not fit,
 * the items that matter most are kept — recent deletes, then unread, read, archived, newest first
 * — and the rest stay on this device only.
 *
 * Item: `[id, url, title, times, stamps, refs, tags, extra?, …]`
 * - `url`: '' when it is `https://` + id, else a `packUrl` code or the URL;
 * - `times`: savedAt, readAt, archivedAt, deletedAt — 0 for null, 1 for "the time of its stamp",
 *   else base-36 ms;
 * - `stamps`: the item's distinct stamps; `refs`: one character per field, the index of its stamp
 *   (base 36) or `-`;
 * - `tags`: `[tag, present, stamp index]…`;
 * - `extra`: fields a newer version added to items, kept; positions after it likewise.
 */
import * as v from 'valibot';
import { packUrl, unpackUrl } from '../db/rows';
import { isStamp, parseStamp } from './hlc';
import { FIELDS, emptyItem, type Field, type SyncedItem } from './model';
import { isFollowId } from '../follows/model';

/** Chrome's `storage.sync` limits. */
export const QUOTA = {
  bytesPerItem: 8192,
  bytes: 102_400,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1800,
} as const;

/** Format version of the reading list in sync; a newer one is read but never overwritten. */
export const WIRE_VERSION = 1;
/** Shards: `rl0` … `rl23`; the header `rl`. */
export const SHARDS = 24;
export const HEADER_KEY = 'rl';
export const shardKey = (i: number) => `rl${i}`;
/**
 * Followed names (lib/follows) travel in shards of their own, `fl0` … `fl3`, under the same
 * header, quotas and engine: a version of Siyaq from before them reads only `rl` shards, so it
 * neither shows a follow as an article nor removes the shards it does not know.
 */
export const FOLLOW_SHARDS = 12;
/**
 * Bytes the follows may take at most (500 three-word names and their recent unfollows fit); what
 * they leave is the reading list's. Packed apart, so that a follows shard that overflows costs
 * follows only, never articles.
 */
export const FOLLOW_BYTES = 40_960;
export const shardKeyOf = (id: string) =>
  isFollowId(id) ? `fl${shardOf(id) % FOLLOW_SHARDS}` : shardKey(shardOf(id));
export const isShardKey = (k: string) => /^(rl|fl)\d+$/.test(k);
/** Bytes kept free for the header and settings. */
export const RESERVED_BYTES = 2048;
/** Deletes older than this are no longer synced (a device away longer may bring one back). */
export const TOMBSTONE_TTL_MS = 90 * 86_400_000;

/** FNV-1a over UTF-16 units: the item's shard. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SHARDS;
}

const TIME_FIELDS = ['savedAt', 'readAt', 'archivedAt', 'deletedAt'] as const;

export function encodeItem(i: SyncedItem): unknown[] {
  const stamps: string[] = [];
  const ref = (s: string | undefined) => {
    if (s === undefined) return '-';
    let k = stamps.indexOf(s);
    if (k < 0) k = stamps.push(s) - 1;
    return k.toString(36);
  };
  const refs = FIELDS.map((f) => ref(i.stamps[f])).join('');
  const times = TIME_FIELDS.map((f) => {
    const value = i[f];
    if (value === null) return 0;
    const st = i.stamps[f];
    return st !== undefined && parseStamp(st).ms === value ? 1 : value.toString(36);
  });
  const tags = Object.entries(i.tagState)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([tag, [present, st]]) => [tag, present, parseInt(ref(st), 36)]);
  const { [REST]: rest, ...extra } = (i.extra ?? {}) as Record<string, unknown> & {
    [REST]?: unknown[];
  };
  const out: unknown[] = [i.id, packUrl(i.url, i.id) ?? '', i.title, times, stamps, refs, tags];
  if (Object.keys(extra).length || rest?.length) out.push(extra);
  if (rest?.length) out.push(...rest);
  return out;
}

const Time = v.union([v.literal(0), v.literal(1), v.pipe(v.string(), v.regex(/^[0-9a-z]{1,12}$/))]);
/** The first seven positions; a newer version may add more (kept, see `extra`). */
const WireItem = v.looseTuple([
  v.pipe(v.string(), v.minLength(1), v.maxLength(2048)),
  v.pipe(v.string(), v.maxLength(4096)),
  v.pipe(v.string(), v.maxLength(1000)),
  v.looseTuple([Time, Time, Time, Time]),
  v.pipe(v.array(v.custom<string>(isStamp)), v.maxLength(36)),
  v.pipe(v.string(), v.regex(/^[0-9a-z-]+$/)),
  v.array(v.looseTuple([v.pipe(v.string(), v.maxLength(200)), v.picklist([0, 1]), v.number()])),
]);
/** Where positions after `extra` are kept in `SyncedItem.extra`. */
const REST = '$rest';

/** The item in `raw`, or null when it is not one (a damaged or foreign entry: skipped). */
export function decodeItem(raw: unknown): SyncedItem | null {
  if (!v.is(WireItem, raw)) return null;
  const [id, u, title, times, stamps, refs, tags, extra, ...rest] = raw as unknown as [
    string,
    string,
    string,
    (0 | 1 | string)[],
    string[],
    string,
    [string, 0 | 1, number][],
    unknown?,
    ...unknown[],
  ];
  const item: SyncedItem = {
    ...emptyItem(id),
    url: isFollowId(id) ? '' : u.includes(':') ? u : unpackUrl(u || undefined, id),
    title,
  };
  FIELDS.forEach((f: Field, k) => {
    const c = refs[k];
    if (c && c !== '-' && stamps[parseInt(c, 36)]) item.stamps[f] = stamps[parseInt(c, 36)];
  });
  TIME_FIELDS.forEach((f, k) => {
    const t = times[k];
    const st = item.stamps[f];
    const value = t === 0 ? null : t === 1 ? (st ? parseStamp(st).ms : null) : parseInt(t!, 36);
    if (f === 'savedAt') item.savedAt = value ?? 0;
    else item[f] = value;
  });
  for (const [tag, present, k] of tags) {
    const st = stamps[k];
    if (st && tag) item.tagState[tag] = [present, st];
  }
  const keep: Record<string, unknown> = {};
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) Object.assign(keep, extra);
  if (rest.length) keep[REST] = rest;
  if (Object.keys(keep).length) item.extra = keep;
  return item;
}

/** Bytes a key and its value count against the quota (the key, and the value's JSON in UTF-8). */
export const entryBytes = (key: string, value: unknown) =>
  new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(value)).length;

/** Whether one key may hold `value`. */
export const fitsEntry = (key: string, value: unknown) =>
  entryBytes(key, value) <= QUOTA.bytesPerItem;

async function pipe(
  data: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
) {
  const out = new Response(new Blob([data]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Recent shard values both ways: a device re-packs and re-reads mostly unchanged shards, and
 * deflate is the cost of a sync. Bounded; decoded items are never mutated by their users.
 */
const CACHE_SIZE = 256;
const encoded = new Map<string, string>();
const decoded = new Map<string, { items: SyncedItem[]; bad: number }>();
function remember<V>(m: Map<string, V>, k: string, value: V): V {
  if (m.size >= CACHE_SIZE) m.delete(m.keys().next().value!);
  m.set(k, value);
  return value;
}

/** A shard's value: its items' JSON, deflated, base64. */
export async function encodeShard(items: SyncedItem[]): Promise<string> {
  const json = JSON.stringify(items.map(encodeItem));
  const hit = encoded.get(json);
  if (hit !== undefined) return hit;
  const value = toBase64(
    await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')),
  );
  return remember(encoded, json, value);
}

/** The items of a shard's value; a value that is not one gives none (and `bad` says so). */
export async function decodeShard(value: unknown): Promise<{ items: SyncedItem[]; bad: number }> {
  if (typeof value !== 'string') return { items: [], bad: 1 };
  const hit = decoded.get(value);
  if (hit) return hit;
  return remember(decoded, value, await decodeShardUncached(value));
}

async function decodeShardUncached(value: string): Promise<{ items: SyncedItem[]; bad: number }> {
  let raw: unknown;
  try {
    const bytes = await pipe(fromBase64(value), new DecompressionStream('deflate-raw'));
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { items: [], bad: 1 };
  }
  if (!Array.isArray(raw)) return { items: [], bad: 1 };
  const items: SyncedItem[] = [];
  let bad = 0;
  for (const r of raw) {
    const item = decodeItem(r);
    if (item) items.push(item);
    else bad++;
  }
  return { items, bad };
}

/** Order of keeping when the list does not fit: recent deletes, unread, read, archived; newest first. */
export function syncPriority(a: SyncedItem, b: SyncedItem): number {
  const rank = (i: SyncedItem) =>
    i.deletedAt !== null ? 0 : i.archivedAt !== null ? 3 : i.readAt !== null ? 2 : 1;
  const when = (i: SyncedItem) => i.deletedAt ?? i.savedAt;
  return rank(a) - rank(b) || when(b) - when(a) || (a.id < b.id ? -1 : 1);
}

export interface Packed {
  /** Shard key → value, for every shard with items. */
  shards: Map<string, string>;
  /** The items written, by shard key. */
  contents: Map<string, SyncedItem[]>;
  /** Ids that did not fit. */
  localOnly: string[];
  bytes: number;
}

/**
 * Packs `items` into shards within the quota (`budget` bytes for all shards), keeping the most
 * important (`syncPriority`); tombstones older than {@link TOMBSTONE_TTL_MS} are left out.
 */
export async function packShards(
  items: SyncedItem[],
  now: number,
  budget = QUOTA.bytes - RESERVED_BYTES,
): Promise<Packed> {
  const f = await packKind(
    items.filter((i) => isFollowId(i.id)),
    now,
    Math.min(FOLLOW_BYTES, budget),
  );
  const r = await packKind(
    items.filter((i) => !isFollowId(i.id)),
    now,
    budget - f.bytes,
  );
  return {
    shards: new Map([...f.shards, ...r.shards]),
    contents: new Map([...f.contents, ...r.contents]),
    localOnly: [...f.localOnly, ...r.localOnly],
    bytes: f.bytes + r.bytes,
  };
}

/** Packs items of one kind (all articles, or all follows) within `budget`. */
async function packKind(items: SyncedItem[], now: number, budget: number): Promise<Packed> {
  const eligible = items
    .filter((i) => i.deletedAt === null || now - i.deletedAt < TOMBSTONE_TTL_MS)
    .sort(syncPriority);
  const attempt = async (k: number): Promise<Packed | null> => {
    const byShard = new Map<string, SyncedItem[]>();
    for (const i of eligible.slice(0, k)) {
      const key = shardKeyOf(i.id);
      const list = byShard.get(key);
      if (list) list.push(i);
      else byShard.set(key, [i]);
    }
    const shards = new Map<string, string>();
    let bytes = 0;
    for (const [key, list] of byShard) {
      list.sort((a, b) => (a.id < b.id ? -1 : 1));
      const value = await encodeShard(list);
      if (!fitsEntry(key, value)) return null;
      const size = entryBytes(key, value);
      bytes += size;
      shards.set(key, value);
    }
    if (bytes > budget) return null;
    return { shards, contents: byShard, localOnly: [], bytes };
  };
  let best = await attempt(eligible.length);
  let kept = eligible.length;
  if (!best) {
    // The most items that fit: binary search (sizes grow with the items kept).
    let lo = 0;
    let hi = eligible.length - 1;
    best = (await attempt(0))!;
    kept = 0;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const p = await attempt(mid);
      if (p) {
        best = p;
        kept = mid;
        lo = mid;
      } else hi = mid - 1;
    }
  }
  const keptIds = new Set(eligible.slice(0, kept).map((i) => i.id));
  best.localOnly = items.filter((i) => !keptIds.has(i.id) && i.deletedAt === null).map((i) => i.id);
  return best;
}
