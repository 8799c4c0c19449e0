import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Build configuration for Chrome (MV3) and Firefox.
 * The manifest lists only what the extension uses; the README explains each permission.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    // Name, description, the toolbar button's title and the commands' descriptions come from
    // public/_locales/{ar,en}/messages.json, in the browser's language. English is the default
    // locale: the fallback for every browser language without its own folder, as in the pages
    // (Arabic for an Arabic browser, else English: lib/ui/i18n).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'scripting', 'contextMenus'],
    // Extraction runs in the tab through scripting.executeScript, which needs host access to the
    // pages the content script already runs on.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The sidebar and hover card are frames in news pages, so pages may load them. In Chrome only
    // through a per-session address (use_dynamic_url): a page cannot guess it to frame them. Our
    // frames also carry the tab's ticket (lib/background/tickets.ts), which holds in Firefox too.
    web_accessible_resources: [
      {
        resources: ['sidebar.html', 'hovercard.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSidebar__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlightSelection__',
      },
      'save-for-later': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandSaveForLater__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'siyaq@siyaq.example',
              // Highlights and entity marks are painted with the CSS Custom Highlight API, which
              // Firefox has from 140 (June 2025); before it they would silently not show.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The store's sources zip (addons.mozilla.org asks for it): the code and data that build the
  // extension and its model (`npm ci && npm run build:firefox`; `npm run train:ner`) — not the
  // tests, their pages, screenshots, test output or a local Node.
  zip: {
    excludeSources: [
      'test-results/**',
      '.wxt/**',
      '.tools/**',
      '.scratch/**',
      'e2e/**',
      'fixtures/**',
      'docs/screenshots/**',
      '**/*.test.ts',
    ],
  },
  vite: () => ({
    plugins: [preact()],
    // Trap 1 in TOOLCHAIN.md: the minifier can emit a raw U+FFFF, which Chrome rejects as
    // "isn't UTF-8 encoded"; ASCII output escapes every non-ASCII character.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
