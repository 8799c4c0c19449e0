import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSyncServer, Simulation } from '../../tools/fake-sync';
import { prng } from '../../tools/random';
import { SiyaqDatabase } from '../db/database';
import { readingList, followList } from '../background/reading';
import { SyncEngine } from '../reading/sync';
import { QUOTA, RESERVED_BYTES, decodeShard, isShardKey, packShards } from '../reading/wire';
import { FollowError, combinedReplica, followedNames } from './store';
import { MAX_FOLLOWS, followId, isEntityKey } from './model';
import { formatStamp } from '../reading/hlc';

let n = 0;
const opened: SiyaqDatabase[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

const depsOfDevice = new Map<SiyaqDatabase, Parameters<typeof readingList>[0]>();
const depsOf = (d: { database: SiyaqDatabase }) => depsOfDevice.get(d.database)!;

/** A device: its own database, reading list and follows on one clock, and a sync engine. */
function device(server: FakeSyncServer | null, node: string, now: () => number) {
  const database = new SiyaqDatabase(`follows-${n++}`);
  opened.push(database);
  let engine: SyncEngine | null = null;
  const deps = {
    database: () => database,
    nodeId: async () => node,
    changed: () => engine?.localChanged(),
    now,
  };
  const list = readingList(deps);
  const follows = followList(list, deps);
  depsOfDevice.set(database, deps);
  const start = async () => {
    if (!server) return;
    const sim = server.sim;
    engine = new SyncEngine({
      transport: server.device(),
      local: combinedReplica(await list(), await follows()),
      clock: await (await list()).clock(),
      now,
      schedule: sim.schedule,
      cancel: sim.cancel,
    });
    sim.idlers.push(() => engine!.idle());
    await engine.start();
  };
  return { database, list, follows, start };
}

describe('following a name', () => {
  it('lists it, keeps one entry when followed twice, drops it when unfollowed, brings it back', async () => {
    let t = 1_000;
    const d = device(null, 'aaaaaa', () => t);
    const f = await d.follows();
    await f.follow('PER:عمر البشير', 'عمر البشير');
    t = 2_000;
    await f.follow('PER:عمر البشير', 'البشير');
    await f.follow('LOC:الخرطوم', '  الخرطوم ');
    expect(await followedNames(d.database)).toEqual([
      { key: 'LOC:الخرطوم', name: 'الخرطوم', type: 'LOC', followedAt: 2_000 },
      // Followed first at 1,000, under the name seen then.
      { key: 'PER:عمر البشير', name: 'عمر البشير', type: 'PER', followedAt: 1_000 },
    ]);
    t = 3_000;
    expect(await f.unfollow('PER:عمر البشير')).toBe(true);
    expect(await f.unfollow('PER:عمر البشير')).toBe(false);
    expect((await followedNames(d.database)).map((x) => x.key)).toEqual(['LOC:الخرطوم']);
    // The unfollow is a tombstone that syncs, not a removed row.
    expect((await d.database.follows.get(followId('PER:عمر البشير')))?.deletedAt).toBe(3_000);
    t = 4_000;
    await f.follow('PER:عمر البشير', 'عمر البشير');
    expect((await followedNames(d.database)).map((x) => [x.key, x.followedAt])).toEqual([
      ['PER:عمر البشير', 4_000],
      ['LOC:الخرطوم', 2_000],
    ]);
  });

  it('refuses what is not an entity key, with a clear message, and stops at the cap', async () => {
    const d = device(null, 'aaaaaa', () => 1);
    const f = await d.follows();
    for (const bad of ['', 'البشير', 'XYZ:البشير', 'PER:', `PER:${'ب'.repeat(201)}`, 'PER:   '])
      expect(isEntityKey(bad), bad).toBe(false);
    await expect(f.follow('البشير', 'البشير')).rejects.toThrow(FollowError);
    await expect(f.follow('البشير', 'البشير')).rejects.toThrow(/not an entity key/);
    await d.database.follows.bulkPut(
      Array.from({ length: MAX_FOLLOWS }, (_, i) => ({
        id: followId(`ORG:x${i}`),
        key: `ORG:x${i}`,
        type: 'ORG' as const,
        url: '',
        title: `x${i}`,
        savedAt: 1,
        readAt: null,
        archivedAt: null,
        deletedAt: null,
        stamps: {},
        tagState: {},
        updatedAt: 1,
      })),
    );
    await expect(f.follow('PER:عمر البشير', 'عمر البشير')).rejects.toThrow(/at most 500/);
    // Already followed: not refused by the cap.
    await expect(f.follow('ORG:x1', 'x1')).resolves.toMatchObject({ key: 'ORG:x1' });
  });
});

describe('the clock of follows', () => {
  it('after a restart, never repeats a stamp, even when the wall clock went back', async () => {
    let t = 10_000_000;
    const d = device(null, 'aaaaaa', () => t);
    await (await d.follows()).follow('PER:أ', 'أ');
    t -= 3_600_000; // the wall clock goes back an hour
    await (await d.follows()).follow('PER:ب', 'ب');
    // A new worker: a new list and clock over the same database.
    const again = followList(readingList({ ...depsOf(d), now: () => t }), {
      ...depsOf(d),
      now: () => t,
    });
    await (await again()).unfollow('PER:ب');
    const rows = await d.database.follows.toArray();
    const stamps = rows.flatMap((r) => Object.values(r.stamps));
    const b = rows.find((r) => r.key === 'PER:ب')!;
    // The unfollow is stamped after the follow it undoes (whose stamp the tombstone keeps on the
    // address register; the others it clears): it wins on every device.
    expect(b.stamps.deletedAt! > b.stamps.url!).toBe(true);
    expect(new Set(stamps.filter((x) => x === b.stamps.deletedAt)).size).toBe(1);
    expect((await followedNames(d.database)).map((x) => x.key)).toEqual(['PER:أ']);
  });

  it('keeps and passes on a follow whose key this version cannot read, without showing it', async () => {
    const d = device(null, 'aaaaaa', () => 1);
    const f = await d.follows();
    const STAMP = formatStamp({ ms: 5, counter: 0, node: 'bbbbbb' });
    const foreign = {
      id: followId('EVENT:كأس العالم'),
      url: '',
      title: 'كأس العالم',
      savedAt: 5,
      readAt: null,
      archivedAt: null,
      deletedAt: null,
      stamps: { savedAt: STAMP, title: STAMP },
      tagState: {},
    };
    await f.put([foreign]);
    expect((await f.all()).map((i) => i.id)).toEqual([foreign.id]);
    expect(await followedNames(d.database)).toEqual([]);
  });
});

describe('follows in sync', () => {
  it('reach the other device, an unfollow too, beside the reading list, in shards of their own', async () => {
    const sim = new Simulation(prng(3));
    const server = new FakeSyncServer(sim);
    const now = () => 1_700_000_000_000 + sim.now;
    const a = device(server, 'aaaaaa', now);
    const b = device(server, 'bbbbbb', now);
    await a.start();
    await b.start();
    await (await a.follows()).follow('PER:عمر البشير', 'عمر البشير');
    await (await a.list()).save({ url: 'https://example.com/a/1', title: 'مقال' });
    await sim.run();
    expect((await followedNames(b.database)).map((x) => x.name)).toEqual(['عمر البشير']);
    expect((await b.database.reading.toArray()).map((i) => i.id)).toEqual(['example.com/a/1']);
    // The follow is not an article on the other device's list, and the article no follow.
    expect(await b.database.follows.count()).toBe(1);

    // Follows travel under `fl` keys: a version from before them reads `rl` shards only.
    const keys = [...server.data.keys()].filter(isShardKey);
    expect(keys.some((k) => k.startsWith('fl'))).toBe(true);
    for (const k of keys.filter((k) => k.startsWith('rl'))) {
      const { items } = await decodeShard(server.data.get(k));
      expect(items.every((i) => !i.id.startsWith('@'))).toBe(true);
    }

    await (await b.follows()).unfollow('PER:عمر البشير');
    await sim.run();
    expect(await followedNames(a.database)).toEqual([]);
  });

  it('two devices following one name at once end the same: the later write wins', async () => {
    const sim = new Simulation(prng(5));
    const server = new FakeSyncServer(sim);
    const a = device(server, 'aaaaaa', () => 1_700_000_060_000 + sim.now); // a minute ahead
    const b = device(server, 'bbbbbb', () => 1_700_000_000_000 + sim.now);
    await a.start();
    await b.start();
    // Neither has seen the other's follow when it writes its own, under another name.
    await (await b.follows()).follow('ORG:حماس', 'حماس');
    await (await a.follows()).follow('ORG:حماس', 'حركة حماس');
    await sim.run();
    const onA = await followedNames(a.database);
    expect(onA).toEqual(await followedNames(b.database));
    expect(onA).toEqual([
      { key: 'ORG:حماس', name: 'حركة حماس', type: 'ORG', followedAt: 1_700_000_060_000 },
    ]);
    // Then one unfollows while the other, not yet knowing, does nothing: gone on both.
    await (await b.follows()).unfollow('ORG:حماس');
    await sim.run();
    expect(await followedNames(a.database)).toEqual([]);
  });

  it('a packed area keeps follows and articles apart; follows that overflow never cost articles', async () => {
    const random = prng(11);
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const word = () =>
      Array.from({ length: 4 + Math.floor(random() * 4) }, () =>
        letters.charAt(Math.floor(random() * letters.length)),
      ).join('');
    const item = (id: string, savedAt: number, deletedAt: number | null = null) => ({
      id,
      url: id.startsWith('@') ? '' : `https://${id}`,
      title: id.startsWith('@') ? id.slice(5) : 'ت'.repeat(60),
      savedAt,
      readAt: null,
      archivedAt: null,
      deletedAt,
      stamps: { savedAt: formatStamp({ ms: savedAt, counter: 0, node: 'aaaaaa' }) },
      tagState: {},
    });
    const now = 1_700_000_000_000;
    const follows = (n: number, from: number) =>
      Array.from({ length: n }, (_, k) =>
        item(followId(`PER:${word()} ${word()} ${word()}`), now - from - k),
      );
    const articles = Array.from({ length: 100 }, (_, k) => item(`example.com/${k}`, now - 9e8 - k));
    // 500 followed names and 150 recent unfollows, as many as a reader may have.
    const unfollowed = follows(150, 1000).map((f) => ({ ...f, deletedAt: now - 10 }));
    const full = await packShards([...follows(500, 0), ...unfollowed, ...articles], now);
    expect(full.localOnly).toEqual([]);
    expect([...full.contents.keys()].filter((k) => k.startsWith('fl')).length).toBeLessThanOrEqual(
      12,
    );
    const { items } = await decodeShard(
      full.shards.get([...full.shards.keys()].find((k) => k.startsWith('fl'))!),
    );
    // Decoded with its empty address (not made up from its id).
    expect(items.every((i) => i.id.startsWith('@') && i.url === '')).toBe(true);
    // Far more follows than their share (a later version, a bug): only follows stay behind.
    const over = await packShards([...follows(3000, 0), ...articles], now);
    expect(over.localOnly.length).toBeGreaterThan(0);
    expect(over.localOnly.every((id) => id.startsWith('@'))).toBe(true);
    expect(over.bytes).toBeLessThanOrEqual(QUOTA.bytes - RESERVED_BYTES);
  });
});
