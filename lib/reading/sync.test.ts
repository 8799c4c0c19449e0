import { describe, expect, it } from 'vitest';
import { FakeSyncServer, Simulation } from '../../tools/fake-sync';
import { prng } from '../../tools/random';
import { Hlc } from './hlc';
import { isLive, mergeItems, sameSynced, syncedPart, type SyncedItem } from './model';
import { deleteItem, saveItem, setField, setTag } from './ops';
import { SyncEngine, type LocalReplica } from './sync';

/** A device: its list in memory, its clock (skewed), its engine. */
function device(server: FakeSyncServer, name: string, skew: number, debounceMs = 2000) {
  const sim = server.sim;
  const items = new Map<string, SyncedItem>();
  let localOnly: string[] = [];
  const local: LocalReplica = {
    all: async () => [...items.values()],
    put: async (list) => {
      for (const i of list) items.set(i.id, i);
    },
    setLocalOnly: async (ids) => {
      localOnly = ids;
    },
  };
  const now = () => sim.now + skew;
  const clock = new Hlc(name, now);
  const engine = new SyncEngine({
    transport: server.device(),
    local,
    clock,
    now,
    schedule: sim.schedule,
    cancel: sim.cancel,
    debounceMs,
  });
  sim.idlers.push(() => engine.idle());
  return { name, items, clock, engine, localOnly: () => localOnly };
}

type Device = ReturnType<typeof device>;

/**
 * `ops` random edits at random devices over ten virtual minutes; returns every version any edit
 * produced (their join is what every device must end with).
 */
function scheduleOps(sim: Simulation, devices: Device[], ops: number, urls: number) {
  const versions: SyncedItem[] = [];
  const rand = sim.random;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const TAGS = ['سياسة', 'اقتصاد', 'رياضة', 'later'];
  for (let n = 0; n < ops; n++) {
    sim.schedule(
      () => {
        const d = pick(devices);
        const id = `site.example/خبر-${Math.floor(rand() * urls)}`;
        const item = d.items.get(id);
        const stamp = d.clock.tick();
        const at = sim.now;
        let next: SyncedItem;
        const op = rand();
        if (!item || !isLive(item) || op < 0.15)
          next = saveItem(
            item,
            { id, url: `https://${id}`, title: `عنوان ${id.slice(-3)}`, savedAt: at },
            stamp,
          );
        else if (op < 0.3) next = setField(item, 'title', `عنوان جديد ${n}`, stamp);
        else if (op < 0.5) next = setTag(item, pick(TAGS), rand() < 0.7, stamp);
        else if (op < 0.65) next = setField(item, 'readAt', rand() < 0.8 ? at : null, stamp);
        else if (op < 0.8) next = setField(item, 'archivedAt', rand() < 0.7 ? at : null, stamp);
        else next = deleteItem(item, at, stamp);
        d.items.set(id, next);
        versions.push(next);
        d.engine.localChanged();
      },
      Math.floor(rand() * 600_000),
    );
  }
  return versions;
}

/** The join of all versions, by id. */
function expected(versions: SyncedItem[]): Map<string, SyncedItem> {
  const out = new Map<string, SyncedItem>();
  for (const v of versions) {
    const prev = out.get(v.id);
    out.set(v.id, prev ? mergeItems(prev, v) : mergeItems(v, v));
  }
  return out;
}

async function runWorld(seed: number, ops: number, urls = 30) {
  const sim = new Simulation(prng(seed));
  const server = new FakeSyncServer(sim);
  const devices = [
    device(server, 'a', 0),
    device(server, 'b', sim.delay(-5000, 5000)),
    device(server, 'c', sim.delay(-5000, 5000)),
  ];
  for (const d of devices) await d.engine.start();
  const versions = scheduleOps(sim, devices, ops, urls);
  await sim.run(200_000);
  return { sim, server, devices, want: expected(versions) };
}

