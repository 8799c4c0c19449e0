/** Test-only: an extracted article with empty fields, for storage tests to override. */
import type { StoredEntity } from '../lib/db/database';
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

/** Test-only: a stored entity for its key (`TYPE:name`), named by the key. */
export function testEntity(key: string, salience = 1, mentions = 1): StoredEntity {
  return {
    key,
    name: key.split(':')[1]!,
    type: key.split(':')[0] as StoredEntity['type'],
    salience,
    mentions,
    aliases: [],
  };
}
