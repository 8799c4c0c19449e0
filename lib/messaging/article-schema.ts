/**
 * The schema of an extraction result coming back from a tab. Background-only: kept out of
 * `schemas.ts` so the content script does not carry it.
 */
import * as v from 'valibot';
import { HttpUrl } from './schemas';

const ShortText = v.pipe(v.string(), v.maxLength(2000));

/** One read-also link as extraction returns it. */
export const ReadAlsoLinkSchema = v.object({
  url: HttpUrl,
  title: ShortText,
  placement: v.picklist(['in-article', 'after-article']),
});

/**
 * The extraction result coming back from the tab (`entrypoints/extract.ts`). The page controls
 * the DOM it came from, so the background validates it before storing anything.
 */
export const ExtractedArticleSchema = v.object({
  url: HttpUrl,
  pageUrl: HttpUrl,
  title: ShortText,
  siteName: ShortText,
  byline: v.nullable(ShortText),
  publishedAt: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  dateSource: v.optional(v.nullable(v.picklist(['metadata', 'page', 'hijri', 'relative']))),
  lang: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  text: v.pipe(v.string(), v.maxLength(2_000_000)),
  paragraphs: v.array(v.string()),
  excerpt: ShortText,
  readAlso: v.pipe(v.array(ReadAlsoLinkSchema), v.maxLength(100)),
});
