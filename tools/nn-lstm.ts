/**
 * A bidirectional LSTM over the sentence for the neural tagger's window network (issue 14's
 * `lstm` lever; tools/nn-net.ts calls it). It reads the hidden layer `h_i` of every token (after
 * dropout), runs one LSTM of `R` units left to right and one right to left, and adds
 * `Wl·[fwd_i; bwd_i]` to the token's per-tag scores — beside the window network's own `W2·h_i`, so
 * that the sentence around a token, not only its window, can reach its scores. Gates `i, f, o`
 * (sigmoid) and `g` (tanh), `c_t = f·c_{t−1} + i·g`, `y_t = o·tanh(c_t)`; trained with the rest
 * by backpropagation through time.
 */
import { TAGS } from '../lib/nlp/tags';

const T = TAGS.length;

/** Where the LSTM's parameters are. Per direction: `Wx` (4R × H), `Wh` (4R × R), `b` (4R). */
export interface LstmLayout {
  /** Units per direction (0: no LSTM). */
  R: number;
  /** The left-to-right and right-to-left blocks. */
  dirs: [number, number];
  /** `T × 2R` output weights. */
  out: number;
}

/** Sizes of one direction's block for `H` inputs. */
export const directionSize = (R: number, H: number) => 4 * R * (H + R + 1);

/** Per-sentence scratch for the LSTM (both directions). */
export class LstmScratch {
  /** Per direction, per token: the gates after their activations `[i, f, o, g]` (4R). */
  gates: [Float32Array, Float32Array];
  /** Per direction, per token: the cell (R) and the output (R). */
  cell: [Float32Array, Float32Array];
  y: [Float32Array, Float32Array];
  /** The outputs' gradient from the scores, per direction (R per token). */
  dy: [Float32Array, Float32Array];
  /** The gradient reaching each token's hidden layer (H per token). */
  dhx: Float32Array;
  constructor(R: number, H: number, capacity: number) {
    const make = (k: number): [Float32Array, Float32Array] => [
      new Float32Array(capacity * k),
      new Float32Array(capacity * k),
    ];
    this.gates = make(4 * R);
    this.cell = make(R);
    this.y = make(R);
    this.dy = make(R);
    this.dhx = new Float32Array(capacity * H);
  }
}

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));

/** One direction's blocks: its input, recurrent and bias weights' offsets, and its scratch rows. */
function direction(M: LstmLayout, ws: LstmScratch, d: number, H: number) {
  const wx = M.dirs[d]!;
  const wh = wx + 4 * M.R * H;
  return {
    wx,
    wh,
    b: wh + 4 * M.R * M.R,
    gates: ws.gates[d]!,
    cell: ws.cell[d]!,
    y: ws.y[d]!,
  };
}

/** Runs both directions over `h` (`n × H`) and adds `Wl·[fwd; bwd]` to `emit` (`n × T`). */
export function lstmForward(
  p: Float32Array,
  M: LstmLayout,
  H: number,
  h: Float32Array,
  n: number,
  ws: LstmScratch,
  emit: Float32Array,
): void {
  const { R } = M;
  const a = new Float64Array(4 * R);
  for (let d = 0; d < 2; d++) {
    const { wx, wh, b, gates, cell, y } = direction(M, ws, d, H);
    for (let step = 0; step < n; step++) {
      const t = d ? n - 1 - step : step;
      const prev = step ? (d ? t + 1 : t - 1) : -1;
      for (let r = 0; r < 4 * R; r++) {
        let s = p[b + r]!;
        const xo = wx + r * H;
        for (let u = 0; u < H; u++) s += p[xo + u]! * h[t * H + u]!;
        if (prev >= 0) {
          const ho = wh + r * R;
          for (let k = 0; k < R; k++) s += p[ho + k]! * y[prev * R + k]!;
        }
        a[r] = s;
      }
      for (let k = 0; k < R; k++) {
        const i = sigmoid(a[k]!);
        const f = sigmoid(a[R + k]!);
        const o = sigmoid(a[2 * R + k]!);
        const g = Math.tanh(a[3 * R + k]!);
        const c = f * (prev >= 0 ? cell[prev * R + k]! : 0) + i * g;
        gates[t * 4 * R + k] = i;
        gates[t * 4 * R + R + k] = f;
        gates[t * 4 * R + 2 * R + k] = o;
        gates[t * 4 * R + 3 * R + k] = g;
        cell[t * R + k] = c;
        y[t * R + k] = o * Math.tanh(c);
      }
    }
  }
  for (let t = 0; t < n; t++)
    for (let c = 0; c < T; c++) {
      let e = 0;
      const wo = M.out + c * 2 * R;
      for (let k = 0; k < R; k++)
        e += p[wo + k]! * ws.y[0][t * R + k]! + p[wo + R + k]! * ws.y[1][t * R + k]!;
      emit[t * T + c]! += e;
    }
}

