/**
 * Dense word vectors learnt from unlabelled text (issue 14), for the tagger's vector classes
 * (word-vector-classes.ts): words used in the same contexts get nearby vectors.
 *
 * The method is a count model rather than skip-gram, chosen for determinism and speed on two
 * CPUs: positional co-occurrence counts (a context is one of the most frequent words at a given
 * offset, ±`window`, not crossing a paragraph break; or, `positional: false`, the word whatever
 * its offset), positive PMI with the context distribution
 * smoothed to the power 0.75 (Levy, Goldberg & Dagan 2015), reduced to `dims` dimensions by a
 * randomized SVD (Halko, Martinsson & Tropp 2011: a seeded Gaussian test matrix, power
 * iterations, then the small problem solved exactly by Jacobi rotations). A word's vector is its
 * row of U·Σ^½, scaled to unit length. Integer counts, a seeded test matrix and a fixed order of
 * operations make the output the same for the same input, bit for bit.
 */

/** A corpus as word ids, as for the exchange clusters (word-clusters.ts). */
export interface VectorInput {
  /** Token ids in text order; a negative id is a boundary (paragraph break). */
  stream: Int32Array;
  /** Ids `0 … size − 1` get vectors, most frequent first; any other id is neither word nor context. */
  size: number;
}

/** Options of one run. */
export interface VectorOptions {
  dims: number;
  /** Words each side counted as contexts. */
  window: number;
  /** How many of the most frequent ids (`0 … contexts − 1`) serve as contexts. */
  contexts: number;
  /** Whether a context word at each offset is a context of its own (default), or one bag. */
  positional?: boolean;
  seed: number;
  /** Extra columns of the test matrix beyond `dims` (default 10). */
  oversample?: number;
  /** Power iterations (default 2). */
  powerIterations?: number;
  onStep?: (step: string) => void;
}

/** A sparse matrix, rows compressed. */
export interface SparseRows {
  rows: number;
  cols: number;
  offsets: Int32Array;
  index: Int32Array;
  values: Float32Array;
}

/** Unit-length vectors, `size × dims`, row-major (a word with no context at all: all zeros). */
export function learnVectors(input: VectorInput, o: VectorOptions): Float32Array {
  const a = ppmiMatrix(input, o);
  o.onStep?.(`PPMI matrix ${a.rows} × ${a.cols}, ${a.values.length} non-zero`);
  const { u, s, k } = randomizedSvd(a, o.dims, o.oversample ?? 10, o.powerIterations ?? 2, o.seed);
  o.onStep?.(`SVD: top singular values ${[...s.slice(0, 5)].map((x) => x.toFixed(1)).join(' ')}`);
  const out = new Float32Array(a.rows * o.dims);
  const weight = Float64Array.from(s, Math.sqrt);
  for (let i = 0; i < a.rows; i++) {
    let norm = 0;
    for (let j = 0; j < k; j++) norm += (u[i * k + j]! * weight[j]!) ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    for (let j = 0; j < k; j++) out[i * o.dims + j] = (u[i * k + j]! * weight[j]!) / norm;
  }
  return out;
}

/**
 * Word × (offset, context word) positive PMI — or word × context word, `positional: false` — with
 * context counts smoothed to the power 0.75.
 */
export function ppmiMatrix(input: VectorInput, o: VectorOptions): SparseRows {
  const { stream: s, size } = input;
  const C = Math.min(o.contexts, size);
  const W = o.window;
  const positional = o.positional ?? true;
  const cols = positional ? 2 * W * C : C;
  const slot = (k: number) => (positional ? k * C : 0);
  // Each (word, slot, context) occurrence as one key, sorted and counted.
  const each = (visit: (key: number) => void) => {
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (w < 0 || w >= size) continue;
      for (let d = 1; d <= W; d++) {
        const c = i - d >= 0 ? s[i - d]! : -1;
        if (c < 0) break;
        if (c < C) visit(w * cols + slot(W - d) + c);
      }
      for (let d = 1; d <= W; d++) {
        const c = i + d < s.length ? s[i + d]! : -1;
        if (c < 0) break;
        if (c < C) visit(w * cols + slot(W + d - 1) + c);
      }
    }
  };
  let n = 0;
  each(() => n++);
  const keys = new Float64Array(n);
  n = 0;
  each((key) => (keys[n++] = key));
  keys.sort();
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || keys[i] !== keys[i - 1]) unique++;
  const rowOf = new Int32Array(unique);
  const index = new Int32Array(unique);
  const counts = new Float64Array(unique);
  const rowSum = new Float64Array(size);
  const colSum = new Float64Array(cols);
  for (let i = 0, u = -1; i < n; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) {
      u++;
      rowOf[u] = Math.floor(keys[i]! / cols);
      index[u] = keys[i]! % cols;
    }
    counts[u]!++;
    rowSum[rowOf[u]!]!++;
    colSum[index[u]!]!++;
  }
  const colPow = Float64Array.from(colSum, (x) => x ** 0.75);
  const z = colPow.reduce((t, x) => t + x, 0);
  // Keep the positive cells only.
  const offsets = new Int32Array(size + 1);
  const keptIndex: number[] = [];
  const keptValues: number[] = [];
  for (let u = 0; u < unique; u++) {
    const pmi = Math.log((counts[u]! * z) / (rowSum[rowOf[u]!]! * colPow[index[u]!]!));
    if (pmi <= 0) continue;
    offsets[rowOf[u]! + 1]!++;
    keptIndex.push(index[u]!);
    keptValues.push(pmi);
  }
  for (let r = 0; r < size; r++) offsets[r + 1]! += offsets[r]!;
  return {
    rows: size,
    cols,
    offsets,
    index: Int32Array.from(keptIndex),
    values: Float32Array.from(keptValues),
  };
}

