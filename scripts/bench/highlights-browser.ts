/**
 * Re-anchoring in a real Chromium page: the modules the highlights script ships, bundled by
 * esbuild into one script that defines `globalThis.__siyaqAnchor`.
 */
import { reanchorFigures } from './reanchor';

(globalThis as unknown as { __siyaqAnchor: unknown }).__siyaqAnchor = {
  run(count: number) {
    const { anchorAll: _a, ...figures } = reanchorFigures(document.body, count);
    void _a;
    return figures;
  },
};
