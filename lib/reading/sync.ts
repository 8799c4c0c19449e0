/**
 * Keeps this device's reading list and the browser's sync storage in step (issue 7). Local Dexie is
 * the source of truth; the sync area is a replica that every device merges from and writes its
 * merged state to. Change notifications may come late, twice or out of order, so a notification
 * is only a reason to read the area again: what the area holds now is merged, never the payload.
 * Writes are batched (one `set` for all shards that changed, after a short quiet time) and held
 * under the browser's write rates. A shard is written only when what it holds differs, item by
 * item, from what this device would write — never by comparing bytes, which two browsers' deflate
 * may produce differently.
 */
import { latestStamp, mergeItems, sameSynced, type SyncedItem } from './model';
import type { Hlc } from './hlc';
import {
  HEADER_KEY,
  QUOTA,
  WIRE_VERSION,
  decodeShard,
  isShardKey,
  packShards,
  type Packed,
} from './wire';

/** A sync area: `browser.storage.sync` in the extension, fakes in tests, a server one day. */
export interface SyncTransport {
  get(keys?: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Calls `cb` with the keys that changed (by any device); returns the unsubscribe. */
  onChanged(cb: (keys: string[]) => void): () => void;
}

/** This device's list, as the engine needs it. */
export interface LocalReplica {
  /** Every item, with its synced part. */
  all(): Promise<SyncedItem[]>;
  /** Stores merged items (only those that changed are given). */
  put(items: SyncedItem[]): Promise<void>;
  /** Marks which items the last write could not fit (the rest are synced). */
  setLocalOnly(ids: string[]): Promise<void>;
}

export interface SyncStatus {
  state: 'off' | 'idle' | 'waiting' | 'writing' | 'newer-format' | 'error';
  /** Items kept on this device only because the sync storage is full. */
  localOnly: number;
  bytes: number;
  lastError?: string;
  /** Writes made in the last hour (for the rate limit and the bench). */
  writesLastHour: number;
}

export interface SyncOptions {
  transport: SyncTransport;
  local: LocalReplica;
  clock: Hlc;
  now?: () => number;
  /** setTimeout-like, injectable for tests. */
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
  /** Quiet time before a batch is written. */
  debounceMs?: number;
  /** Kept under the browser's: 120 a minute, 1,800 an hour. */
  perMinute?: number;
  perHour?: number;
  onStatus?: (s: SyncStatus) => void;
}

/** After a refused write. */
const RETRY_MS = 60_000;

export class SyncEngine {
  private readonly o: Required<Omit<SyncOptions, 'onStatus'>> & Pick<SyncOptions, 'onStatus'>;
  private timer: unknown = null;
  private dueAt = 0;
  private writes: number[] = [];
  private running: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;
  private status: SyncStatus = { state: 'idle', localOnly: 0, bytes: 0, writesLastHour: 0 };
  private frozen = false;
  private lastLocalOnly: string | null = null;

  constructor(options: SyncOptions) {
    this.o = {
      now: Date.now,
      schedule: (fn, ms) => setTimeout(fn, ms),
      cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      debounceMs: 2000,
      perMinute: Math.floor(QUOTA.writesPerMinute * 0.8),
      perHour: Math.floor(QUOTA.writesPerHour * 0.8),
      ...options,
    };
  }

  /** Merges what the area holds, listens for changes, writes what the area lacks. */
  async start(): Promise<void> {
    this.unsubscribe = this.o.transport.onChanged((keys) => {
      if (keys.some((k) => isShardKey(k) || k === HEADER_KEY)) void this.pull(keys);
    });
    await this.pull();
    this.localChanged();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer !== null) this.o.cancel(this.timer);
    this.timer = null;
  }

  /** Call after any local edit: a write is batched. */
  localChanged(): void {
    this.plan(this.o.now() + this.o.debounceMs);
  }

  /** Resolves when no pull or push is running or queued behind one. */
  async idle(): Promise<void> {
    let r: Promise<void>;
    do {
      r = this.running;
      await r;
    } while (r !== this.running);
  }

  getStatus(): SyncStatus {
    return { ...this.status };
  }

  /** Runs `job` after the jobs before it: pulls and pushes never interleave. */
  private serial(job: () => Promise<void>): Promise<void> {
    const next = this.running.then(job, job);
    this.running = next.catch((e: unknown) =>
      this.report({ state: 'error', lastError: String(e) }),
    );
    return this.running;
  }

  /**
   * Reads `keys` (all when omitted) from the area and merges them in. A write is planned only
   * when the area may lack something of ours: after a full read, or when an item read there is
   * behind this device's copy. Our own write coming back (`onChanged` fires for the writer too)
   * merges nothing and plans nothing.
   */
  pull(keys?: string[]): Promise<void> {
    return this.serial(async () => {
      const data = await this.o.transport.get(keys && [...keys, HEADER_KEY]);
      const { behind } = await this.mergeArea(data);
      if (!keys || behind > 0) this.localChanged();
    });
  }

