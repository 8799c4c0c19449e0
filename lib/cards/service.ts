/**
 * Cards for an article's entities, cached in Dexie: one batched Wikipedia request for the names
 * not cached yet (with their variants while they fit), a second only for misses whose variants did
 * not fit; answers of every kind cached with a TTL so a revisit makes no request. Concurrent calls share in-flight lookups; HTTP 429/5xx
 * back off. With the setting off, nothing leaves the device.
 */
import type { CardRecord, SiyaqDatabase, StoredEntity } from '../db/database';
import { expiresAt, isFresh } from './cache-policy';
import { agreesWithType } from './type-check';
import {
  buildCardRequests,
  continueUrl,
  isValidTitle,
  TITLES_PER_REQUEST,
} from './wikipedia-request';
import {
  BadResponseError,
  MAX_BODY_CHARS,
  readAnswer,
  resultsOf,
  type QueryAnswer,
  type WikiResult,
} from './wikipedia-response';

/** What the service needs; tests pass fakes. */
export interface CardDeps {
  database: () => SiyaqDatabase;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => number;
  /** The privacy setting "look up entities on Wikipedia". */
  enabled: () => Promise<boolean>;
}

/** A descriptive agent, as Wikimedia's API etiquette asks (no user data in it). */
export const API_USER_AGENT = 'Siyaq/0.1 (browser extension for Arabic news readers)';
const MAX_BACKOFF_MS = 5 * 60_000;
/**
 * At most this many requests a minute from one browser: a reader opening articles sends one per
 * article, so only a runaway (a bug, a page cycling through articles) meets it.
 */
export const RATE_LIMIT = 30;
const RATE_WINDOW_MS = 60_000;

/** Other spellings worth a second try for a missed entity: without ال, or its longest alias. */
export function nameVariants(e: StoredEntity): string[] {
  const out: string[] = [];
  if (/^ال/.test(e.name) && e.name.length > 4) out.push(e.name.slice(2));
  const longer = [...e.aliases].sort((a, b) => b.length - a.length)[0];
  if (longer && longer.length > e.name.length) out.push(longer);
  return out.filter((v) => v !== e.name);
}

/** The card service of one extension context. */
export class CardService {
  private readonly inflight = new Map<string, Promise<void>>();
  private retryAt = 0;
  private failures = 0;
  /** When recent requests were sent, for the rate limit. */
  private sent: number[] = [];

  constructor(private readonly deps: CardDeps) {}

  /** Makes sure every entity has a fresh cached answer; resolves with the number of requests sent. */
  async ensureCards(entities: StoredEntity[]): Promise<number> {
    const waiting: Promise<void>[] = [];
    const mine: StoredEntity[] = [];
    for (const e of entities) {
      const pending = this.inflight.get(e.key);
      if (pending) waiting.push(pending);
      else mine.push(e);
    }
    let requests = 0;
    if (mine.length) {
      // Registered before any await, so a concurrent call waits for these names.
      const work = (async () => {
        const now = this.deps.now();
        const rows = await this.deps.database().cards.bulkGet(mine.map((e) => e.key));
        const todo = mine.filter((_, i) => !isFresh(rows[i], now));
        if (!todo.length || !(await this.deps.enabled()) || now < this.retryAt) return;
        requests = await this.lookUp(todo);
      })();
      const shared = work.finally(() => mine.forEach((e) => this.inflight.delete(e.key)));
      for (const e of mine)
        this.inflight.set(
          e.key,
          shared.catch(() => undefined),
        );
      waiting.push(shared);
    }
    await Promise.all(waiting);
    return requests;
  }

