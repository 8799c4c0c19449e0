/**
 * Serves `live-protocol.ts` queries: one port per subscription, a Dexie `liveQuery` per port,
 * unsubscribed when the port closes (frame closed, tab navigated, worker stopped).
 */
import { liveQuery } from 'dexie';
import * as v from 'valibot';
import { entityHistory } from '../cards/history';
import { readArticle } from '../related/visits';
import { articleKey } from '../db/article-key';
import { relatedFor } from '../related/query';
import { storySoFar } from '../story/story';
import { markRelated } from '../follows/marks';
import { followedNames } from '../follows/store';
import { pageHighlights } from '../highlights/store';
import type { SiyaqDatabase } from '../db/database';
import {
  LIVE_PORT,
  LiveRequestSchema,
  liveQueries,
  type LiveMessage,
  type LiveResults,
} from '../messaging/live-protocol';

/** The part of `runtime.Port` this module uses. */
export interface LivePort {
  name: string;
  sender?: { id?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

type QueryFns = {
  [K in keyof LiveResults]: (
    args: v.InferOutput<(typeof liveQueries)[K]>,
  ) => Promise<LiveResults[K]>;
};

/** The queries themselves, over `database`. */
export function liveQueryFns(database: () => SiyaqDatabase): QueryFns {
  return {
    article: ({ url }) => readArticle(database(), url),
    entityHistory: ({ key, url }) => entityHistory(database(), key, url),
    related: async ({ url }) =>
      markRelated(database(), await relatedFor(database(), url, Date.now())),
    follows: () => followedNames(database()),
    story: ({ url }) => storySoFar(database(), url, Date.now()),
    highlights: ({ pageUrl }) => pageHighlights(database(), pageUrl, true),
    readingItem: async ({ url }) => {
      const id = articleKey(url);
      const item = id ? await database().reading.get(id) : undefined;
      return item && item.deletedAt === null ? item : null;
    },
    cards: async ({ keys }) =>
      (await database().cards.bulkGet(keys)).filter((c): c is NonNullable<typeof c> => !!c),
  };
}

/** Handles one connecting port: validates, subscribes, streams, cleans up. */
export function serveLivePort(port: LivePort, fns: QueryFns, extensionId: string): void {
  if (port.name !== LIVE_PORT) return;
  if (port.sender?.id !== extensionId) {
    port.disconnect();
    return;
  }
  let unsubscribe: (() => void) | null = null;
  const send = (m: LiveMessage<unknown>) => {
    try {
      port.postMessage(m);
    } catch {
      unsubscribe?.();
    }
  };
  port.onMessage.addListener((message) => {
    if (unsubscribe) return; // one query per port
    const request = v.safeParse(LiveRequestSchema, message);
    if (!request.success) return send({ type: 'error', error: 'invalid live query' });
    const name = request.output.query;
    const args = v.safeParse(liveQueries[name], request.output.args);
    if (!args.success) return send({ type: 'error', error: `invalid arguments for ${name}` });
    const query = fns[name] as (a: unknown) => Promise<unknown>;
    const subscription = liveQuery(() => query(args.output)).subscribe({
      next: (value) => send({ type: 'value', value }),
      error: (e: unknown) =>
        send({ type: 'error', error: e instanceof Error ? e.message : String(e) }),
    });
    unsubscribe = () => subscription.unsubscribe();
  });
  port.onDisconnect.addListener(() => unsubscribe?.());
}
