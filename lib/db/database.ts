/**
 * The extension's database (DESIGN.md, "Storage"). It lives only in the extension origin —
 * background, sidebar frame, popup, dashboard — never in a content script, where IndexedDB
 * would be the news site's own.
 */
import { Dexie, type EntityTable } from 'dexie';
import { articleKey } from './article-key';
import { harvestable } from './links';
import { encodeArticle, encodeLink, type ArticleRow, type LinkRow, type ReadAlsoRef } from './rows';

import type { ReadingItem } from './reading-records';
import type { FollowRecord } from '../follows/model';
import { rebuildNames, type NameRecord } from '../names/table';

/** The entity types the tagger finds (lib/nlp/tags.ts uses this one). */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** Where an article's date came from (lib/pipeline/page-date.ts finds it). */
export type DateSource = 'metadata' | 'page' | 'hijri' | 'relative';

/** Where a read-also link stood: in the article's text, or after it. */
export type Placement = 'in-article' | 'after-article';

/** One of the page's own related links, as extraction finds it and the article keeps it. */
export interface ReadAlsoLink {
  url: string;
  title: string;
  placement: Placement;
}

/** An entity as stored with its article (the top ones, by salience). */
export interface StoredEntity {
  /** `TYPE:normalised name`, shared across articles (the multi-entry index `entityKeys`). */
  key: string;
  name: string;
  type: EntityType;
  salience: number;
  mentions: number;
  aliases: string[];
  role?: string;
}

/**
 * One visited Arabic article, as the code sees it (stored more compactly: `rows.ts`). Text is not
 * stored: the excerpt is enough for lists and cards.
 */
export interface ArticleRecord {
  /** Canonical URL; the key. */
  url: string;
  /** Where the reader actually read it. */
  pageUrl: string;
  /** Hostname without `www.`, for per-site settings and same-site ranking. */
  site: string;
  title: string;
  siteName: string;
  byline: string | null;
  publishedAt: string | null;
  /** Where the date came from when not the page's metadata: written on the page, Hijri, relative. */
  dateSource?: DateSource | null;
  lang: string | null;
  excerpt: string;
  readAlso: ReadAlsoLink[];
  /** Epoch milliseconds. */
  firstVisitAt: number;
  lastVisitAt: number;
  /** The visit before the last, when there was one: what is new since the reader's last visit. */
  prevVisitAt?: number;
  visitCount: number;
  /** Key entities, most salient first (empty when the model could not run). */
  entities: StoredEntity[];
  /** Their keys, indexed for "articles that mention X". */
  entityKeys: string[];
  /** `articleKey(url)`, indexed to tell which links the reader has read. */
  normUrl: string;
}

/** A cached answer about one entity (a card, a miss, a disambiguation page, a type mismatch). */
export interface CardRecord {
  /** The entity's key (`TYPE:normalised name`). */
  key: string;
  source: 'wikipedia';
  status: 'found' | 'missing' | 'disambiguation' | 'mismatch';
  data?: {
    title: string;
    description: string | null;
    extract: string;
    thumbnail: string | null;
    url: string;
    wikidata: string | null;
  };
  fetchedAt: number;
  expiresAt: number;
}

/**
 * A "read also" link seen on some article (issue 5), kept so that related articles the reader has
 * not read yet can be suggested. One row per article whatever link led to it (`articleKey`).
 */
export interface LinkRecord {
  /** `articleKey(url)`: the key. */
  normUrl: string;
  /** The link as first seen (percent-decoded where that is lossless: shorter for Arabic slugs). */
  url: string;
  title: string;
  /** Entities the tagger found in the title. */
  entityKeys: string[];
  lastSeenAt: number;
}

import type { HighlightRecord } from './highlight-record';
export type { HighlightRecord };

/**
 * Row counts the related query needs and IndexedDB can only count by walking the rows: the
 * history and link totals, and how many rows name each common entity (in more rows than the
 * query enumerates). Kept by the background after visits (`related/stats.ts`).
 */
export interface RelatedStats {
  key: 'related';
  at: number;
  total: number;
  /** The articles alone (`history`), for the story so far (absent in counts kept before it). */
  articles?: number;
  /** Entity key → rows naming it, for entities over the enumeration cap. */
  common: Record<string, number>;
}

