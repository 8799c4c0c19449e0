import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../tools/fixtures';
import { parseHtml } from '../../tools/html';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  decodeBytes,
  parseImport,
  type ParsedImport,
} from './formats';
import { exportCsv, exportHighlightsMarkdown, exportJson, exportNetscape } from './export-formats';
import type { ReadingItem } from './model';
import { messages } from '../ui/i18n';

const html = (s: string) => parseHtml(s, 'https://import.invalid/');
const sample = (name: string) => readFileSync(join(FIXTURES_DIR, 'reading', name));
function read(name: string): ParsedImport {
  const { text, encoding } = decodeBytes(sample(name));
  return parseImport(text, html, name, encoding);
}
function fails(name: string): ImportError {
  try {
    read(name);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error(`${name} was accepted`);
}

describe('imports', () => {
  it('Pocket CSV: quoted commas, quotes and newlines, tags, archive; a bookmarklet skipped', () => {
    const p = read('pocket.csv');
    expect(p.format).toBe('pocket-csv');
    expect(p.skipped).toEqual({ notWeb: 1, noUrl: 0 });
    expect(p.items).toHaveLength(3);
    expect(p.items[0]).toMatchObject({
      title: 'روسيا ترسل جنرالًا إلى كازاخستان، ماذا نعرف عنه؟',
      savedAt: 1641565800_000,
      tags: ['سياسة', 'روسيا'],
    });
    expect(p.items[0]!.archivedAt).toBeUndefined();
    expect(p.items[1]).toMatchObject({
      title: 'Obama admits US gun laws are his "biggest frustration"',
      archivedAt: 1437750000_000,
    });
    expect(p.items[2]!.title).toBe('وزير الري يشهد توقيع عقد دراسة\nتحديد السحب الآمن للخزانات');
  });

  it('Pocket HTML: both sections; markup in a title is text; the page script never runs', () => {
    const p = read('ril_export.html');
    expect(p.format).toBe('pocket-html');
    expect(p.items.map((i) => [i.title, !!i.archivedAt])).toEqual([
      ['غزة: ليلة أخرى من القصف', false],
      ['<script>alert(1)</script> is only text', false],
      ['معارضون يسيطرون على مخازن للصواريخ بريف دمشق', true],
    ]);
    expect(p.items[0]!.tags).toEqual(['سياسة', 'غزة']);
  });

  it('Instapaper CSV: folders (archive, starred, own folders as tags), JSON tags, selections', () => {
    const p = read('instapaper-export.csv');
    expect(p.format).toBe('instapaper');
    expect(p.items.map((i) => [i.tags, !!i.archivedAt])).toEqual([
      [['منوعات'], false],
      [[], true],
      [['Starred'], false],
      [['فن', 'مصر', 'مشاهير'], false],
    ]);
    expect(p.items[0]!.excerpt).toBe('مقطع "مختار" من المقال');
  });

  it('Omnivore JSON: labels as tags, read by progress, archived by state; unknown fields ignored', () => {
    const p = read('omnivore-metadata_0_to_3.json');
    expect(p.format).toBe('omnivore');
    expect(p.items[0]).toMatchObject({
      tags: ['روسيا', 'Newsletter'],
      readAt: Date.parse('2022-01-07T14:30:00.000Z'),
    });
    expect(p.items[1]).toMatchObject({ archivedAt: Date.parse('2020-06-03T10:00:00.000Z') });
    expect(p.items[1]!.readAt).toBeUndefined();
  });

  it('Netscape bookmarks: folders become tags (not the bar), bookmarklets skipped', () => {
    const p = read('bookmarks.html');
    expect(p.format).toBe('netscape');
    expect(p.skipped.notWeb).toBe(1);
    expect(p.items.map((i) => [i.title, i.tags])).toEqual([
      ['بي بي سي عربي', []],
      ['وزارة العمل: تفاصيل تسفير 5 آلاف عامل', ['عمل', 'مصر', 'أخبار']],
      ['أخبار اليوم', []],
    ]);
    expect(p.items[1]!.savedAt).toBe(1716200000_000);
  });

  it('damaged files say where, in both languages', () => {
    const quote = fails('bad-quote.csv');
    expect(quote.where).toBe('line 2');
    expect(quote.text(messages.ar)).toMatch(/تنصيص/);
    expect(quote.message).toBe('line 2: A quoted field is not closed.');
    expect(fails('bad-time.csv').where).toBe('line 3');
    const missing = fails('bad-missing-title.json');
    expect(missing.where).toBe('.items[1].title');
    expect(fails('bad-damaged.json').where).toBe('line 2');
  });

  it('empty, huge, binary and unknown files are refused with a message', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toThrow(/larger than 50 MB/);
    expect(() =>
      decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0xd9])),
    ).toThrow(ImportError);
    expect(() => parseImport('hello, world\n', html, 'notes.txt')).toThrow(
      /Not a reading-list format/,
    );
  });

  it('reads UTF-16 with a BOM, and Arabic Windows-1256 from old spreadsheets', () => {
    const csv = 'title,url,time_added,cursor,tags,status\nسلام,https://a.example/1,1,1,,unread\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...csv].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(decodeBytes(utf16)).toMatchObject({ text: csv, encoding: 'UTF-16LE' });
    // سلام in Windows-1256: D3 E1 C7 E3.
    const cp1256 = new Uint8Array([
      ...new TextEncoder().encode('title,url,time_added\n'),
      0xd3,
      0xe1,
      0xc7,
      0xe3,
      ...new TextEncoder().encode(',https://a.example/1,1\n'),
    ]);
    const d = decodeBytes(cp1256);
    expect(d.encoding).toBe('windows-1256');
    expect(parseImport(d.text, html).items[0]!.title).toBe('سلام');
  });
});

