/**
 * Features of each token for the tagger, hashed straight into weight buckets (no feature strings
 * are built): word and normalised word, clitic-stripped stem and the clitic, affixes, shape, a
 * window of two words each side, stem bigrams, gazetteer membership around the token, and what
 * unlabelled text taught about the words around it (word classes, frequency bins: lexicon.ts).
 */
import { hasArticle, stripClitics } from './clitics';
import type { Gazetteer } from './gazetteer';
import { AFTER_SENTENCE, BEFORE_SENTENCE, CLUSTER_SETS, type Lexicon } from './lexicon';
import { VEC_AFTER_SENTENCE, VEC_BEFORE_SENTENCE, VECTOR_LEVELS } from './word-vector-classes';
import { normalizeWord } from '../text/normalize';

/**
 * Per-sentence token views the features read: each string property of a token hashed once to a
 * number, so a token's 40 features are cheap integer mixes (no string is hashed twice).
 */
export interface SentenceView {
  length: number;
  /** Normalised word. */
  word: Int32Array;
  /** Clitic-stripped stem, its last two and three letters, its first two and three. */
  stem: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  prefix2: Int32Array;
  prefix3: Int32Array;
  /** The clitic stripped (with whether it carries the article), as a hash and as a small code. */
  clitic: Int32Array;
  cliticCode: Int32Array;
  shape: Int32Array;
  /** Stem length (capped at 7). */
  size: Int32Array;
  /** Gazetteer label (KIND-B / KIND-I / none). */
  gaz: Int32Array;
  /** Per cluster set, each stem's class (lexicon.ts). */
  classes: Int32Array[];
  /** Each stem's frequency bin. */
  bins: Int32Array;
  /** Per level of the lexicon's vector classes (none unless it has them), each stem's class. */
  vec: Int32Array[];
  /** Those levels (of VECTOR_LEVELS), and the features each gives. */
  vecLevels: readonly number[];
  vecWidth: number;
}

/** Prepares a sentence's tokens. */
export function viewOf(tokens: string[], gazetteer: Gazetteer, lexicon: Lexicon): SentenceView {
  const n = tokens.length;
  const norms = tokens.map(normalizeWord);
  const stems = new Array<string>(n);
  const v: SentenceView = {
    length: n,
    word: new Int32Array(n),
    stem: new Int32Array(n),
    suffix2: new Int32Array(n),
    suffix3: new Int32Array(n),
    prefix2: new Int32Array(n),
    prefix3: new Int32Array(n),
    clitic: new Int32Array(n),
    cliticCode: new Int32Array(n),
    shape: new Int32Array(n),
    size: new Int32Array(n),
    gaz: new Int32Array(n),
    classes: CLUSTER_SETS.map(() => new Int32Array(n)),
    bins: new Int32Array(n),
    vec: [],
    vecLevels: [],
    vecWidth: 0,
  };
  for (let i = 0; i < n; i++) {
    const w = norms[i]!;
    const { stem, prefix } = stripClitics(w);
    stems[i] = stem;
    v.word[i] = hashString(w);
    v.stem[i] = hashString(stem);
    v.suffix2[i] = hashString(stem.slice(-2));
    v.suffix3[i] = hashString(stem.slice(-3));
    v.prefix2[i] = hashString(stem.slice(0, 2));
    v.prefix3[i] = hashString(stem.slice(0, 3));
    v.clitic[i] = hashString(hasArticle(prefix) ? `${prefix}|al` : prefix);
    v.cliticCode[i] = prefix.length ? prefix.charCodeAt(0) * 8 + prefix.length : 0;
    v.shape[i] = hashString(shapeOf(tokens[i]!));
    v.size[i] = Math.min(7, stem.length);
  }
  const gaz = gazetteer.label(stems, norms);
  for (let i = 0; i < n; i++) v.gaz[i] = hashString(gaz[i]!);
  lexicon.label(stems, v.classes, v.bins);
  const vectors = lexicon.vectors;
  if (vectors) {
    v.vecLevels = vectors.levels;
    v.vecWidth = vectors.width;
    v.vec = vectors.levels.map(() => new Int32Array(n));
    vectors.label(stems, v.vec);
  }
  return v;
}

function shapeOf(token: string): string {
  const c = token.charCodeAt(0);
  // Fast path for the common case, an Arabic letter first (not digits or punctuation of the block).
  if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) {
    return token.length <= 2 ? 'a' : token.length <= 4 ? 'A4' : 'A';
  }
  if (/^\p{N}+([.,]\p{N}+)*$/u.test(token)) return 'D';
  if (token.length === 1 && /[\p{P}\p{S}]/u.test(token)) return `P${token}`;
  if (/[\u0600-\u06ff]/.test(token))
    return token.length <= 2 ? 'a' : token.length <= 4 ? 'A4' : 'A';
  if (/^\p{Lu}/u.test(token)) return /^\p{Lu}+$/u.test(token) ? 'LU' : 'Lc';
  if (/\p{L}/u.test(token)) return 'l';
  return 'X';
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of a string's UTF-16 code units. */
function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** Hash of a feature template id and two numbers, into `mask + 1` buckets. */
function bucket(template: number, a: number, b: number, mask: number): number {
  let h = Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
  h = Math.imul(h ^ a, FNV_PRIME);
  h = Math.imul(h ^ b, FNV_PRIME);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & mask;
}

