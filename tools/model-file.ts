/** Node-only: loads the shipped tagger from public/model/ner.bin (gzip-compressed) with its known names. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isKnownNamesFile, KnownNames } from '../lib/nlp/known-names';
import { isGzip, Tagger } from '../lib/nlp/model';
import { KNOWN_NAMES_PATH, MODEL_PATH } from './ner-data';

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
  tagger.knownNames = loadKnownNames();
  if (path === MODEL_PATH) cached = tagger;
  return tagger;
}

/** The dictionary of known names shipped beside the model; throws a one-line error if it is not one. */
export function loadKnownNames(path = KNOWN_NAMES_PATH): KnownNames {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`no readable known-names file at ${path} (run "npm run build:names")`);
  }
  if (!isKnownNamesFile(value)) throw new Error(`${path}: not a known-names file`);
  return new KnownNames(value);
}
