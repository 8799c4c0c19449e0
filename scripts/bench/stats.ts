/** Small statistics helpers for the benchmarks. */

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Per-call time of `fn` in milliseconds: the median over `rounds` rounds, each timing a batch
 * big enough to be measurable, after a warm-up.
 */
export function timeIt(fn: () => unknown, rounds = 15, minBatchMs = 20): number {
  for (let i = 0; i < 3; i++) fn();
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t >= minBatchMs || batch >= 1 << 14) break;
    batch *= 2;
  }
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t) / batch);
  }
  return median(samples);
}

/** A number with `digits` significant decimals for tables. */
export function fmt(x: number, digits = 3): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(digits);
}
