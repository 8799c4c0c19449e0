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
import { readWordStream } from '../tools/word-stream';
import { CLUSTER_SETS, encodeClusterTable, type ClusterRow } from '../lib/nlp/lexicon';
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

const { words, counts, withArticle, stream, tokens, forms } = readWordStream(
  gunzipSync(readFileSync(SOURCE)).toString('utf8'),
  MIN_COUNT,
);
log(`${tokens.toLocaleString('en')} tokens, ${forms.toLocaleString('en')} word forms`);
log(`${words.length.toLocaleString('en')} words seen ≥ ${MIN_COUNT} times are clustered`);

const classes = CLUSTER_SETS.map((C) =>
  clusterWords(
    { stream, size: words.length },
    {
      classes: C,
      passes: PASSES[C] ?? 10,
      onPass: (pass, moved) => log(`${C} classes: pass ${pass}, ${moved} words moved`),
    },
  ),
);

// A token of marks alone (tatweel, diacritics) normalises to nothing: a context, not a word.
const rows: ClusterRow[] = words
  .map((word, r) => ({
    word,
    classes: classes.map((c) => c[r]!),
    count: counts[r]!,
    withArticle: withArticle[r]!,
  }))
  .filter((row) => row.word !== '');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, encodeClusterTable(rows));
log(`wrote ${OUT} (${rows.length.toLocaleString('en')} words)`);
