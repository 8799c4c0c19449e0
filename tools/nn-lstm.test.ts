import { describe, expect, it } from 'vitest';
import { TAG_INDEX } from '../lib/nlp/tags';
import { charInput } from './nn-char';
import { initParams, layoutOf, UNK, type NetInput, type NetShape } from './nn-net';
import { prng } from './random';
import { gradientAndDifferences, trainToy } from './nn-test-support';

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
    let checked = 0;
    for (const { k, analytic, numeric } of gradientAndDifferences(p, L, vectors, s, gold, 1e-3)) {
      expect(Math.abs(numeric - analytic)).toBeLessThan(2e-3 + 2e-2 * Math.abs(analytic));
      if (k >= L.lstm.dirs[0] && Math.abs(analytic) > 1e-5) checked++;
    }
    // Nearly every LSTM weight takes part (the recurrent ones of the first step excepted).
    expect(checked).toBeGreaterThan(0.9 * (L.size - L.lstm.dirs[0]));
  });

  it('trains to the same weights for the same seed and to others for another', () => {
    const random = prng(2);
    const words = ['محمد', 'علي', 'في', 'القاهرة', 'بغداد', 'قال'];
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'O'];
    const run = trainToy(random, words, tags, [['lstm', '4']]);
    const a = run(3);
    expect(a.L.lstm.R).toBe(4);
    expect(run(3).p).toEqual(a.p);
    expect(run(4).p).not.toEqual(a.p);
  });
});
