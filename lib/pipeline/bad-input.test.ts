/**
 * Odd and hostile pages (issue 2, "Bad input"): nothing throws, links are cleaned, work is bounded.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/html';
import { detect } from './detect';
import { cutToLength, extractArticle, MAX_TEXT_CHARS } from './extract';
import { canonicalUrl } from './head';
import { MAX_LINKS_PER_PAGE } from './read-also-labels';

const URL_ = 'https://news.example/2024/05/20/story-about-something-long/123456';
const PARA =
  'قال المتحدث باسم وزارة الخارجية إن الوفد سيصل إلى العاصمة يوم الأحد المقبل لبحث الملفات العالقة بين البلدين، وفي مقدمتها ملف الحدود والتجارة.';

function article(extraBody: string, head = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><title>خبر عن الوفد</title>
<meta property="og:type" content="article">${head}</head><body><article><h1>خبر عن الوفد</h1>
<p>${PARA}</p><p>${PARA}</p>${extraBody}<p>${PARA}</p><p>${PARA}</p></article></body></html>`;
}

describe('pages that are not well-formed', () => {
  it('a page with no <body> (frameset) is not an article, and extraction does not throw', () => {
    const doc = parseHtml(
      '<html><head><title>إطارات</title></head><frameset><frame src="a.html"></frameset></html>',
      URL_,
    );
    expect(detect(doc, URL_).isArticle).toBe(false);
    const a = extractArticle(doc, URL_);
    expect(a.readAlso).toEqual([]);
    expect(a.text).toBe('');
  });

  it('an empty document', () => {
    const doc = parseHtml('', URL_);
    expect(detect(doc, URL_)).toMatchObject({ isArabic: false, isArticle: false });
    expect(() => extractArticle(doc, URL_)).not.toThrow();
  });

  it('broken JSON-LD neither throws nor feeds metadata; its declared type still counts for detection', () => {
    const html = article(
      '',
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "عنوان مكسور", broken</script>',
    );
    const doc = parseHtml(html, URL_);
    expect(detect(doc, URL_)).toMatchObject({ isArabic: true, isArticle: true });
    expect(extractArticle(doc, URL_).title).toBe('خبر عن الوفد');
  });

  it('broken JSON-LD without other article signals does not make a page an article', () => {
    const links = '<li><a href="/a">عنوان خبر قصير</a></li>'.repeat(30);
    const html = `<html lang="ar"><head><title>الصفحة الرئيسية للموقع الإخباري</title>
      <script type="application/ld+json">{"@type": broken</script></head><body><ul>${links}</ul></body></html>`;
    const home = 'https://news.example/';
    expect(detect(parseHtml(html, home), home).isArticle).toBe(false);
  });

  it('JSON-LD in an @graph counts', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage' },
        {
          '@type': ['AnalysisNewsArticle'],
          headline: 'h',
          datePublished: '2024-05-20T10:00:00+02:00',
        },
      ],
    });
    const doc = parseHtml(article('', `<script type="application/ld+json">${ld}</script>`), URL_);
    expect(detect(doc, URL_).signals).toContain('jsonld:article');
    expect(extractArticle(doc, URL_).publishedAt).toBe('2024-05-20T10:00:00+02:00');
  });

  it('a 5 MB page is handled (detection samples a bounded amount of text)', () => {
    const filler = `<div class="comment"><p>${PARA}</p></div>`.repeat(20_000);
    const html = article(filler);
    expect(Buffer.byteLength(html)).toBeGreaterThan(5_000_000);
    const doc = parseHtml(html, URL_);
    expect(detect(doc, URL_).isArabic).toBe(true);
    expect(extractArticle(doc, URL_).text.length).toBeGreaterThan(0);
  });

  it('a 5 MB article is cut at a paragraph end, not dropped; the read-also links stay out', () => {
    const body = `<p>${PARA}</p>`.repeat(40_000);
    const html = article(`${body}<p>اقرأ أيضا: <a href="/2024/05/19/x">خبر آخر</a></p>`);
    const a = extractArticle(parseHtml(html, URL_), URL_);
    expect(a.text.length).toBeGreaterThan(MAX_TEXT_CHARS * 0.9);
    expect(a.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(a.paragraphs.at(-1)).toBe(PARA);
    expect(a.readAlso).toHaveLength(1);
  });

  it('a page with more elements than Readability is given reads its article element alone', () => {
    const noise = `<div class="ad">${'<span><i>x</i></span>'.repeat(25_000)}</div>`;
    const html = article('<p>اقرأ أيضا: <a href="/2024/05/19/x">خبر آخر عن الوفد</a></p>').replace(
      '</body>',
      `${noise}</body>`,
    );
    const a = extractArticle(parseHtml(html, URL_), URL_);
    expect(a.title).toBe('خبر عن الوفد');
    expect(a.paragraphs.filter((p) => p === PARA)).toHaveLength(4);
    expect(a.text).not.toContain('x');
    expect(a.text).not.toContain('خبر آخر عن الوفد');
    expect(a.readAlso.map((l) => l.title)).toEqual(['خبر آخر عن الوفد']);
  });

  it('cutToLength keeps whole paragraphs, and the start of one too long alone at a word end', () => {
    expect(cutToLength(['أ ب', 'ج د', 'هـ و'], 8)).toEqual(['أ ب', 'ج د']);
    expect(cutToLength(['أ ب', 'ج د'], 100)).toEqual(['أ ب', 'ج د']);
    expect(cutToLength(['كلمة أخرى طويلة'], 11)).toEqual(['كلمة أخرى']);
  });
});

describe('a canonical address on another site', () => {
  const page = (canonical: string) =>
    parseHtml(article('', `<link rel="canonical" href="${canonical}">`), URL_);
  it('is ignored: the page is keyed by its own address', () => {
    expect(canonicalUrl(page('https://victim.example/2024/05/20/story'), URL_)).toBe(URL_);
  });
  it('another host of the same site, or a saved copy on this machine, may name it', () => {
    expect(canonicalUrl(page('https://www.news.example/a/1'), URL_)).toBe(
      'https://www.news.example/a/1',
    );
    expect(
      canonicalUrl(page('https://7al.net/2022/01/07/x/'), 'http://127.0.0.1:8080/saved.html'),
    ).toBe('https://7al.net/2022/01/07/x/');
    expect(
      canonicalUrl(
        page('https://7al.net/2022/01/07/x/'),
        'https://web.archive.org/web/20220108000000/https://7al.net/2022/01/07/x/',
      ),
    ).toBe('https://7al.net/2022/01/07/x/');
  });
});

describe('read-also blocks with bad links', () => {
  it('drops javascript: and data: links, makes relative and protocol-relative links absolute, keeps each once', () => {
    const block = `<p><strong>اقرأ أيضا:</strong>
      <a href="javascript:alert(1)">رابط خبيث</a>
      <a href="data:text/html,hi">رابط بيانات</a>
      <a href="/2024/05/19/other-story">خبر آخر عن الوفد</a></p>
      <div class="related"><h3>مقالات ذات صلة</h3><ul>
      <li><a href="//cdn.news.example/2024/05/18/third">خبر ثالث مهم</a></li>
      <li><a href="https://news.example/2024/05/19/other-story#comments">خبر آخر عن الوفد</a></li>
      <li><a href="https://news.example/2024/05/17/fourth"><img alt="خبر رابع"></a><a href="https://news.example/2024/05/17/fourth">خبر رابع بالعنوان</a></li>
      </ul></div>`;
    const a = extractArticle(parseHtml(article(block), URL_), URL_);
    expect(a.readAlso.map((l) => [l.url, l.title, l.placement])).toEqual([
      ['https://news.example/2024/05/19/other-story', 'خبر آخر عن الوفد', 'in-article'],
      ['https://cdn.news.example/2024/05/18/third', 'خبر ثالث مهم', 'in-article'],
      ['https://news.example/2024/05/17/fourth', 'خبر رابع بالعنوان', 'in-article'],
    ]);
    expect(a.text).not.toContain('خبر آخر عن الوفد');
    expect(a.text).not.toContain('اقرأ أيضا');
  });

  it('500 links under one label are bounded', () => {
    const items = Array.from(
      { length: 500 },
      (_, i) => `<li><a href="/2024/01/01/story-${i}">عنوان الخبر رقم ${i}</a></li>`,
    ).join('');
    const a = extractArticle(
      parseHtml(article(`<section><h2>اقرأ أيضا</h2><ul>${items}</ul></section>`), URL_),
      URL_,
    );
    expect(a.readAlso.length).toBeLessThanOrEqual(MAX_LINKS_PER_PAGE);
  });

  it('a "read more" teaser button is not a read-also link', () => {
    const teaser =
      '<div class="teaser"><h2><a href="/2024/05/01/x">خبر قديم</a></h2><a href="/2024/05/01/x" class="more">اقرأ المزيد</a></div>';
    expect(extractArticle(parseHtml(article(teaser), URL_), URL_).readAlso).toEqual([]);
  });

  it('huge link titles are cut, and a label with no links yields nothing', () => {
    const long = 'ع'.repeat(5000);
    const a = extractArticle(
      parseHtml(
        article(`<p>اقرأ أيضا: <a href="/2024/02/02/long">${long}</a></p><h3>ذات صلة</h3>`),
        URL_,
      ),
      URL_,
    );
    expect(a.readAlso).toHaveLength(1);
    expect(a.readAlso[0]!.title.length).toBeLessThanOrEqual(300);
  });
});

describe('extraction never changes the live document', () => {
  it('leaves the DOM exactly as it was', () => {
    const doc = parseHtml(article('<p>اقرأ أيضا: <a href="/2024/05/19/x">خبر آخر</a></p>'), URL_);
    const before = doc.documentElement.outerHTML;
    detect(doc, URL_);
    extractArticle(doc, URL_);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extraction in two steps', () => {
  it('gives what the one-step extraction gives, with the page free in between', async () => {
    const doc = parseHtml(article('<p>اقرأ أيضا: <a href="/2024/05/19/x">خبر آخر</a></p>'), URL_);
    let paused = 0;
    const { extractArticleInSteps } = await import('./extract');
    const steps = await extractArticleInSteps(doc, URL_, {}, async () => void paused++);
    expect(paused).toBe(1);
    expect(steps).toEqual(extractArticle(doc, URL_));
  });

  it('an article element the page replaced meanwhile is found again', async () => {
    const doc = parseHtml(article(''), URL_);
    const { extractArticleInSteps } = await import('./extract');
    const a = await extractArticleInSteps(doc, URL_, { maxElemsToParse: 1 }, async () => {
      const old = doc.querySelector('article')!;
      const fresh = old.cloneNode(true) as Element;
      for (const p of fresh.querySelectorAll('p')) p.textContent = `${PARA} (محدّث)`;
      old.replaceWith(fresh);
    });
    expect(a.paragraphs.filter((p) => p === `${PARA} (محدّث)`)).toHaveLength(4);
  });
});