  /** One GET: the body, or an error (backing off on 429/5xx; refusing past the rate limit). */
  private async get(url: string): Promise<string> {
    const now = this.deps.now();
    this.sent = this.sent.filter((t) => now - t < RATE_WINDOW_MS);
    if (this.sent.length >= RATE_LIMIT)
      throw new Error(`rate limit: ${RATE_LIMIT} requests a minute to Wikipedia`);
    this.sent.push(now);
    const response = await this.deps.fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'Api-User-Agent': API_USER_AGENT },
    });
    if (response.status === 429 || response.status >= 500) {
      this.failures++;
      const retryAfter = Number(response.headers.get('retry-after')) * 1000 || 0;
      this.retryAt =
        this.deps.now() + Math.min(MAX_BACKOFF_MS, Math.max(retryAfter, 1000 * 2 ** this.failures));
      throw new Error(`Wikipedia answered HTTP ${response.status}`);
    }
    if (!response.ok) throw new Error(`Wikipedia answered HTTP ${response.status}`);
    // A body announced as huge is refused unread (a card answer is a few kilobytes).
    if (Number(response.headers.get('content-length')) > MAX_BODY_CHARS * 4)
      throw new BadResponseError('response too large');
    return response.text();
  }

  private async fetchBatch(
    titles: string[],
  ): Promise<{ results: Map<string, WikiResult>; requests: number }> {
    const results = new Map<string, WikiResult>();
    let requests = 0;
    for (const req of buildCardRequests(titles)) {
      let answer: QueryAnswer | undefined;
      let url = req.url;
      // At most ceil(50 / 20) parts: the rest of the extracts when more than 20 pages exist.
      for (let part = 0; part < 3; part++) {
        requests++;
        answer = readAnswer(await this.get(url), answer);
        if (!answer.continue) break;
        url = continueUrl(req, answer.continue);
      }
      for (const [k, v] of resultsOf(answer!, req.titles)) results.set(k, v);
    }
    this.failures = 0;
    return { results, requests };
  }

  private async lookUp(entities: StoredEntity[]): Promise<number> {
    // Names first; their variants ride along while they fit in the batches the names need anyway,
    // so an ordinary article is answered by one request. Variants that do not fit are asked in a
    // second request, only for the names the first found missing.
    const names = [...new Set(entities.map((e) => e.name).filter(isValidTitle))];
    const capacity = Math.ceil(names.length / TITLES_PER_REQUEST) * TITLES_PER_REQUEST;
    const variants = [
      ...new Set(
        entities.flatMap(nameVariants).filter((v) => isValidTitle(v) && !names.includes(v)),
      ),
    ];
    const firstTitles = [...names, ...variants.slice(0, Math.max(0, capacity - names.length))];
    const asked = new Set(firstTitles);
    const first = await this.fetchBatch(firstTitles);
    let requests = first.requests;
    const answer = new Map<string, WikiResult>();
    const misses: StoredEntity[] = [];
    const byVariant = (e: StoredEntity, results: Map<string, WikiResult>) =>
      nameVariants(e)
        .map((v) => results.get(v))
        .find((r) => r && r.status !== 'missing');
    for (const e of entities) {
      const r = first.results.get(e.name) ?? { status: 'missing' };
      const hit = r.status === 'missing' ? byVariant(e, first.results) : undefined;
      if (r.status !== 'missing') answer.set(e.key, r);
      else if (hit) answer.set(e.key, hit);
      else if (nameVariants(e).some((v) => !asked.has(v) && isValidTitle(v))) misses.push(e);
      else answer.set(e.key, r);
    }
    if (misses.length) {
      const second = await this.fetchBatch(
        misses.flatMap(nameVariants).filter((v) => !asked.has(v)),
      );
      requests += second.requests;
      for (const e of misses)
        answer.set(e.key, byVariant(e, second.results) ?? { status: 'missing' });
    }
    const now = this.deps.now();
    const rows: CardRecord[] = entities.map((e) => {
      const r = answer.get(e.key) ?? { status: 'missing' as const };
      if (r.status === 'found') {
        if (!agreesWithType(e.type, r.description, r.extract, e.name)) {
          return {
            key: e.key,
            source: 'wikipedia',
            status: 'mismatch',
            fetchedAt: now,
            expiresAt: expiresAt('missing', now),
          };
        }
        const { status: _s, ...data } = r;
        void _s;
        return {
          key: e.key,
          source: 'wikipedia',
          status: 'found',
          data,
          fetchedAt: now,
          expiresAt: expiresAt('found', now),
        };
      }
      return {
        key: e.key,
        source: 'wikipedia',
        status: r.status,
        fetchedAt: now,
        expiresAt: expiresAt(r.status, now),
      };
    });
    await this.deps.database().cards.bulkPut(rows);
    return requests;
  }
}
