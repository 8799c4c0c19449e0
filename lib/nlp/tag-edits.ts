/**
 * Small edits of an article's tags shared by the passes after the tagger (name-rules.ts,
 * name-joins.ts, place-heads.ts …): which words may belong to a name, and claiming a span.
 */
import { FUNCTION_WORDS } from './function-words';
import type { Span } from './tags';
import { normalizeWord } from '../text/normalize';

/** Whether a token is one of `words`, alone or after a one-letter proclitic (ووزارة، لمنظمة). */
export function isOneOf(token: string, words: Set<string>): boolean {
  return isOneOfNormal(normalizeWord(token), words);
}

/** The same for a word already normalised. */
export function isOneOfNormal(n: string, words: Set<string>): boolean {
  return words.has(n) || ('وبلفك'.includes(n[0] ?? '') && words.has(n.slice(1)));
}

/**
 * A word with the article that can belong to a name: not a relative pronoun (التي، الذين), nor a
 * word whose alef bears a hamza — the article's never does (ألقت "she threw", ألمانيا).
 */
export function isDefinite(token: string): boolean {
  const n = normalizeWord(token);
  return n.startsWith('ال') && n.length > 3 && !FUNCTION_WORDS.has(n) && !/^[أإآ]/.test(token);
}

/**
 * A word with the article that reads as an adjective of relation once normalised (الدولي،
 * الكويتية، الكبرى) — looser than construct-words isRelation, which also leaves out words of
 * time, description and persons.
 */
export function readsAsRelation(token: string | undefined): boolean {
  return /^ال.{2,}(ي|يه)$/.test(normalizeWord(token ?? ''));
}

/** A word in Arabic letters. */
export function isArabicWord(token: string): boolean {
  return /^[\u0620-\u064a\u0671-\u06d3][\u0620-\u065f\u0670-\u06d3\u0640]*$/.test(token);
}

/** Tags `start`…`end` (exclusive) as one span of `type`. */
export function claim(tags: string[], start: number, end: number, type: string): void {
  for (let k = start; k < end; k++) tags[k] = `${k === start ? 'B' : 'I'}-${type}`;
}

/** The end of a run of untagged definite words from `from`, before `limit`, stopping where `stop`. */
export function definiteRun(
  tokens: string[],
  tags: string[],
  from: number,
  limit: number,
  stop: (i: number) => boolean = () => false,
  free: (i: number) => boolean = (i) => tags[i] === 'O',
): number {
  let end = from;
  while (
    end < Math.min(limit, tokens.length) &&
    free(end) &&
    isDefinite(tokens[end]!) &&
    !stop(end)
  )
    end++;
  return end;
}

export const free = (tags: string[], start: number, end: number) =>
  end > start && tags.slice(start, end).every((t) => t === 'O');

/** The untagged word right after a person's name of two words or more (`sp`), if there is one. */
export function wordAfterPerson(tokens: string[], tags: string[], sp: Span): string | undefined {
  if (sp.type !== 'PER' || sp.end - sp.start < 2 || tags[sp.end] !== 'O') return undefined;
  return tokens[sp.end];
}
