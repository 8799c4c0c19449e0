/**
 * Node-only: the dense word vectors themselves (lib/nlp/word-vectors.ts), written by `npm run
 * build:vectors -- --vectors` to data/nlp/word-vectors.bin (not committed: 38 MB) and read by the
 * neural tagger lever (tools/nn-tagger.ts). The file: `SIYAQVEC`, the row count and the dimensions
 * (uint32, little-endian), the rows as float32, then the words, UTF-8, one per line, in row order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './ner-data';

const MAGIC = 'SIYAQVEC';
export const VECTORS_FILE = 'nlp/word-vectors.bin';

/** Vectors by word: `rows × dims`, row-major. */
export interface WordVectors {
  words: string[];
  dims: number;
  values: Float32Array;
}

export function encodeWordVectors(v: WordVectors): Uint8Array {
  const words = new TextEncoder().encode(v.words.join('\n'));
  const out = new Uint8Array(16 + v.values.byteLength + words.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, v.words.length, true);
  view.setUint32(12, v.dims, true);
  out.set(new Uint8Array(v.values.buffer, v.values.byteOffset, v.values.byteLength), 16);
  out.set(words, 16 + v.values.byteLength);
  return out;
}

export function decodeWordVectors(input: Uint8Array): WordVectors {
  const bytes = new Uint8Array(input);
  if (bytes.length < 16 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    throw new Error('not a word-vector file');
  const view = new DataView(bytes.buffer);
  const rows = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  const end = 16 + rows * dims * 4;
  if (end > bytes.length) throw new Error('truncated word-vector file');
  const values = new Float32Array(bytes.slice(16, end).buffer);
  const words = rows ? new TextDecoder().decode(bytes.subarray(end)).split('\n') : [];
  if (words.length !== rows) throw new Error('word-vector file: word count does not match');
  return { words, dims, values };
}

/** data/nlp/word-vectors.bin (npm run build:vectors -- --vectors). */
export function loadWordVectors(): WordVectors {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(DATA_DIR, VECTORS_FILE));
  } catch {
    throw new Error(`no ${VECTORS_FILE}: run npm run build:vectors -- --vectors first`);
  }
  return decodeWordVectors(bytes);
}
