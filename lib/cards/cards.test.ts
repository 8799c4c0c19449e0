/**
 * The card request builder, the response parser (answers shaped as the MediaWiki Action API
 * documents them for formatversion=2), the type check and the cache policy.
 */
import { describe, expect, it } from 'vitest';
import { expiresAt, isFresh, TTL } from './cache-policy';
import { agreesWithType, cueType } from './type-check';
import { buildCardRequests, TITLES_PER_REQUEST } from './wikipedia-request';
import { BadResponseError, parseCardResponse } from './wikipedia-response';

describe('buildCardRequests', () => {
  it('asks for every name in one request, with names only and the documented parameters', () => {
    const [req, ...rest] = buildCardRequests(['روسيا', 'فلاديمير بوتين', 'روسيا']);
    expect(rest).toEqual([]);
    const url = new URL(req!.url);
    expect(url.origin + url.pathname).toBe('https://ar.wikipedia.org/w/api.php');
    expect(url.searchParams.get('titles')).toBe('روسيا|فلاديمير بوتين');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      action: 'query',
      format: 'json',
      formatversion: '2',
      origin: '*',
      redirects: '1',
      prop: 'extracts|pageimages|pageprops|description',
      exintro: '1',
      explaintext: '1',
      ppprop: 'disambiguation|wikibase_item',
    });
  });

  it('drops titles MediaWiki cannot take, and splits 60 names into batches of 50', () => {
    const bad = buildCardRequests(['a|b', 'قسم#1', '[رابط]', '', '   ', 'x'.repeat(300), 'سليم']);
    expect(bad.map((r) => r.titles)).toEqual([['سليم']]);
    const many = buildCardRequests(Array.from({ length: 60 }, (_, i) => `اسم ${i}`));
    expect(TITLES_PER_REQUEST).toBe(50);
    expect(many.map((r) => r.titles.length)).toEqual([50, 10]);
    expect(new Set(many.flatMap((r) => r.titles)).size).toBe(60);
    expect(buildCardRequests([])).toEqual([]);
  });
});

/** An answer as the API gives it: normalisation, a redirect, a disambiguation, a missing page. */
const ANSWER = {
  batchcomplete: true,
  query: {
    normalized: [{ fromencoded: false, from: 'موسكو_', to: 'موسكو' }],
    redirects: [{ from: 'بوتين', to: 'فلاديمير بوتين' }],
    pages: [
      {
        pageid: 1,
        ns: 0,
        title: 'فلاديمير بوتين',
        extract:
          'فلاديمير فلاديميروفيتش بوتين (مواليد 7 أكتوبر 1952) سياسي روسي <script>alert(1)</script> ورئيس روسيا.',
        description: 'سياسي روسي',
        thumbnail: {
          source:
            'https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/Putin.jpg/120px-Putin.jpg',
          width: 120,
          height: 160,
        },
        pageprops: { wikibase_item: 'Q7747' },
      },
      {
        pageid: 2,
        ns: 0,
        title: 'موسكو',
        extract: 'موسكو هي عاصمة روسيا وأكبر مدنها.',
        pageprops: { wikibase_item: 'Q649' },
      },
      {
        pageid: 3,
        ns: 0,
        title: 'حلاوة',
        extract: 'قد يقصد بـ حلاوة:',
        pageprops: { disambiguation: '', wikibase_item: 'Q1' },
      },
      { ns: 0, title: 'سيرديوكوف', missing: true },
    ],
  },
};

