/**
 * Every saved page in fixtures/pages against the expected JSON written for it by reading it
 * (fixtures/expected/), and against the expected output its source repository shipped.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/html';
import { companion, expectedPages, pageHtml } from '../../tools/fixtures';
import { coverage } from '../../tools/text-coverage';
import { detect } from './detect';
import { extractArticle, type ExtractedArticle } from './extract';

const pages = expectedPages();
const cache = new Map<string, { doc: Document; article: ExtractedArticle }>();

function load(page: string, url: string) {
  let hit = cache.get(page);
  if (!hit) {
    const doc = parseHtml(pageHtml(page), url);
    hit = { doc, article: extractArticle(doc, url) };
    cache.set(page, hit);
  }
  return hit;
}

/** The same instant or, for a date-only expectation, the same calendar date as the site wrote it. */
function sameDate(actual: string | null, expected: string): boolean {
  if (!actual) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) return actual.startsWith(expected);
  // To the second: the BBC's metadata has milliseconds (13:52:13.299Z), we keep seconds.
  return Math.floor(Date.parse(actual) / 1000) === Math.floor(Date.parse(expected) / 1000);
}

it('has an expected JSON for every saved page', () => {
  expect(pages.map((p) => p.page).sort()).toMatchSnapshot();
  expect(pages.length).toBeGreaterThanOrEqual(20);
});

describe.each(pages.map((p) => [p.page, p] as const))('%s', (page, expected) => {
  it('is classified right', () => {
    const { doc } = load(page, expected.url);
    const d = detect(doc, expected.url);
    expect({ isArabic: d.isArabic, isArticle: d.isArticle }).toEqual({
      isArabic: expected.isArabic,
      isArticle: expected.isArticle,
    });
    expect(d.confidence).toBeGreaterThan(0.5);
  });

  if (!expected.isArabic) return;

  it('has the right title, site, date and canonical URL', () => {
    const { article } = load(page, expected.url);
    expect(article.title).toBe(expected.title);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.url).toBe(expected.url);
    if (expected.publishedAt === null) expect(article.publishedAt).toBeNull();
    else expect(article.publishedAt).toBe(expected.publishedAt);
  });

  it('harvests exactly the page’s own read-also links, with their placement', () => {
    const { article } = load(page, expected.url);
    expect(article.readAlso).toEqual(expected.readAlso);
    for (const url of expected.notReadAlso ?? []) {
      expect(article.readAlso.map((l) => l.url)).not.toContain(url);
    }
  });

  if (expected.isArticle) {
    it('extracts the body text without read-also lines or page furniture', () => {
      const { article } = load(page, expected.url);
      expect(article.text.length).toBeGreaterThan(300);
      expect(article.paragraphs.join('\n\n')).toBe(article.text);
      for (const s of expected.textMustContain ?? []) expect(article.text).toContain(s);
      for (const s of expected.textMustNotContain ?? []) expect(article.text).not.toContain(s);
      for (const link of article.readAlso) expect(article.text).not.toContain(link.title);
    });
  }
});

