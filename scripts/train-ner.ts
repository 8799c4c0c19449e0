/**
 * `npm run train:ner`: trains the shipped tagger, seeded, so the same data give the same model
 * bit for bit (public/model/ner.bin). Prints dev scores per epoch to stderr as it goes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MODEL_PATH, buildGazetteer, newsSplit } from '../lib/node/ner-data';
import { micro, prf, score } from '../lib/nlp/metrics';
import { train } from '../lib/nlp/train';

const SEED = 20261123;
const BITS = 18;
const EPOCHS = Number(process.env.SIYAQ_EPOCHS ?? 10);

const started = Date.now();
const gazetteer = buildGazetteer();
const { train: trainSet, dev } = newsSplit();
process.stderr.write(
  `gazetteer ${gazetteer.size} names; train ${trainSet.length} sentences; dev ${dev.length}\n`,
);
const tagger = train(trainSet, gazetteer, {
  bits: BITS,
  epochs: EPOCHS,
  seed: SEED,
  trainedOn: ['anercorp-camel-train.txt (first 90% of sentences)'],
  onEpoch: (e, errors, tokens) =>
    process.stderr.write(`epoch ${e}: ${errors} token errors of ${tokens}\n`),
});
const counts = score(
  dev.map((s) => s.tags),
  dev.map((s) => tagger.tag(s.tokens)),
);
const f = prf(micro(counts, ['PER', 'LOC', 'ORG']));
process.stderr.write(
  `news dev PER+LOC+ORG: P ${f.p.toFixed(1)} R ${f.r.toFixed(1)} F1 ${f.f.toFixed(1)}\n`,
);
const bytes = tagger.serialize();
mkdirSync(dirname(MODEL_PATH), { recursive: true });
writeFileSync(MODEL_PATH, bytes);
process.stderr.write(
  `wrote ${MODEL_PATH} (${bytes.length} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
