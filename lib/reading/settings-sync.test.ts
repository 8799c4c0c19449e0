import { expect, it } from 'vitest';
import { FakeSyncServer, Simulation } from '../../tools/fake-sync';
import { prng } from '../../tools/random';
import { Hlc } from './hlc';
import { SETTINGS_KEY, SettingsSync, type LocalSettings } from './settings-sync';

const SETTINGS = [
  { key: 'settings.wikipedia', isValid: (v: unknown) => typeof v === 'boolean' },
  { key: 'settings.autoOpen', isValid: (v: unknown) => typeof v === 'boolean' },
];

/** A device's storage.local: change events come a little later, as the browser's do. */
function device(server: FakeSyncServer, name: string, skew = 0) {
  const sim = server.sim;
  const data = new Map<string, unknown>([
    ['settings.wikipedia', true],
    ['settings.autoOpen', false],
  ]);
  const listeners: ((keys: string[]) => void)[] = [];
  const local: LocalSettings = {
    get: async (keys) =>
      Object.fromEntries(
        keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]),
      ),
    set: async (values) => {
      for (const [k, v] of Object.entries(values)) data.set(k, structuredClone(v));
      sim.schedule(() => listeners.forEach((l) => l(Object.keys(values))), 5);
    },
    onChanged: (cb) => {
      listeners.push(cb);
      return () => undefined;
    },
  };
  const transport = server.device();
  const sync = new SettingsSync({
    settings: SETTINGS,
    local,
    transport,
    clock: new Hlc(name, () => sim.now + skew),
    schedule: sim.schedule,
  });
  sim.idlers.push(() => sync.idle());
  return { data, local, sync, transport };
}

it('a setting changed on one browser reaches the others; the later of two changes wins everywhere', async () => {
  const sim = new Simulation(prng(5));
  const server = new FakeSyncServer(sim);
  const a = device(server, 'a');
  const b = device(server, 'b', 2000); // b's clock runs 2 s ahead
  const c = device(server, 'c');
  for (const d of [a, b, c]) await d.sync.start();
  await a.local.set({ 'settings.wikipedia': false });
  await sim.run();
  expect([a, b, c].map((d) => d.data.get('settings.wikipedia'))).toEqual([false, false, false]);
  // At once: a turns auto-open on, b (later by its clock) off.
  sim.now += 10_000;
  await a.local.set({ 'settings.autoOpen': true });
  await b.local.set({ 'settings.autoOpen': false });
  await sim.run();
  expect([a, b, c].map((d) => d.data.get('settings.autoOpen'))).toEqual([false, false, false]);
  expect(server.data.get(SETTINGS_KEY)).toMatchObject({
    'settings.autoOpen': [false, expect.any(String)],
  });
});

it('a bad value from elsewhere is ignored; settings this version does not know are kept', async () => {
  const sim = new Simulation(prng(6));
  const server = new FakeSyncServer(sim);
  const a = device(server, 'a');
  const stamp = new Hlc('zz', () => 1e12).tick();
  await a.transport.set({
    [SETTINGS_KEY]: { 'settings.wikipedia': ['yes', stamp], 'settings.future': [{ x: 1 }, stamp] },
  });
  await a.sync.start();
  await a.local.set({ 'settings.autoOpen': true });
  await sim.run();
  expect(a.data.get('settings.wikipedia')).toBe(true);
  expect(server.data.get(SETTINGS_KEY)).toMatchObject({
    'settings.future': [{ x: 1 }, stamp],
    'settings.autoOpen': [true, expect.any(String)],
  });
});
