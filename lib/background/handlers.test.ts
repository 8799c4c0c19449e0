import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiyaqDatabase, type StoredEntity } from '../db/database';
import { readArticle } from '../related/visits';
import { createBackgroundHandlers, type BackgroundDeps } from './handlers';
import { readingList } from './reading';
import { FrameTickets } from './tickets';
import { pageLabels } from '../ui/i18n';
import type { Site } from '../nlp/own-outlet';

let database: SiyaqDatabase;
let n = 0;
let extraction: unknown;
const closed: number[] = [];
const installs: [number, string][] = [];
const pageCalls: [number, string, string, unknown][] = [];
let ticketStore: Record<string, { ticket: string; key: string }> | undefined;
let tickets: FrameTickets;
let entitiesResult: () => Promise<StoredEntity[]>;
const warnings: string[] = [];
const entityCalls: [string, string, Site][] = [];
let budget = { articles: 10_000, links: 30_000 };
const opened: number[] = [];
const focused: string[] = [];
let readingChanges = 0;
const badgeVisits: [number, string[]][] = [];

beforeEach(() => {
  database = new SiyaqDatabase(`handlers-${n++}`);
  closed.length = 0;
  installs.length = 0;
  pageCalls.length = 0;
  ticketStore = undefined;
  let t = 0;
  tickets = new FrameTickets(
    {
      get: async () => ticketStore,
      set: async (v) => void (ticketStore = v),
    },
    () => `ticket${++t}`,
  );
  warnings.length = 0;
  entityCalls.length = 0;
  badgeVisits.length = 0;
  budget = { articles: 10_000, links: 30_000 };
  entitiesResult = async () => [
    { key: 'LOC:بيان', name: 'البيان', type: 'LOC', salience: 1, mentions: 2, aliases: [] },
  ];
  extraction = {
    url: 'https://www.albayan.ae/a/1',
    pageUrl: 'https://www.albayan.ae/a/1',
    title: 'القائم بأعمال السفارة',
    siteName: 'البيان',
    byline: null,
    publishedAt: '2020-06-03',
    lang: 'ar',
    text: 'ثمّن',
    paragraphs: ['ثمّن'],
    excerpt: 'ثمّن',
    readAlso: [],
  };
});
afterEach(() => database.delete());

const handlers = () =>
  createBackgroundHandlers({
    database: () => database,
    extractInTab: async () => extraction,
    closeSidebarInTab: async (tabId) => void closed.push(tabId),
    installInTab: async (tabId, part) => void installs.push([tabId, part]),
    callPage: (async (tabId: number, part: string, method: string, args: unknown) => {
      pageCalls.push([tabId, part, method, args]);
      if (part === 'marks' && method === 'show')
        return tabId + (args as { names: string[] }).names.length;
      if (method === 'status') return { missing: ['h1', 7], found: 1 };
      return method === 'show' ? true : null;
    }) as BackgroundDeps['callPage'],
    extensionPage: (path, params) => `ext:${path}?${new URLSearchParams(params)}`,
    tickets,
    ensureCards: async (entities) => entities.length,
    wikipediaEnabled: async () => true,
    entitiesOf: (text, title, site) => {
      entityCalls.push([text, title, site]);
      return entitiesResult();
    },
    titleEntityKeys: async (titles) =>
      titles.map((t) => (t.includes('البيان') ? ['LOC:بيان'] : [])),
    cacheBudget: async () => budget,
    openSidebarInTab: async (tabId) => {
      opened.push(tabId);
      return true;
    },
    broadcastFocus: async (id) => void focused.push(id),
    warn: (m) => void warnings.push(m),
    now: () => 42,
    reading: {
      list: readingList({
        database: () => database,
        nodeId: async () => 'test01',
        changed: () => void readingChanges++,
        now: () => 42,
      }),
      syncStatus: () => ({ state: 'off', reason: 'test' }),
    },
    pageLabels: async () => pageLabels('en', 5000),
    follows: {
      list: async () => {
        throw new Error('not used here (follows.test.ts)');
      },
      badges: {
        visited: async (tab, entities) => void badgeVisits.push([tab, entities.map((e) => e.key)]),
        refresh: async () => undefined,
      },
    },
  });
const fromTab = { id: 'ext', tab: { id: 7 }, frameId: 0 };

