/**
 * The network of the neural tagger lever (issue 14; tools/nn-tagger.ts builds its inputs, trains
 * and measures it): a Collobert-style window network with a CRF output layer, in plain TypeScript
 * on Float32Arrays.
 *
 * Per token `i`: the dense input `x_i` is the word vectors of the tokens `i − w … i + w` (frozen,
 * learnt from the unlabelled text; three learnt rows for an unknown word and the two sentence
 * boundaries), optionally the char features of the words `i − c … i + c` (`F` per word, a char CNN
 * over the word's letters trained with the rest: tools/nn-char.ts) and `S` stacked numbers (the perceptron's scores around the token, or nothing); a
 * sparse input is `K` hashed feature buckets (affixes, shape, clitic, gazetteer, word classes), each
 * a learnt row of `H` numbers added to the hidden layer. One hidden layer, hard-tanh (or ReLU):
 * `h = act(Win·x + Σ_k Ws[bucket_k] + b1)`; per-tag scores `emit = W2·h + Wsk·stack + b2` (the
 * skip connection lets the stacked scores reach the output directly); the BIO-constrained
 * first-order transitions of the shipped tagger on top, trained on the sentence-level
 * log-likelihood (a CRF) and decoded with the shipped Viterbi (lib/nlp/model.ts).
 *
 * Training is per sentence with AdaGrad (sparse rows updated only where used), inverted dropout
 * on the hidden layer, and a seeded PRNG for initialisation, order and dropout: the same data,
 * options and seed give the same weights bit for bit.
 */
import { TAGS } from '../lib/nlp/tags';
import { ALPHABET, charBackward, charFeatures, type CharInput, type CharLayout } from './nn-char';
import { crfLoss } from './nn-crf';
import { directionSize, lstmBackward, lstmForward, LstmScratch, type LstmLayout } from './nn-lstm';
import type { Projections } from './nn-projections';
import { prng } from './random';

export { AdaGrad } from './nn-adagrad';
export { Projections } from './nn-projections';

const T = TAGS.length;
/** The network's sizes. */
export interface NetShape {
  /** Word-vector dimensions. */
  D: number;
  /** Window half-width: `2w + 1` positions. */
  w: number;
  /** Stacked inputs per token. */
  S: number;
  /** Sparse buckets (0: no sparse input). */
  B: number;
  /** Hidden units. */
  H: number;
  /** ReLU instead of hard-tanh. */
  relu?: boolean;
  /** Char-CNN filters (tools/nn-char.ts; 0 or absent: no char block). */
  F?: number;
  /** Char embedding dimensions (16). */
  E?: number;
  /** Char window half-width: the char features of `i − c … i + c` are read (1). */
  c?: number;
  /** BiLSTM units per direction over the hidden layer (tools/nn-lstm.ts; 0 or absent: none). */
  R?: number;
}

/** One sentence as the network reads it. */
export interface NetInput {
  n: number;
  /** Per token, its row in the vector table; `UNK` (−1) for a word without a vector. */
  rows: Int32Array;
  /** `n × K` sparse buckets (`K` = `sparse.length / n`). */
  sparse: Int32Array;
  /** `n × S` stacked inputs. */
  stack: Float32Array;
  /** The words' letters, when the network has a char block. */
  char?: CharInput;
}

/** A word without a vector. */
export const UNK = -1;

/** Offsets of the parameter blocks in one Float32Array. */
export interface Layout {
  shape: NetShape;
  /** Dense input width: `(2w + 1)·D + (2c + 1)·F + S` (vectors, char features, stacked). */
  din: number;
  /** Where the char features start in the dense input: `(2w + 1)·D`. */
  vo: number;
  win: number;
  ws: number;
  b1: number;
  w2: number;
  wsk: number;
  b2: number;
  tr: number;
  /** The three learnt vectors: unknown word, before the sentence, after it. */
  extra: number;
  /** The char block's parameters (after `extra`; empty without one). */
  char: CharLayout;
  /** The BiLSTM's parameters (after the char block; empty without one). */
  lstm: LstmLayout;
  size: number;
}

