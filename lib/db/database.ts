/**
 * The extension's database (DESIGN.md, "Storage"). It lives only in the extension origin —
 * background, sidebar frame, popup, dashboard — never in a content script, where IndexedDB
 * would be the news site's own.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ReadAlsoLink } from '../pipeline/read-also';

/** One visited Arabic article. Text is not stored: the excerpt is enough for lists and cards. */
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
  lang: string | null;
  excerpt: string;
  readAlso: ReadAlsoLink[];
  /** Epoch milliseconds. */
  firstVisitAt: number;
  lastVisitAt: number;
  visitCount: number;
}

/** The database class; `name` lets tests open separate instances. */
export class SiyaqDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'url'>;

  constructor(name = 'siyaq') {
    super(name);
    this.version(1).stores({
      articles: 'url, site, lastVisitAt',
    });
  }
}

let shared: SiyaqDatabase | undefined;

/** The one database of this extension context, opened on first use. */
export function db(): SiyaqDatabase {
  shared ??= new SiyaqDatabase();
  return shared;
}
