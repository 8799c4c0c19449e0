import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordVisit } from './visits';
import { SiyaqDatabase } from '../db/database';
import { testArticle, testEntity } from '../../tools/test-article';
import { decodeLink } from '../db/rows';
import { cleanTitle, harvestable } from '../db/links';
import { relatedFor } from './query';

let database: SiyaqDatabase;
let n = 0;
const NOW = Date.UTC(2026, 10, 1);

const ent = (key: string, salience = 1) => testEntity(key, salience);

/** Titles' entities, as the tagger would give them: the known names they contain. */
const KNOWN = ['روسيا', 'كازاخستان', 'سيرديوكوف', 'مصر', 'غزة'];
const titleKeys = async (titles: string[]) =>
  titles.map((t) => KNOWN.filter((k) => t.includes(k)).map((k) => `LOC:${k}`));

beforeEach(() => {
  database = new SiyaqDatabase(`related-${n++}`);
});
afterEach(() => database.delete());

async function visit(url: string, keys: string[], over = {}, at = NOW, tagger = titleKeys) {
  return recordVisit(
    database,
    testArticle(url, { title: url, ...over }),
    at,
    keys.map((k) => ent(k)),
    tagger,
  );
}

const storedLinks = async () => (await database.links.toArray()).map(decodeLink);

describe('harvesting read-also links', () => {
  it('keeps one row per article whatever link led to it, with the entities of its title', async () => {
    const a = await visit('https://www.a.com/1', ['LOC:روسيا'], {
      readAlso: [
        {
          url: 'https://www.b.com/x?utm_source=a',
          title: 'روسيا و<b>كازاخستان</b>',
          placement: 'after-article',
        },
        { url: 'http://b.com/x/', title: 'مكرر', placement: 'after-article' },
        { url: 'https://a.com/1', title: 'الصفحة نفسها', placement: 'in-article' },
        { url: 'https://c.com/y', title: '   ', placement: 'in-article' },
        { url: 'https://c.com/z', title: 'x'.repeat(5000), placement: 'in-article' },
      ],
    });
    expect(a.readAlso).toHaveLength(2);
    const rows = await storedLinks();
    expect(rows.map((r) => r.normUrl).sort()).toEqual(['b.com/x', 'c.com/z']);
    const b = rows.find((r) => r.normUrl === 'b.com/x')!;
    expect(b).toMatchObject({
      title: 'روسيا و كازاخستان',
      url: 'https://www.b.com/x?utm_source=a',
    });
    expect(b.entityKeys).toEqual(['LOC:روسيا', 'LOC:كازاخستان']);
    expect(rows.find((r) => r.normUrl === 'c.com/z')!.title.length).toBeLessThanOrEqual(300);
  });

  it('bounds 500 links on one page, and two tabs harvesting at once give no duplicates', async () => {
    const readAlso = Array.from({ length: 500 }, (_, i) => ({
      url: `https://b.com/${i}`,
      title: `خبر عن روسيا ${i}`,
      placement: 'after-article' as const,
    }));
    expect(harvestable(readAlso, 'a.com/1')).toHaveLength(60);
    await Promise.all([
      visit('https://a.com/1', [], { readAlso }),
      visit('https://a.com/1', [], { readAlso }, NOW + 1),
    ]);
    expect(await database.links.count()).toBe(60);
    expect(await database.history.count()).toBe(1);
    expect((await database.history.get('a.com/1'))?.readAlso).toHaveLength(60);
  });

  it('a failing tagger keeps the links, without entities', async () => {
    await visit(
      'https://a.com/1',
      [],
      { readAlso: [{ url: 'https://b.com/x', title: 'روسيا', placement: 'after-article' }] },
      NOW,
      async () => Promise.reject(new Error('no model')),
    );
    expect(await database.links.get('b.com/x')).toMatchObject({ entityKeys: [] });
  });

  it('cleans titles to text', () => {
    expect(cleanTitle(' <a href="x">خبر</a>\n عاجل ')).toBe('خبر عاجل');
    expect(cleanTitle('5 < 6 و 7 > 3')).toBe('5 < 6 و 7 > 3');
  });
});

describe('relatedFor', () => {
  it('suggests read articles and unread links that share entities, with reasons', async () => {
    await visit('https://b.com/read', ['PER:سيرديوكوف', 'LOC:كازاخستان'], {}, NOW - 5 * 86_400_000);
    await visit('https://c.com/other', ['LOC:اليمن']);
    await visit('https://d.com/src', ['LOC:غزة'], {
      readAlso: [
        {
          url: 'https://e.com/unread',
          title: 'سيرديوكوف في كازاخستان',
          placement: 'after-article',
        },
        { url: 'https://b.com/read?utm_medium=x', title: 'سيرديوكوف', placement: 'after-article' },
      ],
    });
    const current = await visit(
      'https://a.com/now',
      ['LOC:كازاخستان', 'PER:سيرديوكوف', 'LOC:روسيا'],
      {
        readAlso: [
          { url: 'https://www.c.com/other/', title: 'رابط الصفحة', placement: 'after-article' },
        ],
      },
    );
    const { related, readOwn } = await relatedFor(database, current.url, NOW);
    expect(related.map((r) => [r.normUrl, r.read])).toEqual([
      ['b.com/read', true],
      ['e.com/unread', false],
    ]);
    expect(related[0]!.shared).toEqual(expect.arrayContaining(['كازاخستان', 'سيرديوكوف']));
    // The page's own link to a stored article is marked read.
    expect(readOwn).toEqual(['https://www.c.com/other/']);
  });

  it('never lists the current page, nor the page’s own links as suggestions', async () => {
    await visit('https://www.a.com/now/', ['LOC:كازاخستان'], {}, NOW - 1000); // the same page…
    const current = await visit('https://a.com/now', ['LOC:كازاخستان'], {
      readAlso: [{ url: 'https://b.com/own', title: 'كازاخستان', placement: 'after-article' }],
    });
    expect(await database.history.count()).toBe(1); // …is one article
    const { related } = await relatedFor(database, current.url, NOW);
    expect(related).toEqual([]);
  });

  it('answers empty for an unknown page or one without entities', async () => {
    expect(await relatedFor(database, 'https://nowhere.com/x', NOW)).toEqual({
      related: [],
      readOwn: [],
    });
    const bare = await visit('https://a.com/bare', []);
    expect((await relatedFor(database, bare.url, NOW)).related).toEqual([]);
  });
});
