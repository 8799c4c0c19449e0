import { describe, expect, it } from 'vitest';
import { prng } from '../../tools/random';
import { featureCount, MAX_FEATURES, tokenFeatures, viewOf } from './features';
import { Gazetteer } from './gazetteer';
import { Lexicon, type ClusterRow } from './lexicon';
import { train } from '../../tools/train';
import { parseConll } from './corpus';
import {
  decodeVectorClassTable,
  encodeVectorClassTable,
  nestedClasses,
  sphericalKmeans,
  VEC_UNKNOWN_ARABIC,
  VectorClasses,
  VECTOR_LEVELS,
  type VectorClassRow,
} from './word-vector-classes';

const rows: VectorClassRow[] = [
  { word: 'تويوتا', classes: [3, 12, 50, 200] },
  { word: 'نيسان', classes: [3, 12, 50, 201] },
  { word: 'هوندا', classes: [3, 12, 51, 205] },
  { word: 'مسافر', classes: [10, 40, 160, 640] },
  { word: 'معلمون', classes: [10, 40, 160, 641] },
  { word: 'مهندس', classes: [10, 40, 165, 660] },
  { word: 'قال', classes: [60, 241, 965, 3861] },
];

describe('the vector class table', () => {
  it('round-trips through its TSV form', () => {
    expect(decodeVectorClassTable(encodeVectorClassTable(rows))).toEqual(rows);
  });

  it('refuses a class beyond its level or a missing column, naming the line', () => {
    const head = encodeVectorClassTable([]).split('\n')[0];
    expect(() => decodeVectorClassTable(`${head}\nقال\t64\t1\t1\t1\n`)).toThrow(/line 2/);
    expect(() => decodeVectorClassTable(`${head}\nقال\t1\t1\t1\n`)).toThrow(/line 2/);
    expect(() => decodeVectorClassTable('قال\t1\t1\t1\t1\n')).toThrow(/header/);
  });
});

describe('clustering the vectors', () => {
  // Unit vectors in 3 dimensions around two directions, x and y.
  const random = prng(3);
  const n = 40;
  const vectors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const v = i < n / 2 ? [1, 0.2 * random(), 0.2 * random()] : [0.2 * random(), 1, 0.2 * random()];
    const norm = Math.hypot(...v);
    v.forEach((x, d) => (vectors[i * 3 + d] = x / norm));
  }

  it('splits two groups of directions apart', () => {
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const cls = sphericalKmeans(vectors, 3, all, 2, 10, prng(1));
    expect(new Set(cls.slice(0, n / 2)).size).toBe(1);
    expect(new Set(cls.slice(n / 2)).size).toBe(1);
    expect(cls[0]).not.toBe(cls[n - 1]);
  });

  it('nests its levels and is deterministic', () => {
    const a = nestedClasses(vectors, 3, n, { iterations: 10, seed: 5 });
    const b = nestedClasses(vectors, 3, n, { iterations: 10, seed: 5 });
    expect(a.map((l) => [...l])).toEqual(b.map((l) => [...l]));
    expect(a).toHaveLength(VECTOR_LEVELS.length);
    for (let l = 1; l < a.length; l++)
      for (let w = 0; w < n; w++) expect(Math.floor(a[l]![w]! / 4)).toBe(a[l - 1]![w]);
  });

  it('clusters the levels up to `flat` from all words, and nests the rest', () => {
    // 40 words: fewer than the classes of any level, so a word clustered from all words is its
    // own class, and a word split from its class above is that class's first child.
    const flat = nestedClasses(vectors, 3, n, { iterations: 10, seed: 5, flat: 256 });
    const nested = nestedClasses(vectors, 3, n, { iterations: 10, seed: 5 });
    expect([...flat[0]!]).toEqual([...nested[0]!]);
    expect([...flat[1]!]).toEqual([...Array(n).keys()]);
    expect([...nested[1]!]).toEqual([...Array(n).keys()].map((w) => 4 * w));
    for (let w = 0; w < n; w++) expect(Math.floor(flat[2]![w]! / 4)).toBe(flat[1]![w]);
  });
});