describe('parseCardResponse', () => {
  const results = parseCardResponse(JSON.stringify(ANSWER), [
    'بوتين',
    'موسكو_',
    'حلاوة',
    'سيرديوكوف',
    'غير مطلوب',
  ]);

  it('follows redirects and normalisation back to the names asked for', () => {
    expect(results.get('بوتين')).toMatchObject({
      status: 'found',
      title: 'فلاديمير بوتين',
      description: 'سياسي روسي',
      wikidata: 'Q7747',
      url: 'https://ar.wikipedia.org/wiki/%D9%81%D9%84%D8%A7%D8%AF%D9%8A%D9%85%D9%8A%D8%B1_%D8%A8%D9%88%D8%AA%D9%8A%D9%86',
    });
    expect(results.get('موسكو_')).toMatchObject({
      status: 'found',
      title: 'موسكو',
      thumbnail: null,
      description: null,
    });
  });

  it('keeps text as text: a <script> in an extract stays literal characters', () => {
    const r = results.get('بوتين');
    expect(r?.status === 'found' && r.extract).toContain('<script>alert(1)</script>');
  });

  it('recognises disambiguation pages and missing pages, and answers every requested name', () => {
    expect(results.get('حلاوة')).toEqual({
      status: 'disambiguation',
      title: 'حلاوة',
      url: expect.any(String),
    });
    expect(results.get('سيرديوكوف')).toEqual({ status: 'missing' });
    expect(results.get('غير مطلوب')).toEqual({ status: 'missing' });
  });

  it('accepts only Wikimedia https thumbnails', () => {
    const answer = structuredClone(ANSWER);
    answer.query.pages[0]!.thumbnail!.source = 'javascript:alert(1)';
    const r = parseCardResponse(JSON.stringify(answer), ['بوتين']).get('بوتين');
    expect(r?.status === 'found' && r.thumbnail).toBeNull();
  });

  it.each([
    ['an HTML error page', '<!DOCTYPE html><html><body>Wikimedia Error</body></html>'],
    ['truncated JSON', JSON.stringify(ANSWER).slice(0, 120)],
    ['a 10 MB body', `{"query":{"pages":[]},"pad":"${'x'.repeat(10_000_000)}"}`],
    ['JSON without query', '{"error":{"code":"ratelimited"}}'],
  ])('refuses %s with a clear error, never throwing anything else', (_what, body) => {
    expect(() => parseCardResponse(body, ['بوتين'])).toThrow(BadResponseError);
  });
});

describe('type check', () => {
  it('reads the cue from the description, else the first sentence', () => {
    expect(cueType('سياسي روسي')).toBe('PER');
    expect(cueType('مدينة في روسيا')).toBe('LOC');
    expect(cueType('حزب سياسي إسرائيلي')).toBe('ORG');
    expect(cueType('')).toBeNull();
  });

  it('refuses a city’s page for a person, accepts pages without cues', () => {
    expect(agreesWithType('PER', 'مدينة في الولايات المتحدة', 'واشنطن مدينة…')).toBe(false);
    expect(agreesWithType('LOC', 'عاصمة روسيا', '')).toBe(true);
    expect(agreesWithType('PER', null, 'فلاديمير بوتين (مواليد 1952) سياسي روسي.', 'بوتين')).toBe(
      true,
    );
    expect(agreesWithType('ORG', null, 'لا شيء يدل على النوع هنا', 'هيئة الأمم المتحدة')).toBe(
      true,
    );
    expect(agreesWithType('ORG', 'حلف عسكري', '', 'الناتو')).toBe(true);
    expect(agreesWithType('MISC', 'مدينة', '')).toBe(true);
  });

  it('refuses a common word’s concept page for a one-word name', () => {
    // "الأمل" tagged as a person: arwiki's page is about hope, the feeling.
    expect(agreesWithType('PER', 'شعور إيجابي', 'الأمل هو حالة ذهنية تفاؤلية.', 'الأمل')).toBe(
      false,
    );
    expect(agreesWithType('ORG', null, 'السلام حالة من الهدوء.', 'السلام')).toBe(false);
    // One word with a cue of the right type is fine.
    expect(agreesWithType('LOC', 'مدينة فلسطينية', 'غزة مدينة…', 'غزة')).toBe(true);
  });
});

describe('cache policy', () => {
  const now = Date.UTC(2026, 0, 1);
  it('keeps hits two weeks and misses two days', () => {
    expect(expiresAt('found', now) - now).toBe(TTL.found);
    expect(TTL.found).toBe(14 * 864e5);
    expect(TTL.missing).toBe(2 * 864e5);
    expect(isFresh({ expiresAt: expiresAt('missing', now) }, now + TTL.missing - 1)).toBe(true);
    expect(isFresh({ expiresAt: expiresAt('missing', now) }, now + TTL.missing)).toBe(false);
    expect(isFresh(undefined, now)).toBe(false);
  });
});
