/**
 * The entity page's data (issue 19, "a page for every name"), the pure part: an entity's articles
 * grouped by week, the names it appears with (weighted), the sites, and the reader's highlights
 * that mention it. Works on stored rows (`rows.ts`) so that 5,000 articles are not decoded whole.
 */
import type { EntityType, HighlightRecord } from '../db/database';
import { typeOfKey, unpackUrl, type ArticleRow } from '../db/rows';
import { storyTime } from '../story/story';
import { foldArabic } from '../text/arabic';

/** One of the entity's articles, as the timeline shows it. */
export interface EntityArticle {
  normUrl: string;
  url: string;
  title: string;
  site: string;
  siteName: string;
  /** Its date (epoch ms): published, else first read (`storyTime`). */
  at: number;
  /** Whether `at` is the article's own date. */
  dated: boolean;
}

/** A week of the timeline: its Monday (00:00 UTC), newest article first. */
export interface WeekGroup {
  start: number;
  articles: EntityArticle[];
}

/** A name the entity appears with, and how strongly. */
export interface Companion {
  key: string;
  name: string;
  type: EntityType;
  /** Articles the two share. */
  shared: number;
  /** The weight the list is ordered by (see {@link companions}). */
  score: number;
}

/** A site the entity's articles came from. */
export interface SiteCount {
  site: string;
  siteName: string;
  count: number;
}

const DAY_MS = 86_400_000;

export { isEntityKey } from '../db/entities';

/** The Monday (00:00 UTC) of the week of `at`. */
export function weekStart(at: number): number {
  const day = Math.floor(at / DAY_MS);
  // 1 January 1970 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return (day - ((((day + 3) % 7) + 7) % 7)) * DAY_MS;
}

/** The address a reader opens for a stored row: where it was read, as `decodeArticle` gives it. */
function openUrl(row: ArticleRow): string {
  const url = unpackUrl(row.url, row.normUrl);
  return row.pageUrl === undefined ? url : unpackUrl(row.pageUrl || undefined, row.normUrl);
}

/** A row as the timeline shows it. */
export function entityArticle(row: ArticleRow, now: number): EntityArticle {
  return {
    normUrl: row.normUrl,
    url: openUrl(row),
    title: row.title,
    site: row.site,
    siteName: row.siteName ?? '',
    ...storyTime(row, now),
  };
}

/** Articles grouped by week, newest week first and newest article first within a week. */
export function byWeek(articles: EntityArticle[]): WeekGroup[] {
  const weeks = new Map<number, EntityArticle[]>();
  for (const a of articles) {
    const w = weekStart(a.at);
    const list = weeks.get(w);
    if (list) list.push(a);
    else weeks.set(w, [a]);
  }
  return [...weeks]
    .sort((a, b) => b[0] - a[0])
    .map(([start, list]) => ({
      start,
      articles: list.sort((a, b) => b.at - a.at || (a.normUrl < b.normUrl ? -1 : 1)),
    }));
}

/** Sites by how many of the articles came from each, the most first. */
export function siteCounts(rows: Pick<ArticleRow, 'site' | 'siteName' | 'lastVisitAt'>[]) {
  const sites = new Map<string, SiteCount & { at: number }>();
  for (const r of rows) {
    const s = sites.get(r.site) ?? { site: r.site, siteName: '', count: 0, at: -Infinity };
    s.count++;
    // The name the site gave itself most recently.
    if (r.siteName && r.lastVisitAt >= s.at) {
      s.siteName = r.siteName;
      s.at = r.lastVisitAt;
    }
    sites.set(r.site, s);
  }
  return [...sites.values()]
    .sort((a, b) => b.count - a.count || (a.site < b.site ? -1 : 1))
    .map(({ site, siteName, count }): SiteCount => ({ site, siteName, count }));
}

/** Companions weighed against the whole history, at most (the rest are too weak to rank). */
export const COMPANION_CANDIDATES = 100;

/**
 * The names `key` appears with, pass one: per other name, the articles shared and the sum over
 * them of both names' salience (each in 0–1, from the stored rows). A name both articles are about
 * weighs 1; a name mentioned in passing beside this one weighs little — raw counts would put the
 * names every article carries first. The most weighty {@link COMPANION_CANDIDATES} are returned,
 * for {@link rankCompanions} to discount by how common each is.
 */
