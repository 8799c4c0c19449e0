import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildPlaces } from './build-places';

it('the shipped places.json is what `npm run build:places` builds from the bundled data', () => {
  const shipped = readFileSync(join(import.meta.dirname, '../public/data/places.json'), 'utf8');
  expect(JSON.stringify(buildPlaces()) + '\n').toBe(shipped);
});
