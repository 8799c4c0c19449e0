/** The neural tagger's network as it would ship: int8 weights and vectors, and their size. */
import { gzipSync } from 'node:zlib';
import type { Net } from './nn-inputs';
import type { Layout } from './nn-net';

/** Parameter blocks of a layout, for quantisation and size: [start, end). */
function blocks(L: Layout): [number, number][] {
  return [
    [L.win, L.ws],
    [L.ws, L.b1],
    [L.b1, L.w2],
    [L.w2, L.wsk],
    [L.wsk, L.b2],
    [L.b2, L.tr],
    [L.tr, L.extra],
    [L.extra, L.char.emb],
    [L.char.emb, L.char.conv],
    [L.char.conv, L.char.bias],
    [L.char.bias, L.lstm.dirs[0]],
    [L.lstm.dirs[0], L.lstm.dirs[1]],
    [L.lstm.dirs[1], L.lstm.out],
    [L.lstm.out, L.size],
  ];
}

/** int8 of `x[from, to)` with one scale (largest magnitude → 127), and the scale. */
function int8(x: Float32Array, from: number, to: number): { q: Int8Array; scale: number } {
  let max = 0;
  for (let k = from; k < to; k++) max = Math.max(max, Math.abs(x[k]!));
  const scale = max / 127 || 1;
  const q = new Int8Array(to - from);
  for (let k = from; k < to; k++) q[k - from] = Math.round(x[k]! / scale);
  return { q, scale };
}

/** Rounds the network's weights and vectors to int8 (one scale per block), in place. */
export function quantizeNet(net: Net): void {
  const round = (x: Float32Array, from: number, to: number) => {
    const { q, scale } = int8(x, from, to);
    for (let k = from; k < to; k++) x[k] = q[k - from]! * scale;
  };
  for (const [from, to] of blocks(net.L)) if (to > from) round(net.p, from, to);
  round(net.table.values, 0, net.table.values.length);
}

/**
 * What the network would add to the shipped files, gzip-compressed: its weights and the vectors
 * as int8, and the words of the vector table (the perceptron's own model file is counted apart).
 */
export function netFileBytes(net: Net): number {
  const parts: Uint8Array[] = blocks(net.L)
    .filter(([from, to]) => to > from)
    .map(([from, to]) => int8(net.p, from, to).q as unknown as Uint8Array);
  const v = net.table.values;
  parts.push(new Uint8Array(int8(v, 0, v.length).q.buffer));
  parts.push(new TextEncoder().encode([...net.table.index.keys()].join('\n')));
  const all = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of parts) {
    all.set(new Uint8Array(x.buffer, x.byteOffset, x.length), at);
    at += x.length;
  }
  return gzipSync(all, { level: 9 }).length;
}