describe('sync: three devices with late, reordered and duplicated delivery', () => {
  // 20 worlds × 250 edits: 5,000 random edits, every one checked.
  for (let seed = 1; seed <= 20; seed++) {
    it(`world ${seed}: every device ends with the same list, and no surviving edit is lost`, async () => {
      const { devices, want, server } = await runWorld(seed, 250);
      for (const d of devices) {
        expect([...d.items.keys()].sort()).toEqual([...want.keys()].sort());
        for (const [id, w] of want) {
          const got = d.items.get(id)!;
          if (!sameSynced(syncedPart(got), w))
            throw new Error(`${d.name} ${id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(w)}`);
        }
      }
      // The area itself settled to the same list.
      expect(server.devices.every((a) => a.copy.size === server.data.size)).toBe(true);
    });
  }

  it('a delete loses to a later re-save, and a tag added elsewhere at once survives', async () => {
    const sim = new Simulation(prng(7));
    const server = new FakeSyncServer(sim);
    const a = device(server, 'a', 0);
    const b = device(server, 'b', 0);
    await a.engine.start();
    await b.engine.start();
    const id = 'x.example/1';
    const saved = saveItem(
      undefined,
      { id, url: `https://${id}`, title: 'خبر', savedAt: 1 },
      a.clock.tick(),
    );
    a.items.set(id, saved);
    a.engine.localChanged();
    await sim.run();
    expect(b.items.get(id)?.title).toBe('خبر');
    // At once: a tags it, b tags it otherwise; then b deletes and a re-saves later.
    sim.now += 1000;
    a.items.set(id, setTag(a.items.get(id)!, 'أ', true, a.clock.tick()));
    b.items.set(id, setTag(b.items.get(id)!, 'ب', true, b.clock.tick()));
    a.engine.localChanged();
    b.engine.localChanged();
    await sim.run();
    expect(Object.keys(a.items.get(id)!.tagState).sort()).toEqual(['أ', 'ب']);
    sim.now += 1000;
    b.items.set(id, deleteItem(b.items.get(id)!, sim.now, b.clock.tick()));
    b.engine.localChanged();
    await sim.run();
    expect(a.items.get(id)!.deletedAt).not.toBeNull();
    expect(a.items.get(id)!.tagState).toEqual({}); // older than the delete
    sim.now += 1000;
    a.items.set(
      id,
      saveItem(
        a.items.get(id),
        { id, url: `https://${id}`, title: 'عاد', savedAt: sim.now },
        a.clock.tick(),
      ),
    );
    a.engine.localChanged();
    await sim.run();
    expect(b.items.get(id)).toMatchObject({ deletedAt: null, title: 'عاد' });
  });
});

describe('sync: write rate', () => {
  it('a burst of edits for 70 minutes stays under 120 writes a minute and 1,800 an hour, and the last edit lands', async () => {
    const sim = new Simulation(prng(3));
    const server = new FakeSyncServer(sim);
    // No quiet time: only the rate limits hold the writes back (an edit every half second).
    const d = device(server, 'a', 0, 0);
    const area = server.devices[0]!;
    const writes: number[] = [];
    const set = area.set.bind(area);
    const remove = area.remove.bind(area);
    area.set = async (items) => {
      writes.push(sim.now);
      return set(items);
    };
    area.remove = async (keys) => {
      writes.push(sim.now);
      return remove(keys);
    };
    await d.engine.start();
    const id = 'x.example/burst';
    let last = '';
    for (let t = 0; t < 70 * 60_000; t += 500)
      sim.schedule(() => {
        last = `عنوان ${t}`;
        const item = d.items.get(id);
        const stamp = d.clock.tick();
        d.items.set(
          id,
          item
            ? setField(item, 'title', last, stamp)
            : saveItem(undefined, { id, url: `https://${id}`, title: last, savedAt: 0 }, stamp),
        );
        d.engine.localChanged();
      }, t);
    await sim.run(2_000_000);
    const within = (ms: number) =>
      Math.max(...writes.map((t, i) => writes.slice(i).filter((u) => u - t < ms).length));
    expect(within(60_000)).toBeLessThanOrEqual(120);
    expect(within(3_600_000)).toBeLessThanOrEqual(1800);
    expect(writes.length).toBeGreaterThan(100); // batched, not starved
    expect(d.engine.getStatus().writesLastHour).toBeLessThanOrEqual(1800);
    // The last edit reached the area.
    const { decodeShard } = await import('./wire');
    const there = (
      await Promise.all(
        [...server.data.values()].filter((v) => typeof v === 'string').map((v) => decodeShard(v)),
      )
    ).flatMap((s) => s.items);
    expect(there.find((i) => i.id === id)?.title).toBe(last);
  });
});