describe('articleDetected', () => {
  it("stores what the tab extracted and answers with its key (and the launcher's words)", async () => {
    await expect(
      handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab),
    ).resolves.toEqual({
      key: 'https://www.albayan.ae/a/1',
      title: 'القائم بأعمال السفارة',
      ticket: 'ticket1',
      labels: pageLabels('en', 5000),
    });
    // The tab's badge learns what the stored article mentions (a followed name shows there).
    expect(badgeVisits).toEqual([[7, ['LOC:بيان']]]);
    expect(await database.history.count()).toBe(1);
  });

  it('tells the entity analysis which outlet the page is, so that it can leave it out', async () => {
    await handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab);
    expect(entityCalls).toEqual([
      ['ثمّن', 'القائم بأعمال السفارة', { name: 'البيان', url: 'https://www.albayan.ae/a/1' }],
    ]);
  });

  it('keys a page by its own address when its canonical names another site', async () => {
    const evil = { ...fromTab, url: 'https://attacker.example/news/1#top' };
    const ref = await handlers().articleDetected(
      { url: 'https://attacker.example/news/1', confidence: 1 },
      evil,
    );
    expect(ref.key).toBe('https://attacker.example/news/1');
    expect(await readArticle(database, 'https://www.albayan.ae/a/1')).toBeUndefined();
    // The same site (another host of it) may name its canonical address.
    const own = { ...fromTab, url: 'https://m.albayan.ae/a/1?ref=home' };
    expect((await handlers().articleDetected({ url: own.url, confidence: 1 }, own)).key).toBe(
      'https://www.albayan.ae/a/1',
    );
  });

  it('stores the key entities with their keys indexed', async () => {
    await handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab);
    const row = await readArticle(database, 'https://www.albayan.ae/a/1');
    expect(row?.entities.map((e) => e.name)).toEqual(['البيان']);
    expect(await database.history.where('entityKeys').equals('LOC:بيان').count()).toBe(1);
  });

  it('stores the visit even when the model cannot run, and says so once', async () => {
    entitiesResult = async () => {
      throw new Error('model file: HTTP 404');
    };
    await handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab);
    await handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab);
    expect((await database.history.get('albayan.ae/a/1'))?.visitCount).toBe(2);
    expect(warnings).toHaveLength(2); // the background's warn() itself keeps it to one console line
  });

  it.each([
    ['an error from the page', { error: 'boom' }],
    ['nothing', undefined],
    [
      'a javascript: read-also link',
      { readAlso: [{ url: 'javascript:alert(1)', title: 'x', placement: 'in-article' }] },
    ],
    ['a non-http canonical URL', { url: 'data:text/html,hi' }],
    [
      'a wrong placement',
      { readAlso: [{ url: 'https://a.example/', title: 'x', placement: 'sidebar' }] },
    ],
  ])('refuses %s and stores nothing', async (_what, bad) => {
    extraction = bad && !('error' in bad) ? { ...(extraction as object), ...bad } : bad;
    await expect(
      handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab),
    ).rejects.toThrow(/extraction gave no usable article/);
    expect(await database.history.count()).toBe(0);
  });

  it('keeps the read-also links with the entities of their titles', async () => {
    extraction = {
      ...(extraction as object),
      readAlso: [
        {
          url: 'https://www.albayan.ae/b/2?utm_source=x',
          title: 'عن البيان',
          placement: 'after-article',
        },
        { url: 'https://www.albayan.ae/c/3', title: 'خبر آخر', placement: 'in-article' },
      ],
    };
    await handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab);
    expect(await database.links.get('albayan.ae/b/2')).toMatchObject({
      entityKeys: ['LOC:بيان'],
      title: 'عن البيان',
    });
    expect(await database.links.count()).toBe(2);
  });

  it('keeps the cache within the budget as visits come in', async () => {
    budget = { articles: 100, links: 100 };
    for (let i = 0; i < 105; i++) {
      extraction = {
        ...(extraction as object),
        url: `https://www.albayan.ae/a/${i}`,
        pageUrl: `https://www.albayan.ae/a/${i}`,
      };
      await handlers().articleDetected(
        { url: `https://www.albayan.ae/a/${i}`, confidence: 1 },
        fromTab,
      );
    }
    expect(await database.history.count()).toBeLessThanOrEqual(100);
    expect(await database.history.get('albayan.ae/a/104')).toBeDefined();
  });

  it('refuses a sender that is not a tab', async () => {
    await expect(
      handlers().articleDetected({ url: 'https://a.example/', confidence: 1 }, { id: 'ext' }),
    ).rejects.toThrow('not sent from a tab');
  });
});

it('closeSidebar forwards to the sender’s tab', async () => {
  await handlers().closeSidebar({}, fromTab);
  expect(closed).toEqual([7]);
});