const item = (over: Partial<ReadingItem>): ReadingItem => ({
  id: 'a.example/1',
  url: 'https://a.example/1',
  title: 'عنوان',
  savedAt: Date.UTC(2024, 0, 1),
  readAt: null,
  archivedAt: null,
  deletedAt: null,
  stamps: {},
  tagState: {},
  site: 'a.example',
  excerpt: '',
  entities: [],
  tags: [],
  updatedAt: 0,
  ...over,
});

describe('exports', () => {
  const items = [
    item({ tags: ['سياسة'], excerpt: 'مقتطف', entities: ['بوتين'] }),
    item({
      id: 'b.example/2',
      url: 'https://b.example/2',
      title: '=HYPERLINK("x") & "quotes"',
      readAt: 5,
      archivedAt: 6,
    }),
    item({ id: 'c.example/3', url: 'https://c.example/3', deletedAt: 9 }),
  ];

  it('our JSON round-trips (deleted items are not exported)', () => {
    const p = parseImport(exportJson(items, [], 0), html);
    expect(p.format).toBe('siyaq');
    expect(p.items).toEqual([
      {
        url: 'https://a.example/1',
        title: 'عنوان',
        savedAt: items[0]!.savedAt,
        readAt: null,
        archivedAt: null,
        tags: ['سياسة'],
        excerpt: 'مقتطف',
        entities: ['بوتين'],
      },
      {
        url: 'https://b.example/2',
        title: items[1]!.title,
        savedAt: items[1]!.savedAt,
        readAt: 5,
        archivedAt: 6,
        tags: [],
        excerpt: '',
        entities: [],
      },
    ]);
  });

  it('bookmarks HTML escapes titles and reads back', () => {
    const out = exportNetscape(items);
    expect(out).toContain('&quot;quotes&quot;');
    const p = parseImport(out, html);
    expect(p.items.map((i) => [i.url, i.title, i.tags])).toEqual([
      ['https://a.example/1', 'عنوان', ['سياسة']],
      ['https://b.example/2', items[1]!.title, []],
    ]);
  });

  it('CSV quotes what it must and defuses formulas', () => {
    const out = exportCsv(items);
    expect(out.split('\r\n')[0]).toBe('url,title,site,saved_at,read_at,archived_at,tags,excerpt');
    expect(out).toContain(`"'=HYPERLINK(""x"") & ""quotes"""`);
  });

  it('Markdown of highlights, grouped by article, in page order', () => {
    const h = (id: string, start: number, quote: string, note = '') => ({
      id,
      url: 'a.example/1',
      pageUrl: 'https://a.example/1',
      selectors: {
        quote: { exact: quote, prefix: '', suffix: '' },
        position: { start, end: start + quote.length },
      },
      quote,
      note,
      color: 'yellow' as const,
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
    });
    const md = exportHighlightsMarkdown(
      [h('2', 50, 'ثانيًا'), h('1', 10, 'أولًا *مهم*', 'ملاحظة')],
      items,
    );
    expect(md).toBe('## [عنوان](<https://a.example/1>)\n\n> أولًا \\*مهم\\*\n\nملاحظة\n\n> ثانيًا\n');
  });
});
