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

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
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

/**
 * Finds a date written in Arabic words ("الأربعاء، 07 أكتوبر 2020 - 12:09 م") and returns it as
 * ISO 8601 without an offset (the site did not state one), or `null`.
 */
export function parseArabicDate(text: string): string | null {
  const m = ARABIC_DATE.exec(
    foldForDate(text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))),
  );
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
  const digits = raw.trim().replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  if (/[\u0600-\u06ff]/.test(digits)) return parseArabicDate(digits);
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
