/** Entity-level exact-match scores (CoNLL style), per type and micro-averaged. */
import { spans, type EntityType } from './tags';

/** Counts for one type. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 in percent. */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? (100 * c.tp) / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? (100 * c.tp) / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Per-type counts over sentences of gold and predicted BIO tags. */
export function score(gold: string[][], pred: string[][]): Record<EntityType, Counts> {
  const out: Record<EntityType, Counts> = {
    PER: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
    MISC: { tp: 0, fp: 0, fn: 0 },
  };
  gold.forEach((g, i) => {
    const gs = spans(g);
    const ps = spans(pred[i] ?? []);
    const key = (s: { type: string; start: number; end: number }) =>
      `${s.type}:${s.start}:${s.end}`;
    const gk = new Set(gs.map(key));
    const pk = new Set(ps.map(key));
    for (const s of ps) out[s.type][gk.has(key(s)) ? 'tp' : 'fp']++;
    for (const s of gs) if (!pk.has(key(s))) out[s.type].fn++;
  });
  return out;
}

/** Sum of counts over `types`. */
export function micro(counts: Record<EntityType, Counts>, types: EntityType[]): Counts {
  return types.reduce(
    (a, t) => ({ tp: a.tp + counts[t].tp, fp: a.fp + counts[t].fp, fn: a.fn + counts[t].fn }),
    {
      tp: 0,
      fp: 0,
      fn: 0,
    },
  );
}