export function layoutOf(shape: NetShape): Layout {
  const { D, w, S, B, H } = shape;
  const F = shape.F ?? 0;
  const E = F ? (shape.E ?? 16) : 0;
  const c = shape.c ?? 1;
  const vo = (2 * w + 1) * D;
  const din = vo + (F ? (2 * c + 1) * F : 0) + S;
  let at = 0;
  const take = (k: number) => ((at += k), at - k);
  const win = take(H * din);
  const ws = take(B * H);
  const b1 = take(H);
  const w2 = take(T * H);
  const wsk = take(T * S);
  const b2 = take(T);
  const tr = take((T + 1) * T);
  const extra = take(3 * D);
  const char = { F, E, emb: take(F ? ALPHABET * E : 0), conv: take(F * 3 * E), bias: take(F) };
  const R = shape.R ?? 0;
  const lstm: LstmLayout = {
    R,
    dirs: [take(directionSize(R, H)), take(directionSize(R, H))],
    out: take(T * 2 * R),
  };
  return { shape, din, vo, win, ws, b1, w2, wsk, b2, tr, extra, char, lstm, size: at };
}

/** Seeded initial parameters: Glorot-uniform layers, small sparse rows, zero biases and transitions. */
export function initParams(L: Layout, seed: number): Float32Array {
  const { H, B, D, S } = L.shape;
  const random = prng(seed);
  const p = new Float32Array(L.size);
  const fill = (at: number, count: number, limit: number) => {
    for (let k = 0; k < count; k++) p[at + k] = (2 * random() - 1) * limit;
  };
  fill(L.win, H * L.din, Math.sqrt(6 / (L.din + H)));
  fill(L.ws, B * H, 0.05);
  fill(L.w2, T * H, Math.sqrt(6 / (H + T)));
  fill(L.wsk, T * S, Math.sqrt(6 / (S + T)));
  fill(L.extra, 3 * D, 0.1);
  // The char block (drawn last: a network without one keeps the weights it had before it existed).
  const { F, E } = L.char;
  if (F) {
    fill(L.char.emb, ALPHABET * E, Math.sqrt(3 / E));
    fill(L.char.conv, F * 3 * E, Math.sqrt(6 / (3 * E + F)));
  }
  const { R } = L.lstm;
  if (R)
    for (const at of L.lstm.dirs) {
      fill(at, 4 * R * H, Math.sqrt(6 / (H + 4 * R)));
      fill(at + 4 * R * H, 4 * R * R, Math.sqrt(6 / (5 * R)));
      // The forget gates' biases at 1 (remember by default).
      for (let k = 0; k < R; k++) p[at + 4 * R * (H + R) + R + k] = 1;
    }
  if (R) fill(L.lstm.out, T * 2 * R, Math.sqrt(6 / (2 * R + T)));
  return p;
}

/** Scratch arrays for one sentence. */
export class Workspace {
  x: Float32Array;
  pre: Float32Array;
  h: Float32Array;
  emit: Float32Array;
  dEmit: Float64Array;
  dh: Float32Array;
  alpha: Float64Array;
  beta: Float64Array;
  /** Per word: its char features, the window each filter's maximum came from, their gradient. */
  cz: Float32Array;
  carg: Int32Array;
  cdz: Float32Array;
  lstm: LstmScratch | undefined;
  constructor(
    readonly L: Layout,
    public capacity: number,
  ) {
    const { H } = L.shape;
    this.x = new Float32Array(capacity * L.din);
    this.pre = new Float32Array(capacity * H);
    this.h = new Float32Array(capacity * H);
    this.emit = new Float32Array(capacity * T);
    this.dEmit = new Float64Array(capacity * T);
    this.dh = new Float32Array(H);
    this.alpha = new Float64Array(capacity * T);
    this.beta = new Float64Array(capacity * T);
    this.cz = new Float32Array(capacity * L.char.F);
    this.carg = new Int32Array(capacity * L.char.F);
    this.cdz = new Float32Array(capacity * L.char.F);
    this.lstm = L.lstm.R ? new LstmScratch(L.lstm.R, H, capacity) : undefined;
  }
  /** This workspace, or a larger one for `n` tokens. */
  fit(n: number): Workspace {
    return n <= this.capacity ? this : new Workspace(this.L, Math.max(n, 2 * this.capacity));
  }
}

/**
 * Per-tag scores of a sentence into `ws.emit` (`n × T`). `vectors` is the frozen table
 * (`rows × D`); with `dropout` (a PRNG and a rate) hidden units are dropped and the rest scaled.
 * With `cache` (tagging only, no gradient follows) the window's vectors are read as cached
 * products (the same sums in another order).
 */
