/** Reads the extension's IndexedDB from one of its own pages, as the extension would. */
import type { BrowserContext } from 'playwright-core';
import type { ArticleRecord, LinkRecord } from '../../lib/db/database';
import { decodeArticle, decodeLink, type ArticleRow, type LinkRow } from '../../lib/db/rows';

/**
 * Every stored article with its read-also links: the raw rows of `history` and `links`, read in
 * `chrome-extension://<id>/options.html`, decoded here with the extension's own `rows.ts`.
 */
export async function storedArticles(
  context: BrowserContext,
  extensionId: string,
): Promise<ArticleRecord[]> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const raw = await page.evaluate(
      () =>
        new Promise<{ history: unknown[]; links: unknown[] }>((resolve, reject) => {
          const open = indexedDB.open('siyaq');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const database = open.result;
            if (!database.objectStoreNames.contains('history')) {
              database.close();
              resolve({ history: [], links: [] });
              return;
            }
            const tx = database.transaction(['history', 'links']);
            const h = tx.objectStore('history').getAll();
            const l = tx.objectStore('links').getAll();
            tx.oncomplete = () => {
              database.close();
              resolve({ history: h.result, links: l.result });
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    const links = new Map<string, LinkRecord>(
      (raw.links as LinkRow[]).map((l) => [l.normUrl, decodeLink(l)]),
    );
    return (raw.history as ArticleRow[]).map((row) => decodeArticle(row, links));
  } finally {
    await page.close();
  }
}