/** `A · X` for a dense row-major `X` of `l` columns. */
function times(a: SparseRows, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(a.rows * l);
  for (let i = 0; i < a.rows; i++) {
    const yi = i * l;
    for (let p = a.offsets[i]!; p < a.offsets[i + 1]!; p++) {
      const v = a.values[p]!;
      const xj = a.index[p]! * l;
      for (let k = 0; k < l; k++) y[yi + k]! += v * x[xj + k]!;
    }
  }
  return y;
}

/** `Aᵀ · X` for a dense row-major `X` of `l` columns. */
function timesTransposed(a: SparseRows, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(a.cols * l);
  for (let i = 0; i < a.rows; i++) {
    const xi = i * l;
    for (let p = a.offsets[i]!; p < a.offsets[i + 1]!; p++) {
      const v = a.values[p]!;
      const yj = a.index[p]! * l;
      for (let k = 0; k < l; k++) y[yj + k]! += v * x[xi + k]!;
    }
  }
  return y;
}

/**
 * Orthonormalises the `l` columns of a row-major `rows × l` matrix in place (modified
 * Gram-Schmidt, twice); a column that falls into the span of the earlier ones becomes zero.
 */
export function orthonormalize(y: Float64Array, rows: number, l: number): void {
  // Column-major while working, so each column is contiguous.
  const c = new Float64Array(rows * l);
  for (let i = 0; i < rows; i++) for (let k = 0; k < l; k++) c[k * rows + i] = y[i * l + k]!;
  let scale = 0;
  for (let k = 0; k < l; k++) scale = Math.max(scale, columnNorm(c, k, rows));
  for (let k = 0; k < l; k++) {
    const ck = k * rows;
    for (let rep = 0; rep < 2; rep++) {
      for (let j = 0; j < k; j++) {
        const cj = j * rows;
        let dot = 0;
        for (let i = 0; i < rows; i++) dot += c[cj + i]! * c[ck + i]!;
        if (dot !== 0) for (let i = 0; i < rows; i++) c[ck + i]! -= dot * c[cj + i]!;
      }
    }
    const norm = columnNorm(c, k, rows);
    const f = norm > 1e-9 * scale ? 1 / norm : 0;
    for (let i = 0; i < rows; i++) c[ck + i]! *= f;
  }
  for (let i = 0; i < rows; i++) for (let k = 0; k < l; k++) y[i * l + k] = c[k * rows + i]!;
}

function columnNorm(c: Float64Array, k: number, rows: number): number {
  let t = 0;
  for (let i = k * rows; i < (k + 1) * rows; i++) t += c[i]! * c[i]!;
  return Math.sqrt(t);
}

/** A seeded generator of standard normal numbers (xorshift32 and Box–Muller). */
function gaussian(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  const uniform = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return (x + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * The top `dims` left singular vectors and singular values of `a`: `u` row-major `rows × dims`,
 * `s` descending (zeros beyond the rank `a`'s shape allows).
 */
export function randomizedSvd(
  a: SparseRows,
  dims: number,
  oversample: number,
  powerIterations: number,
  seed: number,
): { u: Float64Array; s: Float64Array; k: number } {
  const l = Math.max(1, Math.min(dims + oversample, a.cols, a.rows));
  const normal = gaussian(seed);
  const omega = new Float64Array(a.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = normal();
  let y = times(a, omega, l);
  for (let it = 0; it < powerIterations; it++) {
    orthonormalize(y, a.rows, l);
    const z = timesTransposed(a, y, l);
    orthonormalize(z, a.cols, l);
    y = times(a, z, l);
  }
  orthonormalize(y, a.rows, l);
  // B = Qᵀ A; B Bᵀ = Zᵀ Z with Z = Aᵀ Q; its eigenvectors rotate Q onto A's singular vectors.
  const z = timesTransposed(a, y, l);
  const g = new Float64Array(l * l);
  for (let r = 0; r < a.cols; r++)
    for (let i = 0; i < l; i++) {
      const zi = z[r * l + i]!;
      if (zi === 0) continue;
      for (let j = i; j < l; j++) g[i * l + j]! += zi * z[r * l + j]!;
    }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i]!;
  const { values, vectors } = symmetricEigen(g, l);
  const k = Math.min(dims, l);
  const order = [...values.keys()].sort((p, q) => values[q]! - values[p]! || p - q).slice(0, k);
  const u = new Float64Array(a.rows * dims);
  for (let i = 0; i < a.rows; i++)
    for (let t = 0; t < k; t++) {
      let sum = 0;
      for (let j = 0; j < l; j++) sum += y[i * l + j]! * vectors[j * l + order[t]!]!;
      u[i * dims + t] = sum;
    }
  const s = new Float64Array(dims);
  order.forEach((t, i) => (s[i] = Math.sqrt(Math.max(0, values[t]!))));
  return { u, s, k: dims };
}

/**
 * Eigenvalues and eigenvectors (columns of `vectors`, row-major `n × n`) of a symmetric matrix,
 * by cyclic Jacobi rotations.
 */
export function symmetricEigen(
  matrix: Float64Array,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let total = 0;
  for (let i = 0; i < n * n; i++) total += a[i]! * a[i]!;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off <= 1e-30 * total || off === 0) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - sn * akq;
          a[k * n + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - sn * aqk;
          a[q * n + k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - sn * vkq;
          v[k * n + q] = sn * vkp + c * vkq;
        }
      }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i]!), vectors: v };
}
