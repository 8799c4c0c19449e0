/** The content script's controller on real saved pages (jsdom), with fake extension parts. */
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../tools/html';
import { pageHtml } from '../../tools/fixtures';
import { PageController, type ControllerDeps } from './controller';
import { pageParts } from './parts';
import { HOST_SELECTOR } from './shadow-host';
import { pageLabels } from '../ui/i18n';
import type { ArticleRef } from '../messaging/protocol';

const labels = pageLabels('ar', 5000);

const ARTICLE = 'https://7al.net/2022/01/07/russian-general-kazakhstan/';

function setup(page: string, over: Partial<ControllerDeps> = {}) {
  const doc = parseHtml(pageHtml(page), ARTICLE);
  const deps: ControllerDeps = {
    doc,
    location: () => ARTICLE,
    reportArticle: vi.fn(async () => ({ key: ARTICLE, title: 't', ticket: 'T', labels })),
    sidebarUrl: (a) =>
      `chrome-extension://id/sidebar.html?url=${encodeURIComponent(a.key)}&t=${a.ticket}`,
    isSiteDisabled: async () => false,
    autoOpen: async () => false,
    log: vi.fn(),
    parts: pageParts({}),
    ...over,
  };
  return { doc, deps, controller: new PageController(deps) };
}
const hosts = (doc: Document) => doc.querySelectorAll(HOST_SELECTOR);

describe('on an Arabic article', () => {
  it('reports it and adds exactly one host element, whose shadow root is closed', async () => {
    const { doc, deps, controller } = setup('ar-7al-kazakhstan.html');
    await controller.run();
    expect(deps.reportArticle).toHaveBeenCalledWith(ARTICLE, expect.any(Number));
    expect(hosts(doc)).toHaveLength(1);
    expect(hosts(doc)[0]!.shadowRoot).toBeNull();
    expect(controller.current?.key).toBe(ARTICLE);
  });

  it('runs again (SPA navigation) without duplicating the UI, and teardown removes it all', async () => {
    const { doc, controller } = setup('ar-7al-kazakhstan.html');
    await controller.run();
    await controller.run();
    expect(hosts(doc)).toHaveLength(1);
    controller.teardown();
    expect(hosts(doc)).toHaveLength(0);
  });

  it('a teardown while the report is in flight leaves nothing behind', async () => {
    let resolve!: (v: ArticleRef) => void;
    const { doc, controller } = setup('ar-7al-kazakhstan.html', {
      reportArticle: () => new Promise((r) => (resolve = r)),
    });
    const running = controller.run();
    await vi.waitFor(() => expect(resolve).toBeTypeOf('function'));
    controller.teardown();
    resolve({ key: ARTICLE, title: 't', ticket: 'T', labels });
    await running;
    expect(hosts(doc)).toHaveLength(0);
  });

  it('teardown and SPA navigation take out every part the background injected too', async () => {
    const { doc, deps, controller } = setup('ar-7al-kazakhstan.html');
    await controller.run();
    const highlights = { teardown: vi.fn() };
    const marks = { teardown: vi.fn() };
    deps.parts!.add('highlights', highlights);
    deps.parts!.add('marks', marks);
    // Closing the sidebar takes the entity marks away, not the reader's highlights.
    controller.open();
    controller.close();
    expect(marks.teardown).toHaveBeenCalledTimes(1);
    expect(highlights.teardown).not.toHaveBeenCalled();
    // The next article of a single-page site starts from nothing.
    await controller.run();
    expect(highlights.teardown).toHaveBeenCalledTimes(1);
    expect(deps.parts!.names()).toEqual(['launcher']);
    controller.teardown();
    expect(deps.parts!.names()).toEqual([]);
    expect(hosts(doc)).toHaveLength(0);
  });

  it('opens by itself when the setting says so, and toggles', async () => {
    const { doc, controller } = setup('ar-7al-kazakhstan.html', { autoOpen: async () => true });
    await controller.run();
    const iframe = () => hosts(doc)[0]?.shadowRoot ?? null; // closed: the page cannot see inside
    expect(iframe()).toBeNull();
    expect(controller.toggle()).toBe(false);
    expect(controller.toggle()).toBe(true);
  });

  it('a failing report leaves the page as it was and logs once', async () => {
    const { doc, deps, controller } = setup('ar-7al-kazakhstan.html', {
      reportArticle: async () => {
        throw new Error('extraction gave no usable article');
      },
    });
    const before = doc.documentElement.outerHTML;
    await controller.run();
    await controller.run();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(deps.log).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a site the reader switched off', async () => {
    const { doc, deps, controller } = setup('ar-7al-kazakhstan.html', {
      isSiteDisabled: async () => true,
    });
    await controller.run();
    expect(hosts(doc)).toHaveLength(0);
    expect(deps.reportArticle).not.toHaveBeenCalled();
  });
});

describe.each(['fa-aryanews.html', 'en-bbc-news-2015.html', 'ar-masrawy-home.html'])(
  'on %s',
  (page) => {
    it('reports nothing and leaves the DOM exactly as it was', async () => {
      const { doc, deps, controller } = setup(page);
      const before = doc.documentElement.outerHTML;
      await controller.run();
      expect(deps.reportArticle).not.toHaveBeenCalled();
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(controller.open()).toBe(false);
      expect(controller.toggle()).toBe(false);
    });
  },
);

it('ignores non-http pages', async () => {
  const { deps, controller } = setup('ar-7al-kazakhstan.html', {
    location: () => 'file:///tmp/a.html',
  });
  await controller.run();
  expect(deps.reportArticle).not.toHaveBeenCalled();
});
