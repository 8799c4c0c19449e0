import { describe, expect, it } from 'vitest';
import { prng } from '../../tools/random';
import {
  learnVectors,
  orthonormalize,
  ppmiMatrix,
  randomizedSvd,
  symmetricEigen,
  type SparseRows,
} from './word-vectors';

// Two kinds of words in distinct contexts: people (5–9) between 0/1 and 4, places (10–14)
// between 2/3 and 15; ids 0–15 get vectors and serve as contexts.
const people = [5, 6, 7, 8, 9];
const places = [10, 11, 12, 13, 14];
function corpus(seed: number): Int32Array {
  const random = prng(seed);
  const pick = (xs: number[]) => xs[Math.floor(random() * xs.length)]!;
  const out: number[] = [];
  for (let i = 0; i < 3000; i++) {
    if (random() < 0.5) out.push(pick([0, 1]), pick(people), 4, -1);
    else out.push(pick([2, 3]), pick(places), 15, -1);
  }
  return Int32Array.from(out);
}
const options = { dims: 4, window: 2, contexts: 16, seed: 7 };
const cosine = (v: Float32Array, a: number, b: number) => {
  let t = 0;
  for (let d = 0; d < options.dims; d++) t += v[a * options.dims + d]! * v[b * options.dims + d]!;
  return t;
};

describe('dense word vectors', () => {
  it('are the same for the same input, bit for bit', () => {
    const a = learnVectors({ stream: corpus(1), size: 16 }, options);
    const b = learnVectors({ stream: corpus(1), size: 16 }, options);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(a.some((x) => x !== 0)).toBe(true);
  });

  it('put words of the same contexts nearer than words of other contexts', () => {
    const v = learnVectors({ stream: corpus(2), size: 16 }, options);
    for (const p of people.slice(1)) {
      expect(cosine(v, people[0]!, p)).toBeGreaterThan(cosine(v, people[0]!, places[0]!) + 0.5);
    }
    for (const p of places.slice(1)) {
      expect(cosine(v, places[0]!, p)).toBeGreaterThan(cosine(v, places[0]!, people[0]!) + 0.5);
    }
  });

  it('give a word never seen next to a context no vector', () => {
    // Word 3 stands alone between boundaries; word 4 has no context among the first two ids.
    const stream = Int32Array.from([0, 1, 0, 1, -1, 3, -1, 4, 5, -1]);
    const v = learnVectors({ stream, size: 6 }, { ...options, contexts: 2 });
    expect([...v.slice(3 * 4, 5 * 4)].every((x) => x === 0)).toBe(true);
    expect(v.slice(0, 4).some((x) => x !== 0)).toBe(true);
  });

  it('count contexts by offset and stop at a boundary', () => {
    const a = ppmiMatrix({ stream: Int32Array.from([0, 1, -1, 1, 0]), size: 2 }, options);
    // 2 offsets each side × 2 contexts = 8 columns; word 0 saw 1 at +1 and at −1, nothing at ±2.
    expect(a.cols).toBe(8);
    const cols = (r: number) => [...a.index.slice(a.offsets[r]!, a.offsets[r + 1]!)];
    expect(cols(0).sort()).toEqual([1 * 2 + 1, 2 * 2 + 1]);
    expect(cols(1).sort()).toEqual([1 * 2 + 0, 2 * 2 + 0]);
    // As a bag: one column per context word, whatever its offset.
    const bag = ppmiMatrix(
      { stream: Int32Array.from([0, 1, -1, 1, 0]), size: 2 },
      { ...options, positional: false },
    );
    expect(bag.cols).toBe(2);
    expect([...bag.index.slice(bag.offsets[0]!, bag.offsets[1]!)]).toEqual([1]);
  });
});

describe('the linear algebra under them', () => {
  it('finds the eigenvalues and eigenvectors of a symmetric matrix', () => {
    const m = Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 5]);
    const { values, vectors } = symmetricEigen(m, 3);
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 3; i++) {
        let mv = 0;
        for (let k = 0; k < 3; k++) mv += m[i * 3 + k]! * vectors[k * 3 + j]!;
        expect(mv).toBeCloseTo(values[j]! * vectors[i * 3 + j]!, 9);
      }
    }
    expect([...values].reduce((a, b) => a + b, 0)).toBeCloseTo(12, 9);
  });

  it('orthonormalises columns, zeroing one that depends on the others', () => {
    // 4 × 3, row-major; column 2 is column 0 minus column 1.
    const y = Float64Array.from([1, 0, 1, 2, 1, 1, 0, 1, -1, 3, 1, 2]);
    orthonormalize(y, 4, 3);
    const dot = (a: number, b: number) =>
      [0, 1, 2, 3].reduce((t, i) => t + y[i * 3 + a]! * y[i * 3 + b]!, 0);
    expect(dot(0, 0)).toBeCloseTo(1, 12);
    expect(dot(1, 1)).toBeCloseTo(1, 12);
    expect(dot(0, 1)).toBeCloseTo(0, 12);
    expect(dot(2, 2)).toBe(0);
  });

  it('recovers the singular values of a small matrix', () => {
    // A diagonal 5 × 4 matrix stored sparsely: singular values 5, 3, 2, 1.
    const a: SparseRows = {
      rows: 5,
      cols: 4,
      offsets: Int32Array.from([0, 1, 2, 3, 4, 4]),
      index: Int32Array.from([2, 0, 3, 1]),
      values: Float32Array.from([3, 5, 1, 2]),
    };
    const { u, s } = randomizedSvd(a, 2, 2, 2, 1);
    expect(s[0]).toBeCloseTo(5, 9);
    expect(s[1]).toBeCloseTo(3, 9);
    // The first left singular vector is row 1's axis.
    expect(Math.abs(u[1 * 2 + 0]!)).toBeCloseTo(1, 9);
  });
});