export function companionCandidates(
  key: string,
  rows: Pick<ArticleRow, 'entityKeys' | 'entities'>[],
): Companion[] {
  const byKey = new Map<string, Companion>();
  for (const r of rows) {
    const self = r.entityKeys.indexOf(key);
    if (self < 0) continue;
    const own = (r.entities[self]?.[1] ?? 0) / 1000;
    for (const [i, k] of r.entityKeys.entries()) {
      if (k === key) continue;
      const t = r.entities[i];
      const c = byKey.get(k) ?? {
        key: k,
        name: t?.[0] || k.slice(k.indexOf(':') + 1),
        type: typeOfKey(k),
        shared: 0,
        score: 0,
      };
      c.shared++;
      c.score += own * ((t?.[1] ?? 0) / 1000);
      byKey.set(k, c);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => b.score - a.score || b.shared - a.shared || (a.key < b.key ? -1 : 1))
    .slice(0, COMPANION_CANDIDATES);
}

/**
 * Pass two: each candidate's weight times its rarity in the whole history, `log(1 + total / df)`
 * (`df`: the reader's articles that name it, from the names table). «مصر» beside everyone is
 * discounted against a name that is hardly anywhere else; a name seen only with this one gets the
 * most. Names shared by one article only are kept when nothing shares more (an entity read once).
 */
export function rankCompanions(
  candidates: Companion[],
  df: (key: string) => number,
  total: number,
  limit = 10,
): Companion[] {
  const n = Math.max(total, 1);
  const most = Math.max(0, ...candidates.map((c) => c.shared));
  return candidates
    .filter((c) => c.shared >= Math.min(2, most))
    .map((c) => ({ ...c, score: c.score * Math.log(1 + n / Math.max(1, df(c.key))) }))
    .sort((a, b) => b.score - a.score || b.shared - a.shared || (a.key < b.key ? -1 : 1))
    .slice(0, limit);
}

/**
 * One-word prefixes an Arabic name may carry in running text (و، ف، ب، ل، ك and their pairs,
 * the article after them): `والبشير`, `للخرطوم`, `بمصر`.
 */
const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

/** Whether the folded words `text` contain the folded words `name` as a run, a clitic allowed. */
function containsName(text: string[], name: string[]): boolean {
  if (!name.length) return false;
  const [first, ...rest] = name as [string, ...string[]];
  // «الخرطوم» after ل is written «للخرطوم»: the article's alef goes.
  const heads = new Set<string>();
  for (const p of CLITICS) {
    heads.add(p + first);
    if (first.startsWith('ال') && p.endsWith('ل')) heads.add(p + first.slice(1));
  }
  for (let i = 0; i + name.length <= text.length; i++) {
    if (!heads.has(text[i]!)) continue;
    if (rest.every((w, j) => text[i + 1 + j] === w)) return true;
  }
  return false;
}

/** Punctuation around words is not part of them (`«البشير»،`). */
const words = (s: string) =>
  foldArabic(s.replace(/[\p{P}\p{S}]+/gu, ' '))
    .split(' ')
    .filter(Boolean);

/**
 * The highlights whose quote or note names the entity by any of `names` (its name and aliases),
 * compared folded (hamza forms, ta marbuta, alef maqsura, tatweel, diacritics) and word by word,
 * so «مصر» is not found in «مصرف». Newest first.
 */
export function highlightsNaming(
  highlights: Pick<HighlightRecord, 'quote' | 'note' | 'deletedAt' | 'updatedAt'>[],
  names: string[],
): typeof highlights {
  const folded = [...new Set(names.map((n) => words(n).join(' ')).filter(Boolean))].map((n) =>
    n.split(' '),
  );
  if (!folded.length) return [];
  return highlights
    .filter((h) => h.deletedAt === null)
    .filter((h) => {
      const text = words(`${h.quote} ${h.note}`);
      return folded.some((n) => containsName(text, n));
    })
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The names an entity goes by in the rows: its key's, its stored names and aliases (most used first). */
export function namesOf(
  key: string,
  rows: Pick<ArticleRow, 'entityKeys' | 'entities'>[],
  max = 12,
) {
  const counts = new Map<string, number>([[key.slice(key.indexOf(':') + 1), Infinity]]);
  for (const r of rows) {
    const t = r.entities[r.entityKeys.indexOf(key)];
    if (!t) continue;
    const [name, , , , ...aliases] = t;
    for (const n of [name, ...(aliases as string[])])
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([n]) => n);
}
