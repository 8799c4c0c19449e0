import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { recordVisit } from '../related/visits';
import { SiyaqDatabase } from '../db/database';
import { LIVE_PORT } from '../messaging/live-protocol';
import { testArticle } from '../../tools/test-article';
import { liveQueryFns, serveLivePort, type LivePort } from './live-server';

let database: SiyaqDatabase;
let n = 0;
beforeEach(() => {
  database = new SiyaqDatabase(`live-${n++}`);
});
afterEach(() => database.delete());

function fakePort(senderId = 'ext') {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: LivePort & { sent: unknown[]; send(m: unknown): void; close(): void } = {
    name: LIVE_PORT,
    sender: { id: senderId },
    sent: [],
    postMessage: (m) => void port.sent.push(m),
    disconnect: vi.fn(),
    onMessage: { addListener: (cb) => void onMessage.push(cb) },
    onDisconnect: { addListener: (cb) => void onDisconnect.push(cb) },
    send: (m) => onMessage.forEach((cb) => cb(m)),
    close: () => onDisconnect.forEach((cb) => cb()),
  };
  return port;
}

const URL_ = 'https://www.albayan.ae/a/1';
const article = testArticle(URL_, { title: 'أ', siteName: 'البيان' });

it('streams the article: undefined first, then each stored version', async () => {
  const port = fakePort();
  serveLivePort(
    port,
    liveQueryFns(() => database),
    'ext',
  );
  port.send({ query: 'article', args: { url: URL_ } });
  await vi.waitFor(() => expect(port.sent).toEqual([{ type: 'value', value: undefined }]));
  await recordVisit(database, article, 1);
  await vi.waitFor(() =>
    expect(port.sent.at(-1)).toMatchObject({ type: 'value', value: { title: 'أ', visitCount: 1 } }),
  );
  await recordVisit(database, { ...article, title: 'ب' }, 2);
  await vi.waitFor(() =>
    expect(port.sent.at(-1)).toMatchObject({ value: { title: 'ب', visitCount: 2 } }),
  );
  port.close();
  const count = port.sent.length;
  await recordVisit(database, article, 3);
  await new Promise((r) => setTimeout(r, 50));
  expect(port.sent).toHaveLength(count);
});

it('refuses other senders and bad requests', async () => {
  const stranger = fakePort('someone-else');
  serveLivePort(
    stranger,
    liveQueryFns(() => database),
    'ext',
  );
  expect(stranger.disconnect).toHaveBeenCalled();

  const port = fakePort();
  serveLivePort(
    port,
    liveQueryFns(() => database),
    'ext',
  );
  port.send({ query: 'dropTables', args: {} });
  port.send({ query: 'article', args: { url: 'javascript:alert(1)' } });
  expect(port.sent).toEqual([
    { type: 'error', error: 'invalid live query' },
    { type: 'error', error: 'invalid arguments for article' },
  ]);
});
