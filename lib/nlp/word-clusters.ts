/**
 * Word clusters learnt from unlabelled text, for the tagger's features (issue 3): words that occur
 * in the same contexts share a class, so a name the annotated corpus never showed (فولكسفاغن) gets
 * the class of names it did show (تويوتا، نيسان).
 *
 * The algorithm is the exchange algorithm (Kneser & Ney 1993; Martin et al. 1998) on a two-sided
 * class bigram objective: every word keeps the class that maximises
 *   Σ_v,c N(v, c)·log N(v, c)  +  Σ_c,v N(c, v)·log N(c, v)  −  2·Σ_c N(c)·log N(c)
 * where N(v, c) counts a word v followed by a word of class c, N(c, v) a word of class c followed
 * by v. A pass moves each word (most frequent first) to its best class given the others; a few
 * passes converge. Deterministic: no randomness, ties stay in the current class.
 */

/** A corpus as word ids (0 … vocabulary − 1 are clustered; any other id is a context only). */
export interface ClusterInput {
  /** Token ids in text order; a negative id is a boundary (paragraph break). */
  stream: Int32Array;
  /** How many ids are clustered: ids `0 … size − 1`, most frequent first. */
  size: number;
}

/** Options of one clustering run. */
export interface ClusterOptions {
  classes: number;
  passes: number;
  onPass?: (pass: number, moved: number) => void;
}

/** The class of each clustered word id (`0 … classes − 1`). */
export function clusterWords(input: ClusterInput, o: ClusterOptions): Int32Array {
  const C = o.classes;
  const V = input.size;
  // Every id ≥ V and every boundary is one shared context, OTHER.
  const OTHER = V;
  const V1 = V + 1;
  const idOf = (t: number) => (t < 0 || t >= V ? OTHER : t);
  // Bigram counts keyed u·V1 + v (exact as a double: V1² < 2^53 for any vocabulary that fits in memory).
  const bigrams = new Map<number, number>();
  const freq = new Float64Array(V1);
  const s = input.stream;
  for (let i = 0; i < s.length; i++) {
    freq[idOf(s[i]!)]! += 1;
    if (i === 0) continue;
    const u = idOf(s[i - 1]!);
    const v = idOf(s[i]!);
    if (u === OTHER && v === OTHER) continue;
    const k = u * V1 + v;
    bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
  }
  // For each word: its left contexts (v before it) and right contexts (v after it), as CSR lists.
  const left = csr(V1, bigrams, (u, v) => [u, v]);
  const right = csr(V1, bigrams, (u, v) => [v, u]);
  bigrams.clear();

  const cls = new Int32Array(V);
  for (let w = 0; w < V; w++) cls[w] = w % C;
  // NL[v·C + c] = N(v, c): v followed by class c; NR[v·C + c] = N(c, v).
  const NL = new Float64Array(V1 * C);
  const NR = new Float64Array(V1 * C);
  const NC = new Float64Array(C);
  const add = (w: number, c: number, sign: number) => {
    for (let j = left.offsets[w]!; j < left.offsets[w + 1]!; j++)
      NL[left.ids[j]! * C + c]! += sign * left.counts[j]!;
    for (let j = right.offsets[w]!; j < right.offsets[w + 1]!; j++)
      NR[right.ids[j]! * C + c]! += sign * right.counts[j]!;
    NC[c]! += sign * freq[w]!;
  };
  for (let w = 0; w < V; w++) add(w, cls[w]!, 1);

  const gain = new Float64Array(C);
  const accumulate = (lists: Csr, w: number, table: Float64Array) => {
    for (let j = lists.offsets[w]!; j < lists.offsets[w + 1]!; j++) {
      const base = lists.ids[j]! * C;
      const n = lists.counts[j]!;
      for (let b = 0; b < C; b++) {
        const x = table[base + b]!;
        gain[b]! += xlogx(x + n) - xlogx(x);
      }
    }
  };
  for (let pass = 1; pass <= o.passes; pass++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const from = cls[w]!;
      add(w, from, -1);
      gain.fill(0);
      accumulate(left, w, NL);
      accumulate(right, w, NR);
      const f = freq[w]!;
      let best = from;
      let bestGain = gain[from]! - 2 * (xlogx(NC[from]! + f) - xlogx(NC[from]!));
      for (let b = 0; b < C; b++) {
        const g = gain[b]! - 2 * (xlogx(NC[b]! + f) - xlogx(NC[b]!));
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      if (best !== from) moved++;
      cls[w] = best;
      add(w, best, 1);
    }
    o.onPass?.(pass, moved);
  }
  return cls;
}

interface Csr {
  offsets: Int32Array;
  ids: Int32Array;
  counts: Float64Array;
}

/** Compressed lists: `pick(u, v)` names a bigram's `[context, owner]`; each owner lists its contexts. */
function csr(
  n: number,
  bigrams: Map<number, number>,
  pick: (u: number, v: number) => [number, number],
): Csr {
  const V1 = n;
  const sizes = new Int32Array(n);
  for (const k of bigrams.keys()) sizes[pick(Math.floor(k / V1), k % V1)[1]]!++;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + sizes[i]!;
  const at = offsets.slice(0, n);
  const ids = new Int32Array(bigrams.size);
  const counts = new Float64Array(bigrams.size);
  for (const [k, c] of bigrams) {
    const [b, a] = pick(Math.floor(k / V1), k % V1);
    ids[at[a]!] = b;
    counts[at[a]!++] = c;
  }
  return { offsets, ids, counts };
}

const XLOGX = new Float64Array(1 << 16);
for (let i = 1; i < XLOGX.length; i++) XLOGX[i] = i * Math.log(i);

/** x·ln x for a count (always a whole number here), tabulated for small counts. */
function xlogx(x: number): number {
  if (x < XLOGX.length) return XLOGX[x]!;
  return x > 0 ? x * Math.log(x) : 0;
}
