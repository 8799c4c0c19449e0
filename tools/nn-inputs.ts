/**
 * The inputs of the neural tagger's network (tools/nn-net.ts) for a sentence: the rows of the word
 * vectors (learnt from the unlabelled text), hashed sparse features from the tagger's own sentence
 * view (affixes, shape, clitic, gazetteer, word classes, frequency bin) and — stacked — the
 * averaged perceptron's per-tag scores around each token and its Viterbi tag.
 */
import { stripClitics } from '../lib/nlp/clitics';
import { MAX_ALL_FEATURES, tokenFeatures, type SentenceView } from '../lib/nlp/features';
import { viterbi, type Tagger } from '../lib/nlp/model';
import { TAGS } from '../lib/nlp/tags';
import { normalizeWord } from '../lib/text/normalize';
import { charInput } from './nn-char';
import { UNK, type Layout, type NetInput } from './nn-net';
import type { WordVectors } from './nn-vectors';

const T = TAGS.length;
/** Stacked inputs per token: the perceptron's scores at i − 1, i, i + 1 and its tag at i. */
export const STACK = 4 * T;
/** Word vectors are unit-length; scaled so that their entries are of order 0.3. */
const VECTOR_SCALE = 3;

/** The vector table the network reads: the first `dims` of each kept word's vector, scaled. */
export interface VectorTable {
  index: Map<string, number>;
  dims: number;
  values: Float32Array;
}

export function vectorTable(v: WordVectors, dims: number, vocabulary: number): VectorTable {
  const rows = vocabulary ? Math.min(vocabulary, v.words.length) : v.words.length;
  const D = Math.min(dims, v.dims);
  const values = new Float32Array(rows * D);
  const index = new Map<string, number>();
  for (let r = 0; r < rows; r++) {
    index.set(v.words[r]!, r);
    for (let d = 0; d < D; d++) values[r * D + d] = VECTOR_SCALE * v.values[r * v.dims + d]!;
  }
  return { index, dims: D, values };
}

/** The perceptron's private weights, read for its per-tag scores (emissions). */
export function internals(t: Tagger): {
  weights: Int8Array | Float32Array;
  transitions: Float32Array;
} {
  return t as unknown as { weights: Int8Array | Float32Array; transitions: Float32Array };
}

const featScratch = new Int32Array(MAX_ALL_FEATURES);
/** The perceptron's per-tag scores of a sentence (`n × T`), as its decodeView computes them. */
export function emissions(t: Tagger, v: SentenceView): Float32Array {
  const { weights } = internals(t);
  const scale = weights instanceof Int8Array ? t.meta.scale : 1;
  const emit = new Float32Array(v.length * T);
  for (let i = 0; i < v.length; i++) {
    const k = tokenFeatures(v, i, t.mask, featScratch);
    for (let j = 0; j < k; j++) {
      const base = featScratch[j]! * T;
      for (let y = 0; y < T; y++) emit[i * T + y]! += weights[base + y]!;
    }
  }
  for (let i = 0; i < emit.length; i++) emit[i]! *= scale;
  return emit;
}

/** The stacked inputs of a sentence from a perceptron whose scores are divided by `sigma`. */
export function stackOf(t: Tagger, v: SentenceView, sigma: number): Float32Array {
  const n = v.length;
  const out = new Float32Array(n * STACK);
  if (!n) return out;
  const emit = emissions(t, v);
  const tags = viterbi(emit, internals(t).transitions, n);
  for (let i = 0; i < n; i++) {
    for (let q = 0; q < 3; q++) {
      const j = i + q - 1;
      if (j < 0 || j >= n) continue;
      for (let y = 0; y < T; y++) out[i * STACK + q * T + y] = emit[j * T + y]! / sigma;
    }
    out[i * STACK + 3 * T + tags[i]!] = 1;
  }
  return out;
}

/** The standard deviation of a perceptron's scores over the tokens of some sentences' views. */
export function scoreSpread(t: Tagger, views: SentenceView[]): number {
  let sum = 0;
  let sq = 0;
  let count = 0;
  for (const v of views)
    for (const e of emissions(t, v)) {
      sum += e;
      sq += e * e;
      count++;
    }
  const mean = sum / Math.max(1, count);
  return Math.sqrt(Math.max(1e-12, sq / Math.max(1, count) - mean * mean));
}

/** Templates of the sparse features: [view field, offset]. */
const SPARSE: [keyof SentenceView | 'class0' | 'class1', number][] = [
  ['suffix2', 0],
  ['suffix3', 0],
  ['prefix2', 0],
  ['prefix3', 0],
  ['shape', -1],
  ['shape', 0],
  ['shape', 1],
  ['clitic', 0],
  ['gaz', -1],
  ['gaz', 0],
  ['gaz', 1],
  ['class0', -1],
  ['class0', 0],
  ['class0', 1],
  ['class1', 0],
  ['bins', 0],
  ['size', 0],
];

/** The sparse buckets of a sentence (`n × SPARSE.length`), into `2^bits` buckets. */
function sparseOf(v: SentenceView, bits: number): Int32Array {
  const n = v.length;
  if (!bits) return new Int32Array(0);
  const K = SPARSE.length;
  const out = new Int32Array(n * K);
  const mask = (1 << bits) - 1;
  for (let i = 0; i < n; i++)
    SPARSE.forEach(([field, offset], k) => {
      const j = i + offset;
      const arr =
        field === 'class0'
          ? v.classes[0]!
          : field === 'class1'
            ? v.classes[v.classes.length - 1]!
            : (v[field] as Int32Array);
      const value = j < 0 ? -1 : j >= n ? -2 : arr[j]!;
      let h = Math.imul(0x811c9dc5 ^ (k + 1), 0x01000193);
      h = Math.imul(h ^ value, 0x01000193);
      h ^= h >>> 15;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      out[i * K + k] = (h >>> 0) & mask;
    });
  return out;
}

/** Each token's vector row, or UNK. */
function rowsOf(tokens: string[], table: VectorTable): Int32Array {
  return Int32Array.from(
    tokens,
    (t) => table.index.get(stripClitics(normalizeWord(t)).stem) ?? UNK,
  );
}

/** A trained network and what it reads. */
export interface Net {
  p: Float32Array;
  L: Layout;
  table: VectorTable;
  sparseBits: number;
  /** The perceptron whose scores are stacked or mixed in, and their spread. */
  perceptron?: { tagger: Tagger; sigma: number };
  /** The perceptron's weight in the product at tagging time (0: none). */
  mix: number;
}

/** The network's input for a sentence. */
export function netInput(net: Net, tokens: string[], v: SentenceView): NetInput {
  const n = tokens.length;
  return {
    n,
    rows: rowsOf(tokens, net.table),
    sparse: sparseOf(v, net.sparseBits),
    stack:
      net.perceptron && net.L.shape.S
        ? stackOf(net.perceptron.tagger, v, net.perceptron.sigma)
        : new Float32Array(n * net.L.shape.S),
    ...(net.L.char.F ? { char: charInput(tokens) } : {}),
  };
}
