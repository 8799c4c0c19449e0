/**
 * The background (service worker in Chrome, event page in Firefox): message handlers, the
 * keyboard command, and the database writes. Nothing here depends on in-memory state surviving.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers, type BackgroundDeps } from '../../lib/background/handlers';
import { liveQueryFns, serveLivePort } from '../../lib/background/live-server';
import { keyEntitiesOf, titleEntityKeys } from '../../lib/background/tagger';
import { cacheBudgetSetting } from '../../lib/related/budget';
import { CardService } from '../../lib/cards/service';
import {
  autoOpenSetting,
  besideSetting,
  disabledSitesSetting,
  wikipediaSetting,
} from '../../lib/settings';
import { db } from '../../lib/db/database';
import { entityNames } from '../../lib/db/entities';
import { readArticle } from '../../lib/related/visits';
import { callContent, callFrames, callPage } from '../../lib/messaging/clients';
import { FrameTickets } from '../../lib/background/tickets';
import { backgroundCalls, type BackgroundResults } from '../../lib/messaging/protocol';
import { createServer } from '../../lib/messaging/rpc';
import { followList, readingList, storedNodeId } from '../../lib/background/reading';
import { FollowBadges } from '../../lib/follows/badge';
import { combinedReplica, followedNames } from '../../lib/follows/store';
import { liveQuery } from 'dexie';
import { browserSyncTransport, syncAvailable } from '../../lib/reading/browser-sync';
import { SyncEngine } from '../../lib/reading/sync';
import { SettingsSync } from '../../lib/reading/settings-sync';
import { currentLang, langSetting, messages, pageLabels } from '../../lib/ui/i18n';
import {
  HIGHLIGHT_MENU,
  menuBuilder,
  SAVE_LINK_MENU,
  SAVE_PAGE_MENU,
} from '../../lib/background/menus';
import { MAX_QUOTE_CHARS } from '../../lib/db/highlight-record';

export default defineBackground(() => {
  // The reading list's sync: started once the list exists (the engine reads it); edits made
  // before it runs are picked up by its first write.
  let engine: SyncEngine | null = null;
  let syncOff = 'starting';
  const transport = browserSyncTransport();
  const list = readingList({
    database: db,
    nodeId: () =>
      storedNodeId(
        async () => (await browser.storage.local.get('sync.node'))['sync.node'],
        (id) => browser.storage.local.set({ 'sync.node': id }),
      ),
    changed: () => engine?.localChanged(),
    now: () => Date.now(),
  });
  const follows = followList(list, {
    database: db,
    changed: () => engine?.localChanged(),
    now: () => Date.now(),
  });
  // The toolbar badge of a tab whose article mentions a followed name (MV2 Firefox: browserAction).
  const action = browser.action ?? browser.browserAction;
  const badges = new FollowBadges({
    api: {
      setBadgeText: (d) => action.setBadgeText(d),
      setTitle: (d) => action.setTitle(d),
    },
    followed: () => followedNames(db()),
    tabs: async () =>
      (await browser.tabs.query({}))
        .filter((t) => t.id !== undefined && /^https?:/i.test(t.url ?? ''))
        .map((t) => ({ id: t.id!, url: t.url! })),
    entitiesAt: async (url) => (await readArticle(db(), url))?.entities ?? null,
    title: async (names) => {
      const t = messages[await currentLang()];
      return names.length
        ? t.follow.badgeTitle(names.join(t.listSeparator))
        : browser.i18n.getMessage('actionTitle');
    },
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void badges.navigated(tabId, change.url).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => badges.closed(tabId));
  // Follows that arrive by sync from another device update the badges too.
  let followsSeen = false;
  liveQuery(() => db().follows.count()).subscribe(() => {
    if (followsSeen) void badges.refresh().catch(() => undefined);
    followsSeen = true;
  });
  const readingDeps = {
    list,
    syncStatus: () => engine?.getStatus() ?? { state: 'off' as const, reason: syncOff },
  };
  void (async () => {
    if (!transport) {
      syncOff = 'this browser has no sync storage';
      return;
    }
    const refused = await syncAvailable(transport);
    if (refused) {
      syncOff = refused;
      return;
    }
    const clock = await (await list()).clock();
    engine = new SyncEngine({
      transport,
      local: combinedReplica(await list(), await follows()),
      clock,
    });
    await engine.start();
    // Settings follow the reader too (not the per-device ones: the clock id, sync bookkeeping).
    await new SettingsSync({
      settings: [
        autoOpenSetting,
        besideSetting,
        wikipediaSetting,
        disabledSitesSetting,
        cacheBudgetSetting,
        langSetting,
      ],
      local: {
        get: (keys) => browser.storage.local.get(keys),
        set: (values) => browser.storage.local.set(values),
        onChanged(cb) {
          const l = (changes: Record<string, unknown>, area: string) => {
            if (area === 'local') cb(Object.keys(changes));
          };
          browser.storage.onChanged.addListener(l);
          return () => browser.storage.onChanged.removeListener(l);
        },
      },
      transport,
      clock,
    }).start();
  })().catch((e: unknown) => {
    syncOff = e instanceof Error ? e.message : String(e);
    engine = null;
  });

  // Frame tickets live in session storage: memory only, and out of content scripts' reach.
  const tickets = new FrameTickets({
    get: async () =>
      (await browser.storage.session.get('frame.tickets'))['frame.tickets'] as
        Record<string, { ticket: string; key: string }> | undefined,
    set: (value) => browser.storage.session.set({ 'frame.tickets': value }),
  });
  browser.tabs.onRemoved.addListener((tabId) => void tickets.forget(tabId).catch(() => undefined));

  const cards = new CardService({
    database: db,
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    enabled: () => wikipediaSetting.getValue(),
  });
  const deps: BackgroundDeps = {
    ensureCards: (entities) => cards.ensureCards(entities),
    wikipediaEnabled: () => wikipediaSetting.getValue(),
    database: db,
    async extractInTab(tabId, frameId) {
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/extract.js'],
      });
      return result?.result;
    },
    async closeSidebarInTab(tabId) {
      await callContent(tabId, 'closeSidebar', {});
    },
    async installInTab(tabId, part) {
      // Each script registers its part once in the tab's registry; a second run reloads it.
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        files: [part === 'marks' ? '/marks.js' : '/highlights.js'],
      });
    },
    callPage,
    extensionPage: (path, params) =>
      `${browser.runtime.getURL(path)}?${new URLSearchParams(params)}`,
    tickets,
    async openSidebarInTab(tabId) {
      return (await callContent(tabId, 'openSidebar', {})).open;
    },
    async broadcastFocus(id) {
      // Extension pages (the sidebar frames) hear runtime broadcasts; the one listing it reacts.
      await callFrames('focusHighlight', { id });
    },
    entitiesOf: keyEntitiesOf,
    titleEntityKeys,
    cacheBudget: () => cacheBudgetSetting.getValue(),
    warn: (() => {
      const warned = new Set<string>();
      return (message: string, error: unknown) => {
        if (warned.has(message)) return;
        warned.add(message);
        console.warn(`[Siyaq] ${message}`, error);
      };
    })(),
    now: () => Date.now(),
    reading: readingDeps,
    follows: { list: follows, badges },
    pageLabels: async () => pageLabels(await currentLang(), MAX_QUOTE_CHARS),
  };
  const handlers = createBackgroundHandlers(deps);
  browser.runtime.onMessage.addListener(
    createServer<typeof backgroundCalls, BackgroundResults>(
      backgroundCalls,
      handlers,
      browser.runtime.id,
    ),
  );

  // Save for later: a page (with what Siyaq knows of it when it is a stored article) or a link.
  const saveTab = async (tab: { url?: string; title?: string } | undefined) => {
    if (!tab?.url || !/^https?:/i.test(tab.url)) return;
    const article = await readArticle(db(), tab.url);
    await (
      await list()
    ).save({
      url: article?.url ?? tab.url,
      title: article?.title ?? tab.title ?? '',
      excerpt: article?.excerpt,
      entities: article && entityNames(article.entities),
    });
  };
  // The context menu entries (highlight the selection; save a page or a link), in the reader's
  // language: built on install and on the browser's start, and again when the language changes.
  const buildMenus = menuBuilder(
    {
      removeAll: () => browser.contextMenus.removeAll(),
      create: (entry) =>
        new Promise<void>((resolve) => {
          browser.contextMenus.create(entry, () => {
            void browser.runtime.lastError;
            resolve();
          });
        }),
    },
    currentLang,
  );
  const rebuildMenus = () => void buildMenus().catch(() => undefined);
  langSetting.watch(rebuildMenus);
  browser.runtime.onStartup.addListener(rebuildMenus);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    rebuildMenus();
    // First run: the options page with a welcome that says what is sent where (the Wikipedia
    // look-up, on by default) and how to turn it off.
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });

  const live = liveQueryFns(db);
  browser.runtime.onConnect.addListener((port) => serveLivePort(port, live, browser.runtime.id));

  // Highlight the selection: the context menu entry and the keyboard command. On a page that is
  // not a detected article the highlights script is absent and nothing happens.
  const highlightIn = (tabId: number | undefined) => {
    if (tabId === undefined || tabId < 0) return;
    void callPage(tabId, 'highlights', 'highlightSelection', {}).catch(() => undefined);
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU) highlightIn(tab?.id);
    if (info.menuItemId === SAVE_PAGE_MENU) void saveTab(tab).catch(() => undefined);
    if (info.menuItemId === SAVE_LINK_MENU && info.linkUrl && /^https?:/i.test(info.linkUrl))
      void list()
        .then((l) => l.save({ url: info.linkUrl!, title: info.selectionText ?? '' }))
        .catch(() => undefined);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'highlight-selection') {
      highlightIn(
        tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      );
      return;
    }
    if (command === 'save-for-later') {
      await saveTab(tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]);
      return;
    }
    if (command !== 'toggle-sidebar') return;
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // A tab without our content script (a non-http page, a page loaded before install) has no
    // listener: there is nothing to toggle there.
    await callContent(tabId, 'toggleSidebar', {}).catch(() => undefined);
  });
});
