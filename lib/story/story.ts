/**
 * "The story so far" (issue 19) over Dexie: the earlier articles of the current article's story
 * from the reader's history (grouped by `group.ts`), newest first, each with the names that link it,
 * marked when the reader has read it since their last visit to this article; then the read-also
 * links seen on those articles that the reader has not read yet.
 *
 * Candidates come from the `entityKeys` index, keys only, as the related query's do: an entity named
 * by more than {@link CANDIDATE_DF_CAP} articles (2% of a 100,000-article history: a country, a
 * president) neither enumerates candidates nor counts as one of the two shared entities — two such
 * names together are what unrelated stories share. Only candidates that share two entities, or one
 * rare one, are read whole: at most {@link SHORTLIST}, those sharing most.
 */
import type { HighlightRecord, SiyaqDatabase } from '../db/database';
import { pageKey } from '../highlights/store';
import { articleKey } from '../db/article-key';
import { namedEntities } from '../db/entities';
import { decodeArticle, decodeLink, readAlsoKeys, type ArticleRow } from '../db/rows';
import { CANDIDATE_DF_CAP, keptStats } from '../related/stats';
import { groupStory, isRare, STORY_ENTITIES, type StoryArticle } from './group';

/** One earlier article of the story. */
export interface StoryEntry {
  url: string;
  title: string;
  site: string;
  siteName: string;
  /** Its date (epoch ms): published, else first read. */
  at: number;
  /** Whether `at` is the article's own date rather than when it was read. */
  dated: boolean;
  /** The names it shares with the current article, most salient first. */
  shared: string[];
  /** Read since the reader's last visit to the current article. */
  isNew: boolean;
  /** The reader's highlights on it, when any (for the story's Markdown export). */
  highlights?: HighlightRecord[];
}

/** A read-also link of the story's articles that the reader has not opened. */
export interface StoryLink {
  url: string;
  title: string;
}

export interface StoryResult {
  entries: StoryEntry[];
  unread: StoryLink[];
}

/** At most this many articles in the timeline, and unread links after it. */
export const STORY_LIMIT = 8;
export const STORY_LINKS = 5;
/** Candidates read whole, at most: the ones sharing most. */
const SHORTLIST = 32;

/** Where an article stands in time: its published date when it has a sane one, else its first read. */
export function storyTime(
  row: Pick<ArticleRow, 'publishedAt' | 'firstVisitAt'>,
  now: number,
): { at: number; dated: boolean } {
  const published = row.publishedAt ? Date.parse(row.publishedAt) : NaN;
  // A date after the first read (or after now: a clock that jumped) is not believed.
  if (Number.isFinite(published) && published <= Math.max(row.firstVisitAt, now) + 86_400_000)
    return { at: published, dated: true };
  return { at: Math.min(row.firstVisitAt, now), dated: false };
}

