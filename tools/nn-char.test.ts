import { describe, expect, it } from 'vitest';
import { TAG_INDEX, TAGS } from '../lib/nlp/tags';
import { ALPHABET, BEGIN, charIds, charInput, END, MAX_LETTERS } from './nn-char';
import {
  forward,
  initParams,
  layoutOf,
  Projections,
  UNK,
  Workspace,
  type NetInput,
  type NetShape,
} from './nn-net';
import { prng } from './random';
import { gradientAndDifferences, trainToy } from './nn-test-support';

const T = TAGS.length;

/** A sentence of `words` with random vectors rows, sparse buckets and stacked numbers. */
function input(words: string[], shape: NetShape, random: () => number): NetInput {
  const n = words.length;
  return {
    n,
    rows: Int32Array.from({ length: n }, (_, i) => (i % 3 === 1 ? UNK : i % 4)),
    sparse: Int32Array.from({ length: n * 2 }, () => Math.floor(random() * shape.B)),
    stack: Float32Array.from({ length: n * shape.S }, () => random() - 0.5),
    char: charInput(words),
  };
}

describe('the char block', () => {
  it('reads folded letters between markers, long words by their two ends', () => {
    const ids = charIds('أحمد');
    expect(ids[0]).toBe(BEGIN);
    expect(ids.at(-1)).toBe(END);
    expect(ids).toHaveLength(6);
    // Folded as the tagger folds: أ and ا are one letter, diacritics gone.
    expect(charIds('أحمد')).toEqual(charIds('احمد'));
    expect(charIds('مُحَمَّد')).toEqual(charIds('محمد'));
    expect(charIds('Paris')).toEqual(charIds('paris'));
    expect(charIds('')).toHaveLength(3);
    expect(charIds('ب'.repeat(100_000))).toHaveLength(MAX_LETTERS + 2);
    for (const w of ['القاهرة', 'Hello', '٢٠٢٠', 'é!', '\u200f'])
      for (const id of charIds(w)) expect(id >= 0 && id < ALPHABET).toBe(true);
  });

  it('has the gradient that finite differences give (embeddings, convolution, its first-layer weights)', () => {
    const shape: NetShape = { D: 3, w: 1, S: 2, B: 8, H: 5, F: 4, E: 3 };
    const L = layoutOf(shape);
    const random = prng(11);
    const p = initParams(L, 13);
    for (let k = L.b1; k < L.size; k++) p[k]! += 0.3 * (random() - 0.5);
    const vectors = Float32Array.from({ length: 4 * shape.D }, () => random() - 0.5);
    const s = input(['محمد', 'في', 'القاهرة', 'ab'], shape, random);
    const gold = Int32Array.from(['B-PER', 'O', 'B-LOC', 'O'].map((t) => TAG_INDEX.get(t)!));
    // The char block, and the first layer's weights on the char features (all hidden units).
    const indices: number[] = [];
    for (let k = L.char.emb; k < L.size; k++) indices.push(k);
    for (let u = 0; u < shape.H; u++)
      for (let k = 0; k < 3 * shape.F!; k++) indices.push(L.win + u * L.din + L.vo + k);
    let checked = 0;
    for (const { analytic, numeric } of gradientAndDifferences(
      p,
      L,
      vectors,
      s,
      gold,
      1e-3,
      indices,
    )) {
      expect(Math.abs(numeric - analytic)).toBeLessThan(2e-3 + 2e-2 * Math.abs(analytic));
      if (Math.abs(analytic) > 1e-4) checked++;
    }
    // Every filter's weights and bias, most used letters' embeddings and first-layer weights.
    expect(checked).toBeGreaterThan(shape.F! * (3 * shape.E! + 1) + 3 * shape.F! * shape.H);
  });

  it('gives the plain pass scores from cached char products', () => {
    const shape: NetShape = { D: 4, w: 2, S: 3, B: 16, H: 6, F: 5, E: 4 };
    const L = layoutOf(shape);
    const random = prng(8);
    const p = initParams(L, 4);
    const vectors = Float32Array.from({ length: 4 * shape.D }, () => random() - 0.5);
    const cache = new Projections(3);
    const pool = ['محمد', 'في', 'القاهرة', 'x', 'بغداد', 'وقال', '2020'];
    for (let n = 1; n < 8; n++) {
      const words = Array.from({ length: n }, () => pool[Math.floor(random() * pool.length)]!);
      const s = input(words, shape, random);
      const plain = new Workspace(L, n);
      const cached = new Workspace(L, n);
      forward(p, L, vectors, s, plain);
      forward(p, L, vectors, s, cached, undefined, cache);
      for (let k = 0; k < n * T; k++)
        expect(Math.abs(cached.emit[k]! - plain.emit[k]!)).toBeLessThan(1e-5);
    }
  });

  it('trains to the same weights for the same seed and to others for another', () => {
    const random = prng(2);
    const words = ['محمد', 'علي', 'في', 'القاهرة', 'بغداد', 'قال', 'وزير', 'الخارجية'];
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'O', 'O', 'O'];
    const run = trainToy(random, words, tags, [
      ['char', '6'],
      ['cemb', '4'],
    ]);
    const a = run(3);
    expect(a.L.char.F).toBe(6);
    expect(run(3).p).toEqual(a.p);
    expect(run(4).p).not.toEqual(a.p);
    // The char block was trained (its embeddings moved from their seeded start).
    expect(a.p.subarray(a.L.char.emb, a.L.size)).not.toEqual(
      initParams(a.L, 3).subarray(a.L.char.emb, a.L.size),
    );
  });
});
