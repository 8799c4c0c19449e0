/**
 * The content script: small (detection and the launcher only; no Dexie, no Preact), on every
 * http(s) page. Everything it does lives in lib/content/controller.ts.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../lib/content/controller';
import { callBackground } from '../../lib/messaging/clients';
import { contentCalls, type ContentResults } from '../../lib/messaging/content-protocol';
import { createServer } from '../../lib/messaging/rpc';
import { autoOpenSetting, disabledSitesSetting, isSiteDisabled } from '../../lib/settings';

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
      // Entity marks live in the same isolated world, installed by the injected marks.js.
      onClose: () => (globalThis as { __siyaqMarks?: { clear(): void } }).__siyaqMarks?.clear(),
      doc: document,
      location: () => location.href,
      reportArticle: (url, confidence) => callBackground('articleDetected', { url, confidence }),
      sidebarUrl: (key) =>
        `${browser.runtime.getURL('/sidebar.html')}?url=${encodeURIComponent(key)}`,
      isSiteDisabled: async (host) => isSiteDisabled(await disabledSitesSetting.getValue(), host),
      autoOpen: () => autoOpenSetting.getValue(),
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

    const unwatch = disabledSitesSetting.watch((sites) => {
      if (isSiteDisabled(sites, location.hostname)) controller.teardown();
    });

    // WXT notices an invalidated context only when one of its timers fires, and in Chromium its
    // location watcher uses the Navigation API, not a timer: after an extension reload the
    // launcher would stay in the page. So, while our UI is shown, check now and then.
    let aliveTimer: ReturnType<typeof setInterval> | undefined;
    const stopAliveCheck = () => {
      clearInterval(aliveTimer);
      aliveTimer = undefined;
    };
    const startAliveCheck = () => {
      if (aliveTimer !== undefined || !controller.current) return;
      aliveTimer = setInterval(() => {
        if (!extensionAlive()) ctx.abort('extension reloaded or removed');
        else if (!controller.current) stopAliveCheck();
      }, ALIVE_CHECK_MS);
    };
    const run = () => void controller.run().then(startAliveCheck);

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      controller.teardown();
      ctx.setTimeout(run, SPA_SETTLE_MS);
    });
    ctx.onInvalidated(() => {
      stopAliveCheck();
      controller.teardown();
      // After a reload, touching extension APIs throws "Extension context invalidated": the
      // listeners are dead anyway, so failures here are expected and kept out of the console.
      try {
        unwatch();
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        /* the context is gone */
      }
    });

    run();
  },
});