export function forward(
  p: Float32Array,
  L: Layout,
  vectors: Float32Array,
  s: NetInput,
  ws: Workspace,
  dropout?: { random: () => number; rate: number },
  cache?: Projections,
): void {
  const { D, w, S, H, relu } = L.shape;
  const { din } = L;
  const n = s.n;
  const K = n ? s.sparse.length / n : 0;
  const { x, pre, h, emit } = ws;
  const { F } = L.char;
  const c = L.shape.c ?? 1;
  const ch = F ? s.char : undefined;
  if (F && !ch) throw new Error('the network reads letters: the input has none');
  if (ch && !cache)
    for (let j = 0; j < n; j++)
      charFeatures(p, L.char, ch.chars, ch.at[j]!, ch.at[j + 1]!, ws.cz, j * F, ws.carg);
  for (let i = 0; i < n; i++) {
    const ho = i * H;
    if (cache) {
      for (let u = 0; u < H; u++) {
        let a = p[L.b1 + u]!;
        const wo = L.win + u * din + din - S;
        for (let k = 0; k < S; k++) a += p[wo + k]! * s.stack[i * S + k]!;
        pre[ho + u] = a;
      }
      for (let q = 0; q < 2 * w + 1; q++) {
        const j = i + q - w;
        const z = cache.get(p, L, vectors, j < 0 ? -2 : j >= n ? -3 : s.rows[j]!);
        for (let u = 0; u < H; u++) pre[ho + u]! += z[q * H + u]!;
      }
      if (ch)
        for (let q = 0; q < 2 * c + 1; q++) {
          const j = i + q - c;
          if (j < 0 || j >= n) continue;
          const z = cache.chars(p, L, ch, j);
          for (let u = 0; u < H; u++) pre[ho + u]! += z[q * H + u]!;
        }
    } else {
      // The dense input: the window's vectors, then the stacked numbers.
      const xo = i * din;
      for (let q = 0; q < 2 * w + 1; q++) {
        const j = i + q - w;
        const r = j < 0 ? -2 : j >= n ? -3 : s.rows[j]!;
        const src = r >= 0 ? vectors : p;
        const at = r >= 0 ? r * D : L.extra + (-r - 1) * D;
        for (let d = 0; d < D; d++) x[xo + q * D + d] = src[at + d]!;
      }
      // The char features of the char window (zeros outside the sentence).
      if (ch)
        for (let q = 0; q < 2 * c + 1; q++) {
          const j = i + q - c;
          const at = xo + L.vo + q * F;
          for (let f = 0; f < F; f++) x[at + f] = j < 0 || j >= n ? 0 : ws.cz[j * F + f]!;
        }
      for (let k = 0; k < S; k++) x[xo + din - S + k] = s.stack[i * S + k]!;
      for (let u = 0; u < H; u++) {
        let a = p[L.b1 + u]!;
        const wo = L.win + u * din;
        for (let k = 0; k < din; k++) a += p[wo + k]! * x[xo + k]!;
        pre[ho + u] = a;
      }
    }
    for (let k = 0; k < K; k++) {
      const ro = L.ws + s.sparse[i * K + k]! * H;
      for (let u = 0; u < H; u++) pre[ho + u]! += p[ro + u]!;
    }
    for (let u = 0; u < H; u++) {
      const a = pre[ho + u]!;
      let v = relu ? (a > 0 ? a : 0) : a > 1 ? 1 : a < -1 ? -1 : a;
      if (dropout) v = dropout.random() < dropout.rate ? 0 : v / (1 - dropout.rate);
      h[ho + u] = v;
    }
    for (let y = 0; y < T; y++) {
      let e = p[L.b2 + y]!;
      const wo = L.w2 + y * H;
      for (let u = 0; u < H; u++) e += p[wo + u]! * h[ho + u]!;
      const so = L.wsk + y * S;
      for (let k = 0; k < S; k++) e += p[so + k]! * s.stack[i * S + k]!;
      emit[i * T + y] = e;
    }
  }
  if (ws.lstm) lstmForward(p, L.lstm, H, h, n, ws.lstm, emit);
}

/**
 * Adds to `g` the gradient of `Σ dEmit·emit` through the network (after `forward` with the same
 * dropout); the sparse rows touched are added to `touched`.
 */
