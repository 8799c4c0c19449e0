/**
 * What the neural tagger lever's tests share (tools/nn-tagger.test.ts, nn-char.test.ts,
 * nn-lstm.test.ts): the gradient against finite differences, and a toy corpus trained with a
 * variant's options.
 */
import { Gazetteer } from '../lib/nlp/gazetteer';
import { Lexicon } from '../lib/nlp/lexicon';
import { sentenceLoss, type Layout, type NetInput } from './nn-net';
import type { Net } from './nn-inputs';
import { nnLeverOptions, trainNn } from './nn-tagger';
import type { WordVectors } from './nn-vectors';

/**
 * Each parameter's gradient of a sentence's loss (`analytic`) beside the central difference of
 * the loss with the parameter moved by ±`h` (`numeric`), for the parameters `indices` (all by
 * default). `p` is moved and put back.
 */
export function gradientAndDifferences(
  p: Float32Array,
  L: Layout,
  vectors: Float32Array,
  s: NetInput,
  gold: Int32Array,
  h: number,
  indices: Iterable<number> = Array.from({ length: L.size }, (_, k) => k),
): { k: number; analytic: number; numeric: number }[] {
  const g = new Float32Array(L.size);
  sentenceLoss(p, L, vectors, s, gold, g);
  const scratch = new Float32Array(L.size);
  const out: { k: number; analytic: number; numeric: number }[] = [];
  for (const k of indices) {
    const saved = p[k]!;
    p[k] = saved + h;
    const up = sentenceLoss(p, L, vectors, s, gold, scratch);
    p[k] = saved - h;
    const down = sentenceLoss(p, L, vectors, s, gold, scratch);
    p[k] = saved;
    out.push({ k, analytic: g[k]!, numeric: (up - down) / (2 * h) });
  }
  return out;
}

/**
 * A network trained on 30 random five-word sentences of `words` (tagged `tags`, one tag a word),
 * with vectors for the first four words, by the variant's options (`nn8` and `extra`), seeded.
 */
export function trainToy(
  random: () => number,
  words: string[],
  tags: string[],
  extra: [string, string][],
): (seed: number) => Net {
  const data = Array.from({ length: 30 }, () => {
    const idx = Array.from({ length: 5 }, () => Math.floor(random() * words.length));
    return { tokens: idx.map((i) => words[i]!), tags: idx.map((i) => tags[i]!) };
  });
  const vectors: WordVectors = {
    words: words.slice(0, 4),
    dims: 4,
    values: Float32Array.from({ length: 16 }, () => random() - 0.5),
  };
  return (seed) =>
    trainNn(data, new Gazetteer(), new Lexicon(), vectors, {
      ...nnLeverOptions(new Map([['nn', '8'], ...extra]), {
        bits: 10,
        seed,
        perceptronEpochs: 1,
        trainedOn: ['toy'],
      }),
      stack: false,
      sparseBits: 4,
      epochs: 2,
    }).tagger.net;
}
