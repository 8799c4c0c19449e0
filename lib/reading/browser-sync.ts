/**
 * `browser.storage.sync` as the sync engine's transport (issue 7). Where the browser has no sync
 * area, or refuses it (Firefox with `webextensions.storage.sync.enabled` off; a policy), the
 * engine is not started: the list works locally and the dashboard says sync is off.
 */
import { browser } from 'wxt/browser';
import type { SyncTransport } from './sync';

export function browserSyncTransport(): SyncTransport | null {
  const area = browser.storage?.sync;
  if (!area) return null;
  return {
    get: (keys) => area.get(keys ?? null) as Promise<Record<string, unknown>>,
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    onChanged(cb) {
      const listener = (changes: Record<string, unknown>, name: string) => {
        if (name === 'sync') cb(Object.keys(changes));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Whether the area answers at all (it throws when disabled). */
export async function syncAvailable(t: SyncTransport): Promise<string | null> {
  try {
    await t.get(['rl']);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
