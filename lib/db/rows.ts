/**
 * How articles and harvested links are laid out in IndexedDB (issue 5 budgets ~1.5 KB an
 * article). The rest of the code works with the readable records (`ArticleRecord`,
 * `LinkRecord`); only this module knows the stored rows:
 *
 * - an article's entities are tuples beside its indexed `entityKeys` (the type is in the key, the
 *   field names were half of the bytes): `[name, salience ‰, mentions, role?, ...aliases]`;
 * - its read-also links are references to the `links` table (`[normUrl, 1 if in the article]`),
 *   where each link's title is kept once however many pages point to it;
 * - fields equal to their defaults are left out (`pageUrl` when it is the canonical URL, null
 *   byline and date, `lang` "ar", a link's URL when it is its key behind `https://`).
 *
 * Indexed fields keep their names: IndexedDB computes the indexes from the stored rows.
 */
import { compactUrl } from './article-key';
import type {
  ArticleRecord,
  DateSource,
  EntityType,
  LinkRecord,
  ReadAlsoLink,
  StoredEntity,
} from './database';

/**
 * `[name ('' when it is the key's), salience × 1000, mentions, role ('' when none), ...aliases]`.
 */
export type EntityTuple = [string, number, number, string?, ...string[]];

/**
 * A read-also link of the article: the `links` row's key, and 1 when it sits in the text. Stored
 * without the host when it is the article's own (`/path`; a key never starts with a slash).
 */
export type ReadAlsoRef = [string, 0 | 1];

/** The host part of a `articleKey`. */
const hostOf = (key: string) => {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
};

/** The `links` keys of an article row's read-also links, in order. */
export function readAlsoKeys(row: ArticleRow): string[] {
  const host = hostOf(row.normUrl);
  return row.readAlso.map(([key]) => (key.startsWith('/') ? host + key : key));
}

/** An article as stored, under its `articleKey`. */
export interface ArticleRow {
  normUrl: string;
  /** The canonical URL, packed against `normUrl` (`packUrl`). */
  url?: string;
  site: string;
  lastVisitAt: number;
  entityKeys: string[];
  title: string;
  excerpt: string;
  firstVisitAt: number;
  visitCount: number;
  /** Only after a second visit: the visit before `lastVisitAt`. */
  prevVisitAt?: number;
  /** In the order of `entityKeys`. */
  entities: EntityTuple[];
  readAlso: ReadAlsoRef[];
  /** Only when the page was read at another URL than the canonical one; packed ('' for none). */
  pageUrl?: string;
  siteName?: string;
  byline?: string;
  publishedAt?: string;
  /** Only when the date is not the metadata's: 'page', 'hijri' or 'relative'. */
  dateSource?: DateSource;
  /** Only when not "ar". */
  lang?: string | null;
}

/** A harvested link as stored. */
export interface LinkRow {
  normUrl: string;
  title: string;
  entityKeys: string[];
  lastSeenAt: number;
  /** The URL as first seen, packed against `normUrl` (`packUrl`). */
  url?: string;
}

const TYPES = new Set<EntityType>(['PER', 'LOC', 'ORG', 'MISC']);

/** The type in an entity key (`LOC:سوريا` → LOC). */
export function typeOfKey(key: string): EntityType {
  const t = key.slice(0, key.indexOf(':')) as EntityType;
  return TYPES.has(t) ? t : 'MISC';
}

/** The row for `a`; its links must be in the `links` table under `a.readAlso`'s keys. */
export function encodeArticle(a: ArticleRecord, readAlso: ReadAlsoRef[]): ArticleRow {
  const row: ArticleRow = {
    normUrl: a.normUrl,
    site: a.site,
    lastVisitAt: a.lastVisitAt,
    entityKeys: a.entities.map((e) => e.key),
    title: a.title,
    excerpt: a.excerpt,
    firstVisitAt: a.firstVisitAt,
    visitCount: a.visitCount,
    entities: a.entities.map(encodeEntity),
    readAlso: readAlso.map(([key, inText]) => {
      const host = hostOf(a.normUrl);
      return [key.startsWith(`${host}/`) ? key.slice(host.length) : key, inText];
    }),
  };
  const url = packUrl(a.url, a.normUrl);
  if (url !== undefined) row.url = url;
  if (a.pageUrl && a.pageUrl !== a.url) row.pageUrl = packUrl(a.pageUrl, a.normUrl) ?? '';
  if (a.siteName) row.siteName = a.siteName;
  if (a.byline) row.byline = a.byline;
  if (a.publishedAt) row.publishedAt = a.publishedAt;
  if (a.publishedAt && a.dateSource && a.dateSource !== 'metadata') row.dateSource = a.dateSource;
  if (a.lang !== 'ar') row.lang = a.lang;
  if (a.prevVisitAt !== undefined) row.prevVisitAt = a.prevVisitAt;
  return row;
}