  /**
   * Merges the items in `data` (part or all of the area) into the local list. Returns each
   * shard's decoded items (a push compares with them instead of decoding again) and how many
   * items the area holds in an older state than this device.
   */
  private async mergeArea(
    data: Record<string, unknown>,
  ): Promise<{ decoded: Map<string, SyncedItem[]>; behind: number }> {
    // A newer format is read where its items are readable, and never written over.
    const h = data[HEADER_KEY] as { v?: unknown } | undefined;
    this.frozen = !!h && typeof h.v === 'number' && h.v > WIRE_VERSION;
    if (this.frozen) this.report({ state: 'newer-format' });
    const decoded = new Map<string, SyncedItem[]>();
    for (const [k, value] of Object.entries(data))
      if (isShardKey(k)) decoded.set(k, (await decodeShard(value)).items);
    return { decoded, behind: await this.mergeIn([...decoded.values()].flat()) };
  }

  /** Merges `remote` into the local list; returns how many remote items are behind ours. */
  private async mergeIn(remote: SyncedItem[]): Promise<number> {
    if (!remote.length) return 0;
    const local = new Map((await this.o.local.all()).map((i) => [i.id, i]));
    const changed = new Map<string, SyncedItem>();
    let behind = 0;
    for (const r of remote) {
      this.o.clock.observe(latestStamp(r));
      const mine = changed.get(r.id) ?? local.get(r.id);
      const merged = mine ? mergeItems(mine, r) : mergeItems(r, r);
      if (!mine || !sameSynced(merged, mine)) changed.set(r.id, merged);
      if (!sameSynced(merged, r)) behind++;
    }
    if (changed.size) await this.o.local.put([...changed.values()]);
    return behind;
  }

  /** Schedules a write no earlier than `at`, and no earlier than the rate limits allow. */
  private plan(at: number): void {
    if (this.frozen) return; // a newer format: read, never written
    const when = Math.max(at, this.nextAllowed());
    if (this.timer !== null && this.dueAt <= when) return;
    if (this.timer !== null) this.o.cancel(this.timer);
    this.dueAt = when;
    this.report({ state: 'waiting' });
    this.timer = this.o.schedule(
      () => {
        this.timer = null;
        void this.push();
      },
      Math.max(0, when - this.o.now()),
    );
  }

  /** When the next write may go, by the rate limits. */
  private nextAllowed(): number {
    const now = this.o.now();
    this.writes = this.writes.filter((t) => now - t < 3600_000);
    const lastMinute = this.writes.filter((t) => now - t < 60_000);
    let at = now;
    if (lastMinute.length >= this.o.perMinute)
      at = Math.max(at, lastMinute[lastMinute.length - this.o.perMinute]! + 60_000);
    if (this.writes.length >= this.o.perHour)
      at = Math.max(at, this.writes[this.writes.length - this.o.perHour]! + 3600_000);
    return at;
  }

  /** Writes the shards whose content differs from this device's list. */
  push(): Promise<void> {
    return this.serial(async () => {
      if (this.frozen) return;
      const now = this.o.now();
      if (this.nextAllowed() > now) {
        this.plan(now);
        return;
      }
      // What the area holds now is merged first: a write never drops another device's change.
      const area = await this.o.transport.get();
      const { decoded } = await this.mergeArea(area);
      if (this.frozen) return;
      const packed = await packShards(await this.o.local.all(), now);
      const { set, remove } = this.diff(packed, area, decoded);
      // Marked only when it changes: the mark is a write that wakes every view of the list.
      const localOnly = packed.localOnly.join('\n');
      if (localOnly !== this.lastLocalOnly) {
        await this.o.local.setLocalOnly(packed.localOnly);
        this.lastLocalOnly = localOnly;
      }
      this.report({ localOnly: packed.localOnly.length, bytes: packed.bytes });
      if (!Object.keys(set).length && !remove.length) {
        this.report({ state: 'idle' });
        return;
      }
      this.report({ state: 'writing' });
      if (!area[HEADER_KEY]) set[HEADER_KEY] = { v: WIRE_VERSION };
      // One operation for all changed shards; removals are a second one, only when needed.
      try {
        if (Object.keys(set).length) {
          this.writes.push(now);
          await this.o.transport.set(set);
        }
        if (remove.length) {
          this.writes.push(now);
          await this.o.transport.remove(remove);
        }
        this.report({ state: 'idle' });
      } catch (e) {
        // Quota or rate refused by the browser (another extension context, settings): retry later.
        this.report({ state: 'error', lastError: e instanceof Error ? e.message : String(e) });
        this.plan(now + RETRY_MS);
      }
    });
  }

  /** The shards to write and to remove; `decoded`: the area's shards, decoded once. */
  private diff(packed: Packed, area: Record<string, unknown>, decoded: Map<string, SyncedItem[]>) {
    const set: Record<string, unknown> = {};
    for (const [key, value] of packed.shards) {
      const there = decoded.get(key) ?? null;
      const want = packed.contents.get(key)!;
      if (!there || there.length !== want.length || !sameList(there, want)) set[key] = value;
    }
    const remove = Object.keys(area).filter((k) => isShardKey(k) && !packed.shards.has(k));
    return { set, remove };
  }

  private report(s: Partial<SyncStatus>): void {
    const now = this.o.now();
    this.status = {
      ...this.status,
      ...s,
      writesLastHour: this.writes.filter((t) => now - t < 3600_000).length,
    };
    this.o.onStatus?.(this.getStatus());
  }
}

function sameList(a: SyncedItem[], b: SyncedItem[]): boolean {
  const byId = new Map(a.map((i) => [i.id, i]));
  return b.every((i) => {
    const other = byId.get(i.id);
    return !!other && sameSynced(other, i);
  });
}
