/**
 * Reading-list files in (issue 7): Pocket (CSV, and the older HTML), Instapaper CSV, Omnivore JSON,
 * Netscape bookmark HTML (every browser's bookmark export), and our own JSON (what
 * `export-formats.ts` writes). Parsing is pure and all-or-nothing: a file that is not what it
 * claims to be gets an `ImportError` naming the line or field, and nothing is written. Entries
 * that are merely unusable (a `javascript:` bookmarklet, a row without a URL) are skipped and
 * counted. Text from files is only ever text: titles are read with `textContent`, never as HTML.
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import type { HighlightRecord } from '../db/database';
import { HighlightRecordSchema } from '../messaging/highlight-schemas';
import { articleKey } from '../db/article-key';
import type { ReadingItem } from './model';
import type { SaveRequest } from './store';
import { messages, type Messages } from '../ui/i18n';

/** Largest file read (the dashboard refuses bigger ones before reading them). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Largest number of entries in one file. */
export const MAX_IMPORT_ITEMS = 100_000;

type ImportErrors = Messages['importErrors'];
/** What is wrong with a file: a key of the dictionaries' `importErrors`, with its arguments. */
export type ImportProblem = {
  [K in keyof ImportErrors]: ImportErrors[K] extends (...args: infer A) => string ? [K, ...A] : [K];
}[keyof ImportErrors];

/** The words of `problem` in the dictionary `t`. */
function describeProblem(t: Messages, [key, ...args]: ImportProblem): string {
  const entry = t.importErrors[key] as string | ((...a: unknown[]) => string);
  return typeof entry === 'function' ? entry(...args) : entry;
}

/**
 * A file that cannot be imported: nothing was written. `where` names the line or field; the
 * dashboard says what is wrong in the reader's language (`text`), the error's message in English.
 */
export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly where?: string,
  ) {
    const en = describeProblem(messages.en, problem);
    super(where ? `${where}: ${en}` : en);
    this.name = 'ImportError';
  }

  /** What is wrong, in the language of `t` (without `where`). */
  text(t: Messages): string {
    return describeProblem(t, this.problem);
  }
}

export type ImportFormat =
  'pocket-csv' | 'pocket-html' | 'instapaper' | 'omnivore' | 'netscape' | 'siyaq';

export interface ParsedImport {
  format: ImportFormat;
  items: SaveRequest[];
  highlights: HighlightRecord[];
  /** Entries left out, by reason. */
  skipped: { notWeb: number; noUrl: number };
  /** The text encoding the file was read in. */
  encoding: string;
}

