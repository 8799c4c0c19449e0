/**
 * The character-level part of the neural tagger's window network (issue 14's `char` lever;
 * tools/nn-net.ts joins it to the dense input). Per word: its letters as the tagger folds them
 * (lib/text/normalize.ts `normalizeWord`, clitics kept), between a begin and an end marker, each a
 * learnt embedding of `E` numbers; a convolution of width 3 with `F` filters over them, max-pooled
 * over the word and passed through tanh → `F` numbers per word. The char features of the window
 * positions `i − c … i + c` are read by the hidden layer beside the word vectors; the whole block is
 * trained with the rest (backprop through the tanh, the max-pool's chosen window and the
 * convolution).
 *
 * The alphabet is small and fixed: the markers, digits, Latin a–z, the Arabic letters U+0621–U+064A
 * (what folding leaves of Arabic), and one row for anything else. A word is read to at most
 * `MAX_LETTERS` letters (its first and last halves of that), so a 100,000-letter token costs what a
 * long word costs.
 */
import { normalizeWord } from '../lib/text/normalize';

export const BEGIN = 0;
export const END = 1;
const OTHER = 2;
const DIGIT = 3;
const LATIN = 4;
const ARABIC = LATIN + 26;
/** Rows of the char embedding. */
export const ALPHABET = ARABIC + (0x064a - 0x0621 + 1);
/** Letters read per word at most: the first and the last half of this. */
export const MAX_LETTERS = 24;

/** The alphabet row of one character (of a folded word). */
function letterId(c: number): number {
  if (c >= 0x0621 && c <= 0x064a) return ARABIC + c - 0x0621;
  if (c >= 0x61 && c <= 0x7a) return LATIN + c - 0x61;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  return OTHER;
}

/** A word's letters as alphabet rows, between `BEGIN` and `END` (an empty word reads one `OTHER`). */
export function charIds(word: string): number[] {
  const folded = normalizeWord(word);
  const codes: number[] = [];
  for (let k = 0; k < folded.length; k++) codes.push(folded.charCodeAt(k));
  const kept =
    codes.length > MAX_LETTERS
      ? [...codes.slice(0, MAX_LETTERS / 2), ...codes.slice(codes.length - MAX_LETTERS / 2)]
      : codes;
  const ids = kept.map(letterId);
  if (!ids.length) ids.push(OTHER);
  return [BEGIN, ...ids, END];
}

/** The char input of a sentence: every word's rows one after another, and where each starts. */
export interface CharInput {
  /** The words' alphabet rows, concatenated (each with its markers). */
  chars: Int32Array;
  /** `n + 1` offsets into `chars`: word `j` is `chars[at[j] .. at[j + 1])`. */
  at: Int32Array;
  /** The folded words (the tagging-time cache's keys). */
  words: string[];
}

export function charInput(tokens: string[]): CharInput {
  const all: number[] = [];
  const at = new Int32Array(tokens.length + 1);
  tokens.forEach((t, j) => {
    all.push(...charIds(t));
    at[j + 1] = all.length;
  });
  return { chars: Int32Array.from(all), at, words: tokens.map(normalizeWord) };
}

/** Where the char block's parameters are (offsets into the network's parameter array). */
export interface CharLayout {
  /** Filters (0: no char block). */
  F: number;
  /** Embedding dimensions. */
  E: number;
  /** `ALPHABET × E` embeddings. */
  emb: number;
  /** `F × 3 × E` convolution weights. */
  conv: number;
  /** `F` convolution biases. */
  bias: number;
}

/**
 * The char features of one word (`seq` from `from` to `to`, markers included) into `z[zo …]`,
 * with the window each filter's maximum came from into `arg[zo …]` (when given).
 */
export function charFeatures(
  p: Float32Array,
  C: CharLayout,
  seq: Int32Array,
  from: number,
  to: number,
  z: Float32Array,
  zo: number,
  arg?: Int32Array,
): void {
  const { F, E } = C;
  const windows = to - from - 2;
  for (let f = 0; f < F; f++) {
    let best = -Infinity;
    let bestAt = 0;
    const wo = C.conv + f * 3 * E;
    for (let t = 0; t < windows; t++) {
      let a = p[C.bias + f]!;
      for (let k = 0; k < 3; k++) {
        const eo = C.emb + seq[from + t + k]! * E;
        const ko = wo + k * E;
        for (let e = 0; e < E; e++) a += p[ko + e]! * p[eo + e]!;
      }
      if (a > best) {
        best = a;
        bestAt = t;
      }
    }
    z[zo + f] = Math.tanh(best);
    if (arg) arg[zo + f] = bestAt;
  }
}

/**
 * Adds to `g` the gradient of `Σ dz·z` for one word (after `charFeatures` filled `z` and `arg`):
 * through the tanh, to the window that won the max-pool, into its convolution weights, bias and
 * the three letters' embeddings.
 */
export function charBackward(
  p: Float32Array,
  C: CharLayout,
  seq: Int32Array,
  from: number,
  z: Float32Array,
  arg: Int32Array,
  dz: Float32Array,
  zo: number,
  g: Float32Array,
): void {
  const { F, E } = C;
  for (let f = 0; f < F; f++) {
    const v = z[zo + f]!;
    const d = dz[zo + f]! * (1 - v * v);
    if (d === 0) continue;
    g[C.bias + f]! += d;
    const t = arg[zo + f]!;
    const wo = C.conv + f * 3 * E;
    for (let k = 0; k < 3; k++) {
      const eo = C.emb + seq[from + t + k]! * E;
      const ko = wo + k * E;
      for (let e = 0; e < E; e++) {
        g[ko + e]! += d * p[eo + e]!;
        g[eo + e]! += d * p[ko + e]!;
      }
    }
  }
}
