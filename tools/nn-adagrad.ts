/** The neural tagger's optimiser (split from tools/nn-net.ts). */
import type { Layout } from './nn-net';

/**
 * AdaGrad over the parameters: dense blocks every step, sparse rows only where `touched`; the
 * gradient is zeroed where it was applied.
 */
export class AdaGrad {
  private readonly G: Float32Array;
  constructor(
    private readonly L: Layout,
    private readonly rate: number,
  ) {
    this.G = new Float32Array(L.size);
  }
  step(p: Float32Array, g: Float32Array, touched: Set<number>): void {
    const { H } = this.L.shape;
    const apply = (from: number, to: number) => {
      for (let k = from; k < to; k++) {
        const d = g[k]!;
        if (d === 0) continue;
        this.G[k]! += d * d;
        p[k]! -= (this.rate * d) / (Math.sqrt(this.G[k]!) + 1e-8);
        g[k] = 0;
      }
    };
    apply(this.L.win, this.L.ws);
    for (const b of touched) apply(this.L.ws + b * H, this.L.ws + (b + 1) * H);
    apply(this.L.b1, this.L.size);
    touched.clear();
  }
}
