/**
 * Schemas of the reading-list calls (issue 7): from the sidebar, the popup, the dashboard and the
 * injected highlights script to the background — the one context that edits the list, so every
 * edit on this device is stamped by one clock. Kept out of the content script's imports.
 */
import * as v from 'valibot';
import { HighlightRecordSchema } from './highlight-schemas';
import { HttpUrl } from './schemas';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

/** One article to save (from a page, a link, or an imported file). */
export const SaveRequestSchema = v.object({
  url: HttpUrl,
  title: v.optional(Text(2000)),
  excerpt: v.optional(Text(5000)),
  entities: v.optional(v.pipe(v.array(Text(200)), v.maxLength(50))),
  tags: v.optional(v.pipe(v.array(Text(200)), v.maxLength(100))),
  savedAt: v.optional(Ms),
  readAt: v.optional(v.nullable(Ms)),
  archivedAt: v.optional(v.nullable(Ms)),
});

export const SaveForLaterSchema = SaveRequestSchema;

/** Imported items are written in batches of at most this many per call. */
export const IMPORT_BATCH = 2000;

export const ReadingImportSchema = v.object({
  items: v.pipe(v.array(SaveRequestSchema), v.maxLength(IMPORT_BATCH)),
});

export const READING_ACTIONS = [
  'read',
  'unread',
  'archive',
  'unarchive',
  'delete',
  'tag',
  'untag',
  'title',
] as const;

export const ReadingEditSchema = v.object({
  ids: v.pipe(v.array(Text(4096)), v.minLength(1), v.maxLength(100_000)),
  action: v.picklist(READING_ACTIONS),
  /** The tag, or the title. */
  value: v.optional(Text(300)),
});

/** Reading on a saved article, reported by the highlights script. */
export const ReadingProgressSchema = v.object({
  url: HttpUrl,
  /** Time the tab was visible and the reader active, ms. */
  activeMs: v.pipe(v.number(), v.minValue(0)),
  /** How far down the article the reader scrolled, 0–1. */
  depth: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

/** The reader's highlights from our own export file. */
export const HighlightsImportSchema = v.object({
  highlights: v.pipe(v.array(HighlightRecordSchema), v.maxLength(IMPORT_BATCH)),
});
