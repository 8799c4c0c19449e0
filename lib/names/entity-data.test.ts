import { describe, expect, it } from 'vitest';
import type { ArticleRow, EntityTuple } from '../db/rows';
import {
  byWeek,
  companionCandidates,
  entityArticle,
  highlightsNaming,
  isEntityKey,
  namesOf,
  rankCompanions,
  siteCounts,
  weekStart,
} from './entity-data';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

/** A stored row naming `entities` ([key, salience 0–1, ...aliases]). */
function row(
  normUrl: string,
  entities: [string, number, ...string[]][],
  over: Partial<ArticleRow> = {},
): ArticleRow {
  return {
    normUrl,
    site: normUrl.split('/')[0]!,
    lastVisitAt: 0,
    firstVisitAt: 0,
    visitCount: 1,
    title: normUrl,
    excerpt: '',
    entityKeys: entities.map(([k]) => k),
    entities: entities.map(([, s, ...aliases]): EntityTuple =>
      aliases.length ? ['', Math.round(s * 1000), 1, '', ...aliases] : ['', s * 1000, 1],
    ),
    readAlso: [],
    ...over,
  };
}

describe('entity keys', () => {
  it('takes a type, a colon and a name; refuses the rest', () => {
    expect(isEntityKey('PER:البشير')).toBe(true);
    expect(isEntityKey('ORG:الأمم المتحدة')).toBe(true);
    for (const bad of ['', 'البشير', 'XYZ:البشير', 'PER:', 'PER:   ', `LOC:${'ا'.repeat(201)}`])
      expect(isEntityKey(bad)).toBe(false);
  });
});

describe('weeks', () => {
  it('start on Monday 00:00 UTC', () => {
    // Sunday 6 December 2026 → Monday 30 November.
    expect(new Date(weekStart(at('2026-12-06T23:00:00Z'))).toISOString()).toBe(
      '2026-11-30T00:00:00.000Z',
    );
    expect(weekStart(at('2026-11-30T00:00:00Z'))).toBe(at('2026-11-30T00:00:00Z'));
    expect(weekStart(at('1969-12-31T12:00:00Z'))).toBe(at('1969-12-29T00:00:00Z'));
  });

  it('group the articles, newest week and newest article first', () => {
    const now = at('2026-12-06T12:00:00Z');
    const rows = [
      row('a.example/1', [], { publishedAt: '2026-11-02T10:00:00Z' }),
      row('a.example/2', [], { publishedAt: '2026-11-30T10:00:00Z' }),
      row('a.example/3', [], { publishedAt: '2026-12-04T10:00:00Z' }),
      // No date: placed by its first read.
      row('a.example/4', [], { firstVisitAt: at('2026-11-03T09:00:00Z') }),
    ];
    const weeks = byWeek(rows.map((r) => entityArticle(r, now)));
    expect(
      weeks.map((w) => [new Date(w.start).toISOString().slice(0, 10), w.articles.length]),
    ).toEqual([
      ['2026-11-30', 2],
      ['2026-11-02', 2],
    ]);
    expect(weeks[0]!.articles.map((a) => a.normUrl)).toEqual(['a.example/3', 'a.example/2']);
    expect(weeks[1]!.articles.map((a) => [a.normUrl, a.dated])).toEqual([
      ['a.example/4', false],
      ['a.example/1', true],
    ]);
  });

  it('one article: one week; a date after now (a clock that jumped) is not believed', () => {
    const now = at('2026-12-06T12:00:00Z');
    const a = entityArticle(
      row('a.example/1', [], { publishedAt: '2030-01-01', firstVisitAt: now - DAY }),
      now,
    );
    expect(a).toMatchObject({ at: now - DAY, dated: false, url: 'https://a.example/1' });
    expect(byWeek([a])).toHaveLength(1);
  });
});

