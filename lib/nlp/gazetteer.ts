/**
 * Gazetteer membership for tagger features: countries, cities and territories (LOC), Arabic first
 * and family names (PER). Entries and tokens are compared normalised, the first word without its
 * clitics, so `وبالولايات المتحدة` matches `الولايات المتحدة`.
 */
import { stripClitics } from './clitics';
import { normalizeWord } from '../text/normalize';

/** Kinds of entries. */
/**
 * `PART`: a word of a person's name (a given or family name of any origin), alone; `NAT`: a
 * nationality or people (مصري، الروس), which names no entity of its own.
 */
export type GazKind = 'LOC' | 'FIRST' | 'LAST' | 'PER' | 'ORG' | 'PART' | 'NAT';

/** Longest entry, in words. */
const MAX_WORDS = 4;

/**
 * The key of a name: normalised words, the first one without an article-bearing prefix (ال، وال،
 * بال، لل …). A bare و is kept: it begins names (واشنطن، وهران), and `label` tries the token with
 * and without it.
 */
export function gazKey(words: string[]): string {
  return words
    .map((w, i) => {
      const n = normalizeWord(w);
      if (i > 0) return n;
      const { stem, prefix } = stripClitics(n);
      return prefix && prefix !== 'و' ? stem : n;
    })
    .join(' ');
}

/** A set of names by kind, matched longest-first over token sequences. */
export class Gazetteer {
  private readonly entries = new Map<string, GazKind>();
  /** First words of the entries of several words: only these start a longer match. */
  private readonly heads = new Set<string>();

  constructor(entries: Iterable<[string, GazKind]> = []) {
    for (const [key, kind] of entries) this.put(key, kind);
  }

  private put(key: string, kind: GazKind): void {
    if (this.entries.has(key)) return;
    this.entries.set(key, kind);
    const space = key.indexOf(' ');
    if (space > 0) this.heads.add(key.slice(0, space));
  }

  /** Adds a name (raw words); the first kind given for a key wins. */
  add(name: string, kind: GazKind): void {
    const words = name.trim().split(/\s+/).filter(Boolean);
    if (!words.length || words.length > MAX_WORDS) return;
    const key = gazKey(words);
    if (key.length >= 2) this.put(key, kind);
  }

  /** Entries as [key, kind] pairs, sorted (for a stable model file). */
  toJSON(): [string, GazKind][] {
    return [...this.entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** The kind of a key (normalised words, first one clitic-stripped), if it is an entry. */
  kindOf(key: string): GazKind | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Per token: '' or `KIND-B` / `KIND-I` for tokens inside the longest match starting there.
   * `stems[i]` and `norms[i]` are the token's clitic-stripped and plain normalised forms.
   */
  label(stems: string[], norms: string[]): string[] {
    const out = new Array<string>(stems.length).fill('');
    for (let i = 0; i < stems.length;) {
      let matched = 0;
      let kind: GazKind | undefined;
      const heads = stems[i] === norms[i] ? [stems[i]!] : [stems[i]!, norms[i]!];
      const longest = heads.some((h) => this.heads.has(h)) ? MAX_WORDS : 1;
      search: for (let n = Math.min(longest, stems.length - i); n >= 1; n--) {
        for (const head of heads) {
          const key = n === 1 ? head : `${head} ${norms.slice(i + 1, i + n).join(' ')}`;
          kind = this.entries.get(key);
          if (kind) {
            matched = n;
            break search;
          }
        }
      }
      if (matched && kind) {
        for (let k = 0; k < matched; k++) out[i + k] = `${kind}-${k === 0 ? 'B' : 'I'}`;
        i += matched;
      } else i++;
    }
    return out;
  }
}
