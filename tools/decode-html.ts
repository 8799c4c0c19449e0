/**
 * Node-only: the bytes of a saved page as text, decoded as a browser decodes them — the HTML
 * standard's encoding sniffing (a BOM, then the transport's charset if given, then `<meta charset>`
 * or `http-equiv` in the first 1,024 bytes: html-encoding-sniffer, jsdom's own) and the platform's
 * WHATWG decoder (TextDecoder). A page that declares nothing is read as UTF-8 when its bytes are
 * UTF-8, else as windows-1256 — what a browser's detector picks for an undeclared Arabic page
 * (the standard's fixed default, windows-1252, would turn Arabic into Latin letters).
 */
import sniffHTMLEncoding from 'html-encoding-sniffer';

/** The page's text and the encoding it was read in (a WHATWG encoding name). */
export function decodeHtml(
  bytes: Uint8Array,
  transportCharset?: string,
): { text: string; encoding: string } {
  const NONE = 'x-none-declared';
  const sniffed = sniffHTMLEncoding(bytes, {
    defaultEncoding: NONE,
    ...(transportCharset ? { transportLayerEncodingLabel: transportCharset } : {}),
  });
  if (sniffed !== NONE) return { text: new TextDecoder(sniffed).decode(bytes), encoding: sniffed };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
  }
}
