import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/html';
import { extractArticle } from './extract';
import { findPageDate } from './page-date';

const page = (body: string, head = '') =>
  parseHtml(
    `<html lang="ar"><head>${head}</head><body>${body}</body></html>`,
    'https://x.example/a/1',
  );

describe('findPageDate', () => {
  it('reads the date line of the article, Gregorian first, then Hijri', () => {
    const doc = page(
      '<h1>عنوان</h1><div class="post-date">الأحد 5 رجب 1440 هـ</div><span class="time">10 مارس 2019</span>',
    );
    expect(findPageDate(doc, '')).toEqual({ date: '2019-03-10', source: 'page' });
    expect(findPageDate(page('<div class="date">الأحد 5 رجب 1440 هـ</div>'), '')).toEqual({
      date: '2019-03-12',
      source: 'hijri',
    });
  });

  it('counts a relative date back from the fetch time, and only with one', () => {
    const doc = page('<span class="date">منذ ساعتين</span>');
    expect(findPageDate(doc, '')).toBeNull();
    expect(findPageDate(doc, '', new Date('2024-05-01T12:00:00Z'))).toEqual({
      date: '2024-05-01T10:00:00Z',
      source: 'relative',
    });
  });

  it("ignores the dates of a list of articles (a home page's cards)", () => {
    const card = (d: string) =>
      `<li><a href="/n/${d}"><img src="x.jpg" alt=""><p>عنوان خبر</p></a><span class="date">${d} مارس 2018</span></li>`;
    expect(findPageDate(page(`<ul>${card('15')}${card('14')}</ul>`), '')).toBeNull();
    // …and many different dates anywhere say the same.
    const many = [1, 2, 3, 4, 5].map((d) => `<div class="date">${d} مايو 2020</div>`).join('');
    expect(findPageDate(page(many), 'نص بلا تاريخ')).toBeNull();
  });

  it('tells the stored article where its date came from', () => {
    const body = `<article><h1>عنوان المقال</h1><div class="date">1 رمضان 1445 هـ</div>${'<p>نص المقال الطويل بما يكفي ليقرأه المستخلص كما ينبغي.</p>'.repeat(8)}</article>`;
    const a = extractArticle(page(body), 'https://x.example/a/1');
    expect([a.publishedAt, a.dateSource]).toEqual(['2024-03-11', 'hijri']);
    const withMeta = extractArticle(
      page(body, '<meta property="article:published_time" content="2024-03-12T08:00:00Z">'),
      'https://x.example/a/1',
    );
    expect([withMeta.publishedAt, withMeta.dateSource]).toEqual([
      '2024-03-12T08:00:00Z',
      'metadata',
    ]);
  });
});
