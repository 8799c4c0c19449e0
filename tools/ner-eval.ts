/** Node-only: NER scores on the evaluation sets, for `npm run eval` and the benchmarks. */
import type { Sentence } from '../lib/nlp/corpus';
import { propagate } from '../lib/nlp/consistency';
import { secondPass } from '../lib/nlp/document';
import { micro, prf, score, type Counts } from '../lib/nlp/metrics';
import type { Tagger } from '../lib/nlp/model';
import type { EntityType } from '../lib/nlp/tags';
import { corpus, newsSplit } from './ner-data';

/** Scores of one set. */
export interface SetScores {
  name: string;
  sentences: number;
  perType: Record<EntityType, Counts>;
  /** PER+LOC+ORG micro. */
  headline: Counts;
  /** With the document pass alone (consistency.ts). */
  headlineWithDocumentPass: Counts;
  /** As the product tags: with the document pass, name rules and known names (document.ts). */
  headlineAsProduct: Counts;
}

/** The evaluation sets: news dev (last 10% of ANERcorp train, never trained on), AQMAR dev and test. */
export function evaluationSets(): { name: string; sentences: Sentence[] }[] {
  return [
    { name: 'news dev (ANERcorp train, last 10%)', sentences: newsSplit().dev },
    { name: 'aqmar-dev', sentences: corpus('aqmar-dev.conll') },
    { name: 'aqmar-test', sentences: corpus('aqmar-test.conll') },
  ];
}

/** Documents for the second pass: windows of 20 consecutive sentences (the sets have no article ids). */
const WINDOW = 20;

/** Tags and scores one set. */
export function evaluate(tagger: Tagger, name: string, sentences: Sentence[]): SetScores {
  const gold = sentences.map((s) => s.tags);
  const pred = sentences.map((s) => tagger.tag(s.tokens));
  const propagated: string[][] = [];
  const second: string[][] = [];
  for (let i = 0; i < sentences.length; i += WINDOW) {
    const toks = sentences.slice(i, i + WINDOW).map((s) => s.tokens);
    propagated.push(...propagate(toks, pred.slice(i, i + WINDOW)));
    second.push(...secondPass(tagger, toks, pred.slice(i, i + WINDOW)));
  }
  const perType = score(gold, pred);
  return {
    name,
    sentences: sentences.length,
    perType,
    headline: micro(perType, ['PER', 'LOC', 'ORG']),
    headlineWithDocumentPass: micro(score(gold, propagated), ['PER', 'LOC', 'ORG']),
    headlineAsProduct: micro(score(gold, second), ['PER', 'LOC', 'ORG']),
  };
}

/** One printable line of P/R/F1. */
export function formatPrf(c: Counts): string {
  const { p, r, f } = prf(c);
  return `P ${p.toFixed(1)}  R ${r.toFixed(1)}  F1 ${f.toFixed(1)}`;
}
