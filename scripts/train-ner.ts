/**
 * `npm run train:ner`: trains the shipped tagger, seeded, so the same data give the same model
 * bit for bit (public/model/ner.bin). Prints progress and the news dev score to stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MODEL_PATH, newsSplit } from '../tools/ner-data';
import { modelFileBytes, trainShippedModel } from '../tools/ner-train';
import { micro, prf, score } from '../lib/nlp/metrics';

const started = Date.now();
const epochs = process.env.SIYAQ_EPOCHS ? Number(process.env.SIYAQ_EPOCHS) : undefined;
const tagger = trainShippedModel(
  (run, e, errors, tokens) =>
    process.stderr.write(`run ${run}, epoch ${e}: ${errors} token errors of ${tokens}\n`),
  epochs,
);
const { dev } = newsSplit();
const counts = score(
  dev.map((s) => s.tags),
  dev.map((s) => tagger.tag(s.tokens)),
);
const f = prf(micro(counts, ['PER', 'LOC', 'ORG']));
process.stderr.write(`gazetteer ${tagger.gazetteer.size} names\n`);
process.stderr.write(
  `news dev PER+LOC+ORG: P ${f.p.toFixed(1)} R ${f.r.toFixed(1)} F1 ${f.f.toFixed(1)}\n`,
);
process.stderr.write(`lexicon ${tagger.lexicon.size} words\n`);
const bytes = modelFileBytes(tagger);
mkdirSync(dirname(MODEL_PATH), { recursive: true });
writeFileSync(MODEL_PATH, bytes);
process.stderr.write(
  `wrote ${MODEL_PATH} (${bytes.length} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