describe('sync: our own write coming back', () => {
  it('plans no second push: one full read and one write per edit', async () => {
    const sim = new Simulation(prng(5));
    const server = new FakeSyncServer(sim);
    const d = device(server, 'a', 0);
    const area = server.devices[0]!;
    area.duplicate = 1; // every notification twice: the worst echo
    const calls = { fullReads: 0, partialReads: 0, sets: 0 };
    const get = area.get.bind(area);
    const set = area.set.bind(area);
    area.get = async (keys) => {
      if (keys) calls.partialReads++;
      else calls.fullReads++;
      return get(keys);
    };
    area.set = async (items) => {
      calls.sets++;
      return set(items);
    };
    await d.engine.start();
    await sim.run(600_000);
    const afterStart = { ...calls };
    for (let n = 0; n < 3; n++) {
      sim.schedule(() => {
        const id = `x.example/${n}`;
        d.items.set(
          id,
          saveItem(
            undefined,
            { id, url: `https://${id}`, title: `عنوان ${n}`, savedAt: 0 },
            d.clock.tick(),
          ),
        );
        d.engine.localChanged();
      }, n * 60_000);
    }
    await sim.run(600_000);
    // Each edit: one push (a full read, then one write). Its echoes are read (partial reads)
    // and merge nothing, so they plan nothing.
    expect(calls.sets - afterStart.sets).toBe(3);
    expect(calls.fullReads - afterStart.fullReads).toBe(3);
    expect(calls.partialReads - afterStart.partialReads).toBeGreaterThanOrEqual(3);
  });

  it('an echo that finds the area behind this device (an edit made meanwhile) does plan a write', async () => {
    const sim = new Simulation(prng(6));
    const server = new FakeSyncServer(sim);
    const a = device(server, 'a', 0);
    const b = device(server, 'b', 0);
    await a.engine.start();
    await b.engine.start();
    const id = 'x.example/shared';
    a.items.set(
      id,
      saveItem(undefined, { id, url: `https://${id}`, title: 'أ', savedAt: 0 }, a.clock.tick()),
    );
    a.engine.localChanged();
    await sim.run(600_000);
    // b renames it without telling its engine; a's later edit of the same item brings its shard
    // back to b, which finds the area behind its copy (the title) and writes.
    const mine = b.items.get(id)!;
    b.items.set(id, setField(mine, 'title', 'ب', b.clock.tick()));
    a.items.set(id, setTag(a.items.get(id)!, 'سياسة', true, a.clock.tick()));
    a.engine.localChanged();
    await sim.run(600_000);
    expect(a.items.get(id)?.title).toBe('ب');
    expect(a.items.get(id)?.tagState['سياسة']?.[0]).toBe(1);
  });
});

describe('sync: what the area may hold', () => {
  it('an area written by a newer version is read where it can be, and never written over', async () => {
    const sim = new Simulation(prng(9));
    const server = new FakeSyncServer(sim);
    const d = device(server, 'a', 0);
    const area = server.devices[0]!;
    const id = 'x.example/1';
    const theirs = saveItem(
      undefined,
      { id, url: `https://${id}`, title: 'من نسخة أحدث', savedAt: 1 },
      new Hlc('zz', () => 5000).tick(),
    );
    const { encodeShard, shardKey, shardOf } = await import('./wire');
    await area.set({ rl: { v: 2 }, [shardKey(shardOf(id))]: await encodeShard([theirs]) });
    await sim.run();
    const before = new Map(server.data);
    await d.engine.start();
    d.items.set(
      'y.example/2',
      saveItem(
        undefined,
        { id: 'y.example/2', url: 'https://y.example/2', title: 'محلي', savedAt: 2 },
        d.clock.tick(),
      ),
    );
    d.engine.localChanged();
    await sim.run();
    expect(d.items.get(id)?.title).toBe('من نسخة أحدث');
    expect(d.engine.getStatus().state).toBe('newer-format');
    expect(server.data).toEqual(before);
  });

  it('an area that refuses (sync turned off) is reported, and the engine is not started', async () => {
    const { syncAvailable } = await import('./browser-sync');
    const refusing = {
      get: async () => {
        throw new Error('Please set webextensions.storage.sync.enabled to true');
      },
      set: async () => undefined,
      remove: async () => undefined,
      onChanged: () => () => undefined,
    };
    await expect(syncAvailable(refusing)).resolves.toMatch(/storage.sync.enabled/);
  });
});
