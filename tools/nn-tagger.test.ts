import { describe, expect, it } from 'vitest';
import type { Sentence } from '../lib/nlp/corpus';
import { stripClitics } from '../lib/nlp/clitics';
import { Gazetteer } from '../lib/nlp/gazetteer';
import { Lexicon } from '../lib/nlp/lexicon';
import { TAGS, TAG_INDEX, allowedTransition } from '../lib/nlp/tags';
import { normalizeWord } from '../lib/text/normalize';
import {
  forward,
  initParams,
  layoutOf,
  Projections,
  Workspace,
  UNK,
  type NetInput,
  type NetShape,
} from './nn-net';
import { trIndex } from './nn-crf';
import { quantizeNet } from './nn-size';
import { nnLeverOptions, trainNn, type NnOptions } from './nn-tagger';
import { decodeWordVectors, encodeWordVectors, type WordVectors } from './nn-vectors';
import { prng } from './random';
import { gradientAndDifferences } from './nn-test-support';

const T = TAGS.length;

describe('the network', () => {
  it('has the gradient that finite differences give (every block, learnt vectors included)', () => {
    const shape: NetShape = { D: 3, w: 1, S: 2, B: 8, H: 4 };
    const L = layoutOf(shape);
    const random = prng(5);
    const p = initParams(L, 7);
    // Transitions and biases away from zero, so their gradients are tested too.
    for (let k = L.b1; k < L.size; k++) p[k]! += 0.3 * (random() - 0.5);
    const vectors = Float32Array.from({ length: 4 * shape.D }, () => random() - 0.5);
    const s: NetInput = {
      n: 4,
      rows: Int32Array.from([0, UNK, 2, 3]),
      sparse: Int32Array.from({ length: 4 * 2 }, () => Math.floor(random() * shape.B)),
      stack: Float32Array.from({ length: 4 * shape.S }, () => random() - 0.5),
    };
    const gold = Int32Array.from(['B-PER', 'I-PER', 'O', 'B-LOC'].map((t) => TAG_INDEX.get(t)!));
    let checked = 0;
    for (const { analytic, numeric } of gradientAndDifferences(p, L, vectors, s, gold, 1e-2)) {
      expect(Math.abs(numeric - analytic)).toBeLessThan(2e-3 + 1e-2 * Math.abs(analytic));
      if (analytic !== 0) checked++;
    }
    // Most parameters take part (not all: unused sparse rows, disallowed transitions).
    expect(checked).toBeGreaterThan(L.size / 2);
  });
});

describe('tagging with cached products', () => {
  // (the window network alone, and with the BiLSTM over it: tools/nn-lstm.ts)
  it.each<[string, NetShape]>([
    ['window network', { D: 5, w: 2, S: 3, B: 16, H: 6 }],
    ['with a BiLSTM', { D: 4, w: 2, S: 3, B: 16, H: 6, R: 4 }],
  ])('gives the scores the plain forward pass gives (%s)', (_, shape) => {
    const L = layoutOf(shape);
    const random = prng(8);
    const p = initParams(L, 4);
    const vectors = Float32Array.from({ length: 6 * shape.D }, () => random() - 0.5);
    const cache = new Projections(3);
    for (let n = 1; n < 8; n++) {
      const s: NetInput = {
        n,
        rows: Int32Array.from({ length: n }, () => Math.floor(random() * 7) - 1),
        sparse: Int32Array.from({ length: n * 2 }, () => Math.floor(random() * shape.B)),
        stack: Float32Array.from({ length: n * shape.S }, () => random() - 0.5),
      };
      const plain = new Workspace(L, n);
      const cached = new Workspace(L, n);
      forward(p, L, vectors, s, plain);
      forward(p, L, vectors, s, cached, undefined, cache);
      for (let k = 0; k < n * T; k++)
        expect(Math.abs(cached.emit[k]! - plain.emit[k]!)).toBeLessThan(1e-5);
    }
  });
});

/** Word → row of the toy vectors, as the tagger looks words up. */
const key = (w: string) => stripClitics(normalizeWord(w)).stem;

/** A toy language: each word always has one tag; a name of two words is B- then I-. */
function toyData(sentences: number, seed: number): { data: Sentence[]; vectors: WordVectors } {
  const random = prng(seed);
  const lexicon: [string, string][] = [];
  for (let k = 0; k < 6; k++) lexicon.push([`o${k}`, 'O']);
  for (const type of ['PER', 'LOC', 'ORG', 'MISC'])
    for (let k = 0; k < 2; k++) {
      lexicon.push([`${type.toLowerCase()}b${k}`, `B-${type}`]);
      lexicon.push([`${type.toLowerCase()}i${k}`, `I-${type}`]);
    }
  const byTag = (tag: string) => lexicon.filter(([, t]) => t === tag).map(([w]) => w);
  const pick = <X>(xs: X[]) => xs[Math.floor(random() * xs.length)]!;
  const data: Sentence[] = [];
  for (let s = 0; s < sentences; s++) {
    const tokens: string[] = [];
    const tags: string[] = [];
    for (let i = 0; i < 3 + Math.floor(random() * 6); i++) {
      if (random() < 0.6) {
        tokens.push(pick(byTag('O')));
        tags.push('O');
        continue;
      }
      const type = pick(['PER', 'LOC', 'ORG', 'MISC']);
      tokens.push(pick(byTag(`B-${type}`)));
      tags.push(`B-${type}`);
      if (random() < 0.5) {
        tokens.push(pick(byTag(`I-${type}`)));
        tags.push(`I-${type}`);
      }
    }
    data.push({ tokens, tags });
  }
  const dims = 8;
  const vectors: WordVectors = {
    words: lexicon.map(([w]) => key(w)),
    dims,
    values: Float32Array.from({ length: lexicon.length * dims }, () => random() - 0.5),
  };
  return { data, vectors };
}

