/**
 * A synthetic reading history for the related-articles benchmark: `n` stored articles and 2·n
 * harvested links, cloned from the real rows the pipeline stores for the Arabic fixture pages
 * (so rows have real sizes), with entity keys drawn from a Zipf distribution over 20,000 names —
 * a few names in many articles (مصر), most in few. Seeded: the same `n` gives the same rows.
 */
import type { SiyaqDatabase } from '../../lib/db/database';
import type { ArticleRow, LinkRow } from '../../lib/db/rows';
import { prng } from '../../tools/random';
import { refreshRelatedStats } from '../../lib/related/stats';

const NAMES = 20_000;

/** Zipf(1.1) sampler over 0..NAMES-1 by inverse CDF on a precomputed table. */
function zipf(rand: () => number): () => number {
  const cdf = new Float64Array(NAMES);
  let sum = 0;
  for (let i = 0; i < NAMES; i++) cdf[i] = sum += 1 / Math.pow(i + 1, 1.1);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = NAMES - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const keyOf = (i: number) => `${['PER', 'LOC', 'ORG'][i % 3]}:اسم${i}`;

/** Rows for `n` articles, cloned from `templates` (real stored rows); link titles from `linkTitles`. */
export function syntheticHistory(
  n: number,
  templates: ArticleRow[],
  now: number,
  linkTitles: string[] = [],
): { articles: ArticleRow[]; links: LinkRow[] } {
  const rand = prng(20261123 + n);
  const pick = zipf(rand);
  const keys = (count: number) => {
    const out = new Set<string>();
    while (out.size < count) out.add(keyOf(pick()));
    return [...out];
  };
  const articles: ArticleRow[] = [];
  const links: LinkRow[] = [];
  for (let i = 0; i < n; i++) {
    // Read at its canonical URL: no `pageUrl`.
    const t = { ...templates[i % templates.length]! };
    delete t.pageUrl;
    const entityKeys = keys(Math.min(t.entities.length || 10, 20));
    const url = `https://site${i % 50}.example/a/${i}`;
    const linkKeys = [0, 1].map((j) => `other${(i * 2 + j) % 40}.example/l/${i * 2 + j}`);
    articles.push({
      ...t,
      url,
      normUrl: `site${i % 50}.example/a/${i}`,
      site: `site${i % 50}.example`,
      lastVisitAt: now - Math.floor(rand() * 365 * 86_400_000),
      entities: entityKeys.map((_, j) => t.entities[j] ?? ['اسم', 500, 1]),
      entityKeys,
      readAlso: linkKeys.map((k) => [k, 0]),
    });
    for (const [j, normUrl] of linkKeys.entries()) {
      links.push({
        normUrl,
        title: linkTitles[(i * 2 + j) % linkTitles.length] ?? t.title,
        entityKeys: keys(2),
        lastSeenAt: now - Math.floor(rand() * 365 * 86_400_000),
      });
    }
  }
  return { articles, links };
}

/** Fills `database` in chunks (one transaction each). */
export async function seed(
  database: SiyaqDatabase,
  rows: { articles: ArticleRow[]; links: LinkRow[] },
): Promise<void> {
  const CHUNK = 5000;
  for (let i = 0; i < rows.articles.length; i += CHUNK)
    await database.history.bulkPut(rows.articles.slice(i, i + CHUNK));
  for (let i = 0; i < rows.links.length; i += CHUNK)
    await database.links.bulkPut(rows.links.slice(i, i + CHUNK));
}

/**
 * The counts the background keeps after visits (`stats.ts`), as after the reader's last 200
 * visits: each visit counts its article's entities, so the common ones are among them.
 */
export async function keepStatsAsAfterVisits(
  database: SiyaqDatabase,
  rows: { articles: ArticleRow[] },
  now: number,
): Promise<void> {
  const recent = [...rows.articles].sort((a, b) => b.lastVisitAt - a.lastVisitAt).slice(0, 200);
  await refreshRelatedStats(database, [...new Set(recent.flatMap((a) => a.entityKeys))], now);
}
