/**
 * The toolbar badge of a tab whose article mentions a name the reader follows (issue 19): the
 * number of followed names it mentions, and their names in the button's title. What each tab's
 * article mentions is kept here when its visit is stored, so that following or unfollowing a
 * name updates every open tab at once; a tab this worker does not know (it started after the
 * visit) is looked up in the history by its address.
 */
import type { StoredEntity } from '../db/database';
import type { Followed } from './model';

/** The part of `browser.action` (`browserAction` in Firefox's MV2) the badge needs. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export interface BadgeDeps {
  api: BadgeApi;
  /** The live follows. */
  followed: () => Promise<Followed[]>;
  /** The open tabs with a web address. */
  tabs: () => Promise<{ id: number; url: string }[]>;
  /** The stored article at a tab's address (its entities), if any. */
  entitiesAt: (url: string) => Promise<Pick<StoredEntity, 'key' | 'name'>[] | null>;
  /** The button's title for the followed names an article mentions ([] → the default title). */
  title: (names: string[]) => Promise<string>;
}

/** The followed names among an article's entities, in the article's order (most salient first). */
export function followedAmong(
  entities: readonly Pick<StoredEntity, 'key' | 'name'>[],
  followed: readonly Followed[],
): string[] {
  const byKey = new Map(followed.map((f) => [f.key, f.name]));
  const out: string[] = [];
  for (const e of entities) {
    const name = byKey.get(e.key);
    if (name !== undefined && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The badge's text for that many followed names: empty for none. */
export const badgeText = (n: number) => (n <= 0 ? '' : n > 99 ? '99+' : String(n));

export class FollowBadges {
  /** Tab → the entities of the article stored from it. */
  private readonly known = new Map<number, Pick<StoredEntity, 'key' | 'name'>[]>();

  constructor(private readonly deps: BadgeDeps) {}

  /** A visit was stored from `tabId`: its badge shows the followed names it mentions. */
  async visited(tabId: number, entities: readonly Pick<StoredEntity, 'key' | 'name'>[]) {
    const kept = entities.map((e) => ({ key: e.key, name: e.name }));
    this.known.set(tabId, kept);
    await this.show(tabId, followedAmong(kept, await this.deps.followed()));
  }

  /** Tab → its address without the fragment, as last seen by {@link navigated}. */
  private readonly at = new Map<number, string>();

  /**
   * The tab's address changed: unless only the fragment did (an in-page link), it left its
   * article and its badge goes — also one this worker did not set (it started after the visit).
   */
  async navigated(tabId: number, url: string) {
    const page = url.replace(/#.*$/s, '');
    const before = this.at.get(tabId);
    this.at.set(tabId, page);
    if (before === page) return;
    this.known.delete(tabId);
    await this.show(tabId, []);
  }

  /** The tab was closed. */
  closed(tabId: number) {
    this.known.delete(tabId);
    this.at.delete(tabId);
  }

  /** The follows changed: every open tab's badge again. */
  async refresh() {
    const followed = await this.deps.followed();
    for (const tab of await this.deps.tabs()) {
      let entities = this.known.get(tab.id);
      if (!entities) {
        const stored = await this.deps.entitiesAt(tab.url).catch(() => null);
        if (!stored) continue;
        entities = stored;
        this.known.set(tab.id, entities);
      }
      await this.show(tab.id, followedAmong(entities, followed)).catch(() => undefined);
    }
  }

  private async show(tabId: number, names: string[]) {
    await this.deps.api.setBadgeText({ tabId, text: badgeText(names.length) });
    await this.deps.api.setTitle({ tabId, title: await this.deps.title(names) });
  }
}
