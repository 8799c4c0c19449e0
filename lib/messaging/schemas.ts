/**
 * Schemas of everything that crosses a context boundary (DESIGN.md: "messages are typed in one
 * module and validated at every boundary"). Validation uses valibot, which tree-shakes to a few
 * kilobytes, so the content script can afford it.
 */
import * as v from 'valibot';

import { HttpUrl } from '../db/highlight-record';
export { HttpUrl };

/** What the content script tells the background when it sees an Arabic article. */
export const ArticleDetectedSchema = v.object({
  url: HttpUrl,
  confidence: v.number(),
});

/** An empty argument object. */
export const NoArgsSchema = v.object({});

/** The envelope every Siyaq message travels in. */
export const EnvelopeSchema = v.object({
  siyaq: v.literal(1),
  call: v.pipe(v.string(), v.maxLength(64)),
  args: v.unknown(),
});

/** The answer to a call: a value, or an error in words (never a thrown exception across contexts). */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** An entity's surface forms to look for in a page (its name and aliases). */
export const EntityNamesSchema = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(200))),
  v.maxLength(10),
);

/** Which entity to mark in the page: the surface forms to look for. */
export const ShowEntitySchema = v.object({
  names: EntityNamesSchema,
  /** The entity, for the hover card on its marked mentions. */
  hover: v.optional(v.object({ url: HttpUrl, key: v.pipe(v.string(), v.maxLength(300)) })),
});

/** Which article's entity cards to look up (the frame asks when it opens). */
export const LoadCardsSchema = v.object({ url: HttpUrl });

/** A frame's ticket and the article it shows (lib/background/tickets.ts). */
export const CheckFrameSchema = v.object({
  ticket: v.pipe(v.string(), v.maxLength(64)),
  url: HttpUrl,
});
