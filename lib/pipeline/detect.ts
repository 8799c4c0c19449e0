/**
 * `detect(document, url)`: is this page an Arabic news article? (DESIGN.md, pipeline step 1.)
 *
 * Cheap signals first: the script of the title and of a bounded text sample decide the language,
 * and pages that are not Arabic stop there. Only Arabic pages pay for the article signals
 * (JSON-LD, Open Graph, microdata, `<article>`, URL shape, paragraphs of prose).
 * Pure: reads the document, never changes it; runs in the content script and in Node.
 */
import {
  addScriptStats,
  arabicScriptShare,
  emptyStats,
  nonArabicShare,
  type ScriptStats,
} from './arabic-script';
import { canonicalUrl, metaContent } from './head';
import { ARTICLE_TYPES, LISTING_TYPES, ldTypes, readJsonLd } from './json-ld';
import { sampleText } from './text-sample';
import { DETECT_THRESHOLDS as T } from './thresholds';

/** The language of the page, as far as its script tells. */
export type PageLanguage = 'ar' | 'fa' | 'ur' | 'other-arabic-script' | 'other';

/** The verdict, with the signals that led to it (for debugging and the eval report). */
export interface Detection {
  isArabic: boolean;
  isArticle: boolean;
  /** 0–1: how sure the verdict on `isArticle` (or, for non-Arabic pages, on `isArabic`) is. */
  confidence: number;
  language: PageLanguage;
  signals: string[];
}

const URDU_MARKERS = /[\u06d2\u06ba\u0679\u0688\u0691\u06c1\u06be]/;
const DATE_IN_PATH = /\/(19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}(\/|$|-)|\/(19|20)\d{2}\/\d{1,2}\//;
const NUMERIC_ID = /\d{4,}/;

function languageOf(
  stats: ScriptStats,
  sample: string,
  langAttr: string,
): { language: PageLanguage; confidence: number } {
  const share = arabicScriptShare(stats);
  if (share < T.minArabicScriptShare) {
    return { language: 'other', confidence: Math.min(1, 1 - share) };
  }
  const foreign = nonArabicShare(stats);
  const decisive = stats.arabicOnly + stats.nonArabic;
  if (foreign >= T.maxNonArabicLetterShare) {
    const language = URDU_MARKERS.test(sample) || langAttr === 'ur' ? 'ur' : 'fa';
    return { language, confidence: Math.min(1, foreign + 0.2) };
  }
  if (decisive < T.minDecisiveLetters) {
    return { language: langAttr === 'ar' ? 'ar' : 'other-arabic-script', confidence: 0.4 };
  }
  return { language: 'ar', confidence: Math.min(1, 0.6 + share * 0.2 + (1 - foreign) * 0.2) };
}

function urlShapeScore(url: string, signals: string[]): number {
  let path: string;
  try {
    path = decodeURI(new URL(url).pathname);
  } catch {
    return 0;
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0 || /^\/(index\.\w+)?$/.test(path)) {
    signals.push('url:root');
    return T.weights.rootUrl;
  }
  const last = segments[segments.length - 1]!;
  if (
    DATE_IN_PATH.test(path) ||
    NUMERIC_ID.test(path) ||
    segments.some((s) => s.split(/[-_]/).length >= 4)
  ) {
    signals.push('url:article-shape');
    return T.weights.articleUrl;
  }
  if (segments.length === 1 && last.length < 25) {
    signals.push('url:section-shape');
    return T.weights.sectionUrl;
  }
  return 0;
}

/** Counts paragraphs with real prose, stopping as soon as the answer is known. */
function proseParagraphs(doc: Document): number {
  let long = 0;
  for (const p of doc.getElementsByTagName('p')) {
    if ((p.textContent?.length ?? 0) >= T.proseParagraphChars && ++long >= T.proseParagraphs) break;
  }
  return long;
}

/** Decides whether `doc`, loaded from `url`, is an Arabic news article. Never throws on odd pages. */
export function detect(doc: Document, url: string): Detection {
  const signals: string[] = [];
  const langAttr = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().split('-')[0]!;
  if (langAttr) signals.push(`lang:${langAttr}`);

  const stats = emptyStats();
  const title = doc.title ?? '';
  addScriptStats(title, stats, 500);
  const sample = sampleText(doc.body, T.textSampleChars);
  addScriptStats(sample, stats);
  const { language, confidence: langConfidence } = languageOf(stats, sample, langAttr);
  signals.push(`script:${language}`);
  if (language !== 'ar') {
    return { isArabic: false, isArticle: false, confidence: langConfidence, language, signals };
  }

  const w = T.weights;
  let score = 0;
  const ldTypeSet = new Set(readJsonLd(doc).flatMap(ldTypes));
  const ogType = metaContent(doc, ['og:type'])?.toLowerCase();
  if ([...ldTypeSet].some((t) => ARTICLE_TYPES.has(t))) {
    score += w.jsonLdArticle;
    signals.push('jsonld:article');
  }
  if ([...ldTypeSet].some((t) => LISTING_TYPES.has(t))) {
    score += w.jsonLdListing;
    signals.push('jsonld:listing');
  }
  if (ogType === 'article') {
    score += w.ogArticle;
    signals.push('og:article');
  } else if (ogType === 'website') {
    score += w.ogWebsite;
    signals.push('og:website');
  }
  if (doc.querySelector('meta[property="article:published_time" i]')) {
    score += w.publishedTime;
    signals.push('meta:published_time');
  }
  if (
    doc.querySelector('[itemtype*="schema.org/NewsArticle" i], [itemtype$="schema.org/Article" i]')
  ) {
    score += w.microdataArticle;
    signals.push('microdata:article');
  }
  const articles = doc.getElementsByTagName('article').length;
  if (articles >= 1 && articles <= 3) {
    score += w.articleElement;
    signals.push('dom:article');
  } else if (articles > T.manyArticleElements) {
    score += w.manyArticleElements;
    signals.push('dom:many-articles');
  }
  score += urlShapeScore(canonicalUrl(doc, url), signals);
  const prose = proseParagraphs(doc);
  if (prose >= T.proseParagraphs) {
    score += w.prose;
    signals.push('dom:prose');
  } else if (prose === 0) {
    score += w.noProse;
    signals.push('dom:no-prose');
  }
  const isArticle = score >= T.articleScore;
  const margin = Math.abs(score - (T.articleScore - 0.5));
  const confidence = Math.round(Math.min(1, langConfidence * (0.5 + margin / 8)) * 100) / 100;
  signals.push(`score:${score}`);
  return { isArabic: true, isArticle, confidence, language, signals };
}
