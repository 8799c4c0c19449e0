/**
 * Structured averaged perceptron training (Collins 2002) for the tagger, deterministic for a seed:
 * the same data and seed give the same model, bit for bit.
 */
import type { Sentence } from './corpus';
import { MAX_FEATURES, tokenFeatures, viewOf } from './features';
import type { Gazetteer } from './gazetteer';
import { Tagger, viterbi, type ModelMeta } from './model';
import { TAGS, TAG_INDEX } from './tags';
import { prng } from '../random';

const T = TAGS.length;

/** Training options. */
export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  trainedOn: string[];
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

/** Trains and returns a quantised tagger. */
export function train(sentences: Sentence[], gazetteer: Gazetteer, o: TrainOptions): Tagger {
  const mask = (1 << o.bits) - 1;
  const buckets = mask + 1;
  const w = new Float32Array(buckets * T);
  const wAcc = new Float64Array(buckets * T);
  const tr = new Float32Array((T + 1) * T);
  const trAcc = new Float64Array((T + 1) * T);
  const data = sentences.map((s) => {
    const v = viewOf(s.tokens, gazetteer);
    const feats = new Int32Array(s.tokens.length * MAX_FEATURES);
    const tmp = new Int32Array(MAX_FEATURES);
    for (let i = 0; i < s.tokens.length; i++) {
      // Training reads MAX_FEATURES per token; decoding reads what tokenFeatures wrote.
      if (tokenFeatures(v, i, mask, tmp) !== MAX_FEATURES) throw new Error('feature count changed');
      feats.set(tmp, i * MAX_FEATURES);
    }
    return { feats, gold: s.tags.map((t) => TAG_INDEX.get(t) ?? 0), n: s.tokens.length };
  });
  const random = prng(o.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  const update = (i: number, feats: Int32Array, y: number, d: number) => {
    for (let j = 0; j < MAX_FEATURES; j++) {
      const idx = feats[i * MAX_FEATURES + j]! * T + y;
      w[idx]! += d;
      wAcc[idx]! += c * d;
    }
  };
  const updateTr = (p: number, y: number, d: number) => {
    const idx = (p < 0 ? T : p) * T + y;
    tr[idx]! += d;
    trAcc[idx]! += c * d;
  };
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const { feats, gold, n } = data[idx]!;
      const emit = new Float32Array(n * T);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < MAX_FEATURES; j++) {
          const base = feats[i * MAX_FEATURES + j]! * T;
          for (let y = 0; y < T; y++) emit[i * T + y]! += w[base + y]!;
        }
      }
      const pred = viterbi(emit, tr, n);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          update(i, feats, g, 1);
          update(i, feats, p, -1);
        }
        const gp = i ? gold[i - 1]! : -1;
        const pp = i ? pred[i - 1]! : -1;
        if (g !== p || gp !== pp) {
          updateTr(gp, g, 1);
          updateTr(pp, p, -1);
        }
      }
      c++;
    }
    o.onEpoch?.(epoch, errors, tokens);
  }
  // Average, then quantise the emission weights to int8 with one scale.
  const avg = new Float32Array(w.length);
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) {
    avg[i] = w[i]! - wAcc[i]! / c;
    maxAbs = Math.max(maxAbs, Math.abs(avg[i]!));
  }
  const scale = maxAbs / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++)
    q[i] = Math.max(-127, Math.min(127, Math.round(avg[i]! / scale)));
  const trAvg = new Float32Array(tr.length);
  for (let i = 0; i < tr.length; i++) trAvg[i] = tr[i]! - trAcc[i]! / c;
  const meta: ModelMeta = {
    version: 1,
    tags: TAGS,
    bits: o.bits,
    scale,
    epochs: o.epochs,
    seed: o.seed,
    trainedOn: o.trainedOn,
    gazetteer: gazetteer.toJSON(),
  };
  return new Tagger(meta, q, trAvg);
}
