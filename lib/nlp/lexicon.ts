/**
 * What the tagger knows of words from unlabelled text: for each word form (normalised, clitics
 * stripped) its class in each cluster set (lib/nlp/word-clusters.ts) and a frequency bin (how common
 * the word is, and how often it carries the article — names rarely do). Built from
 * `data/nlp/word-clusters.tsv`; shipped inside the model file.
 */

import type { VectorClasses } from './word-vector-classes';

/** Class counts of the cluster sets, in column order. */
export const CLUSTER_SETS = [256, 1024] as const;

/** One word of the cluster table. */
export interface ClusterRow {
  word: string;
  classes: number[];
  count: number;
  withArticle: number;
}

const HEADER = `# word\t${CLUSTER_SETS.map((c) => `class${c}`).join('\t')}\tcount\twithArticle`;

/** The table as TSV text (data/nlp/word-clusters.tsv). */
export function encodeClusterTable(rows: ClusterRow[]): string {
  const lines = rows.map((r) => [r.word, ...r.classes, r.count, r.withArticle].join('\t'));
  return `${HEADER}\n${lines.join('\n')}\n`;
}

/** Reads the TSV table; throws naming the line on anything malformed. */
export function decodeClusterTable(text: string): ClusterRow[] {
  const lines = text.split('\n');
  if (lines[0] !== HEADER) throw new Error(`word clusters: expected the header "${HEADER}"`);
  const rows: ClusterRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const cols = line.split('\t');
    const nums = cols.slice(1).map(Number);
    const n = CLUSTER_SETS.length;
    const ok =
      cols.length === n + 3 &&
      cols[0] &&
      nums.every((x) => Number.isInteger(x) && x >= 0) &&
      CLUSTER_SETS.every((c, k) => nums[k]! < c) &&
      nums[n + 1]! <= nums[n]!;
    if (!ok) throw new Error(`word clusters: line ${i + 1} is malformed: ${JSON.stringify(line)}`);
    rows.push({
      word: cols[0]!,
      classes: nums.slice(0, n),
      count: nums[n]!,
      withArticle: nums[n + 1]!,
    });
  }
  return rows;
}

/** Frequency bin: order of magnitude of the count (0–6) × share with the article (4 levels). */
export function frequencyBin(count: number, withArticle: number): number {
  const magnitude = Math.min(6, Math.floor(Math.log10(Math.max(1, count))));
  const share = withArticle / Math.max(1, count);
  const level = share < 0.05 ? 0 : share < 0.3 ? 1 : share < 0.7 ? 2 : 3;
  return magnitude * 4 + level;
}

/** Values of a word the lexicon does not hold, and of the positions beyond the sentence. */
export const UNKNOWN_ARABIC = 4000;
export const UNKNOWN_OTHER = 4001;
export const BEFORE_SENTENCE = 4002;
export const AFTER_SENTENCE = 4003;

const BIN_BITS = 5;
const CLASS_BITS = 11;

/** Word → packed classes and frequency bin. */
export class Lexicon {
  private readonly entries = new Map<string, number>();
  /** Vector classes (word-vector-classes.ts), when a recipe uses them; not in the model file. */
  vectors: VectorClasses | undefined = undefined;

  /** From the cluster table. */
  static fromRows(rows: ClusterRow[]): Lexicon {
    const lex = new Lexicon();
    for (const r of rows) lex.set(r.word, r.classes, frequencyBin(r.count, r.withArticle));
    return lex;
  }

  /**
   * From `serialize`'s bytes (the model file's lexicon section): the entry count, the packed
   * values as little-endian uint32, then the words in UTF-8, one per line, in the same order.
   */
  static deserialize(bytes: Uint8Array): Lexicon {
    const lex = new Lexicon();
    if (bytes.length === 0) return lex;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = bytes.length >= 4 ? view.getUint32(0, true) : -1;
    const wordsAt = 4 + count * 4;
    if (count < 0 || wordsAt > bytes.length) throw new Error('damaged lexicon in the model file');
    const words = new TextDecoder().decode(bytes.subarray(wordsAt)).split('\n');
    if (words.length !== count) throw new Error('damaged lexicon in the model file');
    for (let i = 0; i < count; i++) lex.entries.set(words[i]!, view.getUint32(4 + i * 4, true));
    return lex;
  }

  private set(word: string, classes: number[], bin: number): void {
    let packed = bin;
    for (const c of classes) packed = packed * 2 ** CLASS_BITS + c;
    this.entries.set(word, packed);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * How common a form is in the unlabelled text: the order of magnitude of its count (0 for 1–9
   * … 6) and how often it carried the article (0: under 5 %, 1: under 30 %, 2: under 70 %, 3: more),
   * or undefined when the lexicon does not hold it (seen fewer than three times).
   */
  frequency(form: string): { magnitude: number; article: number } | undefined {
    const packed = this.entries.get(form);
    if (packed === undefined) return undefined;
    const bin = Math.floor(packed / 2 ** (CLASS_BITS * CLUSTER_SETS.length)) % 2 ** BIN_BITS;
    return { magnitude: bin >> 2, article: bin & 3 };
  }

  /**
   * Per token form: its class in cluster set `k` (or an UNKNOWN_* value), into `out[k]`, and its
   * frequency bin into `bins`.
   */
  label(forms: string[], classes: Int32Array[], bins: Int32Array): void {
    for (let i = 0; i < forms.length; i++) {
      let packed = this.entries.get(forms[i]!);
      if (packed === undefined) {
        const unknown = isArabicLetter(forms[i]!.charCodeAt(0)) ? UNKNOWN_ARABIC : UNKNOWN_OTHER;
        for (const c of classes) c[i] = unknown;
        bins[i] = unknown;
        continue;
      }
      for (let k = classes.length - 1; k >= 0; k--) {
        classes[k]![i] = packed % 2 ** CLASS_BITS;
        packed = Math.floor(packed / 2 ** CLASS_BITS);
      }
      bins[i] = packed % 2 ** BIN_BITS;
    }
  }

  /** The lexicon as bytes (see `deserialize`), words sorted (stable model bytes). */
  serialize(): Uint8Array {
    if (this.entries.size === 0) return new Uint8Array(0);
    const words = [...this.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const text = new TextEncoder().encode(words.join('\n'));
    const out = new Uint8Array(4 + words.length * 4 + text.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, words.length, true);
    words.forEach((w, i) => view.setUint32(4 + i * 4, this.entries.get(w)!, true));
    out.set(text, 4 + words.length * 4);
    return out;
  }
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}
