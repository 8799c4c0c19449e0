/**
 * Publication dates as sites write them, turned into ISO 8601. The offset a site gives is kept
 * (`2022-01-07T14:30:00+03:00` stays as it is) because the reader's day is the site's day;
 * a bare date stays a date.
 */

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

function pad(n: string | number): string {
  return String(n).padStart(2, '0');
}

/** No news page is dated after next year (a year 2090 is a typo or a placeholder). */
const LAST_YEAR = new Date().getUTCFullYear() + 1;

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > LAST_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

/**
 * Arabic month names, folded (no hamza, ى→ي): Egyptian/Gulf (يناير…) and Levantine/Iraqi
 * (كانون الثاني…) forms. Sites often write both: "24 نيسان / أبريل 2020" (ar-almadenahnews).
 */
const ARABIC_MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الاول': 12,
  // Algeria and Tunisia (French-derived)
  جانفي: 1,
  فيفري: 2,
  افريل: 4,
  ماي: 5,
  جوان: 6,
  جويلية: 7,
  اوت: 8,
  // Morocco and Mauritania
  يوليوز: 7,
  غشت: 8,
  اغشت: 8,
  شتنبر: 9,
  شتمبر: 9,
  نونبر: 11,
  دجنبر: 12,
  دجمبر: 12,
};

/** Hijri months, folded (ربيع الآخر = ربيع الثاني; جمادى الآخرة = جمادى الثانية). */
const HIJRI_MONTHS: Record<string, number> = {
  محرم: 1,
  صفر: 2,
  'ربيع الاول': 3,
  'ربيع الثاني': 4,
  'ربيع الاخر': 4,
  'جمادي الاولي': 5,
  'جمادي الاول': 5,
  'جمادي الثانية': 6,
  'جمادي الاخرة': 6,
  'جمادي الثاني': 6,
  رجب: 7,
  شعبان: 8,
  رمضان: 9,
  شوال: 10,
  'ذو القعدة': 11,
  'ذي القعدة': 11,
  'ذو الحجة': 12,
  'ذي الحجة': 12,
};
const MONTH_ALTERNATION = Object.keys(ARABIC_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ARABIC_DATE = new RegExp(
  `(\\d{1,2})\\s+(${MONTH_ALTERNATION})(?:\\s*[/\\-]\\s*(?:${MONTH_ALTERNATION}))?\\s*[،,]?\\s+(\\d{4})` +
    `(?:\\s*[-–،,]?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(ص|م|صباحا|مساء|مساءا)?)?`,
);

function foldForDate(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/\s+/g, ' ');
}

const HIJRI_ALTERNATION = Object.keys(HIJRI_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "5 رجب 1440 هـ": a day, a Hijri month, a year of the Hijri era (and its mark, if written). */
const HIJRI_DATE = new RegExp(
  `(\\d{1,2})\\s+(${HIJRI_ALTERNATION})\\s*[،,]?\\s+(1[3-5]\\d{2})(?!\\d)`,
);

/** Days from 1970-01-01 of a Hijri date in the Umm al-Qura calendar, or null (Intl decides). */
function hijriToGregorian(
  y: number,
  m: number,
  d: number,
): { y: number; m: number; d: number } | null {
  if (d < 1 || d > 30 || m < 1 || m > 12) return null;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    return null;
  }
  // The Hijri year is 354.367 days; its epoch is 622-07-16 (Julian), -492,148 days from 1970.
  const estimate = Math.round(-492_148 + (y - 1) * 354.367 + (m - 1) * 29.53 + (d - 1));
  for (let delta = 0; delta <= 6; delta++) {
    for (const day of delta ? [estimate - delta, estimate + delta] : [estimate]) {
      const date = new Date(day * 86_400_000);
      const parts = Object.fromEntries(
        format.formatToParts(date).map((p) => [p.type, p.value.replace(/\D/g, '')]),
      );
      if (Number(parts.year) === y && Number(parts.month) === m && Number(parts.day) === d)
        return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
    }
  }
  return null;
}

