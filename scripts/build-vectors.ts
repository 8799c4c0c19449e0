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
 *   npm run build:vectors -- --vectors
 *                                    (the positional vectors themselves, no classes, into
 *                                     data/nlp/word-vectors.bin, git-ignored: the `nn` lever)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readWordStream } from '../tools/word-stream';
import {
  encodeVectorClassTable,
  nestedClasses,
  type VectorClassRow,
} from '../lib/nlp/word-vector-classes';
import { learnVectors } from '../lib/nlp/word-vectors';
import { encodeWordVectors, VECTORS_FILE } from '../tools/nn-vectors';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'data/unlabeled/arwiki-paragraphs.txt.gz');
const BAG = process.argv.includes('--bag');
/** Levels of up to 1,024 classes each clustered from all words, not split from the level above. */
const FLAT = process.argv.includes('--flat');
/** Write the vectors themselves instead of their classes. */
const RAW = process.argv.includes('--vectors');
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

const { words, stream, tokens, forms } = readWordStream(
  gunzipSync(readFileSync(SOURCE)).toString('utf8'),
  MIN_COUNT,
);
log(`${tokens.toLocaleString('en')} tokens, ${forms.toLocaleString('en')} word forms`);

const vectors = learnVectors({ stream, size: words.length }, { ...VECTORS, onStep: log });
log(`${words.length.toLocaleString('en')} vectors of ${VECTORS.dims} dimensions`);
if (RAW) {
  // A token of marks alone normalises to nothing: a context, not a word (as for the classes).
  const keep = words.map((w, r) => (w === '' ? -1 : r)).filter((r) => r >= 0);
  const values = new Float32Array(keep.length * VECTORS.dims);
  keep.forEach((r, k) =>
    values.set(vectors.subarray(r * VECTORS.dims, (r + 1) * VECTORS.dims), k * VECTORS.dims),
  );
  const file = join(ROOT, 'data', VECTORS_FILE);
  writeFileSync(
    file,
    encodeWordVectors({ words: keep.map((r) => words[r]!), dims: VECTORS.dims, values }),
  );
  log(`wrote ${file} (${keep.length.toLocaleString('en')} words)`);
  process.exit(0);
}
const levels = nestedClasses(vectors, VECTORS.dims, words.length, {
  iterations: ITERATIONS,
  seed: VECTORS.seed,
  ...(FLAT ? { flat: 1024 } : {}),
  onLevel: (c) => log(`${c} classes`),
});

// A token of marks alone (tatweel, diacritics) normalises to nothing: a context, not a word.
const rows: VectorClassRow[] = words
  .map((word, r) => ({ word, classes: levels.map((l) => l[r]!) }))
  .filter((row) => row.word !== '');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, encodeVectorClassTable(rows));
log(`wrote ${OUT} (${rows.length.toLocaleString('en')} words)`);
