/**
 * The whole page pipeline as one call, with the JSON shape `npm run analyze` prints. Later issues
 * add `entities`.
 */
import type { Entity } from '../nlp/entities';
import { extractEntities } from '../nlp/entities';
import type { Tagger } from '../nlp/model';
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
  /** Present when a tagger is given: people, places, organisations, most salient first. */
  entities?: Omit<Entity, 'key'>[];
}

/**
 * Detects and extracts `doc`; extraction runs for every page so odd pages can be inspected.
 * With a `tagger`, the entities of Arabic pages are added (offsets into `text`).
 */
export function analyzePage(doc: Document, url: string, tagger?: Tagger): PageAnalysis {
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
    ...(tagger
      ? {
          entities: d.isArabic
            ? extractEntities(tagger, a.text, a.title, { name: a.siteName, url: a.url }).map(
                ({ key, ...e }) => (void key, e),
              )
            : [],
        }
      : {}),
  };
}
