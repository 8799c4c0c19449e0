/**
 * The neural tagger's output layer (tools/nn-net.ts): a linear-chain CRF over the network's per-tag
 * scores with the shipped tagger's BIO-constrained first-order transitions — the sentence-level
 * log-likelihood and its gradient, by forward–backward in log space.
 */
import { TAGS, allowedTransition } from '../lib/nlp/tags';
import type { Layout, Workspace } from './nn-net';

const T = TAGS.length;
/** The transition weight's index, in the Tagger's layout: row `T` holds the start scores. */
export const trIndex = (from: number, to: number) => (from < 0 ? T : from) * T + to;
const ALLOWED = new Uint8Array((T + 1) * T);
for (let from = -1; from < T; from++)
  for (let to = 0; to < T; to++) ALLOWED[trIndex(from, to)] = allowedTransition(from, to) ? 1 : 0;

/**
 * The CRF's negative log-likelihood of `gold` given `ws.emit` and the transitions in `p`; leaves
 * in `ws.dEmit` its gradient with respect to the scores (marginals minus the gold one-hot) and adds
 * the transitions' gradient to `g`. Disallowed transitions are out of the sum (as in decoding).
 */
export function crfLoss(
  p: Float32Array,
  L: Layout,
  gold: Int32Array,
  n: number,
  ws: Workspace,
  g: Float32Array,
): number {
  const { emit, alpha, beta, dEmit } = ws;
  const tr = (k: number) => p[L.tr + k]!;
  // Log-space forward and backward, each step shifted by its maximum.
  for (let y = 0; y < T; y++)
    alpha[y] = ALLOWED[trIndex(-1, y)] ? tr(trIndex(-1, y)) + emit[y]! : -Infinity;
  for (let i = 1; i < n; i++)
    for (let y = 0; y < T; y++) {
      let m = -Infinity;
      for (let q = 0; q < T; q++)
        if (ALLOWED[q * T + y]) m = Math.max(m, alpha[(i - 1) * T + q]! + tr(q * T + y));
      let sum = 0;
      for (let q = 0; q < T; q++)
        if (ALLOWED[q * T + y]) sum += Math.exp(alpha[(i - 1) * T + q]! + tr(q * T + y) - m);
      alpha[i * T + y] = m + Math.log(sum) + emit[i * T + y]!;
    }
  const logZ = logSumExp(alpha, (n - 1) * T);
  for (let y = 0; y < T; y++) beta[(n - 1) * T + y] = 0;
  for (let i = n - 2; i >= 0; i--)
    for (let q = 0; q < T; q++) {
      let m = -Infinity;
      const next = (i + 1) * T;
      for (let y = 0; y < T; y++)
        if (ALLOWED[q * T + y]) m = Math.max(m, tr(q * T + y) + emit[next + y]! + beta[next + y]!);
      let sum = 0;
      for (let y = 0; y < T; y++)
        if (ALLOWED[q * T + y])
          sum += Math.exp(tr(q * T + y) + emit[next + y]! + beta[next + y]! - m);
      beta[i * T + q] = m === -Infinity ? -Infinity : m + Math.log(sum);
    }
  let goldScore = tr(trIndex(-1, gold[0]!));
  for (let i = 0; i < n; i++) {
    goldScore += emit[i * T + gold[i]!]!;
    if (i) goldScore += tr(trIndex(gold[i - 1]!, gold[i]!));
    for (let y = 0; y < T; y++)
      dEmit[i * T + y] = Math.exp(alpha[i * T + y]! + beta[i * T + y]! - logZ);
    dEmit[i * T + gold[i]!]! -= 1;
  }
  for (let y = 0; y < T; y++) g[L.tr + trIndex(-1, y)]! += dEmit[y]!;
  for (let i = 1; i < n; i++) {
    for (let q = 0; q < T; q++) {
      const a = alpha[(i - 1) * T + q]!;
      if (a === -Infinity) continue;
      for (let y = 0; y < T; y++) {
        if (!ALLOWED[q * T + y]) continue;
        const k = q * T + y;
        g[L.tr + k]! += Math.exp(a + tr(k) + emit[i * T + y]! + beta[i * T + y]! - logZ);
      }
    }
    g[L.tr + trIndex(gold[i - 1]!, gold[i]!)]! -= 1;
  }
  return logZ - goldScore;
}

function logSumExp(a: Float64Array, at: number): number {
  let m = -Infinity;
  for (let y = 0; y < T; y++) m = Math.max(m, a[at + y]!);
  let sum = 0;
  for (let y = 0; y < T; y++) sum += Math.exp(a[at + y]! - m);
  return m + Math.log(sum);
}
