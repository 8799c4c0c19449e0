import { describe, expect, it } from 'vitest';
import { parseArabicDate, parseHijriDate, parseRelativeDate, toIsoDate } from './dates';

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

describe('regional month names', () => {
  it.each([
    ['الخميس 14 جانفي 2021', '2021-01-14'],
    ['3 جويلية 2019', '2019-07-03'],
    ['12 أوت 2020', '2020-08-12'],
    ['1 ماي 2022', '2022-05-01'],
    ['9 فيفري 2020', '2020-02-09'],
    ['5 غشت 2018', '2018-08-05'],
    ['20 دجنبر 2017', '2017-12-20'],
    ['2 يوليوز 2019', '2019-07-02'],
    ['10 أيلول/سبتمبر 2019', '2019-09-10'],
    ['3 يونيه 2015', '2015-06-03'],
    ['5 ابريل 2016', '2016-04-05'],
    ['7 اغسطس 2016', '2016-08-07'],
  ])('%s → %s', (text, iso) => expect(parseArabicDate(text)).toBe(iso));
});

describe('parseHijriDate (Umm al-Qura, through Intl)', () => {
  it.each([
    ['الثلاثاء 5 رجب 1440 هـ', '2019-03-12'],
    ['1 رمضان 1445', '2024-03-11'],
    ['10 ذو الحجة 1444 هـ', '2023-06-28'],
    ['12 ربيع الأول 1446', '2024-09-15'],
    ['١ شوال ١٤٤٥ هـ', '2024-04-10'],
  ])('%s → %s', (text, iso) => expect(parseHijriDate(text)).toBe(iso));

  it('reads a Hijri date in metadata, and prefers the Gregorian one when both are written', () => {
    expect(toIsoDate('5 رجب 1440 هـ')).toBe('2019-03-12');
    expect(toIsoDate('5 رجب 1440 هـ الموافق 12 مارس 2019')).toBe('2019-03-12');
  });

  it('gives nothing for a date half Hijri and half Gregorian, a day the month lacks, a year 2090', () => {
    expect(parseHijriDate('5 رجب 2019')).toBeNull();
    expect(parseArabicDate('10 مارس 1440')).toBeNull();
    expect(parseHijriDate('31 رجب 1440')).toBeNull();
    expect(parseArabicDate('5 مارس 2090')).toBeNull();
    expect(toIsoDate('2090-01-01')).toBeNull();
  });
});

describe('parseRelativeDate', () => {
  const now = new Date('2024-05-01T12:00:00Z');
  it.each([
    ['منذ ساعتين', '2024-05-01T10:00:00Z'],
    ['منذ 3 ساعات', '2024-05-01T09:00:00Z'],
    ['قبل 5 دقائق', '2024-05-01T11:55:00Z'],
    ['منذ ساعة', '2024-05-01T11:00:00Z'],
    ['منذ يومين', '2024-04-29T12:00:00Z'],
    ['نشر منذ ٣ أيام', '2024-04-28T12:00:00Z'],
  ])('%s → %s', (text, iso) => expect(parseRelativeDate(text, now)).toBe(iso));

  it('reads no month or year, no count with a dual, and nothing against an invalid time', () => {
    expect(parseRelativeDate('منذ سنة', now)).toBeNull();
    expect(parseRelativeDate('منذ 2 ساعتين', now)).toBeNull();
    expect(parseRelativeDate('منذ ساعتين', new Date(NaN))).toBeNull();
    expect(parseRelativeDate('قبل الانتخابات', now)).toBeNull();
  });
});
