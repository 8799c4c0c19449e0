import { expect, it } from 'vitest';
import { placeCard } from './hover';

const view = { width: 1280, height: 800 };
const size = { width: 300, height: 184 };

it('puts the card under the mention, centred on it', () => {
  expect(placeCard({ left: 600, right: 700, top: 100, bottom: 120 }, view, size)).toEqual({
    left: 500,
    top: 126,
  });
});

it('puts it above when there is no room below, and keeps it inside the viewport', () => {
  expect(placeCard({ left: 1250, right: 1275, top: 700, bottom: 720 }, view, size)).toEqual({
    left: 1280 - 300 - 6,
    top: 700 - 6 - 184,
  });
  expect(placeCard({ left: 0, right: 20, top: 10, bottom: 30 }, view, size).left).toBe(6);
});

it('in a viewport too short for either side, stays on screen', () => {
  const pos = placeCard(
    { left: 100, right: 200, top: 100, bottom: 120 },
    { width: 400, height: 200 },
    size,
  );
  expect(pos.top).toBeGreaterThanOrEqual(0);
  expect(pos.top + size.height).toBeLessThanOrEqual(200);
});
