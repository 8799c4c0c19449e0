/**
 * Every tuned number of detection in one place, each with the saved page that needs it
 * (fixtures/pages/). Change one only together with a page and its expected JSON.
 */
export const DETECT_THRESHOLDS = {
  /** Characters of body text sampled for the language; enough to get past menus. */
  textSampleChars: 1500,
  /** Below this share of Arabic-script letters a page is not in the Arabic script (en-*, fr-*, pt-*). */
  minArabicScriptShare: 0.3,
  /** Persian/Urdu letters among decisive letters (fa-aryanews ≈ 0.6, ar-* < 0.05). */
  maxNonArabicLetterShare: 0.25,
  /** Fewer decisive letters than this and the script alone cannot tell Arabic from Persian. */
  minDecisiveLetters: 8,
  /** A title with this many letters can settle the language alone… */
  minTitleLetters: 12,
  /** …if it has this many decisive letters (ar-albayan's title has 4: ة ي ة ي). */
  minTitleDecisiveLetters: 4,
  /**
   * Scores outside [low, high) are settled by the head's signals and URL alone; in between, the
   * DOM (article elements, prose paragraphs) decides. ar-masrawy-home: root URL + og:website = -6.
   */
  settledScore: { low: -3, high: 5 },
  /** A paragraph of at least this many characters counts as prose. */
  proseParagraphChars: 120,
  /** This many prose paragraphs make a page look like an article (ar-masrawy-home has none). */
  proseParagraphs: 3,
  /** More `<article>` elements than this is a listing of teasers (ar-elbaladtv has 8, still an article, so it only weighs little). */
  manyArticleElements: 12,
  /** Score from which a page is an article. */
  articleScore: 2,
  weights: {
    jsonLdArticle: 3,
    jsonLdListing: -2,
    ogArticle: 2,
    /** ar-masrawy-home says og:type=website; so does fr-radio-canada, an article (not Arabic). */
    ogWebsite: -1,
    publishedTime: 1,
    microdataArticle: 2,
    articleElement: 1,
    manyArticleElements: -1,
    /** The canonical URL is the site root: a homepage (ar-masrawy-home). */
    rootUrl: -5,
    /** A date, a numeric id or a long slug in the path (every Arabic article fixture). */
    articleUrl: 1,
    sectionUrl: -1,
    prose: 2,
    noProse: -2,
  },
} as const;
