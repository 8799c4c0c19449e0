/**
 * A highlight as stored (the `highlights` table), its type taken from its schema: the schema
 * checks an imported export file, and the calls that save and edit highlights reuse its parts
 * (lib/messaging/highlight-schemas.ts).
 */
import * as v from 'valibot';

/** An http(s) URL of reasonable length (lib/messaging/schemas.ts re-exports it). */
export const HttpUrl = v.pipe(v.string(), v.maxLength(4096), v.regex(/^https?:\/\//i));

/** The longest highlight kept; longer selections are refused with a message. */
export const MAX_QUOTE_CHARS = 5000;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50_000_000));
export const Note = v.pipe(v.string(), v.maxLength(10_000));

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

/** A passage the reader highlighted (issue 6). The reader's own data: never evicted. `url` is
 * the page's `articleKey`; `deletedAt` is set when deleted (undo clears it). */
export type HighlightRecord = v.InferOutput<typeof HighlightRecordSchema>;