/** A Hijri date in words ("الأحد 5 رجب 1440 هـ") as an ISO date (Gregorian), or `null`. */
export function parseHijriDate(text: string): string | null {
  const m = HIJRI_DATE.exec(foldForDate(westernDigits(text)));
  if (!m) return null;
  const g = hijriToGregorian(Number(m[3]), HIJRI_MONTHS[m[2]!]!, Number(m[1]));
  if (!g || !validDate(g.y, g.m, g.d)) return null;
  return `${g.y}-${pad(g.m)}-${pad(g.d)}`;
}

function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Units of relative dates, folded, with their length in seconds. */
const UNITS: [RegExp, number][] = [
  [/^(ثانيه|ثواني|ثوان|ثانيتين)$/, 1],
  [/^(دقيقه|دقائق|دقيقتين)$/, 60],
  [/^(ساعه|ساعات|ساعتين)$/, 3600],
  [/^(يوم|ايام|يومين)$/, 86_400],
  [/^(اسبوع|اسابيع|اسبوعين)$/, 7 * 86_400],
];
const RELATIVE = /(?:منذ|قبل)\s+(\d{1,3}\s+)?([\u0621-\u064a]+)/;

/**
 * A relative date ("منذ ساعتين", "قبل 5 دقائق", "منذ 3 أيام") against `now`, as an ISO instant
 * (UTC), or `null`. Months and years are too coarse to date an article and are not read.
 */
export function parseRelativeDate(text: string, now: Date): string | null {
  const m = RELATIVE.exec(foldForDate(westernDigits(text)).replace(/ة/g, 'ه'));
  if (!m || Number.isNaN(now.getTime())) return null;
  const word = m[2]!;
  const unit = UNITS.find(([re]) => re.test(word));
  if (!unit) return null;
  const dual = /(تين|ين)$/.test(word) && !/^(ثواني)$/.test(word);
  const count = m[1] ? Number(m[1]) : dual ? 2 : 1;
  if (m[1] && dual) return null;
  const ms = now.getTime() - count * unit[1] * 1000;
  const date = new Date(ms);
  if (!validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Finds a date written in Arabic words ("الأربعاء، 07 أكتوبر 2020 - 12:09 م") and returns it as
 * ISO 8601 without an offset (the site did not state one), or `null`.
 */
export function parseArabicDate(text: string): string | null {
  const m = ARABIC_DATE.exec(foldForDate(westernDigits(text)));
  if (!m) return null;
  const [, d, monthName, y, h, mi, s, ampm] = m;
  const mo = ARABIC_MONTHS[monthName!]!;
  if (!validDate(Number(y), mo, Number(d))) return null;
  const date = `${y}-${pad(mo)}-${pad(d!)}`;
  if (h === undefined) return date;
  let hour = Number(h);
  if (hour > 23) return date;
  if (ampm && ampm !== 'ص' && ampm !== 'صباحا' && hour < 12) hour += 12;
  if (ampm && (ampm === 'ص' || ampm === 'صباحا') && hour === 12) hour = 0;
  return `${date}T${pad(hour)}:${mi}:${s ?? '00'}`;
}

/** Returns an ISO 8601 string for a date as found in metadata, or `null` if it is not one. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const digits = westernDigits(raw.trim());
  if (/[\u0600-\u06ff]/.test(digits)) return parseArabicDate(digits) ?? parseHijriDate(digits);
  const text = digits.replace(/\//g, '-');
  const m = ISO_LIKE.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, tz] = m;
    if (!validDate(Number(y), Number(mo), Number(d))) return null;
    const date = `${y}-${pad(mo!)}-${pad(d!)}`;
    if (h === undefined) return date;
    if (Number(h) > 23) return null;
    const time = `${pad(h)}:${mi}:${s ?? '00'}`;
    let zone = '';
    if (tz) zone = tz.toUpperCase() === 'Z' ? 'Z' : tz.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${date}T${time}${zone}`;
  }
  // RFC 2822 and other forms Date can read ("Mon, 24 Aug 2020 10:00:00 GMT").
  if (!/[a-z]{3}/i.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const dt = new Date(ms);
  if (!validDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())) return null;
  return dt.toISOString().replace('.000Z', 'Z');
}
