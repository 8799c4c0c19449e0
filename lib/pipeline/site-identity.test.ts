import { describe, expect, it } from 'vitest';
import OUTLETS from '../../data/sites/outlets.json';
import { parseHtml } from '../../tools/html';
import { extractArticle } from './extract';
import {
  authorOf,
  copyrightName,
  isSiteByline,
  outletOf,
  siteIdentity,
  type Outlet,
} from './site-identity';

describe('the outlets table (data/sites/outlets.json)', () => {
  const rows = OUTLETS as Outlet[];
  it('holds 150+ outlets, each domain once, each with an Arabic name and a country', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const domains = rows.flatMap((r) => r.domains);
    expect(new Set(domains).size).toBe(domains.length);
    for (const r of rows) {
      expect(r.name, JSON.stringify(r)).toMatch(/[\u0621-\u064a]/);
      expect(r.country).toMatch(/^([A-Z]{2}|INT)$/);
      for (const d of r.domains) expect(d).toMatch(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    // Every Arab country with a press of its own is there.
    const countries = new Set(rows.map((r) => r.country));
    for (const c of ['EG', 'SA', 'AE', 'LB', 'MA', 'DZ', 'TN', 'JO', 'IQ', 'SY', 'PS', 'KW', 'QA'])
      expect(countries.has(c), c).toBe(true);
  });

  it('finds an outlet by its host or any parent domain', () => {
    expect(outletOf('www.youm7.com')?.name).toBe('اليوم السابع');
    expect(outletOf('m.youm7.com')?.name).toBe('اليوم السابع');
    expect(outletOf('arabic.cnn.com')?.name).toBe('CNN بالعربية');
    expect(outletOf('edition.cnn.com')).toBeUndefined();
    expect(outletOf('example.com')).toBeUndefined();
    expect(outletOf('')).toBeUndefined();
  });
});

describe('siteIdentity', () => {
  it('takes the Arabic name the page gives itself first', () => {
    expect(siteIdentity(['Assabah News', 'الصباح نيوز'], 'https://www.assabahnews.tn/a').name).toBe(
      'الصباح نيوز',
    );
    expect(siteIdentity(['BBC News عربي'], 'https://www.bbc.com/arabic/x').name).toBe(
      'BBC News عربي',
    );
  });

  it("takes the table's Arabic name over a Latin one, the Latin one over the domain", () => {
    expect(siteIdentity(['Sputnik'], 'https://arabic.sputniknews.com/x').name).toBe('سبوتنيك عربي');
    expect(siteIdentity(['Some Daily'], 'https://someday.example/x').name).toBe('Some Daily');
    expect(siteIdentity(['someday.example', null], 'https://www.someday.example/x').name).toBe(
      'someday.example',
    );
    // A URL or a slogan is not a name.
    expect(siteIdentity(['https://x.example', 'ا'.repeat(80)], 'https://x.example/a').name).toBe(
      'x.example',
    );
  });

  it("drops a byline that is only the site's name or slug", () => {
    const url = 'https://akhbarelyom.com/news/1';
    const site = siteIdentity([], url);
    expect(isSiteByline('akhbarelyom', site, url)).toBe(true);
    expect(isSiteByline('بوابة أخبار اليوم', siteIdentity(['بوابة أخبار اليوم'], url), url)).toBe(
      true,
    );
    const lbc = 'https://www.lbcgroup.tv/news/1';
    expect(isSiteByline('LBCI', siteIdentity(['LBCIV7'], lbc), lbc, ['LBCIV7'])).toBe(true);
    expect(isSiteByline('محمد علي', site, url)).toBe(false);
  });
});

describe('site and byline on a page', () => {
  const body = `<article><h1>عنوان</h1>${'<p>نص المقال الطويل بما يكفي ليقرأه المستخلص كما ينبغي هنا.</p>'.repeat(8)}</article>`;
  const page = (head: string, extra = '') =>
    parseHtml(
      `<html lang="ar"><head>${head}</head><body>${extra}${body}</body></html>`,
      'https://x.example/a/1',
    );

  it('reads a JSON-LD publisher given as a string or an array, and the logo', () => {
    const ld = (publisher: unknown) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'عنوان', publisher, author: 'Sputnik' })}</script>`;
    expect(extractArticle(page(ld('جريدة المثال')), 'https://x.example/a/1').siteName).toBe(
      'جريدة المثال',
    );
    expect(
      extractArticle(
        page(ld([{ '@type': 'Organization', name: 'Example Media' }, 'موقع المثال'])),
        'https://x.example/a/1',
      ).siteName,
    ).toBe('موقع المثال');
    expect(
      extractArticle(
        page('', '<header><img class="logo" src="l.png" alt="شبكة المثال"></header>'),
        'https://x.example/a/1',
      ).siteName,
    ).toBe('شبكة المثال');
  });

  it("keeps an author's byline and drops the site's", () => {
    const meta = (author: string) =>
      `<meta property="og:site_name" content="Example"><meta name="author" content="${author}">`;
    expect(extractArticle(page(meta('سارة أحمد')), 'https://x.example/a/1').byline).toBe(
      'سارة أحمد',
    );
    expect(extractArticle(page(meta('Example')), 'https://x.example/a/1').byline).toBeNull();
  });
});

describe('titles', () => {
  const doc = (head: string, body: string, url = 'https://x.example/a/1') =>
    parseHtml(`<html lang="ar"><head>${head}</head><body>${body}</body></html>`, url);
  const text = '<p>نص المقال الطويل بما يكفي ليقرأه المستخلص كما ينبغي هنا.</p>'.repeat(8);

  it("takes the headline over a template's placeholder title", () => {
    for (const placeholder of ['Untitled Document', 'untitled', 'الصفحة الرئيسية', ''])
      expect(
        extractArticle(
          doc(`<title>${placeholder}</title>`, `<h1>وزير الري يشهد توقيع عقد</h1>${text}`),
          'https://x.example/a/1',
        ).title,
      ).toBe('وزير الري يشهد توقيع عقد');
  });

  it("strips a site's suffix with a date after it, and the table's name for the host", () => {
    expect(
      extractArticle(
        doc(
          '<meta property="og:site_name" content="DW.COM"><title>ألمانيا تفتح حدودها | DW | 23.05.2011</title>',
          text,
        ),
        'https://x.example/a/1',
      ).title,
    ).toBe('ألمانيا تفتح حدودها');
    expect(
      extractArticle(
        doc('<title>وزارة العمل تعلن نتائج المسابقة - اليوم السابع</title>', text),
        'https://www.youm7.com/story/1',
      ).title,
    ).toBe('وزارة العمل تعلن نتائج المسابقة');
    // A title that merely contains a dash keeps it.
    expect(
      extractArticle(
        doc('<title>غزة - رام الله: اتفاق جديد</title>', text),
        'https://x.example/a/1',
      ).title,
    ).toBe('غزة - رام الله: اتفاق جديد');
  });
});

describe('the copyright line', () => {
  const doc = (footer: string) =>
    parseHtml(
      `<html><body><p>نص</p><footer>${footer}</footer></body></html>`,
      'https://x.example/',
    );
  it.each([
    ['<p>© 2022 جميع الحقوق محفوظة لموقع الحل نت</p>', 'الحل نت'],
    [
      '<div><a href="/">روابط</a><p>حقوق النشر محفوظة لـ صحيفة الصباح 2010 - 2024</p></div>',
      'صحيفة الصباح',
    ],
    ['<p>Copyright © 2024 Example Inc. All rights reserved.</p>', null],
    ['<p>جميع الحقوق محفوظة</p>', null],
  ])('%s names %s', (footer, name) => expect(copyrightName(doc(footer))).toBe(name));

  it("names a site the table does not know, after the page's own names", () => {
    const url = 'https://x.example/a';
    expect(siteIdentity([], url, 'الحل نت').name).toBe('الحل نت');
    expect(siteIdentity(['موقع المثال'], url, 'الحل نت').name).toBe('موقع المثال');
    expect(siteIdentity([], 'https://www.albayan.ae/a', 'مؤسسة دبي للإعلام').name).toBe('البيان');
  });
});

describe('a dateline for a byline', () => {
  it("drops a place and the site's name, keeps an author with the site", () => {
    const url = 'https://www.albayan.ae/a/1';
    const site = siteIdentity(['البيان'], url);
    expect(isSiteByline('(أبوظبي - البيان)', site, url)).toBe(true);
    expect(isSiteByline('دبي / البيان', site, url)).toBe(true);
    expect(isSiteByline('محمد عبد الرحمن الحمادي - البيان', site, url)).toBe(false);
    expect(isSiteByline('أبوظبي - سارة أحمد', site, url)).toBe(false);
    expect(authorOf('محمد عبد الرحمن الحمادي - البيان', site, url)).toBe('محمد عبد الرحمن الحمادي');
    expect(authorOf('(أبوظبي - البيان)', site, url)).toBeNull();
    expect(authorOf('سارة أحمد', site, url)).toBe('سارة أحمد');
  });
});
