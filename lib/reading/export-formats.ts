/**
 * Reading-list files out (issue 7): our JSON (everything, highlights included; it round-trips
 * through `parseImport`), Netscape bookmark HTML, CSV, and Markdown of the highlights.
 */
import Papa from 'papaparse';
import { highlightsMarkdown } from '../highlights/markdown';
import type { HighlightRecord } from '../db/database';
import { EXPORT_VERSION, ourFields } from './formats';
import type { ReadingItem } from './model';

const live = (items: ReadingItem[]) =>
  items
    .filter((i) => i.deletedAt === null)
    .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));

/** Everything, as our JSON (round-trips through `parseImport`). */
export function exportJson(
  items: ReadingItem[],
  highlights: HighlightRecord[],
  now = Date.now(),
): string {
  return JSON.stringify(
    {
      format: 'siyaq-reading-list',
      version: EXPORT_VERSION,
      exportedAt: new Date(now).toISOString(),
      items: live(items).map(ourFields),
      highlights: highlights.filter((h) => h.deletedAt === null),
    },
    null,
    1,
  );
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A Netscape bookmark file (any browser imports it); tags in TAGS. */
export function exportNetscape(items: ReadingItem[]): string {
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Siyaq reading list</TITLE>',
    '<H1>Siyaq reading list</H1>',
    '<DL><p>',
  ];
  for (const i of live(items))
    lines.push(
      `    <DT><A HREF="${escapeHtml(i.url)}" ADD_DATE="${Math.floor(i.savedAt / 1000)}"${i.tags.length ? ` TAGS="${escapeHtml(i.tags.join(','))}"` : ''}>${escapeHtml(i.title)}</A>`,
    );
  lines.push('</DL><p>', '');
  return lines.join('\n');
}

/** Cells a spreadsheet would run as a formula are quoted with a leading apostrophe. */
const safeCell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/** CSV: one row per item. */
export function exportCsv(items: ReadingItem[]): string {
  return Papa.unparse({
    fields: ['url', 'title', 'site', 'saved_at', 'read_at', 'archived_at', 'tags', 'excerpt'],
    data: live(items).map((i) =>
      [
        i.url,
        i.title,
        i.site,
        iso(i.savedAt),
        iso(i.readAt),
        iso(i.archivedAt),
        i.tags.join('|'),
        i.excerpt,
      ].map(safeCell),
    ),
  });
}

/** Markdown of every highlight, grouped by article (the article's title from the list if saved). */
export function exportHighlightsMarkdown(
  highlights: HighlightRecord[],
  items: ReadingItem[],
): string {
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const byPage = new Map<string, HighlightRecord[]>();
  for (const h of highlights.filter((x) => x.deletedAt === null)) {
    const list = byPage.get(h.url);
    if (list) list.push(h);
    else byPage.set(h.url, [h]);
  }
  return highlightsMarkdown(
    [...byPage].map(([key, list]) => {
      list.sort((a, b) => a.selectors.position.start - b.selectors.position.start);
      const url = list[0]!.pageUrl;
      return { title: titles.get(key) ?? url, url, highlights: list };
    }),
    2,
  );
}