describe('against the expected output shipped with the source pages', () => {
  const arabicArticles = pages.filter((p) => p.isArabic && p.isArticle);

  it.each(arabicArticles.map((p) => [p.page, p] as const))(
    '%s: publication date agrees with the source’s ground truth',
    (page, expected) => {
      const upstream = companion(page, '.expected.json');
      const truth = upstream ? (JSON.parse(upstream) as { date?: string }).date : undefined;
      const meta = companion(page, '.expected-metadata.json');
      const truthMeta = meta
        ? (JSON.parse(meta) as { publishedDate?: string; publishedTime?: string })
        : undefined;
      const lbc = page === 'ar-lbcgroup.html' ? load(page, expected.url) : null;
      const date = truth ?? truthMeta?.publishedDate ?? truthMeta?.publishedTime;
      const { article } = load(page, expected.url);
      if (date) expect(sameDate(article.publishedAt, date)).toBe(true);
      else if (lbc) expect(sameDate(article.publishedAt, '2026-01-08T11:42:50+00:00')).toBe(true);
      else expect(article.publishedAt === null || !!Date.parse(article.publishedAt)).toBe(true);
    },
  );

  it.each([
    ['ar-cnn-arabic-2013.html', '.expected.txt'],
    ['ar-youm7-2024a.html', '.expected.txt'],
  ])('%s: text covers at least 90 percent of the words of its %s', (page, suffix) => {
    const exp = pages.find((p) => p.page === page)!;
    const { article } = load(page, exp.url);
    expect(coverage(article.text, companion(page, suffix)!)).toBeGreaterThanOrEqual(0.9);
  });

  it('ar-bbc-arabic-2024: text covers ≥ 90% of Readability’s expected.html, metadata agrees', () => {
    const exp = pages.find((p) => p.page === 'ar-bbc-arabic-2024.html')!;
    const { article } = load(exp.page, exp.url);
    const expectedDoc = parseHtml(companion(exp.page, '.expected.html')!, exp.url);
    expect(coverage(article.text, expectedDoc.body.textContent ?? '')).toBeGreaterThanOrEqual(0.9);
    const meta = JSON.parse(companion(exp.page, '.expected-metadata.json')!) as Record<
      string,
      string
    >;
    expect(article.title).toBe(meta.title);
    expect(article.byline).toBe(meta.byline);
    expect(article.siteName).toBe(meta.siteName);
    expect(companion(exp.page, '.url.txt')!.trim()).toBe(article.url);
  });

  it('ar-lbcgroup: every paragraph fundus expects is in the text, in order', () => {
    const exp = pages.find((p) => p.page === 'ar-lbcgroup.html')!;
    const { article } = load(exp.page, exp.url);
    const fundus = JSON.parse(companion(exp.page, '.expected.json')!) as {
      V1: { title: string; body: { sections: { paragraphs: string[] }[] } };
    };
    const expectedParagraphs = fundus.V1.body.sections.flatMap((s) => s.paragraphs);
    expect(article.paragraphs).toEqual(expectedParagraphs);
    expect(article.title).toBe(fundus.V1.title);
  });

  it('ar-cnn-arabic-2013: title and canonical URL agree with newspaper4k', () => {
    const exp = pages.find((p) => p.page === 'ar-cnn-arabic-2013.html')!;
    const { article } = load(exp.page, exp.url);
    const meta = JSON.parse(companion(exp.page, '.expected-metadata.json')!) as Record<
      string,
      string
    >;
    expect(article.title).toBe(meta.title);
    expect(article.url).toBe(meta.canonical_link);
    expect(coverage(article.text, meta.text!)).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * Words the page keeps apart only by markup — a link's edge with no space (tag chips, link lists) —
 * must not come out joined (issue 13: «يسرااصابة» on ar-elbaladtv).
 */
describe('no words joined across elements', () => {
  const LETTER = /(?!\u0640)[\p{L}\p{N}]/u;
  const lastWord = (s: string) => /[\p{L}\p{N}\u0640]+$/u.exec(s)?.[0];
  const firstWord = (s: string) => /^[\p{L}\p{N}\u0640]+/u.exec(s)?.[0];
  it.each(pages.filter((p) => p.isArabic && p.isArticle).map((p) => [p.page, p] as const))(
    '%s',
    (page, expected) => {
      const { doc, article } = load(page, expected.url);
      const words = new Set(article.text.split(/[^\p{L}\p{N}\u0640]+/u));
      const joined: string[] = [];
      for (const a of doc.body.querySelectorAll('a')) {
        const inside = a.textContent ?? '';
        const before = a.previousSibling?.textContent ?? '';
        const after = a.nextSibling?.textContent ?? '';
        for (const [left, right] of [
          [lastWord(before), firstWord(inside)],
          [lastWord(inside), firstWord(after)],
        ])
          if (left && right && LETTER.test(left.at(-1)!) && LETTER.test(right[0]!))
            joined.push(left + right);
      }
      expect(joined.filter((w) => words.has(w))).toEqual([]);
    },
  );
});
