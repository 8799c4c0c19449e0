import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../lib/nlp/gazetteer';
import { Lexicon } from '../lib/nlp/lexicon';
import { TAG_INDEX } from '../lib/nlp/tags';
import { charInput } from './nn-char';
import { initParams, layoutOf, sentenceLoss, UNK, type NetInput, type NetShape } from './nn-net';
import { nnLeverOptions, trainNn } from './nn-tagger';
import type { WordVectors } from './nn-vectors';
import { prng } from './random';

describe('the BiLSTM over the hidden layer', () => {
  it('has the gradient that finite differences give (every block, char block and LSTM too)', () => {
    const shape: NetShape = { D: 3, w: 1, S: 2, B: 8, H: 4, F: 2, E: 2, R: 3 };
    const L = layoutOf(shape);
    const random = prng(21);
    const p = initParams(L, 5);
    for (let k = L.b1; k < L.size; k++) p[k]! += 0.3 * (random() - 0.5);
    const vectors = Float32Array.from({ length: 4 * shape.D }, () => random() - 0.5);
    const words = ['محمد', 'في', 'القاهرة', 'قال', 'x'];
    const n = words.length;
    const s: NetInput = {
      n,
      rows: Int32Array.from([0, UNK, 2, 3, 1]),
      sparse: Int32Array.from({ length: n * 2 }, () => Math.floor(random() * shape.B)),
      stack: Float32Array.from({ length: n * shape.S }, () => random() - 0.5),
      char: charInput(words),
    };
    const gold = Int32Array.from(
      ['B-PER', 'O', 'B-LOC', 'O', 'B-ORG'].map((t) => TAG_INDEX.get(t)!),
    );
    const g = new Float32Array(L.size);
    sentenceLoss(p, L, vectors, s, gold, g);
    const scratch = new Float32Array(L.size);
    const h = 1e-3;
    let checked = 0;
    for (let k = 0; k < L.size; k++) {
      const saved = p[k]!;
      p[k] = saved + h;
      const up = sentenceLoss(p, L, vectors, s, gold, scratch);
      p[k] = saved - h;
      const down = sentenceLoss(p, L, vectors, s, gold, scratch);
      p[k] = saved;
      const numeric = (up - down) / (2 * h);
      expect(Math.abs(numeric - g[k]!)).toBeLessThan(2e-3 + 2e-2 * Math.abs(g[k]!));
      if (k >= L.lstm.dirs[0] && Math.abs(g[k]!) > 1e-5) checked++;
    }
    // Nearly every LSTM weight takes part (the recurrent ones of the first step excepted).
    expect(checked).toBeGreaterThan(0.9 * (L.size - L.lstm.dirs[0]));
  });

  it('trains to the same weights for the same seed and to others for another', () => {
    const random = prng(2);
    const words = ['محمد', 'علي', 'في', 'القاهرة', 'بغداد', 'قال'];
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'O'];
    const data = Array.from({ length: 30 }, () => {
      const idx = Array.from({ length: 5 }, () => Math.floor(random() * words.length));
      return { tokens: idx.map((i) => words[i]!), tags: idx.map((i) => tags[i]!) };
    });
    const vectors: WordVectors = {
      words: words.slice(0, 4),
      dims: 4,
      values: Float32Array.from({ length: 16 }, () => random() - 0.5),
    };
    const run = (seed: number) =>
      trainNn(data, new Gazetteer(), new Lexicon(), vectors, {
        ...nnLeverOptions(
          new Map([
            ['nn', '8'],
            ['lstm', '4'],
          ]),
          {
            bits: 10,
            seed,
            perceptronEpochs: 1,
            trainedOn: ['toy'],
          },
        ),
        stack: false,
        sparseBits: 4,
        epochs: 2,
      }).tagger.net;
    const a = run(3);
    expect(a.L.lstm.R).toBe(4);
    expect(run(3).p).toEqual(a.p);
    expect(run(4).p).not.toEqual(a.p);
  });
});
