/**
 * The content script: small (detection and the launcher only; no Dexie, no Preact), on every
 * http(s) page. What it does on a page lives in lib/page/ (controller.ts; every part it or the
 * background adds to the page is registered in parts.ts and taken out by one teardown).
 *
 * It does not trust the page's events: WXT's location-change and "script started" events have
 * names a page can learn (they hold the extension id), so a page could dispatch them to force
 * re-extraction or to shut Siyaq down. The address is watched here instead (navigation.ts), and
 * WXT's invalidation is believed only when the extension really went away.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../lib/page/controller';
import { watchAddress } from '../../lib/page/navigation';
import { callBackground } from '../../lib/messaging/clients';
import { contentCalls, type ContentResults } from '../../lib/messaging/content-protocol';
import { createServer } from '../../lib/messaging/rpc';
import {
  autoOpenSetting,
  besideSetting,
  disabledSitesSetting,
  isSiteDisabled,
} from '../../lib/settings';

/** After an SPA navigation, give the site a moment to render the new article before detecting. */
const SPA_SETTLE_MS = 600;
/** While our UI is on a page, how often to check that the extension was not reloaded or removed. */
const ALIVE_CHECK_MS = 2000;

/** False once the extension was reloaded, updated or removed ("Extension context invalidated"). */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id !== undefined;
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage(…, '*') a "content script started" note on every
  // page — visible to the site's scripts. DESIGN.md: never broadcast with postMessage to '*'.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const controller = new PageController({
      doc: document,
      location: () => location.href,
      reportArticle: (url, confidence) => callBackground('articleDetected', { url, confidence }),
      sidebarUrl: ({ key, ticket }) =>
        `${browser.runtime.getURL('/sidebar.html')}?${new URLSearchParams({ url: key, t: ticket })}`,
      isSiteDisabled: async (host) => isSiteDisabled(await disabledSitesSetting.getValue(), host),
      autoOpen: () => autoOpenSetting.getValue(),
      beside: () => besideSetting.getValue(),
      log: (message, error) => console.debug(`[Siyaq] ${message}`, error),
    });

    const onMessage = createServer<typeof contentCalls, ContentResults>(
      contentCalls,
      {
        toggleSidebar: async () => ({ open: controller.toggle() }),
        openSidebar: async () => ({ open: controller.open() }),
        closeSidebar: async () => {
          controller.close();
          return null;
        },
      },
      browser.runtime.id,
    );
    browser.runtime.onMessage.addListener(onMessage);

    let settle: ReturnType<typeof setTimeout> | undefined;
    let aliveTimer: ReturnType<typeof setInterval> | undefined;
    const stopAliveCheck = () => {
      clearInterval(aliveTimer);
      aliveTimer = undefined;
    };
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      stopAliveCheck();
      clearTimeout(settle);
      unwatchAddress();
      controller.teardown();
      // After a reload, touching extension APIs throws "Extension context invalidated": the
      // listeners are dead anyway, so failures here are expected and kept out of the console.
      try {
        unwatch();
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        /* the context is gone */
      }
    };
    // WXT does not notice an invalidated context in Chromium until one of its timers fires; our
    // UI must not outlive the extension, so, while it is shown, check now and then.
    const startAliveCheck = () => {
      if (aliveTimer !== undefined || !controller.current) return;
      aliveTimer = setInterval(() => {
        if (!extensionAlive()) stop();
        else if (!controller.current) stopAliveCheck();
      }, ALIVE_CHECK_MS);
    };
    const run = () => void controller.run().then(startAliveCheck);

    const unwatch = disabledSitesSetting.watch((sites) => {
      if (isSiteDisabled(sites, location.hostname)) stop();
    });
    const unwatchAddress = watchAddress({
      win: window,
      onChange: () => {
        controller.teardown();
        clearTimeout(settle);
        settle = setTimeout(run, SPA_SETTLE_MS);
      },
    });
    // WXT aborts the context on its "started" event, which a page can dispatch too: believed
    // only when the extension is really gone (a reload, an update, a removal).
    ctx.onInvalidated(() => {
      if (!extensionAlive()) stop();
    });

    run();
  },
});
