/**
 * Schemas of the highlight calls (issue 6). Apart from `schemas.ts`, which the always-on content
 * script imports: these are used by the background and the injected highlights script only.
 */
import * as v from 'valibot';
import { HttpUrl } from './schemas';

/** The longest highlight kept; longer selections are refused with a message. */
export const MAX_QUOTE_CHARS = 5000;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50_000_000));
const Note = v.pipe(v.string(), v.maxLength(10_000));

export const SelectorsSchema = v.object({
  quote: v.object({
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_CHARS)),
    prefix: v.pipe(v.string(), v.maxLength(64)),
    suffix: v.pipe(v.string(), v.maxLength(64)),
  }),
  position: v.object({ start: Offset, end: Offset }),
  hint: v.optional(
    v.object({
      path: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(64)),
      offset: Offset,
    }),
  ),
});

export const SaveHighlightSchema = v.object({
  pageUrl: HttpUrl,
  selectors: SelectorsSchema,
  color: v.picklist(HIGHLIGHT_COLORS),
  note: v.optional(Note, ''),
});

export const HighlightsForPageSchema = v.object({ pageUrl: HttpUrl });

export const UpdateHighlightSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(64)),
  note: v.optional(Note),
  color: v.optional(v.picklist(HIGHLIGHT_COLORS)),
  /** true: deleted (kept as a tombstone, undoable); false: restored. */
  deleted: v.optional(v.boolean()),
});

export const ShowHighlightSchema = v.object({ id: v.pipe(v.string(), v.maxLength(64)) });

/** A whole stored highlight, as our export file carries it (imports are checked against it). */
export const HighlightRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  url: v.pipe(v.string(), v.maxLength(4096)),
  pageUrl: HttpUrl,
  selectors: SelectorsSchema,
  quote: v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS)),
  note: Note,
  color: v.picklist(HIGHLIGHT_COLORS),
  createdAt: v.number(),
  updatedAt: v.number(),
  deletedAt: v.nullable(v.number()),
});
