import { describe, expect, it } from 'vitest';
import type { Sentence } from './corpus';
import { mapTag, parseConll } from './corpus';
import { Gazetteer } from './gazetteer';
import { Lexicon } from './lexicon';
import { inflateModel, Tagger } from './model';
import { spans } from './tags';
import { train } from '../../tools/train';

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

const options = { bits: 12, epochs: 8, seed: 7, ensemble: 1, trainedOn: ['test'] };
const lexicon = Lexicon.fromRows([
  { word: 'سمير', classes: [3, 700], count: 120, withArticle: 0 },
  { word: 'نبيل', classes: [3, 700], count: 40, withArticle: 0 },
  { word: 'وفد', classes: [9, 12], count: 5000, withArticle: 4900 },
]);

describe('the tagger', () => {
  it('learns its training sentences', () => {
    const tagger = train(data, new Gazetteer(), new Lexicon(), options);
    for (const s of data) expect(tagger.tag(s.tokens)).toEqual(s.tags);
  });

  it('never outputs an I- tag that does not continue its entity', () => {
    const tagger = train(data, new Gazetteer(), new Lexicon(), options);
    for (const tokens of [['كريم', 'الخارجية', 'في'], ['الخارجية'], ['.', 'كريم']]) {
      const tags = tagger.tag(tokens);
      tags.forEach((t, i) => {
        if (t.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(t.slice(2));
      });
    }
  });

  it('round-trips through its file format and trains the same model for the same seed', () => {
    const a = train(data, new Gazetteer([['دمشق', 'LOC']]), lexicon, options);
    const b = train(data, new Gazetteer([['دمشق', 'LOC']]), lexicon, options);
    const bytes = a.serialize();
    expect(b.serialize()).toEqual(bytes);
    const loaded = Tagger.deserialize(bytes);
    expect(loaded.meta.gazetteer).toEqual([['دمشق', 'LOC']]);
    expect(loaded.lexicon.serialize()).toEqual(lexicon.serialize());
    expect(loaded.lexicon.size).toBe(3);
    for (const s of data) expect(loaded.tag(s.tokens)).toEqual(a.tag(s.tokens));
  });

  it('reads the shipped, gzip-compressed form of its file', async () => {
    const a = train(data, new Gazetteer(), lexicon, options);
    const raw = a.serialize();
    const zipped = new Uint8Array(
      await new Response(
        new Blob([raw as Uint8Array<ArrayBuffer>])
          .stream()
          .pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer(),
    );
    expect(zipped.length).toBeLessThan(raw.length);
    expect(await inflateModel(zipped)).toEqual(raw);
    expect(await inflateModel(raw)).toBe(raw);
  });

  it('tags a name it never saw when the lexicon puts it in the class of a name it did see', () => {
    // نبيل never occurs in the training sentences; only the lexicon relates it to سمير.
    const sentence = ['شكر', 'نبيل', 'الوفد'];
    const without = train(data, new Gazetteer(), new Lexicon(), options);
    const withClasses = train(data, new Gazetteer(), lexicon, options);
    expect(without.tag(sentence)[1]).not.toBe('B-PER');
    expect(withClasses.tag(sentence)[1]).toBe('B-PER');
  });

  it('refuses files that are not models, and truncated ones, with a clear error', () => {
    expect(() => Tagger.deserialize(new TextEncoder().encode('<html>not a model</html>'))).toThrow(
      'not a Siyaq NER model file',
    );
    const bytes = train(data, new Gazetteer(), new Lexicon(), options).serialize();
    expect(() => Tagger.deserialize(bytes.slice(0, bytes.length - 100))).toThrow(
      'truncated model file',
    );
  });

  it('tags an empty sentence as nothing', () => {
    expect(train(data, new Gazetteer(), new Lexicon(), options).tag([])).toEqual([]);
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
