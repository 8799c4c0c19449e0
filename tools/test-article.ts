/** Test-only: an extracted article with empty fields, for storage tests to override. */
import type { ExtractedArticle } from '../lib/pipeline/extract';

/** An extracted article at `url`; `over` replaces any field. */
export function testArticle(url: string, over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url,
    pageUrl: url,
    title: `خبر ${url.slice(-1)}`,
    siteName: 's',
    byline: null,
    publishedAt: null,
    lang: 'ar',
    text: '',
    paragraphs: [],
    excerpt: '',
    readAlso: [],
    ...over,
  };
}
