/** The pieces the tagger levers (scripts/ner-levers.ts, docs/ner-levers.md) are built from. */
import { describe, expect, it } from 'vitest';
import { joinClitics } from '../lib/nlp/corpus';
import { normalizeWord } from '../lib/text/normalize';
import { buildGazetteer } from './ner-data';

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
