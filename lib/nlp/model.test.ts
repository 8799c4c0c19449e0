import { describe, expect, it } from 'vitest';
import type { Sentence } from './corpus';
import { mapTag, parseConll } from './corpus';
import { Gazetteer } from './gazetteer';
import { Tagger } from './model';
import { spans } from './tags';
import { train } from './train';

const data: Sentence[] = parseConll(`
قال O
سمير B-PER
كريم I-PER
في O
دمشق B-LOC
. O

زار O
سمير B-PER
كريم I-PER
وزارة B-ORG
الخارجية I-ORG
في O
بيروت B-LOC
. O

وصل O
الوفد O
إلى O
دمشق B-LOC
. O
`);

const options = { bits: 12, epochs: 8, seed: 7, trainedOn: ['test'] };

describe('the tagger', () => {
  it('learns its training sentences', () => {
    const tagger = train(data, new Gazetteer(), options);
    for (const s of data) expect(tagger.tag(s.tokens)).toEqual(s.tags);
  });

  it('never outputs an I- tag that does not continue its entity', () => {
    const tagger = train(data, new Gazetteer(), options);
    for (const tokens of [['كريم', 'الخارجية', 'في'], ['الخارجية'], ['.', 'كريم']]) {
      const tags = tagger.tag(tokens);
      tags.forEach((t, i) => {
        if (t.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(t.slice(2));
      });
    }
  });

  it('round-trips through its file format and trains the same model for the same seed', () => {
    const a = train(data, new Gazetteer([['دمشق', 'LOC']]), options);
    const b = train(data, new Gazetteer([['دمشق', 'LOC']]), options);
    const bytes = a.serialize();
    expect(b.serialize()).toEqual(bytes);
    const loaded = Tagger.deserialize(bytes);
    expect(loaded.meta.gazetteer).toEqual([['دمشق', 'LOC']]);
    for (const s of data) expect(loaded.tag(s.tokens)).toEqual(a.tag(s.tokens));
  });

  it('refuses files that are not models, and truncated ones, with a clear error', () => {
    expect(() => Tagger.deserialize(new TextEncoder().encode('<html>not a model</html>'))).toThrow(
      'not a Siyaq NER model file',
    );
    const bytes = train(data, new Gazetteer(), options).serialize();
    expect(() => Tagger.deserialize(bytes.slice(0, bytes.length - 100))).toThrow(
      'truncated model file',
    );
  });

  it('tags an empty sentence as nothing', () => {
    expect(train(data, new Gazetteer(), options).tag([])).toEqual([]);
  });
});

describe('corpus tags and spans', () => {
  it.each([
    ['B-PERS', 'B-PER'],
    ['I-MIS2', 'I-MISC'],
    ['B-Population-Center', 'B-LOC'],
    ['I-Government', 'I-ORG'],
    ['B-Group', 'B-MISC'],
    ['B-Unknown-Class', 'O'],
    ['O', 'O'],
  ])('%s → %s', (raw, tag) => expect(mapTag(raw)).toBe(tag));

  it('reads spans CoNLL-style (an I- after another type starts an entity)', () => {
    expect(spans(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 5 },
      { type: 'LOC', start: 5, end: 6 },
      { type: 'ORG', start: 6, end: 7 },
    ]);
  });
});
