/** Formatting of numbers and dates for the UI (Arabic and English; the words are in ./i18n). */

/**
 * The locale of every Arabic number and date the extension writes: Arabic words with Latin digits
 * ("7 يناير 2022"), as most Arabic news sites print them — one numeral style everywhere.
 */
export const AR_LOCALE = 'ar-u-nu-latn';

/** A count in the UI's language (Latin digits in Arabic too). */
export function formatCount(n: number, lang: 'ar' | 'en'): string {
  return n.toLocaleString(lang === 'ar' ? AR_LOCALE : 'en');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A publication date for readers, "7 يناير 2022": Arabic month names with Latin digits, as most
 * Arabic news sites print them. The calendar date is the one the site wrote (its own day, not
 * the reader's time zone's); `null` for no or bad dates.
 */
export function formatPublished(iso: string | null, locale = AR_LOCALE): string | null {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3])) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/**
 * A day on the reader's clock in one style everywhere — "6 ديسمبر 2026", "6 December 2026": the
 * month by name, the UI's digits (`locale`: the dictionaries' `t.locale`). Used for the day an
 * item was saved, a card fetched; the story's timeline and the sidebar's date write the same.
 */
export function formatDay(ms: number, locale: string = AR_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(ms),
  );
}

/** The words of a rounded population in one language (the dictionaries' `place.units`). */
export interface PopulationUnits {
  billion: string;
  million: string;
  thousand: string;
}

/**
 * A population for readers: "12.6 مليون", "614 ألفًا", "9,800" (or "12.6 million" with English
 * `units` and locale); `null` for none.
 */
export function formatPopulation(
  n: number | null | undefined,
  units: PopulationUnits,
  locale: string = AR_LOCALE,
): string | null {
  if (!n || !Number.isFinite(n) || n <= 0) return null;
  const fmt = (x: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x);
  if (n >= 1e9) return `${fmt(n / 1e9, 1)} ${units.billion}`;
  if (n >= 1e6) return `${fmt(n / 1e6, 1)} ${units.million}`;
  if (n >= 1e4) return `${fmt(Math.round(n / 1e3), 0)} ${units.thousand}`;
  return fmt(n, 0);
}
