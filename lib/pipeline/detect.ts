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
import { ARTICLE_TYPES, LISTING_TYPES } from './json-ld';
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

/** `lang` values of languages written in the Arabic script: the title alone cannot rule them out. */
const ARABIC_SCRIPT_LANGS = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ug']);
const URDU_MARKERS = /[\u06d2\u06ba\u0679\u0688\u0691\u06c1\u06be]/;
const DATE_IN_PATH = /\/(19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}(\/|$|-)|\/(19|20)\d{2}\/\d{1,2}\//;
const NUMERIC_ID = /\d{4,}/;

function languageOf(
  stats: ScriptStats,
  sample: string,
  langAttr: string,
  minDecisive: number,
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
  if (decisive < minDecisive) {
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

const LD_TYPE = /"@type"\s*:\s*(?:"([^"]{1,60})"|\[([^\]]{1,300})\])/g;

/**
 * The `@type`s named in the page's JSON-LD, read with a regular expression rather than
 * `JSON.parse`: cheaper on the large blocks news sites ship, and indifferent to broken JSON.
 */
function jsonLdTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  for (const script of doc.getElementsByTagName('script')) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    for (const m of text.slice(0, 200_000).matchAll(LD_TYPE)) {
      const names = m[1]
        ? [m[1]]
        : (m[2] ?? '').split(',').map((x) => x.trim().replace(/^"|"$/g, ''));
      for (const n of names) types.add(n.replace(/^https?:\/\/schema\.org\//, ''));
    }
  }
  return types;
}

/** Microdata on the elements that carry it for a whole article (not every tag on the page). */
function microdataArticle(doc: Document): boolean {
  const candidates = [doc.documentElement, doc.body, ...doc.getElementsByTagName('article')];
  return candidates.some((el) =>
    /schema\.org\/(News)?Article$/i.test(el?.getAttribute('itemtype') ?? ''),
  );
}

/** Decides whether `doc`, loaded from `url`, is an Arabic news article. Never throws on odd pages. */
export function detect(doc: Document, url: string): Detection {
  const signals: string[] = [];
  const langAttr = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().split('-')[0]!;
  if (langAttr) signals.push(`lang:${langAttr}`);

  // The title first: on most pages it settles the language without reading the body.
  const stats = emptyStats();
  addScriptStats(doc.title ?? '', stats, 500);
  let sample = '';
  // A non-Arabic title rules Arabic out only when `lang` agrees: ar-masrawy-home is an Arabic
  // homepage titled "Masrawy Home Page" with no `lang`.
  const titleDecides =
    stats.letters >= T.minTitleLetters &&
    (arabicScriptShare(stats) < T.minArabicScriptShare
      ? langAttr !== '' && !ARABIC_SCRIPT_LANGS.has(langAttr)
      : stats.arabicOnly + stats.nonArabic >= T.minTitleDecisiveLetters);
  if (!titleDecides) {
    sample = sampleText(doc.body, T.textSampleChars);
    addScriptStats(sample, stats);
  } else {
    signals.push('script:from-title');
  }
  const { language, confidence: langConfidence } = languageOf(
    stats,
    sample || (doc.title ?? ''),
    langAttr,
    titleDecides ? T.minTitleDecisiveLetters : T.minDecisiveLetters,
  );
  signals.push(`script:${language}`);
  if (language !== 'ar') {
    return {
      isArabic: false,
      isArticle: false,
      confidence: round(langConfidence),
      language,
      signals,
    };
  }

  const w = T.weights;
  let score = 0;
  const add = (weight: number, signal: string) => {
    score += weight;
    signals.push(signal);
  };
  score += urlShapeScore(canonicalUrl(doc, url), signals);
  const ldTypes = jsonLdTypes(doc);
  const listing = [...ldTypes].some((t) => LISTING_TYPES.has(t));
  if (listing) add(w.jsonLdListing, 'jsonld:listing');
  else if ([...ldTypes].some((t) => ARTICLE_TYPES.has(t))) add(w.jsonLdArticle, 'jsonld:article');
  const ogType = metaContent(doc, ['og:type'])?.toLowerCase();
  if (ogType === 'article') add(w.ogArticle, 'og:article');
  else if (ogType === 'website') add(w.ogWebsite, 'og:website');
  if (metaContent(doc, ['article:published_time'])) add(w.publishedTime, 'meta:published_time');
  if (microdataArticle(doc)) add(w.microdataArticle, 'microdata:article');

  // Enough evidence either way: skip the DOM walks below.
  if (score < T.settledScore.low || score >= T.settledScore.high) {
    signals.push('settled');
  } else {
    const articles = doc.getElementsByTagName('article').length;
    if (articles >= 1 && articles <= 3) add(w.articleElement, 'dom:article');
    else if (articles > T.manyArticleElements) add(w.manyArticleElements, 'dom:many-articles');
    const prose = proseParagraphs(doc);
    if (prose >= T.proseParagraphs) add(w.prose, 'dom:prose');
    else if (prose === 0) add(w.noProse, 'dom:no-prose');
  }
  const isArticle = score >= T.articleScore;
  const margin = Math.abs(score - (T.articleScore - 0.5));
  signals.push(`score:${score}`);
  return {
    isArabic: true,
    isArticle,
    confidence: round(langConfidence * (0.5 + margin / 8)),
    language,
    signals,
  };
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100;
}
