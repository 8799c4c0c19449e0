/** The neural tagger's tagging-time cache of first-layer products (split from tools/nn-net.ts). */
import { charFeatures, type CharInput } from './nn-char';
import type { Layout } from './nn-net';

/**
 * At tagging time: per word row, the first layer's products with the word's vector at each window
 * position (`(2w + 1) × H`), kept across sentences, so that a word's vector is multiplied once and
 * not once per token. Tied to the weights it was filled with (`clear` after changing them); at most
 * `limit` rows (then it starts again).
 */
export class Projections {
  private readonly rows = new Map<number, Float32Array>();
  private readonly words = new Map<string, Float32Array>();
  constructor(private readonly limit = 4096) {}
  clear(): void {
    this.rows.clear();
    this.words.clear();
  }
  /**
   * The products of word `j`'s char features with the first layer at each char window position
   * (`(2c + 1) × H`), by its folded form.
   */
  chars(p: Float32Array, L: Layout, input: CharInput, j: number): Float32Array {
    const key = input.words[j]!;
    let z = this.words.get(key);
    if (z) return z;
    const { H } = L.shape;
    const { F } = L.char;
    const c = L.shape.c ?? 1;
    if (this.words.size >= this.limit) this.words.clear();
    const feats = new Float32Array(F);
    charFeatures(p, L.char, input.chars, input.at[j]!, input.at[j + 1]!, feats, 0);
    z = new Float32Array((2 * c + 1) * H);
    for (let q = 0; q < 2 * c + 1; q++)
      for (let u = 0; u < H; u++) {
        let a = 0;
        const wo = L.win + u * L.din + L.vo + q * F;
        for (let f = 0; f < F; f++) a += p[wo + f]! * feats[f]!;
        z[q * H + u] = a;
      }
    this.words.set(key, z);
    return z;
  }
  /** The products of row `r` (a vector row, or −1, −2, −3: unknown, before, after). */
  get(p: Float32Array, L: Layout, vectors: Float32Array, r: number): Float32Array {
    let z = this.rows.get(r);
    if (z) return z;
    const { D, w, H } = L.shape;
    if (this.rows.size >= this.limit) this.rows.clear();
    z = new Float32Array((2 * w + 1) * H);
    const src = r >= 0 ? vectors : p;
    const at = r >= 0 ? r * D : L.extra + (-r - 1) * D;
    for (let q = 0; q < 2 * w + 1; q++)
      for (let u = 0; u < H; u++) {
        let a = 0;
        const wo = L.win + u * L.din + q * D;
        for (let d = 0; d < D; d++) a += p[wo + d]! * src[at + d]!;
        z[q * H + u] = a;
      }
    this.rows.set(r, z);
    return z;
  }
}
