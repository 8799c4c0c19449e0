import { describe, expect, it } from 'vitest';
import { parseConll, type Sentence } from '../lib/nlp/corpus';
import { Gazetteer } from '../lib/nlp/gazetteer';
import { Lexicon } from '../lib/nlp/lexicon';
import { TAGS, TAG_INDEX, allowedTransition } from '../lib/nlp/tags';
import { lbfgs } from './lbfgs';
import {
  crfObjective,
  logPartition,
  repairBio,
  trainCrf,
  type CrfExample,
  type CrfOptions,
} from './crf';
import { prng } from './random';

const T = TAGS.length;
const tag = (t: string) => TAG_INDEX.get(t)!;

/** A tiny problem: D dense features, F per token, a few sentences with valid BIO gold tags. */
function tinyProblem() {
  const D = 6;
  const F = 2;
  const golds = [
    ['B-PER', 'I-PER', 'O'],
    ['O', 'B-LOC', 'I-LOC', 'I-LOC'],
    ['B-ORG', 'O'],
    ['I-MISC'], // repaired to B-MISC: I-MISC cannot start a sentence
  ];
  const random = prng(3);
  const examples: CrfExample[] = golds.map((g) => {
    const n = g.length;
    const feats = Int32Array.from({ length: n * F }, () => Math.floor(random() * D));
    return { feats, gold: repairBio(g.map(tag)).tags, n };
  });
  const x = Float64Array.from({ length: D * T + (T + 1) * T }, () => random() - 0.5);
  return { D, F, examples, x };
}

describe('the CRF objective', () => {
  it('has the gradient that finite differences give', () => {
    const { D, F, examples, x } = tinyProblem();
    const f = crfObjective(examples, D, F, 2);
    const g = new Float64Array(x.length);
    f(x, g);
    const scratch = new Float64Array(x.length);
    const h = 1e-5;
    let worst = 0;
    for (let k = 0; k < x.length; k++) {
      const saved = x[k]!;
      x[k] = saved + h;
      const up = f(x, scratch);
      x[k] = saved - h;
      const down = f(x, scratch);
      x[k] = saved;
      worst = Math.max(worst, Math.abs((up - down) / (2 * h) - g[k]!));
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it('normalises by the sum over allowed tag sequences only (3 tokens, by enumeration)', () => {
    const random = prng(11);
    const n = 3;
    const emit = Array.from({ length: n * T }, () => 4 * (random() - 0.5));
    // Disallowed transitions get large weights: the partition function must not see them.
    const tr = Array.from({ length: (T + 1) * T }, (_, k) => {
      const from = Math.floor(k / T) === T ? -1 : Math.floor(k / T);
      return allowedTransition(from, k % T) ? 3 * (random() - 0.5) : 25;
    });
    let sum = 0;
    let sequences = 0;
    for (let a = 0; a < T; a++)
      for (let b = 0; b < T; b++)
        for (let c = 0; c < T; c++) {
          if (!allowedTransition(-1, a) || !allowedTransition(a, b) || !allowedTransition(b, c))
            continue;
          sequences++;
          const s =
            tr[T * T + a]! +
            emit[a]! +
            tr[a * T + b]! +
            emit[T + b]! +
            tr[b * T + c]! +
            emit[2 * T + c]!;
          sum += Math.exp(s);
        }
    expect(sequences).toBeLessThan(T ** 3);
    expect(logPartition(emit, tr, n)).toBeCloseTo(Math.log(sum), 10);
    // One token: only the start row counts.
    const one = Math.log(
      Array.from({ length: T }, (_, y) => y)
        .filter((y) => allowedTransition(-1, y))
        .reduce((s, y) => s + Math.exp(tr[T * T + y]! + emit[y]!), 0),
    );
    expect(logPartition(emit, tr, 1)).toBeCloseTo(one, 10);
  });

  it('is minimised by L-BFGS (the gradient vanishes)', () => {
    const { D, F, examples } = tinyProblem();
    const f = crfObjective(examples, D, F, 1);
    const x = new Float64Array(D * T + (T + 1) * T);
    const g = new Float64Array(x.length);
    const start = f(x, g);
    const run = lbfgs(f, x, { iterations: 200, memory: 6, delta: 0 });
    expect(run.loss).toBeLessThan(start);
    f(x, g);
    expect(Math.sqrt(g.reduce((s, v) => s + v * v, 0))).toBeLessThan(1e-4);
  });
});

describe('repairBio', () => {
  it('reads an I-X that may not stand there as B-X, as spans() does', () => {
    const r = repairBio(['I-PER', 'O', 'I-LOC', 'I-LOC', 'B-ORG', 'I-PER'].map(tag));
    expect(Array.from(r.tags, (y) => TAGS[y])).toEqual([
      'B-PER',
      'O',
      'B-LOC',
      'I-LOC',
      'B-ORG',
      'B-PER',
    ]);
    expect(r.repaired).toBe(3);
  });
});

const toy: Sentence[] = parseConll(`
قال O
سمير B-PER
كريم I-PER
في O
دمشق B-LOC
. O

زار O
نبيل B-PER
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

قال O
نبيل B-PER
حداد I-PER
إن O
وزارة B-ORG
الدفاع I-ORG
في O
القاهرة B-LOC
تعمل O
. O
`);

const options: CrfOptions = { bits: 12, sigma2: 10, iterations: 100, trainedOn: ['test'] };

describe('trainCrf', () => {
  const { tagger, report } = trainCrf(toy, new Gazetteer(), new Lexicon(), options);

  it('reaches zero errors on a small separable set', () => {
    for (const s of toy) expect(tagger.tag(s.tokens)).toEqual(s.tags);
    expect(report.repaired).toBe(0);
    expect(report.iterations).toBeGreaterThan(5);
  });

  it('gives the same model bit for bit twice', () => {
    const again = trainCrf(toy, new Gazetteer(), new Lexicon(), options).tagger;
    expect(again.serialize()).toEqual(tagger.serialize());
    const seeded = { ...options, seed: 5 };
    const a = trainCrf(toy, new Gazetteer(), new Lexicon(), seeded).tagger.serialize();
    const b = trainCrf(toy, new Gazetteer(), new Lexicon(), seeded).tagger.serialize();
    expect(a).toEqual(b);
  });

  it('keeps the model file shape of the perceptron (2^bits × T int8 weights)', () => {
    expect(tagger.meta.bits).toBe(12);
    expect(tagger.meta.ensemble).toBe(1);
    expect(tagger.serialize().length).toBeGreaterThan((1 << 12) * T);
  });

  it('never produces a disallowed transition', () => {
    // Trained where names are mostly inside words: I- tags are common, so any leak would show.
    const words = ['سمير', 'كريم', 'نبيل', 'حداد', 'وزارة', 'الدفاع', 'في', 'قال', 'دمشق', 'x'];
    const random = prng(9);
    for (let r = 0; r < 300; r++) {
      const n = 1 + Math.floor(random() * 8);
      const tokens = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!);
      const tags = tagger.tag(tokens).map(tag);
      tags.forEach((y, i) => expect(allowedTransition(i ? tags[i - 1]! : -1, y)).toBe(true));
    }
  });
});
