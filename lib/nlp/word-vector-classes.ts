/**
 * Vector classes: the dense word vectors (word-vectors.ts) clustered at several granularities, for
 * the tagger's features beside the exchange classes (lexicon.ts). The clusters are nested, like the
 * prefixes of a Brown hierarchy: spherical k-means splits all words into 64 classes, then each
 * class into 4, three times over (64 → 256 → 1,024 → 4,096). Deterministic for a seed.
 * The table is `data/nlp/word-vectors-clusters.tsv` (npm run build:vectors).
 */

/** Class counts of the levels, in column order; each level splits every class of the one before. */
export const VECTOR_LEVELS = [64, 256, 1024, 4096] as const;
const BRANCH = 4;

/** Values of a word without a vector class, and of the positions beyond the sentence. */
export const VEC_UNKNOWN_ARABIC = 8192;
export const VEC_UNKNOWN_OTHER = 8193;
export const VEC_BEFORE_SENTENCE = 8194;
export const VEC_AFTER_SENTENCE = 8195;

/** A seeded uniform generator in [0, 1) (xorshift32). */
function uniform(seed: number): () => number {
  let x = seed >>> 0 || 0x2545f491;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/**
 * Spherical k-means of the unit vectors `members` (row indexes of `vectors`, `dims` wide) into
 * `k` classes: k-means++ seeding, then `iterations` rounds (fewer if nothing moves). Returns each
 * member's class. With no more members than classes, each member is its own class.
 */
export function sphericalKmeans(
  vectors: Float32Array,
  dims: number,
  members: Int32Array,
  k: number,
  iterations: number,
  random: () => number,
): Int32Array {
  const m = members.length;
  const cls = new Int32Array(m);
  if (m <= k) {
    for (let i = 0; i < m; i++) cls[i] = i;
    return cls;
  }
  const dot = (row: number, c: Float64Array, at: number) => {
    let t = 0;
    for (let d = 0; d < dims; d++) t += vectors[row * dims + d]! * c[at + d]!;
    return t;
  };
  const centers = new Float64Array(k * dims);
  const setCenter = (c: number, row: number) => {
    for (let d = 0; d < dims; d++) centers[c * dims + d] = vectors[row * dims + d]!;
  };
  // k-means++: each next seed drawn with probability ∝ squared distance to the nearest seed.
  setCenter(0, members[Math.floor(random() * m)]!);
  const dist = new Float64Array(m).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < m; i++) {
      const d = Math.max(0, 2 - 2 * dot(members[i]!, centers, (c - 1) * dims));
      if (d < dist[i]!) dist[i] = d;
      total += dist[i]!;
    }
    let pick = random() * total;
    let chosen = m - 1;
    for (let i = 0; i < m; i++) {
      pick -= dist[i]!;
      if (pick < 0) {
        chosen = i;
        break;
      }
    }
    setCenter(c, members[chosen]!);
  }
  cls.fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < m; i++) {
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(members[i]!, centers, c * dims);
        if (s > bestDot) {
          bestDot = s;
          best = c;
        }
      }
      if (cls[i] !== best) moved++;
      cls[i] = best;
    }
    if (moved === 0) break;
    const sums = new Float64Array(k * dims);
    const sizes = new Int32Array(k);
    for (let i = 0; i < m; i++) {
      const c = cls[i]!;
      sizes[c]!++;
      for (let d = 0; d < dims; d++) sums[c * dims + d]! += vectors[members[i]! * dims + d]!;
    }
    for (let c = 0; c < k; c++) {
      if (!sizes[c]) continue; // An empty class keeps its centre.
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centers[c * dims + d] = sums[c * dims + d]! / norm;
    }
  }
  return cls;
}

/**
 * Each word's class at every level of VECTOR_LEVELS (`levels[l][word]`), nested; with `flat`, the
 * levels of up to that many classes are each clustered from all words instead (not nested).
 */
export function nestedClasses(
  vectors: Float32Array,
  dims: number,
  words: number,
  o: { iterations: number; seed: number; flat?: number; onLevel?: (classes: number) => void },
): Int32Array[] {
  const random = uniform(o.seed);
  const all = Int32Array.from({ length: words }, (_, i) => i);
  const top = sphericalKmeans(vectors, dims, all, VECTOR_LEVELS[0], o.iterations, random);
  const levels = [top];
  o.onLevel?.(VECTOR_LEVELS[0]);
  for (let l = 1; l < VECTOR_LEVELS.length; l++) {
    if (VECTOR_LEVELS[l]! <= (o.flat ?? 0)) {
      levels.push(sphericalKmeans(vectors, dims, all, VECTOR_LEVELS[l]!, o.iterations, random));
      o.onLevel?.(VECTOR_LEVELS[l]!);
      continue;
    }
    const parent = levels[l - 1]!;
    const next = new Int32Array(words);
    const groups: number[][] = Array.from({ length: VECTOR_LEVELS[l - 1]! }, () => []);
    for (let w = 0; w < words; w++) groups[parent[w]!]!.push(w);
    groups.forEach((group, p) => {
      const members = Int32Array.from(group);
      const sub = sphericalKmeans(vectors, dims, members, BRANCH, o.iterations, random);
      members.forEach((w, i) => (next[w] = p * BRANCH + sub[i]!));
    });
    levels.push(next);
    o.onLevel?.(VECTOR_LEVELS[l]!);
  }
  return levels;
}

