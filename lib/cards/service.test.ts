import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiyaqDatabase, type StoredEntity } from '../db/database';
import { TTL } from './cache-policy';
import { CardService, RATE_LIMIT } from './service';

let database: SiyaqDatabase;
let n = 0;
let clock = Date.UTC(2026, 0, 1);
let enabled = true;
let calls: { url: string; init: RequestInit }[] = [];
let respond: (titles: string[], excontinue?: number) => Response;

const entity = (
  key: string,
  name: string,
  type: StoredEntity['type'],
  aliases: string[] = [],
): StoredEntity => ({
  key,
  name,
  type,
  salience: 1,
  mentions: 1,
  aliases,
});
const putin = entity('PER:فلاديمير بوتين', 'فلاديمير بوتين', 'PER');
const moscow = entity('LOC:موسكو', 'موسكو', 'LOC');
const serdyukov = entity('PER:سيرديوكوف', 'سيرديوكوف', 'PER', ['أندريه سيرديوكوف']);
const washingtonAsPerson = entity('PER:واشنطن', 'واشنطن', 'PER');

/** Answers like the API: only 20 intro extracts per request, the rest after `excontinue`. */
function answer(titles: string[], excontinue = 0): Response {
  const all = titles.map((t) =>
    t === 'سيرديوكوف'
      ? { ns: 0, title: t, missing: true }
      : t === 'واشنطن'
        ? {
            title: t,
            extract: 'واشنطن عاصمة الولايات المتحدة.',
            description: 'مدينة في الولايات المتحدة',
          }
        : {
            title: t,
            extract: `${t} هو موضوع هذه الصفحة.`,
            description: t === 'موسكو' ? 'عاصمة روسيا' : 'سياسي',
          },
  );
  let found = 0;
  const pages = all.map((p) => {
    if ('missing' in p) return p;
    const i = found++;
    return i >= excontinue && i < excontinue + 20 ? p : { ...p, extract: undefined };
  });
  const more =
    found > excontinue + 20
      ? { continue: { excontinue: excontinue + 20, continue: '||pageimages|pageprops' } }
      : {};
  return new Response(JSON.stringify({ ...more, query: { pages } }), { status: 200 });
}

beforeEach(() => {
  database = new SiyaqDatabase(`cards-${n++}`);
  calls = [];
  enabled = true;
  respond = answer;
});
afterEach(() => database.delete());

const service = () =>
  new CardService({
    database: () => database,
    fetch: async (url, init) => {
      calls.push({ url, init });
      const params = new URL(url).searchParams;
      return respond(params.get('titles')!.split('|'), Number(params.get('excontinue') ?? 0));
    },
    now: () => clock,
    enabled: async () => enabled,
  });

