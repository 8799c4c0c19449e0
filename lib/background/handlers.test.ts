import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiyaqDatabase } from '../db/database';
import { createBackgroundHandlers } from './handlers';

let database: SiyaqDatabase;
let n = 0;
let extraction: unknown;
const closed: number[] = [];

beforeEach(() => {
  database = new SiyaqDatabase(`handlers-${n++}`);
  closed.length = 0;
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
    now: () => 42,
  });
const fromTab = { id: 'ext', tab: { id: 7 }, frameId: 0 };

describe('articleDetected', () => {
  it('stores what the tab extracted and answers with its key', async () => {
    await expect(
      handlers().articleDetected({ url: 'https://www.albayan.ae/a/1', confidence: 1 }, fromTab),
    ).resolves.toEqual({
      key: 'https://www.albayan.ae/a/1',
      title: 'القائم بأعمال السفارة',
    });
    expect(await database.articles.count()).toBe(1);
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
    expect(await database.articles.count()).toBe(0);
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
