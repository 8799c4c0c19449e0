/**
 * The date a page shows when its head states none: the words of a date in the elements pages
 * keep dates in (`<time>`, a class or id with date/time/publish in it) and at the top of the text —
 * a Gregorian date in any regional month names, else a Hijri date (converted with the browser's
 * own Umm al-Qura calendar), else a relative one ("منذ ساعتين") against when the page was fetched.
 * Pure: reads the document, never changes it.
 */
import { parseArabicDate, parseHijriDate, parseRelativeDate } from './dates';

/** Where a stored date came from. */
export type { DateSource } from '../db/database';
import type { DateSource } from '../db/database';

/** Elements looked at, at most (a page of 500 dated comments costs no more than this). */
const MAX_ELEMENTS = 40;
/** Text longer than this is not a date line. */
const MAX_CHARS = 160;
/** More different dates than this in those elements: a list of articles, not one article's date. */
const MAX_DISTINCT = 3;
/** A link with more text than this is a headline. */
const HEADLINE_CHARS = 20;

const DATE_ELEMENTS =
  'time, [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [id*="date" i], [itemprop*="date" i]';

/**
 * A date that belongs to an item of a list of articles: inside a link, or in a list item that
 * holds a headline link or a card (masrawy's home page: «منذ 9 ساعات» under each headline).
 */
function isListedItem(el: Element): boolean {
  if (el.closest('a')) return true;
  const item = el.closest('li');
  if (!item) return false;
  for (const a of item.getElementsByTagName('a'))
    if (
      (a.textContent ?? '').trim().length > HEADLINE_CHARS ||
      a.querySelector('img, h1, h2, h3, h4, p')
    )
      return true;
  return false;
}

/** Short texts of the elements a page writes its date in, in document order. */
function dateTexts(doc: Document): string[] {
  const out: string[] = [];
  if (!doc.body) return out;
  for (const el of doc.body.querySelectorAll(DATE_ELEMENTS)) {
    if (isListedItem(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= MAX_CHARS) out.push(text);
    if (out.length >= MAX_ELEMENTS) break;
  }
  return out;
}

/**
 * The page's shown date and where it came from, or null. `lead` is the start of the article's
 * text; `fetchedAt` the time the page was loaded (relative dates are read only with it).
 */
export function findPageDate(
  doc: Document,
  lead: string,
  fetchedAt?: Date,
): { date: string; source: DateSource } | null {
  // Each text read once, Gregorian then Hijri; many different dates are a list, not the article's.
  let texts = dateTexts(doc);
  const read = (t: string) => {
    const page = parseArabicDate(t);
    return page ? { date: page, source: 'page' as const } : null;
  };
  const hijri = (t: string) => {
    const date = parseHijriDate(t);
    return date ? { date, source: 'hijri' as const } : null;
  };
  let found = texts.map((t) => read(t) ?? hijri(t));
  if (new Set(found.filter(Boolean).map((f) => f!.date)).size > MAX_DISTINCT) {
    texts = [];
    found = [];
  }
  texts.push(lead);
  found.push(read(lead) ?? hijri(lead));
  const dated = found.find((f) => f?.source === 'page') ?? found.find((f) => f?.source === 'hijri');
  if (dated) return dated;
  if (fetchedAt)
    for (const t of texts) {
      const date = parseRelativeDate(t, fetchedAt);
      if (date) return { date, source: 'relative' };
    }
  return null;
}