describe('the vector-class features', () => {
  const clusterRows: ClusterRow[] = [
    { word: 'تويوتا', classes: [7, 512], count: 12, withArticle: 0 },
    { word: 'نيسان', classes: [7, 512], count: 20, withArticle: 0 },
    { word: 'قال', classes: [1, 1000], count: 90_000, withArticle: 0 },
  ];
  const gazetteer = new Gazetteer();
  const plain = Lexicon.fromRows(clusterRows);
  const withVectors = Lexicon.fromRows(clusterRows);
  withVectors.vectors = new VectorClasses(rows, [64, 1024]);
  const features = (lexicon: Lexicon, tokens: string[], i: number) => {
    const out = new Int32Array(featureCount(lexicon));
    const k = tokenFeatures(viewOf(tokens, gazetteer, lexicon), i, (1 << 18) - 1, out);
    return [...out.slice(0, k)];
  };

  it('are absent without vector classes, and leave the other features as they were', () => {
    const tokens = ['قال', 'تويوتا', 'اليوم'];
    expect(features(plain, tokens, 1)).toHaveLength(MAX_FEATURES);
    const more = features(withVectors, tokens, 1);
    expect(more).toHaveLength(MAX_FEATURES + 10);
    expect(more.slice(0, MAX_FEATURES)).toEqual(features(plain, tokens, 1));
    // One feature per level at width 1: the token's own class, the same bucket as at width 5.
    const narrow = Lexicon.fromRows(clusterRows);
    narrow.vectors = new VectorClasses(rows, [64, 1024], 1);
    const one = features(narrow, tokens, 1);
    expect(one).toHaveLength(MAX_FEATURES + 2);
    expect([one[MAX_FEATURES], one[MAX_FEATURES + 1]]).toEqual([
      more[MAX_FEATURES],
      more[MAX_FEATURES + 5],
    ]);
  });

  it('carry a known word’s class, and no class for an unknown word', () => {
    const view = viewOf(['تويوتا', 'فولكسفاغن', 'قال'], gazetteer, withVectors);
    expect([...view.vec[0]!]).toEqual([3, VEC_UNKNOWN_ARABIC, 60]);
    expect([...view.vec[1]!]).toEqual([50, VEC_UNKNOWN_ARABIC, 965]);
    // Two words of one class share the token's own vector features; an unknown word shares them
    // with another unknown word, and with neither known word.
    const own = (tokens: string[]) => features(withVectors, tokens, 1).slice(MAX_FEATURES);
    const toyota = own(['قال', 'تويوتا', 'قال']);
    const nissan = own(['قال', 'نيسان', 'قال']);
    const unknown = own(['قال', 'فولكسفاغن', 'قال']);
    expect(nissan).toEqual(toyota);
    expect(own(['قال', 'بيجو', 'قال'])).toEqual(unknown);
    expect(unknown[0]).not.toBe(toyota[0]);
    expect(own(['قال', 'قال', 'قال'])[0]).not.toBe(toyota[0]);
  });
});

describe('a tagger trained with vector classes', () => {
  // Two companies and two common nouns in the same context; نيسان and مهندس are never seen in
  // training, each shares its class with one kind.
  const data = parseConll(
    'قال O\nتويوتا B-ORG\nاليوم O\n\nقال O\nمسافر O\nاليوم O\n\n' +
      'قال O\nهوندا B-ORG\nاليوم O\n\nقال O\nمعلمون O\nاليوم O\n',
  );
  const trainWith = (lexicon: Lexicon) =>
    train(data, new Gazetteer(), lexicon, {
      bits: 12,
      epochs: 5,
      seed: 3,
      ensemble: 1,
      trainedOn: ['test'],
    });
  const lexicon = Lexicon.fromRows([]);
  lexicon.vectors = new VectorClasses(rows, [64, 256]);
  const tagger = trainWith(lexicon);

  it('tags an unseen word by the class it shares with a seen one', () => {
    expect(tagger.tag(['قال', 'نيسان', 'اليوم'])).toEqual(['O', 'B-ORG', 'O']);
    expect(tagger.tag(['قال', 'مهندس', 'اليوم'])).toEqual(['O', 'O', 'O']);
  });

  it('cannot be written to a model file, which would lose them', () => {
    expect(() => tagger.serialize()).toThrow('vector classes');
  });
});