/** The name in an entity key (`LOC:سوريا` → سوريا). */
const keyName = (key: string) => key.slice(key.indexOf(':') + 1);

function encodeEntity(e: StoredEntity): EntityTuple {
  // The name is often the key's own (no hamza or ال to restore): then it is not stored twice.
  const name = e.name === keyName(e.key) ? '' : e.name;
  const t: EntityTuple = [name, Math.round(e.salience * 1000), e.mentions];
  if (e.role || e.aliases.length) t.push(e.role ?? '', ...e.aliases);
  return t;
}

/**
 * The record for `row`. Its read-also links come from `links` (rows of the `links` table by
 * key); a link evicted from the cache since is left out.
 */
export function decodeArticle(row: ArticleRow, links?: Map<string, LinkRecord>): ArticleRecord {
  const readAlso: ReadAlsoLink[] = [];
  const keys = readAlsoKeys(row);
  for (const [i, [, inText]] of row.readAlso.entries()) {
    const key = keys[i]!;
    const link = links?.get(key);
    if (link)
      readAlso.push({
        url: link.url,
        title: link.title,
        placement: inText ? 'in-article' : 'after-article',
      });
  }
  const url = unpackUrl(row.url, row.normUrl);
  return {
    url,
    pageUrl: row.pageUrl === undefined ? url : unpackUrl(row.pageUrl || undefined, row.normUrl),
    site: row.site,
    title: row.title,
    siteName: row.siteName ?? '',
    byline: row.byline ?? null,
    publishedAt: row.publishedAt ?? null,
    ...(row.dateSource ? { dateSource: row.dateSource } : {}),
    lang: row.lang === undefined ? 'ar' : row.lang,
    excerpt: row.excerpt,
    readAlso,
    firstVisitAt: row.firstVisitAt,
    lastVisitAt: row.lastVisitAt,
    ...(row.prevVisitAt !== undefined ? { prevVisitAt: row.prevVisitAt } : {}),
    visitCount: row.visitCount,
    entities: row.entities.map((t, i) => decodeEntity(row.entityKeys[i] ?? '', t)),
    entityKeys: row.entityKeys,
    normUrl: row.normUrl,
  };
}

function decodeEntity(key: string, [name, salience, mentions, role, ...aliases]: EntityTuple) {
  const e: StoredEntity = {
    key,
    name: name || keyName(key),
    type: typeOfKey(key),
    salience: salience / 1000,
    mentions,
    aliases,
  };
  if (role) e.role = role;
  return e;
}

/**
 * A URL stored against its key: most URLs are the key with `https://` or `http://`, maybe `www.`,
 * maybe a trailing slash, around it. Such a URL is stored as a code — nothing for `https://` +
 * key, else `h` for http, `w` for `www.`, `/` for the slash — and any other URL whole (a URL has a
 * colon; a code never does). Percent-encoded UTF-8 is stored decoded (`compactUrl`): the URL
 * read back is the same address, not always the same characters.
 */
export function packUrl(href: string, key: string): string | undefined {
  const url = compactUrl(href);
  const m = /^(https?):\/\/(www\.)?/.exec(url);
  if (m) {
    const rest = url.slice(m[0].length);
    const slash = rest === `${key}/` ? '/' : rest === key ? '' : null;
    if (slash !== null) {
      const code = `${m[1] === 'http' ? 'h' : ''}${m[2] ? 'w' : ''}${slash}`;
      return code || undefined;
    }
  }
  return url;
}

/** The URL `packUrl` stored as `code` against `key`. */
export function unpackUrl(code: string | undefined, key: string): string {
  if (code === undefined) return `https://${key}`;
  if (code.includes(':')) return code;
  const http = code.includes('h') ? 'http' : 'https';
  return `${http}://${code.includes('w') ? 'www.' : ''}${key}${code.endsWith('/') ? '/' : ''}`;
}

/** The row for a harvested link. */
export function encodeLink(l: LinkRecord): LinkRow {
  const row: LinkRow = {
    normUrl: l.normUrl,
    title: l.title,
    entityKeys: l.entityKeys,
    lastSeenAt: l.lastSeenAt,
  };
  const url = packUrl(l.url, l.normUrl);
  if (url !== undefined) row.url = url;
  return row;
}

export function decodeLink(row: LinkRow): LinkRecord {
  return {
    normUrl: row.normUrl,
    url: unpackUrl(row.url, row.normUrl),
    title: row.title,
    entityKeys: row.entityKeys,
    lastSeenAt: row.lastSeenAt,
  };
}
