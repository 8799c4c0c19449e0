/**
 * Builds `data/nlp/word-clusters.tsv`, the word classes and frequencies the tagger's features read,
 * from the unlabelled Arabic Wikipedia paragraphs in `data/unlabeled/` (CC BY-SA 4.0; the output is
 * derived from them and shares their licence). Words are the tagger's own forms: normalised, the
 * article and و-prefixes stripped (lib/nlp/clitics.ts). Deterministic; ~10 minutes on 2 vCPUs.
 *
 *   npm run build:clusters
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CLUSTER_SETS, encodeClusterTable, type ClusterRow } from '../lib/nlp/lexicon';
import { hasArticle, stripClitics } from '../lib/nlp/clitics';
import { normalizeWord } from '../lib/text/normalize';
import { tokenize } from '../lib/nlp/tokenize';
import { clusterWords } from '../lib/nlp/word-clusters';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'data/unlabeled/arwiki-paragraphs.txt.gz');
const OUT = join(ROOT, 'data/nlp/word-clusters.tsv');
/** Words seen fewer times are not clustered (too little evidence); they stay contexts. */
const MIN_COUNT = 3;
/** Passes of the exchange algorithm per class count (moves per pass fall below 1% by then). */
const PASSES: Record<number, number> = { 256: 15, 1024: 10 };

const started = Date.now();
const log = (s: string) =>
  process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${s}\n`);

const ids = new Map<string, number>();
const words: string[] = [];
const counts: number[] = [];
const withArticle: number[] = [];
const raw: number[] = [];
for (const paragraph of gunzipSync(readFileSync(SOURCE)).toString('utf8').split('\n')) {
  if (!paragraph) continue;
  raw.push(-1);
  for (const token of tokenize(paragraph)) {
    const { stem, prefix } = stripClitics(normalizeWord(token.text));
    let id = ids.get(stem);
    if (id === undefined) {
      id = words.length;
      ids.set(stem, id);
      words.push(stem);
      counts.push(0);
      withArticle.push(0);
    }
    counts[id]!++;
    if (hasArticle(prefix)) withArticle[id]!++;
    raw.push(id);
  }
}
log(`${raw.length.toLocaleString('en')} tokens, ${words.length.toLocaleString('en')} word forms`);

// Clustered words: count ≥ MIN_COUNT, most frequent first (ties in code-unit order).
const kept = words
  .map((_, i) => i)
  .filter((i) => counts[i]! >= MIN_COUNT)
  .sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
const rank = new Int32Array(words.length).fill(kept.length);
kept.forEach((w, r) => (rank[w] = r));
const stream = Int32Array.from(raw, (id) => (id < 0 ? -1 : rank[id]!));
log(`${kept.length.toLocaleString('en')} words seen ≥ ${MIN_COUNT} times are clustered`);

const classes = CLUSTER_SETS.map((C) =>
  clusterWords(
    { stream, size: kept.length },
    {
      classes: C,
      passes: PASSES[C] ?? 10,
      onPass: (pass, moved) => log(`${C} classes: pass ${pass}, ${moved} words moved`),
    },
  ),
);

// A token of marks alone (tatweel, diacritics) normalises to nothing: a context, not a word.
const rows: ClusterRow[] = kept
  .map((w, r) => ({
    word: words[w]!,
    classes: classes.map((c) => c[r]!),
    count: counts[w]!,
    withArticle: withArticle[w]!,
  }))
  .filter((row) => row.word !== '');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, encodeClusterTable(rows));
log(`wrote ${OUT} (${rows.length.toLocaleString('en')} words)`);
