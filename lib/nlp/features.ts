/**
 * Features of each token for the tagger, hashed straight into weight buckets (no feature strings
 * are built): word and normalised word, clitic-stripped stem and the clitic, affixes, shape, a
 * window of two words each side, stem bigrams, gazetteer membership around the token, and what
 * unlabelled text taught about the words around it (word classes, frequency bins: lexicon.ts).
 */
import { hasArticle, stripClitics } from './clitics';
import type { Gazetteer } from './gazetteer';
import { AFTER_SENTENCE, BEFORE_SENTENCE, CLUSTER_SETS, type Lexicon } from './lexicon';
import { normalizeWord } from './normalize';

/** Per-sentence token views the features read. */
export interface SentenceView {
  norms: string[];
  stems: string[];
  prefixes: string[];
  shapes: string[];
  gaz: string[];
  /** Per cluster set, each stem's class (lexicon.ts). */
  classes: Int32Array[];
  /** Each stem's frequency bin. */
  bins: Int32Array;
}

/** Prepares a sentence's tokens. */
export function viewOf(tokens: string[], gazetteer: Gazetteer, lexicon: Lexicon): SentenceView {
  const norms = tokens.map(normalizeWord);
  const split = norms.map(stripClitics);
  const stems = split.map((s) => s.stem);
  const classes = CLUSTER_SETS.map(() => new Int32Array(tokens.length));
  const bins = new Int32Array(tokens.length);
  lexicon.label(stems, classes, bins);
  return {
    norms,
    stems,
    prefixes: split.map((s) => s.prefix),
    shapes: tokens.map(shapeOf),
    gaz: gazetteer.label(stems, norms),
    classes,
    bins,
  };
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

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Hash of a feature template id and up to two strings, into `mask + 1` buckets. */
function hash(template: number, a: string, b: string | undefined, mask: number): number {
  let h = Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
  h = mix(h, a);
  if (b !== undefined) {
    h = Math.imul(h ^ 0x7c, FNV_PRIME);
    h = mix(h, b);
  }
  h ^= h >>> 15;
  return (h >>> 0) & mask;
}

/** Hash of a feature template id and two numbers, into `mask + 1` buckets. */
function hashNumbers(template: number, a: number, b: number, mask: number): number {
  let h = Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
  h = Math.imul(h ^ a, FNV_PRIME);
  h = Math.imul(h ^ b, FNV_PRIME);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & mask;
}

const BOS = '<s>';
const EOS = '</s>';

/**
 * Writes the bucket indexes of token `i`'s features into `out` (from index 0) and returns how many
 * were written. `mask` is the bucket count minus one (a power of two minus one).
 */
export function tokenFeatures(v: SentenceView, i: number, mask: number, out: Int32Array): number {
  const n = v.norms.length;
  const at = (arr: string[], k: number) => (k < 0 ? BOS : k >= n ? EOS : arr[k]!);
  const w = v.norms[i]!;
  const s = v.stems[i]!;
  let k = 0;
  const f = (t: number, a: string, b?: string) => {
    out[k++] = hash(t, a, b, mask);
  };
  f(0, '');
  f(1, w);
  f(2, s);
  f(3, v.prefixes[i]!, hasArticle(v.prefixes[i]!) ? 'al' : '');
  f(4, s.slice(-2));
  f(5, s.slice(-3));
  f(6, s.slice(0, 2));
  f(7, s.slice(0, 3));
  f(8, v.shapes[i]!);
  f(9, at(v.norms, i - 1));
  f(10, at(v.norms, i + 1));
  f(11, at(v.norms, i - 2));
  f(12, at(v.norms, i + 2));
  f(13, at(v.stems, i - 1));
  f(14, at(v.stems, i + 1));
  f(15, at(v.stems, i - 1), s);
  f(16, s, at(v.stems, i + 1));
  f(17, v.gaz[i]!);
  f(18, at(v.gaz, i - 1), v.gaz[i]!);
  f(19, v.gaz[i]!, at(v.gaz, i + 1));
  f(20, at(v.shapes, i - 1), v.shapes[i]!);
  f(21, v.shapes[i]!, at(v.shapes, i + 1));
  f(22, at(v.stems, i - 1).slice(-2), s.slice(-2));
  f(23, s.length > 6 ? 'long' : String(s.length));
  f(24, at(v.stems, i - 2), at(v.stems, i - 1));
  // Word classes and frequency bins: the token and its neighbours, alone and in pairs.
  const num = (arr: Int32Array, j: number) =>
    j < 0 ? BEFORE_SENTENCE : j >= n ? AFTER_SENTENCE : arr[j]!;
  const g = (t: number, a: number, b = -1) => {
    out[k++] = hashNumbers(t, a, b, mask);
  };
  const prefixCode = v.prefixes[i]!.length
    ? v.prefixes[i]!.charCodeAt(0) * 8 + v.prefixes[i]!.length
    : 0;
  for (let set = 0; set < v.classes.length; set++) {
    const c = v.classes[set]!;
    const t = 25 + set * 6;
    g(t, c[i]!);
    g(t + 1, num(c, i - 1));
    g(t + 2, num(c, i + 1));
    g(t + 3, num(c, i - 1), c[i]!);
    g(t + 4, c[i]!, num(c, i + 1));
    g(t + 5, c[i]!, prefixCode);
  }
  const b = v.bins;
  g(60, b[i]!);
  g(61, num(b, i - 1), b[i]!);
  g(62, b[i]!, num(b, i + 1));
  return k;
}

/** The most features `tokenFeatures` writes for one token. */
export const MAX_FEATURES = 25 + 6 * CLUSTER_SETS.length + 3;
