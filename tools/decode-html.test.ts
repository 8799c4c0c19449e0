import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html';
import { pageHtml } from './fixtures';
import { parseHtml } from './html';
import { extractArticle } from '../lib/pipeline/extract';

/** windows-1256 bytes of a string, the table built from the platform's own decoder. */
const REVERSE = new Map<string, number>();
const high = new TextDecoder('windows-1256').decode(
  Uint8Array.from({ length: 128 }, (_, i) => 128 + i),
);
[...high].forEach((c, i) => REVERSE.set(c, 128 + i));
const cp1256 = (s: string) =>
  Uint8Array.from([...s].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : REVERSE.get(c)!)));

describe('decodeHtml (as a browser decodes a page)', () => {
  it('follows <meta charset> and http-equiv', () => {
    expect(decodeHtml(cp1256('<meta charset="windows-1256"><p>مرحبا')).text).toContain('مرحبا');
    const equiv = decodeHtml(
      cp1256('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>بيرم'),
    );
    expect([equiv.encoding, equiv.text.endsWith('بيرم')]).toEqual(['windows-1256', true]);
  });

  it('lets a BOM and the transport charset win over the meta', () => {
    const bom = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="windows-1256">مرحبا'),
    ]);
    expect(decodeHtml(bom).text).toContain('مرحبا');
    expect(decodeHtml(cp1256('<meta charset="utf-8">مرحبا'), 'windows-1256').text).toContain(
      'مرحبا',
    );
  });

  it('reads an undeclared page as UTF-8 when it is, else as windows-1256; an unknown label is no declaration', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>مرحبا')).encoding).toBe('UTF-8');
    expect(decodeHtml(cp1256('<p>مرحبا')).text).toBe('<p>مرحبا');
    expect(decodeHtml(cp1256('<meta charset="x-klingon"><p>مرحبا')).text).toContain('مرحبا');
  });

  it('reads the windows-1256 fixture page exactly as its UTF-8 original', () => {
    const url = 'https://www.almadenahnews.com/article/825076';
    const a = extractArticle(parseHtml(pageHtml('ar-almadenahnews.html'), url), url);
    const b = extractArticle(parseHtml(pageHtml('ar-almadenahnews-windows-1256.html'), url), url);
    expect(b.text).toBe(a.text);
    expect([b.title, b.siteName, b.publishedAt]).toEqual([a.title, a.siteName, a.publishedAt]);
    expect(b.text).not.toMatch(/\uFFFD/);
  });
});
