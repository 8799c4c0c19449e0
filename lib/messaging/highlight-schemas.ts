/**
 * Schemas of the highlight calls (issue 6). Apart from `schemas.ts`, which the always-on content
 * script imports: these are used by the background and the injected highlights script only.
 */
import * as v from 'valibot';
import { HIGHLIGHT_COLORS, Note, SelectorsSchema } from '../db/highlight-record';
import { HttpUrl } from './schemas';

export {
  HIGHLIGHT_COLORS,
  HighlightRecordSchema,
  MAX_QUOTE_CHARS,
  SelectorsSchema,
  type HighlightColor,
} from '../db/highlight-record';

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