/** The value of a view array at `j`, or the sentence-boundary values outside the sentence. */
function at(arr: Int32Array, j: number, n: number): number {
  return j < 0 ? BEFORE_SENTENCE : j >= n ? AFTER_SENTENCE : arr[j]!;
}

/** The features `tokenFeatures` writes for one token without vector classes. */
export const MAX_FEATURES = 25 + 6 * CLUSTER_SETS.length + 3;
/** The most features per level of vector classes. */
const PER_VECTOR_LEVEL = 5;
/** The most features `tokenFeatures` writes for one token, vector classes at every level. */
export const MAX_ALL_FEATURES = MAX_FEATURES + PER_VECTOR_LEVEL * VECTOR_LEVELS.length;

/** How many features `tokenFeatures` writes per token with this lexicon. */
export function featureCount(lexicon: Lexicon): number {
  const v = lexicon.vectors;
  return MAX_FEATURES + (v ? v.width * v.levels.length : 0);
}

/**
 * Writes the bucket indexes of token `i`'s features into `out` (from index 0) and returns how many
 * were written. `mask` is the bucket count minus one (a power of two minus one).
 */
export function tokenFeatures(v: SentenceView, i: number, mask: number, out: Int32Array): number {
  const n = v.length;
  const s = v.stem[i]!;
  const NONE = 0;
  out[0] = bucket(0, NONE, NONE, mask);
  out[1] = bucket(1, v.word[i]!, NONE, mask);
  out[2] = bucket(2, s, NONE, mask);
  out[3] = bucket(3, v.clitic[i]!, NONE, mask);
  out[4] = bucket(4, v.suffix2[i]!, NONE, mask);
  out[5] = bucket(5, v.suffix3[i]!, NONE, mask);
  out[6] = bucket(6, v.prefix2[i]!, NONE, mask);
  out[7] = bucket(7, v.prefix3[i]!, NONE, mask);
  out[8] = bucket(8, v.shape[i]!, NONE, mask);
  out[9] = bucket(9, at(v.word, i - 1, n), NONE, mask);
  out[10] = bucket(10, at(v.word, i + 1, n), NONE, mask);
  out[11] = bucket(11, at(v.word, i - 2, n), NONE, mask);
  out[12] = bucket(12, at(v.word, i + 2, n), NONE, mask);
  out[13] = bucket(13, at(v.stem, i - 1, n), NONE, mask);
  out[14] = bucket(14, at(v.stem, i + 1, n), NONE, mask);
  out[15] = bucket(15, at(v.stem, i - 1, n), s, mask);
  out[16] = bucket(16, s, at(v.stem, i + 1, n), mask);
  out[17] = bucket(17, v.gaz[i]!, NONE, mask);
  out[18] = bucket(18, at(v.gaz, i - 1, n), v.gaz[i]!, mask);
  out[19] = bucket(19, v.gaz[i]!, at(v.gaz, i + 1, n), mask);
  out[20] = bucket(20, at(v.shape, i - 1, n), v.shape[i]!, mask);
  out[21] = bucket(21, v.shape[i]!, at(v.shape, i + 1, n), mask);
  out[22] = bucket(22, at(v.suffix2, i - 1, n), v.suffix2[i]!, mask);
  out[23] = bucket(23, v.size[i]!, NONE, mask);
  out[24] = bucket(24, at(v.stem, i - 2, n), at(v.stem, i - 1, n), mask);
  // Word classes and frequency bins: the token and its neighbours, alone and in pairs.
  let k = 25;
  for (let set = 0; set < v.classes.length; set++) {
    const c = v.classes[set]!;
    const t = 25 + set * 6;
    const here = c[i]!;
    const before = at(c, i - 1, n);
    const after = at(c, i + 1, n);
    out[k++] = bucket(t, here, NONE, mask);
    out[k++] = bucket(t + 1, before, NONE, mask);
    out[k++] = bucket(t + 2, after, NONE, mask);
    out[k++] = bucket(t + 3, before, here, mask);
    out[k++] = bucket(t + 4, here, after, mask);
    out[k++] = bucket(t + 5, here, v.cliticCode[i]!, mask);
  }
  const b = v.bins;
  out[k++] = bucket(60, b[i]!, NONE, mask);
  out[k++] = bucket(61, at(b, i - 1, n), b[i]!, mask);
  out[k++] = bucket(62, b[i]!, at(b, i + 1, n), mask);
  // Vector classes (a lever, off in the shipped recipe): the token and its neighbours, and pairs.
  for (let l = 0; l < v.vec.length; l++) {
    const c = v.vec[l]!;
    const t = 70 + 8 * VECTOR_LEVELS.indexOf(v.vecLevels[l] as (typeof VECTOR_LEVELS)[number]);
    const here = c[i]!;
    const before = i > 0 ? c[i - 1]! : VEC_BEFORE_SENTENCE;
    const after = i + 1 < n ? c[i + 1]! : VEC_AFTER_SENTENCE;
    out[k++] = bucket(t, here, NONE, mask);
    if (v.vecWidth < 3) continue;
    out[k++] = bucket(t + 1, before, NONE, mask);
    out[k++] = bucket(t + 2, after, NONE, mask);
    if (v.vecWidth < 5) continue;
    out[k++] = bucket(t + 3, before, here, mask);
    out[k++] = bucket(t + 4, here, after, mask);
  }
  return k;
}