/** Reads a file's bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1256. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (!bytes.length) throw new ImportError(['empty']);
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new ImportError(['tooLarge', MAX_IMPORT_BYTES / 1024 / 1024]);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'UTF-8',
    };
  } catch {
    // Not UTF-8: Arabic spreadsheets saved on Windows are in Windows-1256.
    const text = new TextDecoder('windows-1256').decode(bytes);
    // eslint-disable-next-line no-control-regex -- control characters are what marks a binary file
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096)))
      throw new ImportError(['notText']);
    return { text, encoding: 'windows-1256' };
  }
}

/** Which format `text` (from a file named `name`) is in. */
export function detectFormat(text: string, name = ''): ImportFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const lower = head.toLowerCase();
  if (/^\s*[[{]/.test(head)) {
    return /"format"\s*:\s*"siyaq/.test(head) ? 'siyaq' : 'omnivore';
  }
  if (lower.includes('<!doctype netscape-bookmark-file')) return 'netscape';
  if (/<title>\s*pocket export\s*<\/title>/i.test(head) || /read archive<\/h1>/i.test(head))
    return 'pocket-html';
  if (/<a\s/i.test(head) || /<dl/i.test(head)) return 'netscape';
  const firstLine = lower.split(/\r?\n/, 1)[0] ?? '';
  if (/^"?title"?,"?url"?,"?time_added"?/.test(firstLine)) return 'pocket-csv';
  if (/^"?url"?,"?title"?,"?selection"?,"?folder"?/.test(firstLine)) return 'instapaper';
  throw new ImportError(['unknownFormat', name]);
}

/** Parses `text`; `parseHtml` turns markup into a Document (DOMParser, or jsdom in tests). */
export function parseImport(
  text: string,
  parseHtml: (html: string) => Document,
  name = '',
  encoding = 'UTF-8',
): ParsedImport {
  const format = detectFormat(text, name);
  const out: ParsedImport = {
    format,
    items: [],
    highlights: [],
    skipped: { notWeb: 0, noUrl: 0 },
    encoding,
  };
  const add = (r: SaveRequest) => {
    const url = r.url.trim();
    if (!url) out.skipped.noUrl++;
    else if (!articleKey(url)) out.skipped.notWeb++;
    else out.items.push({ ...r, url });
    if (out.items.length > MAX_IMPORT_ITEMS) throw new ImportError(['tooMany', MAX_IMPORT_ITEMS]);
  };
  switch (format) {
    case 'pocket-csv':
      for (const row of csvRows(text, ['title', 'url', 'time_added'])) {
        add({
          url: row.get('url') ?? '',
          title: row.get('title'),
          savedAt: unixSeconds(row.get('time_added'), row.line, 'time_added'),
          tags: splitTags(row.get('tags'), '|'),
          ...(row.get('status') === 'archive'
            ? {
                archivedAt: unixSeconds(row.get('time_added'), row.line, 'time_added'),
                readAt: unixSeconds(row.get('time_added'), row.line, 'time_added'),
              }
            : {}),
        });
      }
      break;
    case 'instapaper':
      for (const row of csvRows(text, ['url', 'title', 'folder', 'timestamp'])) {
        const folder = (row.get('folder') ?? '').trim();
        const at = unixSeconds(row.get('timestamp'), row.line, 'Timestamp');
        const tags = instapaperTags(row.get('tags'), row.line);
        if (folder && !['unread', 'archive'].includes(folder.toLowerCase())) tags.push(folder);
        add({
          url: row.get('url') ?? '',
          title: row.get('title'),
          excerpt: row.get('selection') || undefined,
          savedAt: at,
          tags,
          ...(folder.toLowerCase() === 'archive' ? { archivedAt: at, readAt: at } : {}),
        });
      }
      break;
    case 'omnivore':
      for (const r of omnivoreRecords(text)) add(r);
      break;
    case 'pocket-html':
    case 'netscape':
      for (const r of htmlLinks(parseHtml(text), format)) add(r);
      break;
    case 'siyaq': {
      const file = ourJson(text);
      for (const r of file.items) add(r);
      out.highlights = file.highlights;
      break;
    }
  }
  return out;
}

// --- CSV ---------------------------------------------------------------------------------------

interface CsvRow {
  line: number;
  get(column: string): string | undefined;
}

/** Rows of a CSV with a header naming (at least) `required`; quoted newlines and commas kept. */
function csvRows(text: string, required: string[]): CsvRow[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw new ImportError(['unclosedQuote'], `line ${(quote.row ?? 0) + 1}`);
  const [header, ...rows] = parsed.data;
  const cols = (header ?? []).map((h) => h.trim().toLowerCase());
  for (const r of required) if (!cols.includes(r)) throw new ImportError(['noColumn', r], 'line 1');
  // Line numbers as an editor shows them (a quoted newline makes a row span lines).
  let line = 2;
  return rows.map((cells, i) => {
    const row: CsvRow = {
      line,
      get: (c) => cells[cols.indexOf(c)],
    };
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    void i;
    return row;
  });
}

function unixSeconds(value: string | undefined, line: number, column: string): number | undefined {
  const s = (value ?? '').trim();
  if (!s) return undefined;
  if (!/^\d{1,12}$/.test(s))
    throw new ImportError(['notSeconds', column, s.slice(0, 40)], `line ${line}`);
  return Number(s) * 1000;
}

function splitTags(value: string | undefined, sep: string): string[] {
  return (value ?? '')
    .split(sep)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Instapaper's Tags column: a JSON array of names (`[]` when none). */
function instapaperTags(value: string | undefined, line: number): string[] {
  const s = (value ?? '').trim();
  if (!s) return [];
  try {
    const parsed: unknown = JSON.parse(s);
    if (Array.isArray(parsed)) return parsed.filter((t): t is string => typeof t === 'string');
  } catch {
    // fall through
  }
  throw new ImportError(['notTags'], `line ${line}`);
}

// --- HTML --------------------------------------------------------------------------------------

/** Links of a Netscape bookmark file or a Pocket HTML export; folders become tags. */
function htmlLinks(doc: Document, format: 'pocket-html' | 'netscape'): SaveRequest[] {
  const out: SaveRequest[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    const added = Number(a.getAttribute('add_date') ?? a.getAttribute('time_added') ?? '');
    const savedAt = Number.isFinite(added) && added > 0 ? added * 1000 : undefined;
    const tags = splitTags(a.getAttribute('tags') ?? '', ',');
    let archived = false;
    if (format === 'pocket-html') {
      // Sections: <h1>Unread</h1><ul>… and <h1>Read Archive</h1><ul>…
      const list = a.closest('ul');
      let h = list?.previousElementSibling;
      while (h && h.tagName !== 'H1') h = h.previousElementSibling;
      archived = /archive/i.test(h?.textContent ?? '');
    } else {
      // Folders: each <DL> follows the <DT><H3> that names it.
      for (let dl = a.closest('dl'); dl; dl = dl.parentElement?.closest('dl') ?? null) {
        let h = dl.previousElementSibling;
        if (h?.tagName === 'P') h = h.previousElementSibling;
        const h3 =
          h?.tagName === 'H3' ? h : h?.tagName === 'DT' ? h.querySelector(':scope > h3') : null;
        const folder = h3?.textContent?.trim();
        if (
          folder &&
          !/^(bookmarks bar|bookmarks toolbar|other bookmarks|mobile bookmarks|bookmarks menu)$/i.test(
            folder,
          )
        )
          tags.push(folder);
      }
    }
    out.push({
      url: href,
      title: (a.textContent ?? '').trim(),
      savedAt,
      tags,
      ...(archived ? { archivedAt: savedAt ?? 0, readAt: savedAt ?? 0 } : {}),
    });
  }
  return out;
}

// --- JSON --------------------------------------------------------------------------------------

const IsoDate = v.pipe(v.string(), v.isoTimestamp());
const Omnivore = v.object({
  url: v.string(),
  title: v.optional(v.string()),
  description: v.optional(v.nullable(v.string())),
  state: v.optional(v.string()),
  readingProgress: v.optional(v.nullable(v.number())),
  labels: v.optional(v.array(v.string())),
  savedAt: v.optional(IsoDate),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const at = /position (\d+)/.exec(String(e))?.[1];
    const line = at ? text.slice(0, Number(at)).split('\n').length : undefined;
    throw new ImportError(['damagedJson'], line ? `line ${line}` : undefined);
  }
}

/** `items[3].url` from a valibot issue. */
function fieldOf(issue: v.BaseIssue<unknown> | undefined, root: string): string {
  let out = root;
  for (const p of issue?.path ?? [])
    out += typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`;
  return out;
}

function omnivoreRecords(text: string): SaveRequest[] {
  const data = parseJson(text);
  const list = Array.isArray(data) ? data : null;
  if (!list) throw new ImportError(['omnivoreList']);
  const parsed = v.safeParse(v.array(Omnivore), list);
  if (!parsed.success)
    throw new ImportError(
      ['invalidField', parsed.issues[0].message],
      fieldOf(parsed.issues[0], ''),
    );
  return parsed.output.map((r) => {
    const savedAt = r.savedAt ? Date.parse(r.savedAt) : undefined;
    const read = (r.readingProgress ?? 0) >= 98;
    return {
      url: r.url,
      title: r.title,
      excerpt: r.description ?? undefined,
      savedAt,
      tags: r.labels ?? [],
      ...(read ? { readAt: savedAt ?? 0 } : {}),
      ...(r.state === 'Archived' ? { archivedAt: savedAt ?? 0 } : {}),
    };
  });
}

// Our own JSON: what the export writes.

/** The fields of an item our file carries, in its order (export and import alike). */
export const ourFields = (i: v.InferOutput<typeof OurItem> | ReadingItem) => ({
  url: i.url,
  title: i.title,
  savedAt: i.savedAt,
  readAt: i.readAt,
  archivedAt: i.archivedAt,
  tags: i.tags,
  excerpt: i.excerpt,
  entities: i.entities,
});

const Ms = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const OurItem = v.object({
  url: v.string(),
  title: v.string(),
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  readAt: Ms,
  archivedAt: Ms,
  tags: v.array(v.string()),
  excerpt: v.optional(v.string()),
  entities: v.optional(v.array(v.string())),
});
const OurFile = v.object({
  format: v.literal('siyaq-reading-list'),
  version: v.number(),
  items: v.array(OurItem),
  highlights: v.optional(v.array(HighlightRecordSchema)),
});

/** Our export format's version; a newer file is read for the fields this version knows. */
export const EXPORT_VERSION = 1;

function ourJson(text: string): { items: SaveRequest[]; highlights: HighlightRecord[] } {
  const parsed = v.safeParse(OurFile, parseJson(text));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new ImportError(['invalidField', issue.message], fieldOf(issue, '') || undefined);
  }
  return {
    items: parsed.output.items.map(ourFields),
    highlights: (parsed.output.highlights ?? []) as HighlightRecord[],
  };
}