export function backward(
  p: Float32Array,
  L: Layout,
  s: NetInput,
  ws: Workspace,
  g: Float32Array,
  touched: Set<number>,
): void {
  const { D, w, S, H, relu } = L.shape;
  const { din } = L;
  const n = s.n;
  const K = n ? s.sparse.length / n : 0;
  const { x, pre, h, dEmit, dh } = ws;
  const { F } = L.char;
  const c = L.shape.c ?? 1;
  const ch = F ? s.char : undefined;
  if (ch) ws.cdz.fill(0, 0, n * F);
  if (ws.lstm) lstmBackward(p, L.lstm, H, h, n, ws.lstm, dEmit, g);
  for (let i = 0; i < n; i++) {
    const ho = i * H;
    if (ws.lstm) dh.set(ws.lstm.dhx.subarray(ho, ho + H));
    else dh.fill(0);
    for (let y = 0; y < T; y++) {
      const d = dEmit[i * T + y]!;
      if (d === 0) continue;
      g[L.b2 + y]! += d;
      const wo = L.w2 + y * H;
      for (let u = 0; u < H; u++) {
        g[wo + u]! += d * h[ho + u]!;
        dh[u]! += d * p[wo + u]!;
      }
      const so = L.wsk + y * S;
      for (let k = 0; k < S; k++) g[so + k]! += d * s.stack[i * S + k]!;
    }
    // Through the activation (and dropout: a dropped unit has h = 0 and passes nothing).
    for (let u = 0; u < H; u++) {
      const a = pre[ho + u]!;
      const open = relu ? a > 0 : a > -1 && a < 1;
      dh[u] = open && h[ho + u] !== 0 ? (dh[u]! * h[ho + u]!) / activation(a, relu) : 0;
    }
    const xo = i * din;
    for (let u = 0; u < H; u++) {
      const d = dh[u]!;
      if (d === 0) continue;
      g[L.b1 + u]! += d;
      const wo = L.win + u * din;
      for (let k = 0; k < din; k++) g[wo + k]! += d * x[xo + k]!;
    }
    for (let k = 0; k < K; k++) {
      const b = s.sparse[i * K + k]!;
      touched.add(b);
      const ro = L.ws + b * H;
      for (let u = 0; u < H; u++) g[ro + u]! += dh[u]!;
    }
    // The learnt vectors (unknown word, sentence boundaries) in the window.
    for (let q = 0; q < 2 * w + 1; q++) {
      const j = i + q - w;
      const r = j < 0 ? -2 : j >= n ? -3 : s.rows[j]!;
      if (r >= 0) continue;
      const go = L.extra + (-r - 1) * D;
      for (let u = 0; u < H; u++) {
        const d = dh[u]!;
        if (d === 0) continue;
        const wo = L.win + u * din + q * D;
        for (let k = 0; k < D; k++) g[go + k]! += d * p[wo + k]!;
      }
    }
    // The char features of the window: their gradient, gathered per word.
    if (ch)
      for (let q = 0; q < 2 * c + 1; q++) {
        const j = i + q - c;
        if (j < 0 || j >= n) continue;
        for (let u = 0; u < H; u++) {
          const d = dh[u]!;
          if (d === 0) continue;
          const wo = L.win + u * din + L.vo + q * F;
          for (let f = 0; f < F; f++) ws.cdz[j * F + f]! += d * p[wo + f]!;
        }
      }
  }
  // Through each word's max-pool and convolution, into the char embeddings.
  if (ch)
    for (let j = 0; j < n; j++)
      charBackward(p, L.char, ch.chars, ch.at[j]!, ws.cz, ws.carg, ws.cdz, j * F, g);
}

/** The activation's value (for recovering the dropout scale: `h / act(pre)`). */
function activation(a: number, relu?: boolean): number {
  return relu ? Math.max(0, a) : Math.max(-1, Math.min(1, a));
}

/** Loss and gradient of one sentence (no dropout): for the gradient check and the tests. */
export function sentenceLoss(
  p: Float32Array,
  L: Layout,
  vectors: Float32Array,
  s: NetInput,
  gold: Int32Array,
  g: Float32Array,
): number {
  const ws = new Workspace(L, Math.max(1, s.n));
  forward(p, L, vectors, s, ws);
  const loss = crfLoss(p, L, gold, s.n, ws, g);
  backward(p, L, s, ws, g, new Set());
  return loss;
}
