/**
 * The entity page's first screen from Dexie (issue 19): the entity's articles by the `entityKeys`
 * index, its cached card, its row in the names table, the reader's highlights, and the counts that
 * weigh its companions. An extension page reads this itself (first-party, like the dashboard).
 */
import type { CardRecord, EntityType, HighlightRecord, SiyaqDatabase } from '../db/database';
import { typeOfKey, type ArticleRow } from '../db/rows';
import {
  byWeek,
  companionCandidates,
  entityArticle,
  highlightsNaming,
  isEntityKey,
  namesOf,
  rankCompanions,
  siteCounts,
  type Companion,
  type SiteCount,
  type WeekGroup,
} from './entity-data';

/** A highlight that names the entity, with the title of the article it is in. */
export interface EntityHighlight {
  highlight: HighlightRecord;
  /** The article's stored title ('' when the article is no longer stored). */
  title: string;
}

/** Everything the page shows. */
export interface EntityPageData {
  key: string;
  name: string;
  type: EntityType;
  /** Every name it goes by in the reader's articles, most used first. */
  names: string[];
  card: CardRecord | undefined;
  /** Stored articles that name it. */
  count: number;
  /**
   * Whether only its latest articles were read (the first screen of a name in many articles):
   * the weeks, companions and sites are theirs until the whole page is loaded.
   */
  partial: boolean;
  weeks: WeekGroup[];
  companions: Companion[];
  sites: SiteCount[];
  highlights: EntityHighlight[];
}

/** What the page says instead: a key of no entity's shape, or no article that names it. */
export type EntityPageResult =
  | { status: 'ok'; data: EntityPageData }
  | { status: 'invalid' }
  | { status: 'unknown'; key: string; card: CardRecord | undefined };

/** The reader's articles (not links), from the kept counts when there, else counted. */
async function articleTotal(database: SiyaqDatabase): Promise<number> {
  const kept = await database.meta.get('related');
  return kept?.articles ?? database.history.count();
}

/** The stored rows of `keys` (those still stored). */
async function rowsOf(database: SiyaqDatabase, keys: string[]): Promise<ArticleRow[]> {
  return (await database.history.bulkGet(keys)).filter((r): r is ArticleRow => !!r);
}

/**
 * Loads the page of entity `key` as of `now`. The first screen (`whole` false) of a name in many
 * articles reads only the latest ones its names-table row lists (`recent`): a few dozen rows
 * instead of thousands; `whole` reads every article that names it.
 */
export async function loadEntityPage(
  database: SiyaqDatabase,
  key: string,
  now: number,
  { whole = false }: { whole?: boolean } = {},
): Promise<EntityPageResult> {
  if (!isEntityKey(key)) return { status: 'invalid' };
  const named = await database.names.get(key);
  const recent = whole ? undefined : named?.recent;
  const [rows, card, highlights, total] = await Promise.all([
    recent
      ? rowsOf(database, recent)
      : (database.history.where('entityKeys').equals(key).toArray() as Promise<ArticleRow[]>),
    database.cards.get(key),
    database.highlights.toArray(),
    articleTotal(database),
  ]);
  if (!rows.length) return { status: 'unknown', key, card };
  const partial = !!recent && (named?.count ?? 0) > rows.length;
  const candidates = companionCandidates(key, rows);
  const names = namesOf(key, rows);
  const matched = highlightsNaming(highlights, names) as HighlightRecord[];
  // The companions' counts and the highlights' titles, together.
  const [counts, titled] = await Promise.all([
    database.names.bulkGet(candidates.map((c) => c.key)),
    database.history.bulkGet([...new Set(matched.map((h) => h.url))]),
  ]);
  const df = new Map(counts.filter((r) => !!r).map((r) => [r!.key, r!.count]));
  const titles = new Map(titled.filter((r) => !!r).map((r) => [r!.normUrl, r!.title]));
  const latest = rows.reduce((a, b) => (b.lastVisitAt > a.lastVisitAt ? b : a));
  const self = latest.entities[latest.entityKeys.indexOf(key)];
  return {
    status: 'ok',
    data: {
      key,
      name: named?.name ?? (self?.[0] || key.slice(key.indexOf(':') + 1)),
      type: typeOfKey(key),
      names,
      card,
      count: partial ? named!.count : rows.length,
      partial,
      weeks: byWeek(rows.map((r) => entityArticle(r, now))),
      companions: rankCompanions(candidates, (k) => df.get(k) ?? 1, Math.max(total, rows.length)),
      sites: siteCounts(rows),
      highlights: matched.map((h) => ({ highlight: h, title: titles.get(h.url) ?? '' })),
    },
  };
}
