import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/html';
import { expectedPages, pageHtml } from '../../tools/fixtures';
import { detect } from './detect';
import { extractArticle } from './extract';
import { archivedOriginal, toHttpUrl } from './urls';

const base = 'https://example.com/news/2024/01/story.html?x=1#top';

it.each([
  ['/a/b', 'https://example.com/a/b'],
  ['c.html', 'https://example.com/news/2024/01/c.html'],
  ['//cdn.example.org/p', 'https://cdn.example.org/p'],
  ['http://other.example/x#frag', 'http://other.example/x'],
  ['  https://example.com/spaced  ', 'https://example.com/spaced'],
])('makes %j absolute: %s', (href, url) => expect(toHttpUrl(href, base)).toBe(url));

it.each([
  'javascript:alert(1)',
  'JavaScript:void(0)',
  'data:text/html,hi',
  'mailto:a@b.c',
  '#',
  '',
  null,
  'http://[bad',
])('drops %j', (href) => expect(toHttpUrl(href, base)).toBeNull());

describe('archived copies', () => {
  it.each([
    [
      'https://web.archive.org/web/20220929002532/https://naibaat.pk/2022/04/08/49027/',
      'https://naibaat.pk/2022/04/08/49027/',
    ],
    [
      'http://web.archive.org/web/20150101000000id_/http:/www.aljazeera.net/news/1',
      'http://www.aljazeera.net/news/1',
    ],
    [
      'https://wayback.archive-it.org/1234/20200101000000/https://x.example/a',
      'https://x.example/a',
    ],
    [
      'https://webcache.googleusercontent.com/search?q=cache:k1:https://x.example/a',
      'https://x.example/a',
    ],
  ])('%s is %s', (url, original) => expect(archivedOriginal(url)).toBe(original));

  it.each([
    'https://example.com/web/20220929002532/x',
    'https://web.archive.org/web/*/example.com',
    'not a url',
  ])('%s is not an archived copy', (url) => expect(archivedOriginal(url)).toBeNull());

  it('reads a page saved by the Wayback Machine through the address it carries', () => {
    const p = expectedPages().find((x) => x.page === 'ar-youm7-2020.html')!;
    const archived = `https://web.archive.org/web/20200825000000/${p.url}`;
    const doc = parseHtml(pageHtml(p.page), archived);
    expect(detect(doc, archived).isArticle).toBe(true);
    const a = extractArticle(doc, archived);
    expect(a.url).toBe(p.url);
    expect(a.pageUrl).toBe(archived);
    expect(a.siteName).toBe(p.siteName);
    expect(a.title).toBe(p.title);
  });

  it("does not take an archived home page's capture time for an article id", () => {
    const html = `<html lang="ar"><head><title>اليوم السابع</title></head><body>${'<div><a href="/story/1">خبر عن الاقتصاد المصري اليوم</a></div>'.repeat(30)}</body></html>`;
    const url = 'https://web.archive.org/web/20200825000000/https://www.youm7.com/';
    const doc = parseHtml(html, url);
    expect(detect(doc, url).isArticle).toBe(false);
    expect(extractArticle(doc, url).siteName).toBe('اليوم السابع');
  });
});

describe('sites', () => {
  it('are registrable domains, with country second levels kept', async () => {
    const { siteOf, mayClaim } = await import('./urls');
    expect(siteOf('https://arabic.cnn.com/middle-east/x')).toBe('cnn.com');
    expect(siteOf('https://www.alwatan.com.sa/article/1')).toBe('alwatan.com.sa');
    expect(siteOf('https://www.bbc.co.uk/arabic')).toBe('bbc.co.uk');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('not a url')).toBe('');
    expect(mayClaim('https://m.youm7.com/story/1', 'https://www.youm7.com/story/1')).toBe(true);
    expect(mayClaim('https://evil.example/a', 'https://www.youm7.com/story/1')).toBe(false);
    // A look-alike is another site.
    expect(mayClaim('https://youm7.com.evil.example/a', 'https://www.youm7.com/a')).toBe(false);
  });
});
