/**
 * Serves the saved pages on 127.0.0.1 for the browser tests and `npm start`. Every page is sent
 * with `Content-Security-Policy: script-src 'none'`: the sites' own scripts (ads, analytics) stay
 * off, so the DOM the extension sees is the saved one and "the DOM is unchanged" is checkable.
 * Extension content scripts are not subject to the page's CSP.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { decodeHtml } from '../../tools/decode-html';
import { PAGES_DIR } from '../../tools/fixtures';

/** A running fixture server. */
export interface FixtureServer {
  origin: string;
  /** The URL of a saved page by file name. */
  url(page: string): string;
  close(): Promise<void>;
}

/**
 * Starts the server on a free port of 127.0.0.1. `pageScripts`: let the pages' own scripts run
 * (the hostile pages of the Firefox run are pages with an attacker's script).
 */
export async function startFixtureServer(
  pagesDir = PAGES_DIR,
  options: { pageScripts?: boolean } = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const name = normalize(path).replace(/^[/\\]+/, '');
    // A page of the folder, by name (a saved page may have spaces or Arabic in its name).
    if (!/^[^/\\]+\.html?$/.test(name) || name.startsWith('.')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(join(pagesDir, name)).then(
      (body) => {
        res.writeHead(200, {
          // The page's own encoding, as the site's server would send it (windows-1256 pages too).
          'content-type': `text/html; charset=${decodeHtml(body).encoding}`,
          ...(options.pageScripts ? {} : { 'content-security-policy': "script-src 'none'" }),
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (page) => `${origin}/${encodeURIComponent(page)}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
