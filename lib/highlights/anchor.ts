/**
 * Describing a highlight so it can be found again, and finding it (issue 6), on the article
 * root's text (`TextMap`): a TextQuote selector (the exact text with 32 characters either side), a
 * TextPosition selector, and on re-anchoring: the position if its text still matches, else the
 * exact quote (the occurrence whose context fits best, then the nearest), else a fuzzy match with
 * `approx-string-match` scored by quote, prefix, suffix and distance, within an error budget
 * proportional to the quote's length. A highlight whose text is gone is reported as not found —
 * never placed on other text.
 */
import search from 'approx-string-match';

export const CONTEXT_CHARS = 32;
/** Errors allowed in a fuzzy quote match, per character of the quote. */
const ERROR_RATE = 0.25;
/** Shorter quotes are only found exactly: a few changed letters could make them anything. */
const MIN_FUZZY_CHARS = 12;
/** A quote this short, or not unique, must have its context agree to be accepted. */
const MIN_UNIQUE_CHARS = 20;
/** Context similarity (0..1) needed when the context is what decides. */
const MIN_CONTEXT = 0.5;

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Where the quote started in the DOM (child-index path from the root, offset in the node). */
  hint?: { path: number[]; offset: number };
}

export interface Anchor {
  start: number;
  end: number;
  method: 'hint' | 'position' | 'quote' | 'fuzzy';
}

/** The selectors of text [start, end) of `text`. */
export function describe(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { start, end },
  };
}

/** How alike two strings are, 0..1, by edit distance (bounded: only the ends that matter). */
export function similarity(a: string, b: string): number {
  if (!a && !b) return 1;
  if (!a || !b) return 0;
  const max = Math.max(a.length, b.length);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const matches = search(long, short, short.length);
  const best = matches.reduce(
    (m, x) => Math.min(m, x.errors + Math.abs(x.end - x.start - short.length)),
    short.length,
  );
  return Math.max(0, 1 - (best + (long.length - short.length)) / max);
}

/** How well the text around [start, end) matches the saved prefix and suffix, 0..1 each. */
function contextFit(text: string, start: number, end: number, q: TextQuoteSelector) {
  const prefix = similarity(text.slice(Math.max(0, start - q.prefix.length), start), q.prefix);
  const suffix = similarity(text.slice(end, end + q.suffix.length), q.suffix);
  return { prefix, suffix, either: Math.max(prefix, suffix), both: (prefix + suffix) / 2 };
}

/**
 * Finds the highlight described by `s` in `text`; null when it is not there. `hintStart` is where
 * the DOM-range hint now points (`TextMap.resolveHint`), if anywhere.
 */
export function anchor(text: string, s: Selectors, hintStart?: number | null): Anchor | null {
  const { quote, position } = s;
  const exact = quote.exact;
  if (!exact) return null;

  // 0. The DOM hint, if its text is the quote (same markup as when saved).
  if (hintStart != null && text.slice(hintStart, hintStart + exact.length) === exact) {
    const end = hintStart + exact.length;
    // A short quote could be another occurrence the shifted path now points to: check the context.
    if (
      exact.trim().length >= MIN_UNIQUE_CHARS ||
      contextFit(text, hintStart, end, quote).both >= MIN_CONTEXT
    )
      return { start: hintStart, end, method: 'hint' };
  }

  // 1. The position, if its text is still the quote.
  if (text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }

  // 2. The exact quote: the occurrence whose context fits best, then the nearest.
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && found.length < 1000; i = text.indexOf(exact, i + 1))
    found.push(i);
  const unique = found.length === 1 && exact.trim().length >= MIN_UNIQUE_CHARS;
  if (unique) return { start: found[0]!, end: found[0]! + exact.length, method: 'quote' };
  if (found.length) {
    const scored = found
      .map((i) => ({ i, fit: contextFit(text, i, i + exact.length, quote) }))
      .sort(
        (a, b) =>
          b.fit.both - a.fit.both ||
          Math.abs(a.i - position.start) - Math.abs(b.i - position.start),
      );
    const best = scored[0]!;
    if (best.fit.both >= MIN_CONTEXT) {
      return { start: best.i, end: best.i + exact.length, method: 'quote' };
    }
  }

  // 3. A fuzzy match, for quotes long enough that a few edits leave them recognisable.
  if (exact.trim().length < MIN_FUZZY_CHARS) return null;
  const maxErrors = Math.max(1, Math.floor(exact.length * ERROR_RATE));
  // approx-string-match returns only the matches with the fewest errors, so a look-alike passage
  // elsewhere could hide the edited one: search windows around the old position first, then all.
  const matches: { start: number; end: number; errors: number }[] = [];
  for (const margin of [500, 3000, Infinity]) {
    const from = Math.max(0, position.start - margin);
    const to = Math.min(text.length, position.end + margin);
    for (const m of search(text.slice(from, to), exact, maxErrors))
      matches.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    if (to - from >= text.length) break;
  }
  if (!matches.length) return null;
  let best: { start: number; end: number; score: number; fit: number; errors: number } | null =
    null;
  for (const m of dedupe(matches)) {
    const fit = contextFit(text, m.start, m.end, quote);
    const quoteScore = 1 - m.errors / exact.length;
    const distance = Math.abs(m.start - position.start) / Math.max(text.length, 1);
    const score = 50 * quoteScore + 20 * fit.prefix + 20 * fit.suffix + 2 * (1 - distance);
    if (!best || score > best.score)
      best = { start: m.start, end: m.end, score, fit: fit.either, errors: m.errors };
  }
  if (!best) return null;
  // Few errors stand on their own; more need the context to agree.
  if (best.errors > exact.length * 0.1 && best.fit < MIN_CONTEXT) return null;
  return { start: best.start, end: best.end, method: 'fuzzy' };
}

/** approx-string-match reports overlapping matches ending at each position; keep the best per start region. */
function dedupe<T extends { start: number; end: number; errors: number }>(matches: T[]): T[] {
  const out: T[] = [];
  for (const m of [...matches].sort((a, b) => a.errors - b.errors || a.start - b.start)) {
    if (out.some((o) => m.start < o.end && o.start < m.end)) continue;
    out.push(m);
  }
  return out;
}
