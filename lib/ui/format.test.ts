import { expect, it } from 'vitest';
import { AR_LOCALE, formatCount, formatDay, formatPopulation, formatPublished } from './format';
import { messages } from './i18n';

const arUnits = messages.ar.place.units;

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
  expect(formatPopulation(12_655_050, arUnits)).toBe('12.7 مليون');
  expect(formatPopulation(1_400_000_000, arUnits)).toBe('1.4 مليار');
  expect(formatPopulation(614_254, arUnits)).toBe('614 ألفًا');
  expect(formatPopulation(9_800, arUnits)).toBe('9,800');
  expect(formatPopulation(0, arUnits)).toBeNull();
  expect(formatPopulation(null, arUnits)).toBeNull();
});

it('shows populations in English words in the English UI', () => {
  const en = messages.en;
  expect(formatPopulation(12_655_050, en.place.units, en.locale)).toBe('12.7 million');
  expect(formatPopulation(614_254, en.place.units, en.locale)).toBe('614 thousand');
  expect(formatPublished('2022-01-07', en.locale)).toBe('7 January 2022');
});

it('writes every Arabic number and date with one numeral style, Latin digits', () => {
  expect(formatCount(1234, 'ar')).toBe('1,234');
  expect(formatCount(1234, 'en')).toBe('1,234');
  const saved = new Date(Date.UTC(2026, 10, 30, 12)).toLocaleDateString(AR_LOCALE, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  expect(saved).toMatch(/^30 \S+ 2026$/);
  expect(saved).not.toMatch(/[\u0660-\u0669]/);
});

it('writes every day the same way in each language: the month by name, Latin digits', () => {
  const day = Date.UTC(2026, 11, 6, 12);
  expect(formatDay(day, messages.ar.locale)).toBe('6 ديسمبر 2026');
  expect(formatDay(day, messages.en.locale)).toBe('6 December 2026');
  // The same style as the article's own date in the sidebar.
  expect(formatDay(day, messages.en.locale)).toBe(
    formatPublished('2026-12-06', messages.en.locale),
  );
  expect(formatDay(day, messages.ar.locale)).toBe(formatPublished('2026-12-06'));
});
