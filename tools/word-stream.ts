/**
 * The unlabelled paragraphs as the word-class and word-vector builders read them: every token in
 * the tagger's own form (normalised, the article and و-prefixes stripped), numbered by frequency
 * among the forms seen at least `minCount` times — most frequent first, ties in code-unit order —
 * with rarer forms numbered past them and a paragraph break as -1.
 */
import { hasArticle, stripClitics } from '../lib/nlp/clitics';
import { tokenize } from '../lib/nlp/tokenize';
import { normalizeWord } from '../lib/text/normalize';

export interface WordStream {
  /** The kept forms, by rank. */
  words: string[];
  /** How often each kept form occurs, and how often with the article. */
  counts: number[];
  withArticle: number[];
  /** Every token as its rank (rarer forms: `words.length`); -1 between paragraphs. */
  stream: Int32Array;
  /** Tokens and distinct forms read in all. */
  tokens: number;
  forms: number;
}

export function readWordStream(text: string, minCount: number): WordStream {
  const ids = new Map<string, number>();
  const forms: string[] = [];
  const counts: number[] = [];
  const withArticle: number[] = [];
  const raw: number[] = [];
  let tokens = 0;
  for (const paragraph of text.split('\n')) {
    if (!paragraph) continue;
    raw.push(-1);
    for (const token of tokenize(paragraph)) {
      const { stem, prefix } = stripClitics(normalizeWord(token.text));
      let id = ids.get(stem);
      if (id === undefined) {
        id = forms.length;
        ids.set(stem, id);
        forms.push(stem);
        counts.push(0);
        withArticle.push(0);
      }
      counts[id]!++;
      if (hasArticle(prefix)) withArticle[id]!++;
      raw.push(id);
      tokens++;
    }
  }
  const kept = forms
    .map((_, i) => i)
    .filter((i) => counts[i]! >= minCount)
    .sort((a, b) => counts[b]! - counts[a]! || (forms[a]! < forms[b]! ? -1 : 1));
  const rank = new Int32Array(forms.length).fill(kept.length);
  kept.forEach((w, r) => (rank[w] = r));
  return {
    words: kept.map((w) => forms[w]!),
    counts: kept.map((w) => counts[w]!),
    withArticle: kept.map((w) => withArticle[w]!),
    stream: Int32Array.from(raw, (id) => (id < 0 ? -1 : rank[id]!)),
    tokens,
    forms: forms.length,
  };
}
