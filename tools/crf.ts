/**
 * A linear-chain CRF trainer for the tagger (issue 14's "CRF trained with L-BFGS" lever): the same
 * hashed features (lib/nlp/features.ts), tags and BIO-constrained first-order transitions as the
 * perceptron of tools/train.ts, and the same quantised `Tagger` out of it — the model file, its size
 * class and the decoding (Viterbi) are unchanged; only the weights are learnt differently.
 *
 * Objective: the negative conditional log-likelihood of the gold tags plus an L2 prior
 * `‖w‖² / (2σ²)`, minimised with L-BFGS (our own, below). Disallowed transitions (an I-X that does
 * not follow B-X or I-X, or starts the sentence) have probability zero: they are left out of the
 * partition function, as the decoder leaves them out of its search, and their weights stay 0. Only
 * the feature buckets that occur in the training data are optimised (a dense index over them; the
 * others stay 0, as with the perceptron). Single-threaded, fixed order, Float64 sums: the same data
 * in the same order gives the same model bit for bit. The objective is convex, so the result does
 * not depend on a seed; `seed` only reorders the sentences (which changes the rounding of the sums).
 */
import type { Sentence } from '../lib/nlp/corpus';
import { featureCount, tokenFeatures, viewOf } from '../lib/nlp/features';
import type { Gazetteer } from '../lib/nlp/gazetteer';
import type { Lexicon } from '../lib/nlp/lexicon';
import { Tagger, type ModelMeta } from '../lib/nlp/model';
import { TAGS, TAG_INDEX, allowedTransition } from '../lib/nlp/tags';
import { prng } from './random';
import { lbfgs, type Objective } from './lbfgs';
import { quantize } from './train';

const T = TAGS.length;
/** The transition weight's index, in the Tagger's layout: row `T` holds the start scores. */
const trIndex = (from: number, to: number) => (from < 0 ? T : from) * T + to;
/** Whether a transition weight (same layout) may be used: the BIO constraint. */
const ALLOWED = new Uint8Array((T + 1) * T);
for (let from = -1; from < T; from++)
  for (let to = 0; to < T; to++) ALLOWED[trIndex(from, to)] = allowedTransition(from, to) ? 1 : 0;

/** Training options. */
export interface CrfOptions {
  bits: number;
  /** Variance σ² of the Gaussian prior (L2 penalty `‖w‖² / (2σ²)`). */
  sigma2: number;
  /** Most L-BFGS iterations. */
  iterations: number;
  /** L-BFGS history (pairs of vectors kept); 6 by default. */
  memory?: number;
  /**
   * Stop earlier when the objective improved by less than this fraction over the last ten
   * iterations (1e-5 by default; 0: run all iterations).
   */
  delta?: number;
  /** If set, the sentences are visited in an order shuffled with this seed (only rounding moves). */
  seed?: number;
  /** Keep the float weights (unquantised: for measuring what int8 costs; cannot be serialised). */
  float?: boolean;
  trainedOn: string[];
  onIteration?: (iteration: number, loss: number, gradNorm: number, evaluations: number) => void;
}

/** One training sentence: per token `F` dense feature indexes, and the gold tag indexes. */
export interface CrfExample {
  feats: Int32Array;
  gold: Int32Array;
  n: number;
}

/** What training reports beside the tagger. */
export interface CrfReport {
  iterations: number;
  evaluations: number;
  loss: number;
  /** Parameters optimised: used buckets × tags, plus the transitions. */
  parameters: number;
  /** Gold I-X tags that broke the BIO constraint, read as B-X (what `spans` reads them as). */
  repaired: number;
}