function options(over: Partial<NnOptions> = {}): NnOptions {
  return {
    ...nnLeverOptions(new Map([['nn', '16']]), {
      bits: 10,
      seed: 3,
      perceptronEpochs: 2,
      trainedOn: ['toy'],
    }),
    stack: false,
    sparseBits: 6,
    epochs: 12,
    rate: 0.1,
    dropout: 0,
    ...over,
  };
}

/** Trains on `data` with an empty gazetteer and lexicon, the toy options and `over`. */
function train(
  data: Parameters<typeof trainNn>[0],
  vectors: Parameters<typeof trainNn>[3],
  over: Partial<NnOptions>,
) {
  return trainNn(data, new Gazetteer(), new Lexicon(), vectors, options(over));
}

describe('the neural tagger', () => {
  it('learns a separable toy set to zero errors', () => {
    const { data, vectors } = toyData(60, 1);
    const { tagger } = train(data, vectors, { sparseBits: 0 });
    const errors = data.reduce(
      (n, s) => n + tagger.tag(s.tokens).filter((t, i) => t !== s.tags[i]).length,
      0,
    );
    expect(errors).toBe(0);
  });

  it('gives the same weights for the same seed, other weights for another (stacked too)', () => {
    const { data, vectors } = toyData(40, 2);
    const run = (seed: number) =>
      train(data, vectors, { seed, stack: true, folds: 2, epochs: 2, dropout: 0.2 }).tagger.net.p;
    const a = run(3);
    expect(run(3)).toEqual(a);
    expect(run(4)).not.toEqual(a);
  });

  it('never decodes a forbidden BIO transition, however the transitions are weighted', () => {
    const { data, vectors } = toyData(20, 3);
    const { tagger } = train(data, vectors, { epochs: 1 });
    const { p, L } = tagger.net;
    const random = prng(9);
    // Forbidden transitions (I-X after O or another type, or first) weighted far above the rest.
    for (let from = -1; from < T; from++)
      for (let to = 0; to < T; to++)
        p[L.tr + trIndex(from, to)] = allowedTransition(from, to) ? random() : 50;
    for (let k = L.b2; k < L.b2 + T; k++) p[k] = 5 * (random() - 0.5);
    const words = vectors.words;
    for (let s = 0; s < 50; s++) {
      const tokens = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => words[Math.floor(random() * words.length)]!,
      );
      const tags = tagger.tag(tokens).map((t) => TAG_INDEX.get(t)!);
      tags.forEach((t, i) => expect(allowedTransition(i ? tags[i - 1]! : -1, t)).toBe(true));
    }
  });

  it('takes bad input without throwing: empty, a very long token, no Arabic, a long sentence', () => {
    const { data, vectors } = toyData(20, 4);
    const { tagger } = train(data, vectors, { epochs: 1, stack: true, folds: 2 });
    expect(tagger.tag([])).toEqual([]);
    expect(tagger.tag(['ب'.repeat(100_000)])).toHaveLength(1);
    expect(tagger.tag(['Hello', 'world', '42', '!', 'é'])).toHaveLength(5);
    expect(tagger.tag(['مُحَمَّدٌ', 'Paris', 'ـــ', '\u200f'])).toHaveLength(4);
    const long = Array.from({ length: 5000 }, (_, i) => (i % 7 ? 'في' : 'القاهرة'));
    const tags = tagger.tag(long);
    expect(tags).toHaveLength(5000);
    expect(tags.every((t) => (TAGS as readonly string[]).includes(t))).toBe(true);
  });

  it('tags as the perceptron does when the perceptron is mixed in with a huge weight', () => {
    const { data, vectors } = toyData(40, 5);
    const { tagger } = train(data, vectors, { epochs: 1, mix: 1e4, folds: 2 });
    const perceptron = tagger.net.perceptron!.tagger;
    const shuffled = data.map((s) => ({ tokens: [...s.tokens].reverse() }));
    for (const s of shuffled) expect(tagger.tag(s.tokens)).toEqual(perceptron.tag(s.tokens));
  });

  it('keeps its decisions on the toy set with int8 weights and vectors', () => {
    const { data, vectors } = toyData(60, 1);
    const { tagger } = train(data, vectors, { sparseBits: 0 });
    const before = data.map((s) => tagger.tag(s.tokens));
    quantizeNet(tagger.net);
    tagger.forget();
    expect(data.map((s) => tagger.tag(s.tokens))).toEqual(before);
  });
});

describe('the word-vector file', () => {
  it('reads back what it wrote, and refuses a truncated file', () => {
    const v: WordVectors = {
      words: ['القاهرة', 'محمد', 'x'],
      dims: 2,
      values: Float32Array.from([1, 2, 3, 4, 5, 6]),
    };
    const bytes = encodeWordVectors(v);
    expect(decodeWordVectors(bytes)).toEqual(v);
    expect(() => decodeWordVectors(bytes.subarray(0, 20))).toThrow(/truncated|count/);
    expect(() => decodeWordVectors(new Uint8Array(3))).toThrow(/not a word-vector file/);
  });
});
