import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { MODEL_PATH } from './ner-data';
import { modelFileBytes, trainShippedModel } from './ner-train';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

it('npm run train:ner reproduces the shipped model bit for bit', () => {
  const shipped = readFileSync(MODEL_PATH);
  expect(shipped.length).toBeLessThanOrEqual(3 * 1024 * 1024);
  const trained = trainShippedModel();
  // The model itself, then the compressed file as written.
  expect(sha(trained.serialize())).toBe(sha(gunzipSync(shipped)));
  expect(sha(modelFileBytes(trained))).toBe(sha(shipped));
}, 300_000);
