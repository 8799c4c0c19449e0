/** Node-only: the recipe of the shipped model, shared by `npm run train:ner` and its reproducibility test. */
import type { Tagger } from '../nlp/model';
import { train } from '../nlp/train';
import { buildGazetteer, newsSplit } from './ner-data';

/** Seed, hash size and epochs of the shipped model. */
export const RECIPE = { seed: 20261123, bits: 18, epochs: 10 } as const;

/** Trains the shipped model from data/ (deterministic). */
export function trainShippedModel(
  onEpoch?: (epoch: number, errors: number, tokens: number) => void,
  epochs: number = RECIPE.epochs,
): Tagger {
  const gazetteer = buildGazetteer();
  const { train: trainSet } = newsSplit();
  return train(trainSet, gazetteer, {
    bits: RECIPE.bits,
    epochs,
    seed: RECIPE.seed,
    trainedOn: [
      'anercorp-camel-train.txt (first 90% of sentences)',
      'gazetteer: i18n-iso-countries, CLDR 48, world-cities-translations, akhateeb-arabic-names, names annotated in WikiFANE train',
    ],
    onEpoch,
  });
}
