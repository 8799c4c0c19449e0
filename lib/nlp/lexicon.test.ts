import { describe, expect, it } from 'vitest';
import {
  decodeClusterTable,
  encodeClusterTable,
  frequencyBin,
  Lexicon,
  UNKNOWN_ARABIC,
  UNKNOWN_OTHER,
  type ClusterRow,
} from './lexicon';
import { clusterWords } from './word-clusters';
import { prng } from '../../tools/random';

const rows: ClusterRow[] = [
  { word: 'قال', classes: [1, 1000], count: 90_000, withArticle: 0 },
  { word: 'حكومه', classes: [255, 3], count: 4_000, withArticle: 3_500 },
  { word: 'تويوتا', classes: [7, 512], count: 12, withArticle: 0 },
];

describe('the word cluster table', () => {
  it('round-trips through its TSV form', () => {
    expect(decodeClusterTable(encodeClusterTable(rows))).toEqual(rows);
  });

  it.each([
    ['a missing header', 'قال\t1\t2\t3\t0\n'],
    [
      'a class beyond its set',
      '# word\tclass256\tclass1024\tcount\twithArticle\nقال\t256\t2\t3\t0\n',
    ],
    ['a non-number', '# word\tclass256\tclass1024\tcount\twithArticle\nقال\t1\tx\t3\t0\n'],
    [
      'more article uses than uses',
      '# word\tclass256\tclass1024\tcount\twithArticle\nقال\t1\t2\t3\t4\n',
    ],
    ['a missing column', '# word\tclass256\tclass1024\tcount\twithArticle\nقال\t1\t2\t3\n'],
  ])('refuses %s, naming the line', (_, text) => {
    expect(() => decodeClusterTable(text)).toThrow(/word clusters: (expected the header|line 2)/);
  });
});

describe('the lexicon', () => {
  it('labels known words with their classes and bin, unknown ones by script', () => {
    const lex = Lexicon.fromRows(rows);
    const forms = ['تويوتا', 'فولكسفاغن', 'Toyota', 'قال'];
    const classes = [new Int32Array(4), new Int32Array(4)];
    const bins = new Int32Array(4);
    lex.label(forms, classes, bins);
    expect([...classes[0]!]).toEqual([7, UNKNOWN_ARABIC, UNKNOWN_OTHER, 1]);
    expect([...classes[1]!]).toEqual([512, UNKNOWN_ARABIC, UNKNOWN_OTHER, 1000]);
    expect([...bins]).toEqual([
      frequencyBin(12, 0),
      UNKNOWN_ARABIC,
      UNKNOWN_OTHER,
      frequencyBin(90_000, 0),
    ]);
  });

  it('survives its own serialised form', () => {
    const lex = Lexicon.fromRows(rows);
    const bytes = lex.serialize();
    const again = Lexicon.deserialize(bytes);
    expect(again.serialize()).toEqual(bytes);
    expect(again.size).toBe(3);
    const classes = [new Int32Array(1), new Int32Array(1)];
    const bins = new Int32Array(1);
    again.label(['تويوتا'], classes, bins);
    expect([classes[0]![0], classes[1]![0], bins[0]]).toEqual([7, 512, frequencyBin(12, 0)]);
    expect(() => Lexicon.deserialize(bytes.subarray(0, 9))).toThrow('damaged lexicon');
  });

  it('bins words by frequency and by how often they carry the article', () => {
    expect(frequencyBin(12, 0)).not.toBe(frequencyBin(12_000, 0));
    expect(frequencyBin(4_000, 3_500)).not.toBe(frequencyBin(4_000, 0));
    expect(frequencyBin(0, 0)).toBe(0);
  });
});

describe('word clustering', () => {
  // Two kinds of words in distinct contexts: people (5–9) between 0/1 and 4, places (10–14)
  // between 2/3 and 15; ids 0–15 are clustered.
  const people = [5, 6, 7, 8, 9];
  const places = [10, 11, 12, 13, 14];
  const corpus = (seed: number) => {
    const random = prng(seed);
    const pick = (xs: number[]) => xs[Math.floor(random() * xs.length)]!;
    const out: number[] = [];
    for (let i = 0; i < 4000; i++) {
      if (random() < 0.5) out.push(pick([0, 1]), pick(people), 4, -1);
      else out.push(pick([2, 3]), pick(places), 15, -1);
    }
    return Int32Array.from(out);
  };

  it('groups words that share contexts and keeps the other kind apart', () => {
    const cls = clusterWords({ stream: corpus(1), size: 16 }, { classes: 6, passes: 5 });
    const peopleClasses = new Set(people.map((w) => cls[w]));
    const placeClasses = new Set(places.map((w) => cls[w]));
    // Grouped (a local optimum may split a kind in two, never mix kinds).
    expect(peopleClasses.size).toBeLessThanOrEqual(2);
    expect(placeClasses.size).toBeLessThanOrEqual(2);
    for (const c of peopleClasses) expect(placeClasses.has(c)).toBe(false);
  });

  it('is deterministic', () => {
    const a = clusterWords({ stream: corpus(2), size: 16 }, { classes: 6, passes: 3 });
    const b = clusterWords({ stream: corpus(2), size: 16 }, { classes: 6, passes: 3 });
    expect([...a]).toEqual([...b]);
  });
});
