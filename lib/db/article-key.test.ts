import { describe, expect, it } from 'vitest';
import { articleKey } from './article-key';

describe('articleKey', () => {
  it.each([
    ['https://www.example.com/a/1', 'example.com/a/1'],
    ['http://example.com/a/1/', 'example.com/a/1'],
    ['https://m.example.com/a/1#comments', 'example.com/a/1'],
    ['https://example.com/a/1?utm_source=tw&utm_medium=social&fbclid=abc', 'example.com/a/1'],
    ['https://example.com/a/1?id=2&utm_campaign=x&gclid=9', 'example.com/a/1?id=2'],
    ['https://example.com/story?b=2&a=1', 'example.com/story?a=1&b=2'],
    ['https://example.com/a/1/amp', 'example.com/a/1'],
    ['https://example.com/a/1/amp/', 'example.com/a/1'],
    ['https://amp.example.com/a/1', 'example.com/a/1'],
    ['https://example.com/a/1.amp.html', 'example.com/a/1.html'],
    ['https://example.com/a/1?amp=1', 'example.com/a/1'],
    ['https://example.com/a/1?outputType=amp', 'example.com/a/1'],
    ['https://EXAMPLE.com//a//1', 'example.com/a/1'],
    ['https://example.com/', 'example.com'],
    ['https://example.com/news/index.html', 'example.com/news'],
    ['https://example.com:8080/a', 'example.com:8080/a'],
    ['https://example.com:443/a', 'example.com/a'],
    [
      'https://www.youm7.com/story/2020/6/3/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9',
      'youm7.com/story/2020/6/3/الصحة',
    ],
    ['https://www.youm7.com/story/2020/6/3/الصحة', 'youm7.com/story/2020/6/3/الصحة'],
  ])('%s → %s', (input, key) => {
    expect(articleKey(input)).toBe(key);
  });

  it('keeps what names a different page: path case, other parameters, other hosts', () => {
    expect(articleKey('https://example.com/A')).not.toBe(articleKey('https://example.com/a'));
    expect(articleKey('https://example.com/a?page=2')).not.toBe(
      articleKey('https://example.com/a'),
    );
    expect(articleKey('https://news.example.com/a')).not.toBe(articleKey('https://example.com/a'));
  });

  it('gives no key for anything but http(s)', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
      'ftp://x/y',
      '',
      'not a url',
    ])
      expect(articleKey(bad)).toBeNull();
  });
});

describe('compactUrl', () => {
  it('decodes Arabic slugs losslessly and leaves reserved characters encoded', async () => {
    const { compactUrl } = await import('./article-key');
    const encoded = 'https://www.youm7.com/story/2020/6/3/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9?q=%D9%85';
    const short = compactUrl(encoded);
    expect(short).toBe('https://www.youm7.com/story/2020/6/3/الصحة?q=م');
    expect(new URL(short).href).toBe(new URL(encoded).href);
    expect(compactUrl('https://a.com/a%2Fb')).toBe('https://a.com/a%2Fb');
    expect(compactUrl('https://a.com/%E0%A4%A')).toBe('https://a.com/%E0%A4%A');
  });
});
