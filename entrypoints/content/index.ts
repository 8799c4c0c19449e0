/**
 * The content script: small (detection and the launcher only; no Dexie, no Preact), on every
 * http(s) page. Everything it does lives in lib/content/controller.ts.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../lib/content/controller';
import { callBackground } from '../../lib/messaging/clients';
import { contentCalls, type ContentResults } from '../../lib/messaging/protocol';
import { createServer } from '../../lib/messaging/rpc';
import { autoOpenSetting, disabledSitesSetting, isSiteDisabled } from '../../lib/settings';

/** After an SPA navigation, give the site a moment to render the new article before detecting. */
const SPA_SETTLE_MS = 600;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new PageController({
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

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      controller.teardown();
      ctx.setTimeout(() => void controller.run(), SPA_SETTLE_MS);
    });
    ctx.onInvalidated(() => {
      controller.teardown();
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    });

    void controller.run();
  },
});
