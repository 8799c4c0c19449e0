/** Node-only: L-BFGS, the optimiser the CRF trainer (tools/crf.ts) minimises its objective with. */

/** An objective for L-BFGS: its value at `x`, with the gradient written into `g`. */
export type Objective = (x: Float64Array, g: Float64Array) => number;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
}

/** L-BFGS settings. */
export interface LbfgsOptions {
  iterations: number;
  /** History pairs kept. */
  memory: number;
  /** Stop when the objective improved by less than this fraction over ten iterations (0: never). */
  delta: number;
  onIteration?: (iteration: number, loss: number, gradNorm: number, evaluations: number) => void;
}

/**
 * Minimises `f` from `x` (updated in place) with L-BFGS (Nocedal 1980; two-loop recursion, the
 * initial Hessian scaled by s·y / y·y) and a backtracking line search on the Armijo condition. On a
 * strictly convex objective (an L2 prior) every accepted step has s·y > 0.
 */
export function lbfgs(
  f: Objective,
  x0: Float64Array,
  o: LbfgsOptions,
): { iterations: number; evaluations: number; loss: number } {
  const N = x0.length;
  let x: Float64Array = x0;
  let g: Float64Array = new Float64Array(N);
  let fx = f(x, g);
  let evaluations = 1;
  if (!Number.isFinite(fx)) throw new Error('objective not finite at the start');
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const alphas = new Float64Array(o.memory);
  const d = new Float64Array(N);
  let xNew: Float64Array = new Float64Array(N);
  let gNew: Float64Array = new Float64Array(N);
  const history: number[] = [fx];
  let iteration = 0;
  while (iteration < o.iterations) {
    // Direction d = −H·g.
    for (let k = 0; k < N; k++) d[k] = -g[k]!;
    for (let h = S.length - 1; h >= 0; h--) {
      const a = rho[h]! * dot(S[h]!, d);
      alphas[h] = a;
      const y = Y[h]!;
      for (let k = 0; k < N; k++) d[k]! -= a * y[k]!;
    }
    if (S.length) {
      const last = S.length - 1;
      const gamma = 1 / (rho[last]! * dot(Y[last]!, Y[last]!));
      for (let k = 0; k < N; k++) d[k]! *= gamma;
    }
    for (let h = 0; h < S.length; h++) {
      const b = rho[h]! * dot(Y[h]!, d);
      const a = alphas[h]! - b;
      const s = S[h]!;
      for (let k = 0; k < N; k++) d[k]! += a * s[k]!;
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Not a descent direction (rounding): restart from the gradient.
      S.length = Y.length = rho.length = 0;
      for (let k = 0; k < N; k++) d[k] = -g[k]!;
      slope = dot(g, d);
      if (!(slope < 0)) break;
    }
    // Backtracking line search (the first step: unit length along the gradient).
    let step = S.length ? 1 : 1 / Math.sqrt(dot(g, g));
    let fNew = Infinity;
    let accepted = false;
    for (let tries = 0; tries < 40; tries++) {
      for (let k = 0; k < N; k++) xNew[k] = x[k]! + step * d[k]!;
      fNew = f(xNew, gNew);
      evaluations++;
      if (fNew <= fx + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= fNew === Infinity ? 0.1 : 0.5;
    }
    if (!accepted) {
      if (!S.length) break;
      // Drop the history and try the gradient direction next time.
      S.length = Y.length = rho.length = 0;
      continue;
    }
    // Update the history (reusing the oldest pair's arrays when full).
    const s = S.length === o.memory ? S.shift()! : new Float64Array(N);
    const y = Y.length === o.memory ? Y.shift()! : new Float64Array(N);
    if (rho.length === o.memory) rho.shift();
    for (let k = 0; k < N; k++) {
      s[k] = xNew[k]! - x[k]!;
      y[k] = gNew[k]! - g[k]!;
    }
    const ys = dot(y, s);
    if (ys > 0) {
      S.push(s);
      Y.push(y);
      rho.push(1 / ys);
    }
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    fx = fNew;
    iteration++;
    history.push(fx);
    o.onIteration?.(iteration, fx, Math.sqrt(dot(g, g)), evaluations);
    const back = history.length - 1 - 10;
    if (o.delta > 0 && back >= 0 && (history[back]! - fx) / Math.abs(fx) < o.delta) break;
  }
  // The result lives in whichever array was swapped in last.
  if (x !== x0) x0.set(x);
  return { iterations: iteration, evaluations, loss: fx };
}