/**
 * Adds to `g` the gradient of `Σ dEmit·emit` through the LSTM's part of the scores (after
 * `lstmForward`), and leaves in `ws.dhx` (`n × H`) the gradient reaching the hidden layer.
 */
export function lstmBackward(
  p: Float32Array,
  M: LstmLayout,
  H: number,
  h: Float32Array,
  n: number,
  ws: LstmScratch,
  dEmit: Float64Array,
  g: Float32Array,
): void {
  const { R } = M;
  ws.dhx.fill(0, 0, n * H);
  for (let d = 0; d < 2; d++) ws.dy[d]!.fill(0, 0, n * R);
  for (let t = 0; t < n; t++)
    for (let c = 0; c < T; c++) {
      const e = dEmit[t * T + c]!;
      if (e === 0) continue;
      const wo = M.out + c * 2 * R;
      for (let k = 0; k < R; k++) {
        g[wo + k]! += e * ws.y[0][t * R + k]!;
        g[wo + R + k]! += e * ws.y[1][t * R + k]!;
        ws.dy[0][t * R + k]! += e * p[wo + k]!;
        ws.dy[1][t * R + k]! += e * p[wo + R + k]!;
      }
    }
  const da = new Float64Array(4 * R);
  const dyNext = new Float64Array(R);
  const dcNext = new Float64Array(R);
  for (let d = 0; d < 2; d++) {
    const { wx, wh, b, gates, cell, y } = direction(M, ws, d, H);
    const dy = ws.dy[d]!;
    dyNext.fill(0);
    dcNext.fill(0);
    // In the reverse of the order the direction ran.
    for (let step = n - 1; step >= 0; step--) {
      const t = d ? n - 1 - step : step;
      const prev = step ? (d ? t + 1 : t - 1) : -1;
      const go = t * 4 * R;
      for (let k = 0; k < R; k++) {
        const i = gates[go + k]!;
        const f = gates[go + R + k]!;
        const o = gates[go + 2 * R + k]!;
        const gg = gates[go + 3 * R + k]!;
        const tc = Math.tanh(cell[t * R + k]!);
        const dyt = dy[t * R + k]! + dyNext[k]!;
        const dc = dcNext[k]! + dyt * o * (1 - tc * tc);
        const cPrev = prev >= 0 ? cell[prev * R + k]! : 0;
        da[k] = dc * gg * i * (1 - i);
        da[R + k] = dc * cPrev * f * (1 - f);
        da[2 * R + k] = dyt * tc * o * (1 - o);
        da[3 * R + k] = dc * i * (1 - gg * gg);
        dcNext[k] = dc * f;
      }
      dyNext.fill(0);
      for (let r = 0; r < 4 * R; r++) {
        const e = da[r]!;
        if (e === 0) continue;
        g[b + r]! += e;
        const xo = wx + r * H;
        for (let u = 0; u < H; u++) {
          g[xo + u]! += e * h[t * H + u]!;
          ws.dhx[t * H + u]! += e * p[xo + u]!;
        }
        if (prev >= 0) {
          const ho = wh + r * R;
          for (let k = 0; k < R; k++) {
            g[ho + k]! += e * y[prev * R + k]!;
            dyNext[k]! += e * p[ho + k]!;
          }
        }
      }
    }
  }
}
