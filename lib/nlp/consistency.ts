/**
 * Document-level consistency, a second pass over the tagger's output: a name the tagger found in
 * one sentence of an article is tagged the same way where it recurs untagged, and the family name
 * of a person found with a full name is a person when it recurs alone (سيرديوكوف after أندريه
 * سيرديوكوف). A linear tagger sees one sentence at a time; articles repeat their names.
 */
import { stripClitics } from './clitics';
import { normalizeWord } from '../text/normalize';
import { spans, type EntityType } from './tags';

const MAX_WORDS = 4;
/** One-word keys shorter than this are too ambiguous to propagate. */
const MIN_SINGLE_CHARS = 4;

function keyOf(tokens: string[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t, i) => (i === 0 ? stripClitics(normalizeWord(t)).stem : normalizeWord(t)))
    .join(' ');
}

/**
 * Returns new tag sequences for the sentences of one document. `isCommon(word)` says whether a
 * normalised word is too common to be a name alone (e.g. from corpus frequencies).
 */
export function propagate(
  sentences: string[][],
  tags: string[][],
  isCommon: (normalized: string) => boolean = () => false,
): string[][] {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType) => {
    const m = votes.get(key) ?? new Map<EntityType, number>();
    m.set(type, (m.get(type) ?? 0) + 1);
    votes.set(key, m);
  };
  sentences.forEach((tokens, i) => {
    for (const s of spans(tags[i]!)) {
      if (s.type === 'MISC') continue;
      vote(keyOf(tokens, s.start, s.end), s.type);
      if (s.type === 'PER' && s.end - s.start >= 2) vote(keyOf(tokens, s.end - 1, s.end), 'PER');
    }
  });
  const best = new Map<string, EntityType>();
  for (const [key, m] of votes) {
    const [type] = [...m].sort((a, b) => b[1] - a[1])[0]!;
    const single = !key.includes(' ');
    if (single && (key.length < MIN_SINGLE_CHARS || isCommon(key))) continue;
    best.set(key, type);
  }
  // First words of the keys: a position whose first word starts none is skipped at once.
  const heads = new Set([...best.keys()].map((k) => k.split(' ')[0]!));
  return sentences.map((tokens, i) => {
    const out = [...tags[i]!];
    const norms = tokens.map(normalizeWord);
    for (let start = 0; start < tokens.length; start++) {
      if (out[start] !== 'O') continue;
      const first = stripClitics(norms[start]!).stem;
      if (!heads.has(first)) continue;
      // Keys of 1…MAX_WORDS words from here, over untagged tokens only.
      let free = 0;
      while (free < MAX_WORDS && start + free < tokens.length && out[start + free] === 'O') free++;
      const keys = [first];
      for (let n = 2; n <= free; n++) keys.push(`${keys[n - 2]} ${norms[start + n - 1]}`);
      for (let n = free; n >= 1; n--) {
        const type = best.get(keys[n - 1]!);
        if (!type) continue;
        for (let k = 0; k < n; k++) out[start + k] = `${k === 0 ? 'B' : 'I'}-${type}`;
        start += n - 1;
        break;
      }
    }
    return out;
  });
}
