import { describe, expect, it } from 'vitest';
import { idf, rankRelated, type Candidate, type RankContext } from './rank';

const NOW = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

const cand = (normUrl: string, keys: string[], extra: Partial<Candidate> = {}): Candidate => ({
  normUrl,
  url: `https://${normUrl}`,
  title: normUrl,
  site: normUrl.split('/')[0]!,
  entityKeys: keys,
  lastAt: NOW - DAY,
  read: false,
  ...extra,
});

/** A synthetic store: df counts from the candidates themselves plus `background` other rows. */
function context(
  candidates: Candidate[],
  extraDf: Record<string, number> = {},
  total = 1000,
): RankContext {
  const df = new Map<string, number>();
  for (const c of candidates) for (const k of c.entityKeys) df.set(k, (df.get(k) ?? 0) + 1);
  for (const [k, n] of Object.entries(extraDf)) df.set(k, (df.get(k) ?? 0) + n);
  return {
    current: {
      normUrl: 'a.com/current',
      site: 'a.com',
      entities: [
        { key: 'LOC:مصر', name: 'مصر', salience: 5 },
        { key: 'PER:سيرديوكوف', name: 'أندريه سيرديوكوف', salience: 4 },
        { key: 'LOC:كازاخستان', name: 'كازاخستان', salience: 3 },
        { key: 'ORG:الناتو', name: 'الناتو', salience: 1 },
      ],
    },
    df: (k) => df.get(k) ?? 0,
    total,
    now: NOW,
  };
}

describe('rankRelated', () => {
  it('ranks by shared entities: two shared beat one', () => {
    const cs = [
      cand('b.com/one', ['PER:سيرديوكوف']),
      cand('b.com/two', ['PER:سيرديوكوف', 'LOC:كازاخستان']),
      cand('b.com/none', ['LOC:اليمن']),
    ];
    const r = rankRelated(cs, context(cs));
    expect(r.map((x) => x.normUrl)).toEqual(['b.com/two', 'b.com/one']);
    expect(r[0]!.shared).toEqual(['أندريه سيرديوكوف', 'كازاخستان']);
  });

  it('IDF outweighs a common entity: a rare shared name beats مصر, the most salient', () => {
    const cs = [cand('b.com/egypt', ['LOC:مصر']), cand('b.com/rare', ['ORG:الناتو'])];
    // مصر is in 600 of 1,000 stored rows; الناتو only in these.
    const r = rankRelated(cs, context(cs, { 'LOC:مصر': 600 }));
    expect(r.map((x) => x.normUrl)).toEqual(['b.com/rare', 'b.com/egypt']);
    expect(idf(600, 1000)).toBeLessThan(idf(2, 1000) / 4);
  });

  it('never suggests the current page, and merges a link with the article it leads to', () => {
    const cs = [
      cand('a.com/current', ['PER:سيرديوكوف'], { read: true }),
      cand('b.com/x', ['PER:سيرديوكوف'], { read: false, title: 'من رابط' }),
      cand('b.com/x', ['PER:سيرديوكوف', 'LOC:كازاخستان'], { read: true, title: 'المقال المقروء' }),
    ];
    const r = rankRelated(cs, context(cs));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ normUrl: 'b.com/x', read: true, title: 'المقال المقروء' });
    expect(r[0]!.shared).toContain('كازاخستان');
  });

  it('flags read and unread, and prefers recent and same-site candidates on equal overlap', () => {
    const cs = [
      cand('b.com/old', ['PER:سيرديوكوف'], { lastAt: NOW - 400 * DAY }),
      cand('b.com/new', ['PER:سيرديوكوف'], { lastAt: NOW - DAY, read: true }),
      cand('a.com/same-site', ['PER:سيرديوكوف'], { lastAt: NOW - 400 * DAY }),
    ];
    const r = rankRelated(cs, context(cs));
    expect(r.map((x) => [x.normUrl, x.read])).toEqual([
      ['b.com/new', true],
      ['a.com/same-site', false],
      ['b.com/old', false],
    ]);
  });

  it('bounds the list', () => {
    const cs = Array.from({ length: 50 }, (_, i) => cand(`b.com/${i}`, ['LOC:كازاخستان']));
    expect(rankRelated(cs, context(cs), 8)).toHaveLength(8);
    expect(rankRelated([], context([]))).toEqual([]);
  });
});
