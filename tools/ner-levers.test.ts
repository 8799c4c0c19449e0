/** The pieces the tagger levers (scripts/ner-levers.ts, docs/ner-levers.md) are built from. */
import { describe, expect, it } from 'vitest';
import { joinClitics, type Sentence } from '../lib/nlp/corpus';
import { Gazetteer } from '../lib/nlp/gazetteer';
import { Lexicon } from '../lib/nlp/lexicon';
import { domainBucket, train } from './train';
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

describe('domain adaptation by feature augmentation (train `domains`)', () => {
  // The same sentence says سامر is a person in the news and a place in the other domain.
  const news = { tokens: ['قال', 'سامر', 'إن'], tags: ['O', 'B-PER', 'O'] };
  const wiki = { tokens: ['قال', 'سامر', 'إن'], tags: ['O', 'B-LOC', 'O'] };
  const data = [...Array(6).fill(news), ...Array(3).fill(wiki)] as Sentence[];
  const options = { bits: 12, epochs: 5, seed: 1, ensemble: 1, trainedOn: ['test'] };

  it("keeps the news domain's reading in the folded model, of the same size", () => {
    const adapted = train(data, new Gazetteer(), new Lexicon(), {
      ...options,
      domains: [...Array(6).fill(0), ...Array(3).fill(1)],
    });
    expect(adapted.tag(news.tokens)).toEqual(news.tags);
    // With the domains swapped the other reading is kept: the fold is domain 0's, not a vote.
    const swapped = train(data, new Gazetteer(), new Lexicon(), {
      ...options,
      domains: [...Array(6).fill(1), ...Array(3).fill(0)],
    });
    expect(swapped.tag(news.tokens)).toEqual(wiki.tags);
    const plain = train(data, new Gazetteer(), new Lexicon(), options);
    expect(adapted.serialize().length).toBe(plain.serialize().length);
  });

  it('puts a feature and its copies for each domain in different buckets', () => {
    const mask = (1 << 19) - 1;
    const copies = [domainBucket(1234, 0, mask), domainBucket(1234, 1, mask)];
    expect(new Set([1234, ...copies]).size).toBe(3);
    expect(copies.every((b) => b >= 0 && b <= mask)).toBe(true);
    expect(domainBucket(1234, 0, mask)).toBe(copies[0]);
  });
});
