import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/html';
import { findReadAlso } from './read-also';

const PAGE = 'https://x.example/a/1';
const links = (html: string) =>
  findReadAlso(
    parseHtml(
      `<html><body><article><p>${'نص المقال '.repeat(40)}</p></article>${html}</body></html>`,
      PAGE,
    ),
    PAGE,
    null,
  ).flatMap((b) => b.links.map((l) => new URL(l.url).pathname));

const title = (n: number) => `عنوان الخبر رقم ${n} عن الموضوع`;
const row = (label: string, n: number) =>
  `<tr><td>${label}</td><td><a href="/n/${n}">${title(n)}</a></td></tr>`;
const dl = (label: string, n: number) =>
  `<dl><dt>${label}</dt><dd><a href="/n/${n}">${title(n)}</a></dd></dl>`;

describe('read-also lists whose label belongs to the whole group', () => {
  it('takes every row after a labelled one whose label cell is empty, up to the next label', () => {
    const table = `<table>${row('انظر أيضا:', 1)}${row('', 2)}${row('', 3)}${row('', 4)}${row('مصادر:', 5)}${row('', 6)}</table>`;
    expect(links(table)).toEqual(['/n/1', '/n/2', '/n/3', '/n/4']);
  });

  it('does the same for a definition list written one entry per list', () => {
    const list = `<div>${dl('انظر أيضا:', 1)}${dl('', 2)}${dl('', 3)}${dl('', 4)}${dl('', 5)}</div>`;
    expect(links(list)).toEqual(['/n/1', '/n/2', '/n/3', '/n/4', '/n/5']);
  });

  it('keeps a block of 500 rows to a bounded list', () => {
    const rows = Array.from({ length: 500 }, (_, i) => row(i ? '' : 'انظر أيضا:', i + 1)).join('');
    const found = links(`<table>${rows}</table>`);
    expect(found.length).toBeGreaterThan(1);
    expect(found.length).toBeLessThanOrEqual(60);
  });

  it('takes nothing from rows without a label above them', () => {
    expect(links(`<table>${row('', 1)}${row('', 2)}</table>`)).toEqual([]);
  });
});

describe('a most-read rail', () => {
  const rail = `<aside><h3>الأكثر قراءة</h3><ul><li><a href="/n/1">${title(1)}</a></li><li><a href="/n/2">${title(2)}</a></li></ul></aside>`;
  it('takes the links it repeats out of a read-also block after the article', () => {
    const after = `<section><h3>اقرأ أيضا</h3><ul><li><a href="/n/1">${title(1)}</a></li><li><a href="/n/3">${title(3)}</a></li></ul></section>`;
    expect(links(after + rail)).toEqual(['/n/3']);
    expect(links(after)).toEqual(['/n/1', '/n/3']);
  });
});
