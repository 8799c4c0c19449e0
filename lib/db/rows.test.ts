import { describe, expect, it } from 'vitest';
import type { ArticleRecord, LinkRecord } from './database';
import { decodeArticle, decodeLink, encodeArticle, encodeLink, typeOfKey } from './rows';

const article: ArticleRecord = {
  url: 'https://www.aljazeera.net/news/2024/1/1/خبر',
  pageUrl: 'https://www.aljazeera.net/news/2024/1/1/خبر',
  site: 'aljazeera.net',
  title: 'عنوان',
  siteName: 'الجزيرة نت',
  byline: null,
  publishedAt: null,
  lang: 'ar',
  excerpt: 'مقتطف',
  readAlso: [
    { url: 'https://www.aljazeera.net/b', title: 'ب', placement: 'in-article' },
    { url: 'http://c.example/c?id=1', title: 'ج', placement: 'after-article' },
  ],
  firstVisitAt: 10,
  lastVisitAt: 20,
  visitCount: 2,
  entities: [
    {
      key: 'PER:اندريه سيرديوكوف',
      name: 'أندريه سيرديوكوف',
      type: 'PER',
      salience: 1,
      mentions: 5,
      aliases: ['سيرديوكوف'],
      role: 'الجنرال',
    },
    {
      key: 'ORG:ناتو',
      name: 'الناتو',
      type: 'ORG',
      salience: 0.412,
      mentions: 2,
      aliases: ['حلف'],
    },
    { key: 'LOC:موسكو', name: 'موسكو', type: 'LOC', salience: 0.1, mentions: 1, aliases: [] },
    { key: 'MISC:عيد', name: 'عيد', type: 'MISC', salience: 0.05, mentions: 1, aliases: [] },
  ],
  entityKeys: ['PER:اندريه سيرديوكوف', 'ORG:ناتو', 'LOC:موسكو', 'MISC:عيد'],
  normUrl: 'aljazeera.net/news/2024/1/1/خبر',
};
const refs: [string, 0 | 1][] = [
  ['aljazeera.net/b', 1],
  ['c.example/c?id=1', 0],
];
const links = new Map<string, LinkRecord>(
  article.readAlso.map((l, i) => [
    refs[i]![0],
    { normUrl: refs[i]![0], url: l.url, title: l.title, entityKeys: [], lastSeenAt: 20 },
  ]),
);

describe('article rows', () => {
  it('round-trip: the record read back is the record written', () => {
    expect(decodeArticle(encodeArticle(article, refs), links)).toEqual(article);
    const other = {
      ...article,
      pageUrl: 'https://m.aljazeera.net/x?utm_source=t',
      byline: 'كاتب',
      publishedAt: '2024-01-01',
      lang: null,
      siteName: '',
    };
    expect(decodeArticle(encodeArticle(other, refs), links)).toEqual(other);
    const en = { ...article, lang: 'en' };
    expect(decodeArticle(encodeArticle(en, refs), links)).toEqual(en);
  });

  it('leaves out what can be rebuilt, and is far smaller than the record', () => {
    const row = encodeArticle(article, refs);
    expect(row).not.toHaveProperty('pageUrl');
    expect(row).not.toHaveProperty('byline');
    expect(row.entities[2]).toEqual(['', 100, 1]); // the name is the key's
    expect(row.url).toBe('w');
    // The article's own site's links without the host.
    expect(row.readAlso).toEqual([
      ['/b', 1],
      ['c.example/c?id=1', 0],
    ]);
    expect(row.entities[0]).toEqual(['أندريه سيرديوكوف', 1000, 5, 'الجنرال', 'سيرديوكوف']);
    expect(row.entities[1]).toEqual(['الناتو', 412, 2, '', 'حلف']);
    expect(JSON.stringify(row).length).toBeLessThan(JSON.stringify(article).length * 0.6);
  });

  it('stores percent-encoded URLs decoded: the same address comes back', () => {
    const encoded = {
      ...article,
      url: 'https://www.youm7.com/story/2024/5/20/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9/6574622',
      pageUrl:
        'https://www.youm7.com/story/2024/5/20/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9/6574622?utm_source=fb',
      normUrl: 'youm7.com/story/2024/5/20/وزارة/6574622',
    };
    const row = encodeArticle(encoded, refs);
    expect(row.url).toBe('w');
    const back = decodeArticle(row, links);
    expect(new URL(back.url).href).toBe(encoded.url);
    expect(new URL(back.pageUrl).href).toBe(encoded.pageUrl);
  });

  it('a read-also link evicted from the cache is left out, the rest kept in order', () => {
    const some = new Map([...links].slice(1));
    expect(decodeArticle(encodeArticle(article, refs), some).readAlso).toEqual([
      article.readAlso[1],
    ]);
    expect(decodeArticle(encodeArticle(article, refs)).readAlso).toEqual([]);
  });

  it('reads the type from the key', () => {
    expect(typeOfKey('LOC:مصر')).toBe('LOC');
    expect(typeOfKey('ORG:a:b')).toBe('ORG');
    expect(typeOfKey('nonsense')).toBe('MISC');
  });
});

describe('link rows', () => {
  const link = (url: string, normUrl: string): LinkRecord => ({
    normUrl,
    url,
    title: 'عنوان',
    entityKeys: ['LOC:مصر'],
    lastSeenAt: 5,
  });
  it.each([
    ['https://b.com/x', 'b.com/x', undefined],
    ['https://www.b.com/x', 'b.com/x', 'w'],
    ['http://b.com/x', 'b.com/x', 'h'],
    ['http://www.b.com/x', 'b.com/x', 'hw'],
    ['https://www.b.com/x/', 'b.com/x', 'w/'],
    ['https://b.com/x/', 'b.com/x', '/'],
    ['https://b.com/', 'b.com', '/'],
    ['https://m.b.com/x', 'b.com/x', 'https://m.b.com/x'],
    ['https://b.com/x//', 'b.com/x', 'https://b.com/x//'],
    ['https://b.com/x?utm_source=y', 'b.com/x', 'https://b.com/x?utm_source=y'],
  ])('%s (key %s) is stored as %s and read back whole', (url, normUrl, stored) => {
    const row = encodeLink(link(url, normUrl));
    expect(row.url).toBe(stored);
    expect(decodeLink(row)).toEqual(link(url, normUrl));
  });
});
