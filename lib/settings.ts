/**
 * The reader's settings, in `browser.storage.local`. Readable from content scripts (this is the
 * extension's storage, not the site's) and watched there, so a change in the sidebar or on the
 * options page takes effect on open pages at once.
 *
 * A dozen lines over `storage.local` instead of `@wxt-dev/storage`: that library costs ~9 KB of
 * the content script's 32 KB budget for two keys.
 */
import { browser } from 'wxt/browser';

/** One typed setting with a fallback; values of the wrong type read as the fallback. */
export interface Setting<T> {
  key: string;
  /** Whether a stored value is one this setting accepts. */
  isValid: (v: unknown) => v is T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with each new value; returns the function that stops watching. */
  watch(onChange: (value: T) => void): () => void;
}

/** Defines a setting stored under `key`, checked by `isValid` on every read. */
export function defineSetting<T>(
  key: string,
  fallback: T,
  isValid: (v: unknown) => v is T,
): Setting<T> {
  const read = (v: unknown): T => (isValid(v) ? v : fallback);
  return {
    key,
    isValid,
    async getValue() {
      const got = await browser.storage.local.get(key);
      return read(got[key]);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && Object.hasOwn(changes, key)) onChange(read(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * On a window wide enough for both, lay the page out beside the open sidebar instead of under it
 * (on by default; off, or on a narrow window, the sidebar lies over the page's left edge).
 */
export const besideSetting = defineSetting('settings.beside', true, isBoolean);

/** Open the sidebar by itself on every detected article (off: only the launcher tab shows). */
export const autoOpenSetting = defineSetting('settings.autoOpen', false, isBoolean);

/**
 * Look up entities on Arabic Wikipedia (on by default; README and first-run text say so). Off: no
 * request leaves the device.
 */
export const wikipediaSetting = defineSetting('settings.wikipedia', true, isBoolean);

/** Hostnames (without `www.`) where Siyaq shows nothing: "not on this site". */
export const disabledSitesSetting = defineSetting<string[]>(
  'settings.disabledSites',
  [],
  isStringArray,
);

/** Hostname without `www.`, the key of the per-site setting. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Is Siyaq switched off on this hostname? */
export function isSiteDisabled(disabled: readonly string[], hostname: string): boolean {
  return disabled.includes(siteKey(hostname));
}

/** Adds or removes a site from the "not on this site" list. */
export async function setSiteDisabled(hostname: string, disabled: boolean): Promise<void> {
  const key = siteKey(hostname);
  const current = await disabledSitesSetting.getValue();
  const next = disabled ? [...new Set([...current, key])] : current.filter((s) => s !== key);
  await disabledSitesSetting.setValue(next.sort());
}