describe('companions', () => {
  const K = 'PER:البشير';
  const rows = [
    // Egypt is in every article, in passing; Hemedti is what two of them are about.
    row('a/1', [
      [K, 1],
      ['PER:حميدتي', 0.9],
      ['LOC:مصر', 0.1],
    ]),
    row('a/2', [
      [K, 0.8],
      ['PER:حميدتي', 1],
      ['LOC:مصر', 0.1],
    ]),
    row('a/3', [
      [K, 0.5],
      ['LOC:مصر', 0.2],
      ['ORG:الأمم المتحدة', 0.3],
    ]),
    row('a/4', [['PER:آخر', 1]]),
  ];

  it('weigh shared articles by both names’ salience, not raw counts', () => {
    const c = companionCandidates(K, rows);
    expect(c.map((x) => [x.key, x.shared])).toEqual([
      ['PER:حميدتي', 2],
      ['LOC:مصر', 3],
      ['ORG:الأمم المتحدة', 1],
    ]);
    expect(c[0]!.score).toBeCloseTo(0.9 + 0.8);
    expect(c[1]!.score).toBeCloseTo(0.1 + 0.08 + 0.1);
  });

  it('are discounted by how common each is in the whole history', () => {
    const c = companionCandidates(K, rows);
    // Without the discount (equal counts) Egypt would still be behind; with Egypt in 90% of the
    // history and Hemedti in 1%, the gap widens — and a name as salient as Hemedti but in every
    // article would fall behind him.
    const df = (k: string) => ({ 'PER:حميدتي': 10, 'LOC:مصر': 900 })[k] ?? 1;
    const ranked = rankCompanions(c, df, 1000);
    expect(ranked.map((x) => x.key)).toEqual(['PER:حميدتي', 'LOC:مصر']);
    expect(ranked[0]!.score / ranked[1]!.score).toBeGreaterThan(c[0]!.score / c[1]!.score);
    const common = rankCompanions(
      [
        { ...c[0]!, key: 'LOC:common', score: 2 },
        { ...c[0]!, key: 'PER:rare', score: 1.5 },
      ],
      (k) => (k === 'LOC:common' ? 1000 : 5),
      1000,
    );
    expect(common.map((x) => x.key)).toEqual(['PER:rare', 'LOC:common']);
  });

  it('of an entity in one article are that article’s other names', () => {
    const ranked = rankCompanions(companionCandidates('PER:آخر', rows), () => 1, 4);
    expect(ranked).toEqual([]);
    const one = rankCompanions(companionCandidates('ORG:الأمم المتحدة', rows), () => 1, 4);
    expect(one.map((x) => x.key)).toEqual([K, 'LOC:مصر']);
  });
});

describe('sites', () => {
  it('count articles per site, the most first, with the latest name the site gave', () => {
    expect(
      siteCounts([
        { site: 'b.example', siteName: 'ب', lastVisitAt: 1 },
        { site: 'a.example', siteName: 'أ قديم', lastVisitAt: 1 },
        { site: 'a.example', siteName: 'أ', lastVisitAt: 5 },
        { site: 'a.example', lastVisitAt: 9 },
      ]),
    ).toEqual([
      { site: 'a.example', siteName: 'أ', count: 3 },
      { site: 'b.example', siteName: 'ب', count: 1 },
    ]);
  });
});

describe('highlights that name the entity', () => {
  const h = (quote: string, note = '', updatedAt = 0, deletedAt: number | null = null) => ({
    quote,
    note,
    updatedAt,
    deletedAt,
  });

  it('match any name or alias, folded, with a clitic, and not inside another word', () => {
    const list = [
      h('قال الرئيس عمر البشير إن…', '', 1),
      h('والبشير غادر الخرطوم', '', 2),
      h('مصرف السودان المركزي'),
      h('لا شيء هنا', 'ملاحظة عن «البشيــر»', 3),
      h('البشير', '', 4, 99),
    ];
    expect(highlightsNaming(list, ['البشير', 'عمر البشير']).map((x) => x.updatedAt)).toEqual([
      3, 2, 1,
    ]);
    expect(highlightsNaming(list, ['مصر'])).toEqual([]);
  });

  it('fold hamza and ta marbuta, and read للخرطوم as ل + الخرطوم', () => {
    expect(highlightsNaming([h('وصل وفد إلى الامم المتحده')], ['الأمم المتحدة'])).toHaveLength(1);
    expect(highlightsNaming([h('عاد للخرطوم أمس')], ['الخرطوم'])).toHaveLength(1);
    expect(highlightsNaming([h('عاد للخرطوم أمس')], [])).toEqual([]);
  });
});

describe('names of an entity', () => {
  it('the key’s first, then stored names and aliases by use', () => {
    const rows = [
      row('a/1', [['PER:البشير', 1, 'عمر البشير']]),
      row('a/2', [['PER:البشير', 1, 'عمر البشير', 'عمر حسن البشير']]),
    ];
    expect(namesOf('PER:البشير', rows)).toEqual(['البشير', 'عمر البشير', 'عمر حسن البشير']);
  });
});
