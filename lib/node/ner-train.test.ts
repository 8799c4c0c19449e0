import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { MODEL_PATH } from './ner-data';
import { trainShippedModel } from './ner-train';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

it('npm run train:ner reproduces the shipped model bit for bit', () => {
  const shipped = readFileSync(MODEL_PATH);
  expect(shipped.length).toBeLessThanOrEqual(3 * 1024 * 1024);
  expect(sha(trainShippedModel().serialize())).toBe(sha(shipped));
}, 120_000);
