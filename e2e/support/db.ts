/** Reads the extension's IndexedDB from one of its own pages, as the extension would. */
import type { BrowserContext } from 'playwright-core';

/** A stored article row as the e2e tests look at it. */
export interface StoredArticle {
  url: string;
  pageUrl: string;
  title: string;
  visitCount: number;
  readAlso: { url: string; title: string; placement: string }[];
}

/** All rows of the `articles` table, read from `chrome-extension://<id>/options.html`. */
export async function storedArticles(
  context: BrowserContext,
  extensionId: string,
): Promise<StoredArticle[]> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return await page.evaluate(
      () =>
        new Promise<StoredArticle[]>((resolve, reject) => {
          const open = indexedDB.open('siyaq');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const database = open.result;
            if (!database.objectStoreNames.contains('articles')) {
              database.close();
              resolve([]);
              return;
            }
            const req = database.transaction('articles').objectStore('articles').getAll();
            req.onsuccess = () => {
              database.close();
              resolve(req.result as StoredArticle[]);
            };
            req.onerror = () => reject(req.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}