/** One word of the vector class table. */
export interface VectorClassRow {
  word: string;
  /** Its class at each level of VECTOR_LEVELS. */
  classes: number[];
}

const HEADER = `# word\t${VECTOR_LEVELS.map((c) => `vec${c}`).join('\t')}`;

/** The table as TSV text (data/nlp/word-vectors-clusters.tsv). */
export function encodeVectorClassTable(rows: VectorClassRow[]): string {
  return `${HEADER}\n${rows.map((r) => [r.word, ...r.classes].join('\t')).join('\n')}\n`;
}

/** Reads the TSV table; throws naming the line on anything malformed. */
export function decodeVectorClassTable(text: string): VectorClassRow[] {
  const lines = text.split('\n');
  if (lines[0] !== HEADER) throw new Error(`vector classes: expected the header "${HEADER}"`);
  const rows: VectorClassRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const cols = line.split('\t');
    const nums = cols.slice(1).map(Number);
    const ok =
      cols.length === VECTOR_LEVELS.length + 1 &&
      cols[0] &&
      nums.every((x, k) => Number.isInteger(x) && x >= 0 && x < VECTOR_LEVELS[k]!);
    if (!ok) throw new Error(`vector classes: line ${i + 1} is malformed: ${JSON.stringify(line)}`);
    rows.push({ word: cols[0]!, classes: nums });
  }
  return rows;
}

/** Word → its vector classes at the chosen levels, for the tagger's features. */
export class VectorClasses {
  private readonly index = new Map<string, number>();
  private readonly classes: Uint16Array;

  /**
   * The rows' classes at `levels` (each one of VECTOR_LEVELS); `width` of the features each level
   * gives (vectorFeatures in features.ts: 1 the token's class, 3 with its neighbours', 5 with pairs).
   */
  constructor(
    rows: VectorClassRow[],
    readonly levels: readonly number[],
    readonly width: 1 | 3 | 5 = 5,
  ) {
    const columns = levels.map((level) => {
      const k = VECTOR_LEVELS.indexOf(level as (typeof VECTOR_LEVELS)[number]);
      if (k < 0) throw new Error(`vector classes: no level ${level}`);
      return k;
    });
    this.classes = new Uint16Array(rows.length * levels.length);
    rows.forEach((r, i) => {
      this.index.set(r.word, i);
      columns.forEach((k, j) => (this.classes[i * levels.length + j] = r.classes[k]!));
    });
  }

  get size(): number {
    return this.index.size;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** Per form, its class at level `levels[j]` into `out[j]` (or a VEC_UNKNOWN_* value). */
  label(forms: string[], out: Int32Array[]): void {
    const L = this.levels.length;
    for (let i = 0; i < forms.length; i++) {
      const row = this.index.get(forms[i]!);
      if (row === undefined) {
        const c = forms[i]!.charCodeAt(0);
        const arabic = (c >= 0x0620 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
        for (let j = 0; j < L; j++) out[j]![i] = arabic ? VEC_UNKNOWN_ARABIC : VEC_UNKNOWN_OTHER;
        continue;
      }
      for (let j = 0; j < L; j++) out[j]![i] = this.classes[row * L + j]!;
    }
  }
}

/**
 * The classes as bytes, as a model file would carry them: the word count and level count (uint32
 * little-endian), the levels (uint16 each), the classes (uint16 per word and level), then the
 * words in UTF-8, one per line, sorted (stable bytes).
 */
export function serializeVectorClasses(v: VectorClasses, rows: VectorClassRow[]): Uint8Array {
  const sorted = rows
    .filter((r) => v.has(r.word))
    .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const L = v.levels.length;
  const text = new TextEncoder().encode(sorted.map((r) => r.word).join('\n'));
  const head = 8 + 2 * L;
  const out = new Uint8Array(head + 2 * L * sorted.length + text.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, sorted.length, true);
  view.setUint32(4, L, true);
  v.levels.forEach((level, j) => view.setUint16(8 + 2 * j, level, true));
  const one = [new Int32Array(1)];
  for (let j = 1; j < L; j++) one.push(new Int32Array(1));
  sorted.forEach((r, i) => {
    v.label([r.word], one);
    for (let j = 0; j < L; j++) view.setUint16(head + 2 * (i * L + j), one[j]![0]!, true);
  });
  out.set(text, head + 2 * L * sorted.length);
  return out;
}
