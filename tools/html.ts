/**
 * Node-only: parses saved HTML into a `Document` with jsdom, for the CLI, the tests, the eval
 * and the benchmarks. Page scripts never run. Not imported by the extension.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { canonicalUrl } from '../lib/pipeline/head';
import { decodeHtml } from './decode-html';

/** A quiet console: saved pages have CSS jsdom cannot parse, and that is not our error. */
function quietConsole(): VirtualConsole {
  return new VirtualConsole();
}

/** Parses `html` as if it had been loaded from `url`. */
export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: quietConsole() }).window.document;
}

/** A page read from disk, with the URL it is treated as coming from. */
export interface LoadedPage {
  doc: Document;
  url: string;
  html: string;
}

/**
 * Reads and parses a saved page. Without `url`, the page's own canonical URL is used (so
 * relative links resolve as they did on the site), else its `file:` URL.
 */
export async function loadPage(file: string, url?: string): Promise<LoadedPage> {
  // Decoded as a browser decodes it: a windows-1256 page is Arabic, not replacement characters.
  const html = decodeHtml(await readFile(file)).text;
  if (url) return { doc: parseHtml(html, url), url, html };
  const fileUrl = pathToFileURL(file).href;
  const first = parseHtml(html, fileUrl);
  const canonical = canonicalUrl(first, fileUrl);
  if (canonical === fileUrl) return { doc: first, url: fileUrl, html };
  return { doc: parseHtml(html, canonical), url: canonical, html };
}
