/** The rows the extension stores for the Arabic fixture pages: templates and sizes for the benches. */
import { SiyaqDatabase } from '../../lib/db/database';
import type { ArticleRow, LinkRow } from '../../lib/db/rows';
import { extractEntities } from '../../lib/nlp/entities';
import { toStoredEntities } from '../../lib/nlp/key-entities';
import { extractArticle } from '../../lib/pipeline/extract';
import { recordVisit } from '../../lib/related/visits';
import { expectedPages, pageHtml } from '../../tools/fixtures';
import { parseHtml } from '../../tools/html';
import { loadTagger } from '../../tools/model-file';

const pages = expectedPages();

/** Real stored rows for the Arabic fixtures, as the extension stores them (templates and sizes). */
export async function storedFixtureRows(): Promise<{ articles: ArticleRow[]; links: LinkRow[] }> {
  const tagger = loadTagger();
  const database = new SiyaqDatabase('bench-fixtures');
  await database.delete();
  await database.open();
  const now = Date.UTC(2026, 10, 1);
  const titleKeys = async (titles: string[]) =>
    titles.map((t) =>
      extractEntities(tagger, t)
        .filter((e) => e.type !== 'MISC')
        .map((e) => e.key),
    );
  for (const p of pages.filter((x) => x.isArabic && x.isArticle)) {
    const a = extractArticle(parseHtml(pageHtml(p.page), p.url), p.url);
    const entities = toStoredEntities(extractEntities(tagger, a.text, a.title));
    await recordVisit(database, a, now, entities, titleKeys);
  }
  const rows = {
    articles: await database.history.toArray(),
    links: await database.links.toArray(),
  };
  await database.delete();
  return rows;
}
