/** The tag set of the tagger, and BIO helpers. */

/** Entity types. */
import type { EntityType } from '../db/database';
export type { EntityType };

/** BIO tags, in the model's order. */
export const TAGS = [
  'O',
  'B-PER',
  'I-PER',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** May tag `to` follow tag `from` (or start a sentence when `from` is -1)? I-X only after B-X/I-X. */
export function allowedTransition(from: number, to: number): boolean {
  const t = TAGS[to]!;
  if (!t.startsWith('I-')) return true;
  if (from < 0) return false;
  const f = TAGS[from]!;
  return f !== 'O' && f.slice(2) === t.slice(2);
}

/** A span of tokens `[start, end)` with a type. */
export interface Span {
  type: EntityType;
  start: number;
  end: number;
}

/** Entity spans of a BIO sequence (CoNLL style: an I- after a different type starts a new span). */
export function spans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : (tag.slice(2) as EntityType);
    const begins = tag.startsWith('B-') || (type !== null && (!cur || cur.type !== type));
    if (cur && (type === null || begins)) {
      out.push(cur);
      cur = null;
    }
    if (type && begins) cur = { type, start: i, end: i + 1 };
    else if (type && cur) cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}
