/**
 * The way to an entity's page (issue 19): `entity.html?key=…` in the extension's origin, opened in
 * a new tab. From the sidebar — a frame in a news page, loaded at a per-session address in Chrome
 * — a plain link would resolve against that address: the tab is opened through the tabs API with
 * the extension's own address, which an extension frame may call itself.
 */
import { browser } from 'wxt/browser';

/** The page of entity `key`. */
export function entityPageUrl(key: string): string {
  return `${browser.runtime.getURL('/entity.html')}?key=${encodeURIComponent(key)}`;
}

/** The page of entity `key` in a new tab (a click's default — the link itself — prevented). */
export function openEntityPage(key: string, event?: Event): void {
  event?.preventDefault();
  void browser.tabs.create({ url: entityPageUrl(key) });
}