/** Trains a CRF and returns a quantised tagger (and what training did). */
export function trainCrf(
  sentences: Sentence[],
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  o: CrfOptions,
): { tagger: Tagger; report: CrfReport } {
  const mask = (1 << o.bits) - 1;
  const F = featureCount(lexicon);
  const order = sentences.map((_, i) => i);
  if (o.seed !== undefined) {
    const random = prng(o.seed);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  // Dense index of the buckets the training data uses, in order of first use.
  const dense = new Int32Array(mask + 1).fill(-1);
  const buckets: number[] = [];
  const tmp = new Int32Array(F);
  let repaired = 0;
  const examples: CrfExample[] = [];
  for (const k of order) {
    const s = sentences[k]!;
    const n = s.tokens.length;
    if (!n) continue;
    const v = viewOf(s.tokens, gazetteer, lexicon);
    const feats = new Int32Array(n * F);
    for (let i = 0; i < n; i++) {
      if (tokenFeatures(v, i, mask, tmp) !== F) throw new Error('feature count changed');
      for (let j = 0; j < F; j++) {
        const b = tmp[j]!;
        if (dense[b] === -1) {
          dense[b] = buckets.length;
          buckets.push(b);
        }
        feats[i * F + j] = dense[b]!;
      }
    }
    const gold = repairBio(s.tags.map((t) => TAG_INDEX.get(t) ?? 0));
    repaired += gold.repaired;
    examples.push({ feats, gold: gold.tags, n });
  }
  const D = buckets.length;
  const objective = crfObjective(examples, D, F, o.sigma2);
  const x = new Float64Array(D * T + (T + 1) * T);
  const run = lbfgs(objective, x, {
    iterations: o.iterations,
    memory: o.memory ?? 6,
    delta: o.delta ?? 1e-5,
    onIteration: o.onIteration,
  });
  // Back to the Tagger's layout: `2^bits × T` emission weights, unused buckets 0.
  const weights = new Float64Array((mask + 1) * T);
  for (let d = 0; d < D; d++)
    for (let y = 0; y < T; y++) weights[buckets[d]! * T + y] = x[d * T + y]!;
  const transitions = Float32Array.from(x.subarray(D * T));
  const report: CrfReport = { ...run, parameters: x.length, repaired };
  if (o.float) {
    const meta = metaOf(o, 1, run.iterations, gazetteer);
    return { tagger: new Tagger(meta, Float32Array.from(weights), transitions, lexicon), report };
  }
  const { q, scale } = quantize(weights, 1);
  return {
    tagger: new Tagger(metaOf(o, scale, run.iterations, gazetteer), q, transitions, lexicon),
    report,
  };
}

function metaOf(o: CrfOptions, scale: number, iterations: number, gazetteer: Gazetteer): ModelMeta {
  return {
    version: 2,
    tags: TAGS,
    bits: o.bits,
    scale,
    // The file's `epochs` records the L-BFGS iterations run; one model, no ensemble.
    epochs: iterations,
    seed: o.seed ?? 0,
    ensemble: 1,
    trainedOn: o.trainedOn,
    gazetteer: gazetteer.toJSON(),
  };
}

/**
 * A gold tag sequence the constrained model can produce: an I-X where the BIO constraint forbids
 * it (after O or another type, or first) becomes B-X — the span `spans` reads there anyway.
 */
export function repairBio(tags: number[]): { tags: Int32Array; repaired: number } {
  const out = Int32Array.from(tags);
  let repaired = 0;
  for (let i = 0; i < out.length; i++) {
    if (allowedTransition(i ? out[i - 1]! : -1, out[i]!)) continue;
    out[i] = TAG_INDEX.get(`B-${TAGS[out[i]!]!.slice(2)}`)!;
    repaired++;
  }
  return { tags: out, repaired };
}

/** Scratch arrays for one sentence of up to `n` tokens. */
class Lattice {
  emit: Float64Array;
  /** Scaled forward and backward values, and the per-token normalisers. */
  alpha: Float64Array;
  beta: Float64Array;
  z: Float64Array;
  /** `exp(emit − max)` per token. */
  psi: Float64Array;
  constructor(n: number) {
    this.emit = new Float64Array(n * T);
    this.alpha = new Float64Array(n * T);
    this.beta = new Float64Array(n * T);
    this.z = new Float64Array(n);
    this.psi = new Float64Array(n * T);
  }
}

/** exp of the allowed transitions, shifted by their maximum (so no entry exceeds 1). */
interface Potentials {
  /** `(T + 1) × T`, the Tagger's layout; 0 where disallowed. */
  m: Float64Array;
  /** The shift of the transition rows (`trMax`) and of the start row (`startMax`). */
  trMax: number;
  startMax: number;
}

function potentials(tr: ArrayLike<number>): Potentials {
  let trMax = -Infinity;
  let startMax = -Infinity;
  for (let k = 0; k < (T + 1) * T; k++) {
    if (!ALLOWED[k]) continue;
    if (k >= T * T) startMax = Math.max(startMax, tr[k]!);
    else trMax = Math.max(trMax, tr[k]!);
  }
  const m = new Float64Array((T + 1) * T);
  for (let k = 0; k < (T + 1) * T; k++)
    if (ALLOWED[k]) m[k] = Math.exp(tr[k]! - (k >= T * T ? startMax : trMax));
  return { m, trMax, startMax };
}

/**
 * Scaled forward–backward over the lattice's `emit` (n × T): returns log Z, the log of the sum
 * over allowed tag sequences of exp(score); leaves `alpha`, `beta`, `z`, `psi` for the marginals
 * (`alpha[i,y]·beta[i,y]` is P(y_i = y)). Infinity if the sums overflow or underflow (a line
 * search step too far).
 */
function forwardBackward(L: Lattice, n: number, P: Potentials, backward: boolean): number {
  const { emit, alpha, beta, z, psi } = L;
  const { m } = P;
  let logZ = P.startMax + (n - 1) * P.trMax;
  for (let i = 0; i < n; i++) {
    const row = i * T;
    let c = -Infinity;
    for (let y = 0; y < T; y++) c = Math.max(c, emit[row + y]!);
    for (let y = 0; y < T; y++) psi[row + y] = Math.exp(emit[row + y]! - c);
    let sum = 0;
    if (i === 0) {
      for (let y = 0; y < T; y++) {
        const a = m[T * T + y]! * psi[y]!;
        alpha[y] = a;
        sum += a;
      }
    } else {
      const prev = row - T;
      for (let y = 0; y < T; y++) {
        let s = 0;
        for (let p = 0; p < T; p++) s += alpha[prev + p]! * m[p * T + y]!;
        const a = s * psi[row + y]!;
        alpha[row + y] = a;
        sum += a;
      }
    }
    if (!(sum > 0) || !Number.isFinite(sum)) return Infinity;
    z[i] = sum;
    for (let y = 0; y < T; y++) alpha[row + y]! /= sum;
    logZ += c + Math.log(sum);
  }
  if (!Number.isFinite(logZ)) return Infinity;
  if (!backward) return logZ;
  const last = (n - 1) * T;
  for (let y = 0; y < T; y++) beta[last + y] = 1;
  for (let i = n - 2; i >= 0; i--) {
    const row = i * T;
    const next = row + T;
    const zi = z[i + 1]!;
    for (let p = 0; p < T; p++) {
      let s = 0;
      for (let y = 0; y < T; y++) s += m[p * T + y]! * psi[next + y]! * beta[next + y]!;
      beta[row + p] = s / zi;
    }
  }
  return logZ;
}

/**
 * log Z of one sentence from its emission scores (`n × T`) and transitions (`(T + 1) × T`, row `T`
 * the start): what training normalises by (exported for the unit test against enumeration).
 */
export function logPartition(emit: ArrayLike<number>, tr: ArrayLike<number>, n: number): number {
  const L = new Lattice(n);
  L.emit.set(Array.from({ length: n * T }, (_, k) => emit[k]!));
  return forwardBackward(L, n, potentials(tr), false);
}

/**
 * The CRF's objective over `examples` (features are dense indexes below `D`): the summed negative
 * log-likelihood of the gold tags plus `‖x‖² / (2σ²)`. `x` holds `D × T` emission weights and then
 * the `(T + 1) × T` transitions.
 */
export function crfObjective(
  examples: CrfExample[],
  D: number,
  F: number,
  sigma2: number,
): Objective {
  const maxN = examples.reduce((a, e) => Math.max(a, e.n), 1);
  const L = new Lattice(maxN);
  const marg = new Float64Array(T);
  const E = D * T;
  return (x, g) => {
    g.fill(0);
    const tr = x.subarray(E);
    const gt = g.subarray(E);
    const P = potentials(tr);
    let loss = 0;
    for (const { feats, gold, n } of examples) {
      const { emit, alpha, beta, z, psi } = L;
      emit.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        const row = i * T;
        for (let j = 0; j < F; j++) {
          const base = feats[i * F + j]! * T;
          for (let y = 0; y < T; y++) emit[row + y]! += x[base + y]!;
        }
      }
      const logZ = forwardBackward(L, n, P, true);
      if (logZ === Infinity) return Infinity;
      let goldScore = tr[trIndex(-1, gold[0]!)]!;
      for (let i = 0; i < n; i++) {
        goldScore += emit[i * T + gold[i]!]!;
        if (i) goldScore += tr[trIndex(gold[i - 1]!, gold[i]!)]!;
      }
      loss += logZ - goldScore;
      // Emission gradient: expected minus observed counts of each (feature, tag).
      for (let i = 0; i < n; i++) {
        const row = i * T;
        for (let y = 0; y < T; y++) marg[y] = alpha[row + y]! * beta[row + y]!;
        marg[gold[i]!]! -= 1;
        for (let j = 0; j < F; j++) {
          const base = feats[i * F + j]! * T;
          for (let y = 0; y < T; y++) g[base + y]! += marg[y]!;
        }
        if (i === 0) for (let y = 0; y < T; y++) gt[T * T + y]! += marg[y]!;
      }
      // Transition gradient: expected minus observed pairs.
      for (let i = 1; i < n; i++) {
        const prev = (i - 1) * T;
        const row = i * T;
        const zi = z[i]!;
        for (let p = 0; p < T; p++) {
          const a = alpha[prev + p]! / zi;
          if (a === 0) continue;
          for (let y = 0; y < T; y++) {
            const k = p * T + y;
            if (P.m[k] === 0) continue;
            gt[k]! += a * P.m[k]! * psi[row + y]! * beta[row + y]!;
          }
        }
        gt[trIndex(gold[i - 1]!, gold[i]!)]! -= 1;
      }
    }
    // The prior.
    const inv = 1 / sigma2;
    let sq = 0;
    for (let k = 0; k < x.length; k++) {
      sq += x[k]! * x[k]!;
      g[k]! += x[k]! * inv;
    }
    return loss + 0.5 * inv * sq;
  };
}

/**
 * The CRF options of a scripts/ner-levers.ts variant: `crf<σ²>` (1 by default), `it<N>` (most
 * L-BFGS iterations, 300 by default), `mem<M>` (history, 6), `float` (no int8 quantisation);
 * `seed<N>` reorders the sentences. Perceptron-only options are refused.
 */
export function leverOptions(
  opts: Map<string, string>,
  base: { bits: number; seed?: number; trainedOn: string[] },
): CrfOptions {
  for (const o of ['ens', 'ep', 'cost'])
    if (opts.has(o)) throw new Error(`${o} is a perceptron option; the CRF has none`);
  const number = (key: string, fallback: number) =>
    opts.get(key) ? Number(opts.get(key)) : fallback;
  return {
    ...base,
    sigma2: number('crf', 1),
    iterations: number('it', 300),
    memory: number('mem', 6),
    float: opts.has('float'),
  };
}