describe('CardService', () => {
  it('one request for a new article, none on a revisit; names only, no cookies, no referrer', async () => {
    const s = service();
    expect(await s.ensureCards([putin, moscow])).toBe(1);
    expect(await s.ensureCards([putin, moscow])).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(new URL(calls[0]!.url).searchParams.get('titles')).toBe('فلاديمير بوتين|موسكو');
    expect((await database.cards.get(moscow.key))?.data?.description).toBe('عاصمة روسيا');
  });

  it('sends name variants along in the same request while they fit', async () => {
    expect(await service().ensureCards([putin, serdyukov])).toBe(1);
    expect(new URL(calls[0]!.url).searchParams.get('titles')).toBe(
      'أندريه سيرديوكوف|سيرديوكوف|فلاديمير بوتين',
    );
    expect((await database.cards.get(serdyukov.key))?.data?.title).toBe('أندريه سيرديوكوف');
    // A found name keeps its own page, not a variant's.
    expect((await database.cards.get(putin.key))?.data?.title).toBe('فلاديمير بوتين');
  });

  it('asks variants that did not fit in a second request, only for the misses', async () => {
    // 49 found names + the missing surname fill one batch of 50: its variant waits. 49 pages
    // exist, so their extracts come in three parts of at most 20.
    const others = Array.from({ length: 49 }, (_, i) =>
      entity(`PER:سياسي ${i}`, `سياسي رقم ${i}`, 'PER', [`سياسي رقم ${i} الكبير`]),
    );
    expect(await service().ensureCards([...others, serdyukov])).toBe(4);
    expect(new URL(calls[0]!.url).searchParams.get('titles')!.split('|')).toHaveLength(50);
    expect(calls.slice(1, 3).map((c) => new URL(c.url).searchParams.get('excontinue'))).toEqual([
      '20',
      '40',
    ]);
    expect(new URL(calls[3]!.url).searchParams.get('titles')).toBe('أندريه سيرديوكوف');
    expect((await database.cards.get(serdyukov.key))?.data?.title).toBe('أندريه سيرديوكوف');
    const rows = await database.cards.bulkGet(others.map((e) => e.key));
    expect(rows.every((r) => r?.status === 'found' && r.data?.extract.includes('موضوع'))).toBe(
      true,
    );
  });

  it('a name missing under every spelling is cached as a miss', async () => {
    respond = (titles) =>
      new Response(
        JSON.stringify({ query: { pages: titles.map((t) => ({ title: t, missing: true })) } }),
      );
    const nobody = entity('PER:الزيدي', 'الزيدي', 'PER', ['أبو زيد الزيدي']);
    expect(await service().ensureCards([nobody])).toBe(1);
    expect(new URL(calls[0]!.url).searchParams.get('titles')).toBe('أبو زيد الزيدي|الزيدي|زيدي');
    expect(await database.cards.get(nobody.key)).toMatchObject({ status: 'missing' });
  });

  it('never gives a person a city’s card', async () => {
    await service().ensureCards([washingtonAsPerson]);
    expect(await database.cards.get(washingtonAsPerson.key)).toMatchObject({ status: 'mismatch' });
  });

  it('sends nothing when the reader turned Wikipedia off', async () => {
    enabled = false;
    expect(await service().ensureCards([putin])).toBe(0);
    expect(calls).toHaveLength(0);
    expect(await database.cards.count()).toBe(0);
  });

  it('coalesces concurrent lookups of the same names', async () => {
    const s = service();
    await Promise.all([
      s.ensureCards([putin, moscow]),
      s.ensureCards([moscow, putin]),
      s.ensureCards([putin]),
    ]);
    expect(calls).toHaveLength(1);
  });

  it('asks again once the cached answer has expired', async () => {
    const s = service();
    await s.ensureCards([serdyukov]);
    calls = [];
    clock += TTL.found + 1;
    expect(await s.ensureCards([serdyukov])).toBeGreaterThan(0);
  });

  it('backs off after HTTP 429 and caches nothing', async () => {
    respond = () => new Response('', { status: 429, headers: { 'retry-after': '60' } });
    const s = service();
    await expect(s.ensureCards([putin])).rejects.toThrow('HTTP 429');
    expect(await database.cards.count()).toBe(0);
    clock += 30_000;
    expect(await s.ensureCards([putin])).toBe(0);
    expect(calls).toHaveLength(1);
    respond = answer;
    clock += 60_000;
    expect(await s.ensureCards([putin])).toBe(1);
  });

  it('a 10 MB answer is refused, announced or not, and nothing is cached', async () => {
    const huge = `{"query":{"pages":[]},"pad":"${'x'.repeat(10_000_000)}"}`;
    respond = () => new Response(huge, { status: 200 });
    await expect(service().ensureCards([putin])).rejects.toThrow('too large');
    respond = () =>
      new Response('{}', { status: 200, headers: { 'content-length': String(huge.length) } });
    await expect(service().ensureCards([moscow])).rejects.toThrow('too large');
    expect(await database.cards.count()).toBe(0);
  });

  it('keeps to a rate limit: past it, lookups fail without a request until the minute is over', async () => {
    const s = service();
    for (let i = 0; i < RATE_LIMIT; i++)
      await s.ensureCards([entity(`PER:اسم ${i}`, `اسم رقم ${i}`, 'PER')]);
    expect(calls).toHaveLength(RATE_LIMIT);
    await expect(s.ensureCards([putin])).rejects.toThrow('rate limit');
    expect(calls).toHaveLength(RATE_LIMIT);
    clock += 60_001;
    expect(await s.ensureCards([putin])).toBe(1);
  });

  it('an HTML error page fails the lookup without caching anything', async () => {
    respond = () => new Response('<html>Wikimedia Error</html>', { status: 200 });
    await expect(service().ensureCards([putin])).rejects.toThrow('not JSON');
    expect(await database.cards.count()).toBe(0);
  });
});