/** The story of the stored article at `url`, as of `now`. */
export async function storySoFar(
  database: SiyaqDatabase,
  url: string,
  now: number,
): Promise<StoryResult> {
  const empty: StoryResult = { entries: [], unread: [] };
  const row = await database.history.get(articleKey(url) ?? url);
  if (!row) return empty;
  const article = decodeArticle(row);
  const named = namedEntities(article.entities).slice(0, STORY_ENTITIES);
  if (!named.length) return empty;
  const keys = named.map((e) => e.key);
  const nameOf = new Map(named.map((e) => [e.key, e.name]));

  const kept = await keptStats(database, now);
  // The reader's articles (not the links: rarity is among what they read).
  const total = kept?.articles ?? (await database.history.count());
  const df = new Map<string, number>();
  const sharedBy = new Map<string, string[]>();
  await Promise.all(
    keys.map(async (key) => {
      const common = kept?.common[key];
      if (common !== undefined) {
        df.set(key, common);
        return;
      }
      const rows = await database.history
        .where('entityKeys')
        .equals(key)
        .limit(CANDIDATE_DF_CAP + 1)
        .primaryKeys();
      df.set(key, rows.length);
      if (rows.length > CANDIDATE_DF_CAP) return;
      for (const k of rows) {
        if (k === row.normUrl) continue;
        const list = sharedBy.get(k);
        if (list) list.push(key);
        else sharedBy.set(k, [key]);
      }
    }),
  );
  const dfOf = (k: string) => df.get(k) ?? 0;
  // Only those that could belong are read: one shared rare entity, or a common one beside it
  // (a second shared entity may be one too common to have enumerated them).
  const shortlist = [...sharedBy]
    .filter(([, shared]) => shared.length >= 2 || shared.some((k) => isRare(dfOf(k), total)))
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, SHORTLIST)
    .map(([k]) => k);
  const rows = (await database.history.bulkGet(shortlist)).filter((r): r is ArticleRow => !!r);
  const current: StoryArticle = {
    key: row.normUrl,
    at: storyTime(row, now).at,
    entityKeys: keys,
  };
  const candidates = rows.map((r) => ({
    key: r.normUrl,
    row: r,
    ...storyTime(r, now),
    entityKeys: r.entityKeys,
  }));
  const members = groupStory(current, candidates, dfOf, total).slice(0, STORY_LIMIT);
  const since = row.prevVisitAt;
  const entries: StoryEntry[] = members.map(({ article: c, shared }) => {
    const a = decodeArticle(c.row);
    return {
      url: a.pageUrl,
      title: a.title,
      site: a.site,
      siteName: a.siteName,
      at: c.at,
      dated: c.dated,
      shared: shared.map((k) => nameOf.get(k) ?? k),
      isNew: since !== undefined && c.row.firstVisitAt > since,
    };
  });
  await attachHighlights(database, entries);
  return {
    entries,
    unread: await unreadLinks(
      database,
      row,
      members.map((m) => m.article.row),
    ),
  };
}

/** Gives each entry the reader's live highlights on it, in reading order: one index query. */
async function attachHighlights(database: SiyaqDatabase, entries: StoryEntry[]): Promise<void> {
  if (!entries.length) return;
  const byPage = new Map(entries.map((e) => [pageKey(e.url), e]));
  const found = await database.highlights
    .where('url')
    .anyOf([...byPage.keys()])
    .toArray();
  for (const h of found) {
    if (h.deletedAt !== null) continue;
    const e = byPage.get(h.url);
    if (e) (e.highlights ??= []).push(h);
  }
  for (const e of entries)
    e.highlights?.sort(
      (a, b) =>
        a.selectors.position.start - b.selectors.position.start || a.createdAt - b.createdAt,
    );
}

/**
 * The read-also links of the story's articles that lead to no article the reader has read (nor to
 * the current one or its own links, which the sidebar lists already): those most of the story links
 * to first, then the most recently seen.
 */
async function unreadLinks(
  database: SiyaqDatabase,
  current: ArticleRow,
  rows: ArticleRow[],
): Promise<StoryLink[]> {
  const own = new Set([current.normUrl, ...readAlsoKeys(current)]);
  const votes = new Map<string, number>();
  for (const r of rows)
    for (const k of new Set(readAlsoKeys(r)))
      if (!own.has(k)) votes.set(k, (votes.get(k) ?? 0) + 1);
  if (!votes.size) return [];
  const keys = [...votes.keys()];
  const read = new Set(
    (await database.history.bulkGet(keys)).filter((a) => !!a).map((a) => a!.normUrl),
  );
  const links = (await database.links.bulkGet(keys.filter((k) => !read.has(k))))
    .filter((l) => !!l)
    .map((l) => decodeLink(l!));
  return links
    .sort((a, b) => votes.get(b.normUrl)! - votes.get(a.normUrl)! || b.lastSeenAt - a.lastSeenAt)
    .slice(0, STORY_LINKS)
    .map((l) => ({ url: l.url, title: l.title }));
}
