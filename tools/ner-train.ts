/** Node-only: the recipe of the shipped model, shared by `npm run train:ner` and its reproducibility test. */
import { gzipSync } from 'node:zlib';
import type { Tagger } from '../lib/nlp/model';
import { train } from './train';
import { buildGazetteer, loadLexicon, newsSplit } from './ner-data';

/**
 * Seed, hash size, epochs, ensemble runs, recall cost and gazetteer extras of the shipped model
 * (each lever measured with `npm run --silent ner:levers`, docs/ner-levers.md).
 */
export const RECIPE = {
  seed: 20261123,
  bits: 19,
  epochs: 10,
  ensemble: 4,
  recallCost: 0,
  gazetteer: {},
} as const;

/** Trains the shipped model from data/ (deterministic). */
export function trainShippedModel(
  onEpoch?: (run: number, epoch: number, errors: number, tokens: number) => void,
  epochs: number = RECIPE.epochs,
): Tagger {
  const gazetteer = buildGazetteer(true, RECIPE.gazetteer);
  const { train: trainSet } = newsSplit();
  return train(trainSet, gazetteer, loadLexicon(), {
    bits: RECIPE.bits,
    epochs,
    seed: RECIPE.seed,
    ensemble: RECIPE.ensemble,
    recallCost: RECIPE.recallCost,
    trainedOn: [
      'anercorp-camel-train.txt (first 90% of sentences)',
      'gazetteer: i18n-iso-countries, CLDR 48, world-cities-translations, akhateeb-arabic-names, names annotated in WikiFANE train',
      'word classes and frequencies: data/nlp/word-clusters.tsv, from Arabic Wikipedia paragraphs (npm run build:clusters)',
    ],
    onEpoch,
  });
}

/** The shipped file's bytes: the serialised model, gzip-compressed (level 9, no name or time). */
export function modelFileBytes(tagger: Tagger): Uint8Array {
  return gzipSync(tagger.serialize(), { level: 9 });
}
