/** Node-only: loads the shipped tagger from public/model/ner.bin (gzip-compressed). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isGzip, Tagger } from '../nlp/model';
import { MODEL_PATH } from './ner-data';

let cached: Tagger | undefined;

/** The shipped model; throws a one-line error when it is missing or not a model. */
export function loadTagger(path = MODEL_PATH): Tagger {
  if (cached && path === MODEL_PATH) return cached;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`no model file at ${path} (run "npm run train:ner")`);
  }
  let raw = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes);
    } catch {
      throw new Error(`${path}: damaged model file (not valid gzip)`);
    }
  }
  const tagger = Tagger.deserialize(raw);
  if (path === MODEL_PATH) cached = tagger;
  return tagger;
}
