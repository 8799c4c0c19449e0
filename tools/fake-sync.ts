/**
 * Test-only: a simulated `storage.sync` shared by several devices, on a virtual clock.
 *
 * Like the browser's: each device has its own copy of the area; its writes land in its copy at
 * once and reach the server later; the server applies writes in the order they arrive (the last
 * write of a key wins) and sends each to every device, whose copy takes them in server order.
 * Unlike a kind network, the change *notifications* to the extension come late, out of order and
 * sometimes twice — the engine must treat them as hints, as it does.
 */
import type { SyncTransport } from '../lib/reading/sync';

type Event = { at: number; seq: number; run: () => void };

/** A virtual clock with a queue of timed events. */
export class Simulation {
  now = 0;
  private queue: Event[] = [];
  private seq = 0;
  /** Promises the last event started (engines' work), awaited before the next event. */
  private pending: Promise<unknown>[] = [];

  constructor(readonly random: () => number) {}

  schedule = (run: () => void, ms: number): Event => {
    const e = { at: this.now + Math.max(0, ms), seq: this.seq++, run };
    this.queue.push(e);
    return e;
  };

  cancel = (e: unknown): void => {
    this.queue = this.queue.filter((x) => x !== e);
  };

  /** Work an event started that must finish before virtual time moves on. */
  track(p: Promise<unknown>): void {
    this.pending.push(p);
  }

  /** Things that may be busy after an event (engines): awaited until all are idle. */
  readonly idlers: (() => Promise<unknown>)[] = [];

  /** Runs events in time order until none are left (or `limit` events ran: then throws). */
  async run(limit = 1_000_000, until = Infinity): Promise<number> {
    let n = 0;
    for (;;) {
      await this.settle();
      if (!this.queue.length) return n;
      this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
      if (this.queue[0]!.at > until) return n;
      const e = this.queue.shift()!;
      this.now = e.at;
      e.run();
      if (++n > limit) throw new Error(`simulation did not settle after ${limit} events`);
    }
  }

  private async settle() {
    do {
      const p = this.pending;
      this.pending = [];
      await Promise.all([...p, ...this.idlers.map((f) => f())]);
    } while (this.pending.length);
  }

  /** A delay in [min, max) ms. */
  delay(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min));
  }
}

/** The server side of the sync area. */
export class FakeSyncServer {
  readonly data = new Map<string, unknown>();
  readonly devices: FakeSyncArea[] = [];
  writes = 0;

  constructor(readonly sim: Simulation) {}

  device(): FakeSyncArea {
    const d = new FakeSyncArea(this);
    this.devices.push(d);
    return d;
  }

  /** A device's write arrives: applied, then sent to every device. */
  arrive(changes: [string, unknown][]): void {
    this.writes++;
    for (const [k, v] of changes) {
      if (v === undefined) this.data.delete(k);
      else this.data.set(k, v);
    }
    for (const d of this.devices) d.deliver(changes);
  }
}

/** One device's view of the sync area. */
export class FakeSyncArea implements SyncTransport {
  readonly copy = new Map<string, unknown>();
  private listeners: ((keys: string[]) => void)[] = [];
  /** Server → device updates are applied in order: the time the last one lands. */
  private lastLanding = 0;
  private lastSend = 0;
  /** Probability that a notification is sent twice. */
  duplicate = 0.2;

  constructor(private readonly server: FakeSyncServer) {}

  async get(keys?: string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.copy) if (!keys || keys.includes(k)) out[k] = structuredClone(v);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.write(Object.entries(items).map(([k, v]) => [k, structuredClone(v)]));
  }

  async remove(keys: string[]): Promise<void> {
    this.write(keys.map((k) => [k, undefined]));
  }

  onChanged(cb: (keys: string[]) => void): () => void {
    this.listeners.push(cb);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== cb);
    };
  }

  private write(changes: [string, unknown][]) {
    const sim = this.server.sim;
    for (const [k, v] of changes) {
      if (v === undefined) this.copy.delete(k);
      else this.copy.set(k, v);
    }
    this.notify(changes.map(([k]) => k));
    // Reaches the server after a delay; one device's writes arrive in the order made.
    this.lastSend = Math.max(this.lastSend, sim.now + sim.delay(50, 3000));
    sim.schedule(() => this.server.arrive(changes), this.lastSend - sim.now);
  }

  /** A write the server applied reaches this device. */
  deliver(changes: [string, unknown][]): void {
    const sim = this.server.sim;
    this.lastLanding = Math.max(this.lastLanding, sim.now + sim.delay(20, 4000));
    sim.schedule(() => {
      for (const [k, v] of changes) {
        if (v === undefined) this.copy.delete(k);
        else this.copy.set(k, structuredClone(v));
      }
      this.notify(changes.map(([k]) => k));
    }, this.lastLanding - sim.now);
  }

  /** Notifications: late, out of order, sometimes twice. */
  private notify(keys: string[]) {
    const sim = this.server.sim;
    const times = sim.random() < this.duplicate ? 2 : 1;
    for (let i = 0; i < times; i++)
      sim.schedule(
        () => {
          for (const l of this.listeners) l(keys);
        },
        sim.delay(0, 5000),
      );
  }
}