it('showEntity marks the names in the sender’s tab, the hover card carrying the tab’s ticket', async () => {
  await expect(handlers().showEntity({ names: ['روسيا', 'وروسيا'] }, fromTab)).resolves.toEqual({
    found: 9,
  });
  expect(installs).toEqual([[7, 'marks']]);
  const hover = { url: 'https://www.albayan.ae/a/1', key: 'LOC:روسيا' };
  // No ticket for this article in the tab yet: marks without a hover card.
  await handlers().showEntity({ names: ['روسيا'], hover }, fromTab);
  await tickets.issue(7, 'https://www.albayan.ae/a/1');
  await handlers().showEntity({ names: ['روسيا'], hover }, fromTab);
  await handlers().showEntity({ names: [] }, fromTab);
  expect(pageCalls).toEqual([
    [7, 'marks', 'show', { names: ['روسيا', 'وروسيا'], hoverSrc: '', hoverTitle: 'Siyaq' }],
    [7, 'marks', 'show', { names: ['روسيا'], hoverSrc: '', hoverTitle: 'Siyaq' }],
    [
      7,
      'marks',
      'show',
      {
        names: ['روسيا'],
        hoverSrc: `ext:/hovercard.html?${new URLSearchParams({ ...hover, t: 'ticket1' })}`,
        hoverTitle: 'Siyaq',
      },
    ],
    [7, 'marks', 'clear', {}],
  ]);
});

describe('checkFrame', () => {
  const url = 'https://www.albayan.ae/a/1';
  it('lets a frame show only with its tab’s ticket, for that tab’s article', async () => {
    const { ticket } = await handlers().articleDetected({ url, confidence: 1 }, fromTab);
    const h = handlers();
    await expect(h.checkFrame({ ticket, url }, fromTab)).resolves.toEqual({ allowed: true });
    // Another tab, a guessed ticket, another article, no tab at all: nothing.
    await expect(h.checkFrame({ ticket, url }, { ...fromTab, tab: { id: 8 } })).resolves.toEqual({
      allowed: false,
    });
    await expect(h.checkFrame({ ticket: 'ticket9', url }, fromTab)).resolves.toEqual({
      allowed: false,
    });
    await expect(
      h.checkFrame({ ticket, url: 'https://www.albayan.ae/b/2' }, fromTab),
    ).resolves.toEqual({ allowed: false });
    await expect(h.checkFrame({ ticket: '', url }, fromTab)).resolves.toEqual({ allowed: false });
    await expect(h.checkFrame({ ticket, url }, { id: 'ext' })).resolves.toEqual({
      allowed: false,
    });
  });

  it('a new article in the tab (or the tab closed) ends the old ticket', async () => {
    const first = await handlers().articleDetected({ url, confidence: 1 }, fromTab);
    await handlers().articleDetected({ url, confidence: 1 }, fromTab);
    await expect(handlers().checkFrame({ ticket: first.ticket, url }, fromTab)).resolves.toEqual({
      allowed: false,
    });
    const second = await handlers().articleDetected({ url, confidence: 1 }, fromTab);
    await tickets.forget(7);
    await expect(handlers().checkFrame({ ticket: second.ticket, url }, fromTab)).resolves.toEqual({
      allowed: false,
    });
  });
});

it('loadCards looks up the stored article’s entities (not MISC) and reports the setting', async () => {
  await handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab);
  await expect(
    handlers().loadCards({ url: 'https://www.albayan.ae/a/1' }, fromTab),
  ).resolves.toEqual({
    requests: 1,
    enabled: true,
  });
  await expect(handlers().loadCards({ url: 'https://unknown.example/' }, fromTab)).resolves.toEqual(
    {
      requests: 0,
      enabled: true,
    },
  );
});

describe('highlights', () => {
  const selectors = {
    quote: { exact: 'القائم بأعمال', prefix: '', suffix: ' السفارة' },
    position: { start: 0, end: 13 },
  };

  it('a detected article gets the highlights script', async () => {
    await handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab);
    expect(installs).toEqual([[7, 'highlights']]);
  });

  it('saves from the tab, lists for the page, edits from the frame', async () => {
    const { id } = await handlers().saveHighlight(
      { pageUrl: 'https://www.albayan.ae/a/1', selectors, color: 'green', note: '' },
      fromTab,
    );
    const list = await handlers().highlightsForPage(
      { pageUrl: 'https://albayan.ae/a/1?utm_source=x' },
      fromTab,
    );
    expect(list.map((h) => [h.id, h.quote, h.color])).toEqual([[id, 'القائم بأعمال', 'green']]);
    await handlers().updateHighlight({ id, note: 'ملاحظة' }, fromTab);
    expect((await database.highlights.get(id))?.note).toBe('ملاحظة');
    expect(pageCalls).toEqual([]); // a note: nothing to repaint
    await handlers().updateHighlight({ id, deleted: true }, fromTab);
    expect(pageCalls).toEqual([[7, 'highlights', 'reload', {}]]);
    expect(
      await handlers().highlightsForPage({ pageUrl: 'https://www.albayan.ae/a/1' }, fromTab),
    ).toEqual([]);
  });

  it('asks the tab where highlights are, keeping only well-formed answers', async () => {
    await expect(handlers().showHighlight({ id: 'h1' }, fromTab)).resolves.toEqual({ found: true });
    await expect(handlers().highlightStatus({}, fromTab)).resolves.toEqual({ missing: ['h1'] });
  });
});

