/** Formatting for the Arabic UI. */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A publication date for readers: "٧ يناير ٢٠٢٢" style in Arabic with Latin digits, as most
 * Arabic news sites print them; the time too when the site gave one. `null` for no or bad dates.
 */
export function formatPublished(iso: string | null, locale = 'ar-u-nu-latn'): string | null {
  if (!iso) return null;
  if (DATE_ONLY.test(iso)) {
    const d = new Date(`${iso}T12:00:00Z`);
    if (Number.isNaN(d.getTime())) return null;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(d);
}
