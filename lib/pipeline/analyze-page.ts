/**
 * The whole page pipeline as one call, with the JSON shape `npm run analyze` prints. Later issues
 * add `entities`.
 */
import { detect } from './detect';
import { extractArticle } from './extract';
import type { ReadAlsoLink } from './read-also';

/** What `analyze` prints for one page. */
export interface PageAnalysis {
  isArabic: boolean;
  isArticle: boolean;
  confidence: number;
  url: string;
  title: string;
  siteName: string;
  byline: string | null;
  publishedAt: string | null;
  text: string;
  readAlso: ReadAlsoLink[];
}

/** Detects and extracts `doc`; extraction runs for every page so odd pages can be inspected. */
export function analyzePage(doc: Document, url: string): PageAnalysis {
  const d = detect(doc, url);
  const a = extractArticle(doc, url);
  return {
    isArabic: d.isArabic,
    isArticle: d.isArticle,
    confidence: d.confidence,
    url: a.url,
    title: a.title,
    siteName: a.siteName,
    byline: a.byline,
    publishedAt: a.publishedAt,
    text: a.text,
    readAlso: a.readAlso,
  };
}
