/**
 * Builds `data/nlp/word-vectors-clusters.tsv`: dense word vectors learnt from the unlabelled
 * Arabic Wikipedia paragraphs in `data/unlabeled/` (lib/nlp/word-vectors.ts: positional PPMI
 * reduced by randomized SVD), clustered at 64, 256, 1,024 and 4,096 nested classes
 * (lib/nlp/word-vector-classes.ts). The words are those of build-clusters: the tagger's own forms
 * (normalised, the article and و-prefixes stripped), seen at least three times. CC BY-SA 4.0,
 * derived from the paragraphs. Deterministic; the time of each step is printed.
 *
 *   npm run build:vectors            (positional contexts, ±2 words: the table the lever reads)
 *   npm run build:vectors -- --bag   (contexts ±5 words regardless of offset, into
 *                                     data/nlp/word-vectors-clusters-bag.tsv: the `vbag` lever)
 *   npm run build:vectors -- --flat  (64, 256 and 1,024 classes each from all words, not nested,
 *                                     into data/nlp/word-vectors-clusters-flat.tsv: `vflat`)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { stripClitics } from '../lib/nlp/clitics';
import { tokenize } from '../lib/nlp/tokenize';
import {
  encodeVectorClassTable,
  nestedClasses,
  type VectorClassRow,
} from '../lib/nlp/word-vector-classes';
import { learnVectors } from '../lib/nlp/word-vectors';
import { normalizeWord } from '../lib/text/normalize';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'data/unlabeled/arwiki-paragraphs.txt.gz');
const BAG = process.argv.includes('--bag');
/** Levels of up to 1,024 classes each clustered from all words, not split from the level above. */
const FLAT = process.argv.includes('--flat');
const OUT = join(
  ROOT,
  `data/nlp/word-vectors-clusters${BAG ? '-bag' : ''}${FLAT ? '-flat' : ''}.tsv`,
);
/** Words seen fewer times get no vector (as for the exchange classes). */
const MIN_COUNT = 3;
/** The learner's settings (lib/nlp/word-vectors.ts). */
const VECTORS = BAG
  ? { dims: 100, window: 5, positional: false, contexts: 10_000, seed: 20261206 }
  : { dims: 100, window: 2, positional: true, contexts: 10_000, seed: 20261206 };
/** k-means rounds per split. */
const ITERATIONS = 25;

const started = Date.now();
const log = (s: string) =>
  process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${s}\n`);

const ids = new Map<string, number>();
const words: string[] = [];
const counts: number[] = [];
const raw: number[] = [];
for (const paragraph of gunzipSync(readFileSync(SOURCE)).toString('utf8').split('\n')) {
  if (!paragraph) continue;
  raw.push(-1);
  for (const token of tokenize(paragraph)) {
    const { stem } = stripClitics(normalizeWord(token.text));
    let id = ids.get(stem);
    if (id === undefined) {
      id = words.length;
      ids.set(stem, id);
      words.push(stem);
      counts.push(0);
    }
    counts[id]!++;
    raw.push(id);
  }
}
log(`${raw.length.toLocaleString('en')} tokens, ${words.length.toLocaleString('en')} word forms`);

// Words with vectors: count ≥ MIN_COUNT, most frequent first (ties in code-unit order).
const kept = words
  .map((_, i) => i)
  .filter((i) => counts[i]! >= MIN_COUNT)
  .sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
const rank = new Int32Array(words.length).fill(kept.length);
kept.forEach((w, r) => (rank[w] = r));
const stream = Int32Array.from(raw, (id) => (id < 0 ? -1 : rank[id]!));

const vectors = learnVectors({ stream, size: kept.length }, { ...VECTORS, onStep: log });
log(`${kept.length.toLocaleString('en')} vectors of ${VECTORS.dims} dimensions`);
const levels = nestedClasses(vectors, VECTORS.dims, kept.length, {
  iterations: ITERATIONS,
  seed: VECTORS.seed,
  ...(FLAT ? { flat: 1024 } : {}),
  onLevel: (c) => log(`${c} classes`),
});

// A token of marks alone (tatweel, diacritics) normalises to nothing: a context, not a word.
const rows: VectorClassRow[] = kept
  .map((w, r) => ({ word: words[w]!, classes: levels.map((l) => l[r]!) }))
  .filter((row) => row.word !== '');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, encodeVectorClassTable(rows));
log(`wrote ${OUT} (${rows.length.toLocaleString('en')} words)`);