/** The database class; `name` lets tests open separate instances. */
export class SiyaqDatabase extends Dexie {
  /**
   * The articles the reader has read, one row per `articleKey`, in the stored layout: read and
   * written through `articles.ts`. (Until v5 the table `articles`, keyed by canonical URL.)
   */
  history!: EntityTable<ArticleRow, 'normUrl'>;
  cards!: EntityTable<CardRecord, 'key'>;
  /** Rows in the stored layout (`rows.ts`). */
  links!: EntityTable<LinkRow, 'normUrl'>;
  highlights!: EntityTable<HighlightRecord, 'id'>;
  /** The reading list (`reading/store.ts`). The reader's own data: never evicted. */
  reading!: EntityTable<ReadingItem, 'id'>;
  /** Small derived records (`RelatedStats`): rebuilt from the other tables when missing. */
  meta!: EntityTable<RelatedStats, 'key'>;
  /**
   * Every name the reader has read about, with its article count and last visit (`names/table.ts`):
   * derived from `history`, kept by each visit and eviction, rebuilt when missing.
   */
  names!: EntityTable<NameRecord, 'key'>;
  /** Names the reader follows (`follows/store.ts`): the reader's own data, synced, never evicted. */
  follows!: EntityTable<FollowRecord, 'id'>;

  constructor(name = 'siyaq') {
    super(name);
    this.version(1).stores({
      articles: 'url, site, lastVisitAt',
    });
    // v2: key entities per article, and a multi-entry index on their keys.
    this.version(2)
      .stores({ articles: 'url, site, lastVisitAt, *entityKeys' })
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((a: Partial<ArticleRecord>) => {
            a.entities ??= [];
            a.entityKeys ??= [];
          }),
      );
    // v3: cached entity cards.
    this.version(3).stores({ cards: 'key, expiresAt' });
    // v4: harvested read-also links, and the articles' URL keys to match them.
    this.version(4)
      .stores({
        articles: 'url, normUrl, site, lastVisitAt, *entityKeys',
        links: 'normUrl, lastSeenAt, *entityKeys',
      })
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((a: ArticleRecord) => {
            a.normUrl = articleKey(a.url) ?? a.url;
          }),
      );
    // v5: the reader's highlights.
    this.version(5).stores({ highlights: 'id, url, updatedAt' });
    // v6: the compact layout of articles and links (`rows.ts`): articles move to `history`,
    // keyed by `articleKey` (two canonical URLs of one article become one row); their read-also links
    // become references to the links table, which gains any it did not have yet.
    this.version(6)
      .stores({ history: 'normUrl, site, lastVisitAt, *entityKeys' })
      .upgrade(async (tx) => {
        const links = tx.table('links');
        const known = new Set((await links.toCollection().primaryKeys()) as string[]);
        const added = new Map<string, LinkRow>();
        await links.toCollection().modify((l: LinkRecord, ref: { value: unknown }) => {
          ref.value = encodeLink(l);
        });
        const merged = new Map<string, ArticleRow>();
        await tx
          .table('articles')
          .toCollection()
          .each((a: ArticleRecord) => {
            // The links as a visit keeps them today (links.ts), not a copy of that logic.
            const refs: ReadAlsoRef[] = [];
            for (const l of harvestable(a.readAlso ?? [], a.normUrl)) {
              refs.push([l.normUrl, l.placement === 'in-article' ? 1 : 0]);
              if (!known.has(l.normUrl) && !added.has(l.normUrl))
                added.set(
                  l.normUrl,
                  encodeLink({
                    normUrl: l.normUrl,
                    url: l.url,
                    title: l.title,
                    entityKeys: [],
                    lastSeenAt: a.lastVisitAt,
                  }),
                );
            }
            const row = encodeArticle({ ...a, entities: a.entities ?? [] }, refs);
            const other = merged.get(row.normUrl);
            if (other) {
              const [older, newer] =
                other.lastVisitAt <= row.lastVisitAt ? [other, row] : [row, other];
              newer.firstVisitAt = Math.min(older.firstVisitAt, newer.firstVisitAt);
              newer.visitCount = older.visitCount + newer.visitCount;
              merged.set(row.normUrl, newer);
            } else merged.set(row.normUrl, row);
          });
        await links.bulkPut([...added.values()]);
        await tx.table('history').bulkPut([...merged.values()]);
      });
    // v7: the old table goes; counts the related query would otherwise redo in every new worker;
    // the reading list (issue 7), the reader's own data like highlights: never evicted.
    this.version(7).stores({
      articles: null,
      meta: 'key',
      reading: 'id, updatedAt, savedAt, *tags',
    });
    // v8: the names table (issue 19), filled from the stored articles.
    this.version(8)
      .stores({ names: 'key, lastSeen, count, *words' })
      .upgrade((tx) => rebuildNames(tx.table('history'), tx.table('names')));
    // v9: followed names (issue 19), items of the reading list's CRDT.
    this.version(9).stores({ follows: 'id, updatedAt' });
  }
}

let shared: SiyaqDatabase | undefined;

/** The one database of this extension context, opened on first use. */
export function db(): SiyaqDatabase {
  shared ??= new SiyaqDatabase();
  return shared;
}
