/** The pieces the tagger levers (scripts/ner-levers.ts, docs/ner-levers.md) are built from. */
import { describe, expect, it } from 'vitest';
import { joinClitics } from '../lib/nlp/corpus';
import { normalizeWord } from '../lib/text/normalize';
import { buildGazetteer } from './ner-data';
import { namePools, swapNames, type NamePools } from './name-swap';

describe('joinClitics (FANE written as running text)', () => {
  it('writes proclitics onto the next word and enclitics onto the word before', () => {
    const s = joinClitics({
      tokens: ['حركة', 'العدل', 'و', 'المساواة', 'في', 'عاصمة', 'ها', 'و', 'ب', 'جوبا'],
      tags: ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O', 'B-LOC'],
    });
    expect(s.tokens).toEqual(['حركة', 'العدل', 'والمساواة', 'في', 'عاصمتها', 'وبجوبا']);
    expect(s.tags).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-LOC']);
  });

  it('leaves a lone clitic that leans on nothing, and keeps tokens and tags aligned', () => {
    const s = joinClitics({ tokens: ['ها', '،', 'و'], tags: ['O', 'O', 'O'] });
    expect(s.tokens).toEqual(['ها', '،', 'و']);
    expect(s.tags).toHaveLength(3);
  });
});

describe('gazetteer extras', () => {
  const key = (w: string) => normalizeWord(w);
  it('adds Wikidata name words as their own kind, and nationality forms as theirs', () => {
    const base = buildGazetteer(false);
    const more = buildGazetteer(false, { partsMinCount: 2, nationalities: true });
    expect(base.kindOf(key('شوارزنيغر'))).toBeUndefined();
    expect(more.kindOf(key('جونسون'))).toBe('PART');
    expect(more.kindOf(key('مصرية'))).toBe('NAT');
    // What the base lists know keeps its kind (a country stays a place).
    expect(more.kindOf(key('مصر'))).toBe(base.kindOf(key('مصر')));
    expect(more.size).toBeGreaterThan(base.size + 10_000);
  });
});

describe('swapNames (training copies with other names in the same places)', () => {
  const pools: NamePools = {
    persons: [[], [['زغيدي']], [['بلقاسم', 'زغيدي']], [['يمينة', 'بنت', 'عشاش']]],
    places: [[], [['بني']], [['بني', 'يلمان']], []],
  };
  const s = {
    tokens: ['قال', 'الرئيس', 'جورج', 'بوش', 'في', 'بغداد', 'إن', 'بوش', 'سيعود'],
    tags: ['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-PER', 'O'],
  };

  it('replaces each person by a name of as many words, the context and tags kept', () => {
    const [copy, ...rest] = swapNames([s, { tokens: ['لا', 'أحد'], tags: ['O', 'O'] }], pools, {
      share: 1,
      seed: 1,
    });
    expect(rest).toEqual([]);
    expect(copy!.tokens).toEqual([
      'قال',
      'الرئيس',
      'بلقاسم',
      'زغيدي',
      'في',
      'بغداد',
      'إن',
      'زغيدي',
      'سيعود',
    ]);
    expect(copy!.tags).toEqual(s.tags);
  });

  it('replaces places only when asked, and makes share copies per sentence', () => {
    const copies = swapNames([s, s], pools, { share: 1.5, seed: 1, places: true });
    expect(copies).toHaveLength(3);
    for (const c of copies) {
      expect(c.tokens[5]).toBe('بني');
      expect(c.tokens).toHaveLength(s.tokens.length);
    }
    expect(swapNames([s], pools, { share: 0.5, seed: 1 })).toEqual([]);
  });

  it('draws names from the lists the same way for a seed', () => {
    const pools = namePools(7, true);
    expect(pools.persons[1]!.length).toBeGreaterThan(1000);
    expect(namePools(7, true).persons[2]!.slice(0, 50)).toEqual(pools.persons[2]!.slice(0, 50));
  });
});
