import { describe, expect, it } from 'vitest';
import { parseArabicDate, toIsoDate } from './dates';

describe('toIsoDate', () => {
  it.each([
    ['2022-01-07T14:30:00+03:00', '2022-01-07T14:30:00+03:00'],
    ['2024-03-03T13:52:13.299Z', '2024-03-03T13:52:13Z'],
    ['2020-08-24 09:23:13', '2020-08-24T09:23:13'],
    ['2020-06-03T03:01:00+0400', '2020-06-03T03:01:00+04:00'],
    ['2020-06-03', '2020-06-03'],
    ['2020/6/3', '2020-06-03'],
    ['٢٠٢٠-٠٦-٠٣', '2020-06-03'],
    ['Mon, 24 Aug 2020 10:00:00 GMT', '2020-08-24T10:00:00Z'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07T12:09:00'],
  ])('%s → %s', (raw, iso) => expect(toIsoDate(raw)).toBe(iso));

  it.each([
    '',
    'tomorrow',
    '2020-13-01',
    '2020-02-30',
    '10-Nov-2000x',
    '1850-01-01',
    '2020-01-01T25:00',
  ])('rejects %j', (raw) => expect(toIsoDate(raw)).toBeNull());
});

describe('parseArabicDate', () => {
  it('reads a Levantine/Egyptian double month with an evening time', () => {
    expect(parseArabicDate('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً')).toBe(
      '2020-04-24T21:22:00',
    );
  });
  it('reads a date without a time, with Arabic-Indic digits', () => {
    expect(parseArabicDate('الأربعاء، ٢٨ آب/اغسطس ٢٠١٣، آخر تحديث')).toBe('2013-08-28');
  });
  it('reads two-word months and morning hours', () => {
    expect(parseArabicDate('5 تشرين الثاني 2023 12:15 ص')).toBe('2023-11-05T00:15:00');
    expect(parseArabicDate('1 كانون الثاني 2021')).toBe('2021-01-01');
  });
  it('finds nothing in text without a date', () => {
    expect(parseArabicDate('ولد في مدينة روستوف الروسية')).toBeNull();
    expect(parseArabicDate('31 فبراير 2021')).toBeNull();
  });
});
