/**
 * The reader's settings follow them across browsers too (issue 7): each synced setting is a
 * last-writer-wins register under the same hybrid logical clock as the reading list, kept in one
 * sync key (`st`: name → [value, stamp]). A local change is stamped and written (batched); a
 * remote one is applied when its stamp is later than the one this device holds. Values are checked
 * by the setting's own validator before they are applied: a bad value from another device (or a
 * newer version) is left in sync and ignored here.
 */
import type { Hlc } from './hlc';
import { isStamp } from './hlc';
import type { SyncTransport } from './sync';

export const SETTINGS_KEY = 'st';

/** A setting that syncs: its storage key and its validator. */
export interface SyncedSetting {
  key: string;
  isValid: (v: unknown) => boolean;
}

/** This device's side: reading and writing the settings and the stamps it holds. */
export interface LocalSettings {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(values: Record<string, unknown>): Promise<void>;
  /** Calls `cb` with the keys changed locally; returns the unsubscribe. */
  onChanged(cb: (keys: string[]) => void): () => void;
}

type Register = [unknown, string];
type Area = Record<string, Register>;

const STAMPS = 'sync.settingsStamps';

export class SettingsSync {
  private applying = new Set<string>();
  private timer: unknown = null;
  private stops: (() => void)[] = [];
  private pending = new Set<Promise<unknown>>();

  /** Runs `job` in the background, remembered until it settles (`idle`). */
  private run(job: () => Promise<unknown>): void {
    const p = job().catch(() => undefined);
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Resolves when nothing started by a notification or a timer is still running. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  constructor(
    private readonly o: {
      settings: SyncedSetting[];
      local: LocalSettings;
      transport: SyncTransport;
      clock: Hlc;
      schedule?: (fn: () => void, ms: number) => unknown;
      debounceMs?: number;
    },
  ) {}

  private get keys() {
    return this.o.settings.map((s) => s.key);
  }

  async start(): Promise<void> {
    this.stops.push(
      this.o.local.onChanged((keys) => {
        const mine = keys.filter((k) => this.keys.includes(k) && !this.applying.delete(k));
        if (mine.length) this.run(() => this.stampLocal(mine));
      }),
      this.o.transport.onChanged((keys) => {
        if (keys.includes(SETTINGS_KEY)) this.run(() => this.pull());
      }),
    );
    await this.pull();
  }

  stop(): void {
    for (const s of this.stops.splice(0)) s();
  }

  private async stamps(): Promise<Record<string, string>> {
    const got = (await this.o.local.get([STAMPS]))[STAMPS];
    return got && typeof got === 'object' ? (got as Record<string, string>) : {};
  }

  /** Local changes: stamped now, written after a short quiet time. */
  private async stampLocal(keys: string[]): Promise<void> {
    const stamps = await this.stamps();
    for (const k of keys) stamps[k] = this.o.clock.tick();
    await this.o.local.set({ [STAMPS]: stamps });
    if (this.timer === null)
      this.timer = (this.o.schedule ?? setTimeout)(() => {
        this.timer = null;
        this.run(() => this.push());
      }, this.o.debounceMs ?? 2000);
  }

  /** Writes this device's stamped settings where they are later than the area's. */
  async push(): Promise<void> {
    const area = await this.area();
    const stamps = await this.stamps();
    const values = await this.o.local.get(this.keys);
    let changed = false;
    for (const k of this.keys) {
      const st = stamps[k];
      if (!st || values[k] === undefined) continue;
      if (!area[k] || area[k][1] < st) {
        area[k] = [values[k], st];
        changed = true;
      }
    }
    if (changed) await this.o.transport.set({ [SETTINGS_KEY]: area });
  }

  /** Applies the area's settings that are later than this device's. */
  async pull(): Promise<void> {
    const area = await this.area();
    const stamps = await this.stamps();
    const apply: Record<string, unknown> = {};
    for (const s of this.o.settings) {
      const reg = area[s.key];
      if (!reg || !isStamp(reg[1]) || !s.isValid(reg[0])) continue;
      this.o.clock.observe(reg[1]);
      if (!stamps[s.key] || stamps[s.key]! < reg[1]) {
        apply[s.key] = reg[0];
        stamps[s.key] = reg[1];
      }
    }
    const keys = Object.keys(apply);
    if (keys.length) {
      for (const k of keys) this.applying.add(k);
      await this.o.local.set({ ...apply, [STAMPS]: stamps });
    }
    // The area may lack what this device changed while away.
    await this.push();
  }

  private async area(): Promise<Area> {
    const got = (await this.o.transport.get([SETTINGS_KEY]))[SETTINGS_KEY];
    if (!got || typeof got !== 'object' || Array.isArray(got)) return {};
    const out: Area = {};
    // Entries this version does not know are kept as they are (a newer version's settings).
    for (const [k, v] of Object.entries(got as Record<string, unknown>))
      if (Array.isArray(v) && v.length === 2 && isStamp(v[1])) out[k] = v as Register;
    return out;
  }
}
