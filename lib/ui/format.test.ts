import { expect, it } from 'vitest';
import { formatPopulation, formatPublished } from './format';

it('shows the calendar date the site wrote, whatever the reader’s time zone', () => {
  expect(formatPublished('2022-01-07T23:30:00+03:00')).toBe('7 يناير 2022');
  expect(formatPublished('2020-06-03')).toBe('3 يونيو 2020');
});

it('shows nothing for missing or impossible dates', () => {
  expect(formatPublished(null)).toBeNull();
  expect(formatPublished('yesterday')).toBeNull();
  expect(formatPublished('2021-02-30')).toBeNull();
});

it('shows populations in words a reader skims', () => {
  expect(formatPopulation(12_655_050)).toBe('12.7 مليون');
  expect(formatPopulation(1_400_000_000)).toBe('1.4 مليار');
  expect(formatPopulation(614_254)).toBe('614 ألفًا');
  expect(formatPopulation(9_800)).toBe('9,800');
  expect(formatPopulation(0)).toBeNull();
  expect(formatPopulation(null)).toBeNull();
});