it('a clicked highlight opens the sidebar, which then takes it to bring into view (once)', async () => {
  const h = handlers();
  await expect(h.openHighlight({ id: 'h9' }, fromTab)).resolves.toEqual({ open: true });
  expect(opened.at(-1)).toBe(7);
  expect(focused.at(-1)).toBe('h9');
  await expect(h.takeHighlightFocus({}, fromTab)).resolves.toEqual({ id: 'h9' });
  await expect(h.takeHighlightFocus({}, fromTab)).resolves.toEqual({ id: null });
  await expect(h.takeHighlightFocus({}, { id: 'ext' })).resolves.toEqual({ id: null });
});

describe('reading list', () => {
  const url = 'https://www.albayan.ae/a/1';
  it('saves, then marks read only after real reading (time and depth)', async () => {
    const h = handlers();
    readingChanges = 0;
    const { id } = await h.saveForLater({ url, title: 'خبر' }, fromTab);
    expect(id).toBe('albayan.ae/a/1');
    expect(readingChanges).toBe(1);
    expect(await h.readingProgress({ url, activeMs: 5_000, depth: 1 }, fromTab)).toEqual({
      marked: false,
    });
    expect(await h.readingProgress({ url, activeMs: 60_000, depth: 0.2 }, fromTab)).toEqual({
      marked: false,
    });
    expect(await h.readingProgress({ url, activeMs: 45_000, depth: 0.8 }, fromTab)).toEqual({
      marked: true,
    });
    expect((await database.reading.get(id))?.readAt).toBe(42);
    // Not saved: nothing to mark.
    expect(
      await h.readingProgress({ url: 'https://b.example/x', activeMs: 1e6, depth: 1 }, fromTab),
    ).toEqual({ marked: false });
  });

  it('edits in bulk, and imports merge with what is there', async () => {
    const h = handlers();
    await h.saveForLater({ url, title: 'خبر' }, fromTab);
    const r = await h.readingImport(
      {
        items: [
          { url, title: 'مكرر', tags: ['مستورد'] },
          { url: 'https://b.example/x', title: 'جديد' },
        ],
      },
      fromTab,
    );
    expect(r).toEqual({ added: 1, merged: 1 });
    expect(await database.reading.get('albayan.ae/a/1')).toMatchObject({
      title: 'خبر',
      tags: ['مستورد'],
    });
    expect(
      await h.readingEdit({ ids: ['albayan.ae/a/1', 'b.example/x'], action: 'archive' }, fromTab),
    ).toEqual({ changed: 2 });
    expect(
      await h.readingEdit({ ids: ['b.example/x'], action: 'tag', value: 'سياسة' }, fromTab),
    ).toEqual({ changed: 1 });
    expect((await database.reading.get('b.example/x'))?.tags).toEqual(['سياسة']);
  });

  it('imported highlights replace only older copies', async () => {
    const h = handlers();
    const hl = (id: string, updatedAt: number, note: string) => ({
      id,
      url: 'albayan.ae/a/1',
      pageUrl: url,
      selectors: { quote: { exact: 'نص', prefix: '', suffix: '' }, position: { start: 0, end: 2 } },
      quote: 'نص',
      note,
      color: 'yellow' as const,
      createdAt: 1,
      updatedAt,
      deletedAt: null,
    });
    await database.highlights.bulkPut([hl('a', 10, 'هنا أحدث'), hl('b', 1, 'قديم')]);
    expect(
      await h.highlightsImport(
        { highlights: [hl('a', 5, 'من الملف'), hl('b', 5, 'من الملف'), hl('c', 5, 'جديد')] },
        fromTab,
      ),
    ).toEqual({ imported: 2 });
    expect((await database.highlights.get('a'))?.note).toBe('هنا أحدث');
    expect((await database.highlights.get('b'))?.note).toBe('من الملف');
  });
});
