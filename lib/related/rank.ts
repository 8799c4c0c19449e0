/**
 * Related articles, ranked (issue 5), pure: candidates share key entities with the current
 * article; each shared entity counts by its rarity across everything stored (IDF — a name in every
 * other article, such as مصر on an Egyptian site, says little) and by its salience in the current
 * article; a small factor favours recent and same-site candidates. The current page never comes
 * back; every result says why and whether the reader has read it.
 */

/** An entity of the current article. */
export interface CurrentEntity {
  key: string;
  name: string;
  salience: number;
}

/** Something that could be suggested: a stored (read) article or a harvested link. */
export interface Candidate {
  normUrl: string;
  url: string;
  title: string;
  site: string;
  /** The site's own name when known (stored articles), for display. */
  siteName?: string;
  entityKeys: string[];
  /** Last visit (articles) or last time the link was seen (links). */
  lastAt: number;
  read: boolean;
}

/** A suggestion with its reason. */
export interface Related {
  normUrl: string;
  url: string;
  title: string;
  site: string;
  /** What to call the source: the site's name, or its host. */
  source: string;
  read: boolean;
  score: number;
  /** Names of the shared entities, strongest first (at most three). */
  shared: string[];
  /** Followed names it mentions, when any (lib/follows/marks.ts). */
  followed?: string[];
}

export interface RankContext {
  current: { normUrl: string; site: string; entities: CurrentEntity[] };
  /** In how many stored rows (articles and links) each key appears. */
  df: (key: string) => number;
  /** How many rows are stored in all. */
  total: number;
  now: number;
}

const DAY_MS = 86_400_000;
/** Weight of recency (a fresh candidate scores up to this much more) and of the same site. */
const RECENCY_BONUS = 0.15;
const RECENCY_DAYS = 30;
const SAME_SITE_BONUS = 0.1;
/** A shared entity's weight never falls below this share of the most salient one's. */
const MIN_SALIENCE_SHARE = 0.25;

/** The inverse document frequency of a key seen in `df` of `total` rows (always > 0). */
export function idf(df: number, total: number): number {
  return Math.log(1 + Math.max(total, 1) / Math.max(df, 1));
}

/** The weight each current entity gives a candidate that shares it. */
export function entityWeights(ctx: RankContext): Map<string, { name: string; weight: number }> {
  const top = Math.max(...ctx.current.entities.map((e) => e.salience), 1e-9);
  const out = new Map<string, { name: string; weight: number }>();
  for (const e of ctx.current.entities) {
    const share = Math.max(MIN_SALIENCE_SHARE, e.salience / top);
    out.set(e.key, { name: e.name, weight: share * idf(ctx.df(e.key), ctx.total) });
  }
  return out;
}

/** Ranks `candidates`; the best `limit`, highest score first (ties: more recent first). */
export function rankRelated(candidates: Candidate[], ctx: RankContext, limit = 8): Related[] {
  const weights = entityWeights(ctx);
  const best = new Map<string, Related & { lastAt: number }>();
  for (const c of candidates) {
    if (c.normUrl === ctx.current.normUrl) continue;
    const shared = [...new Set(c.entityKeys)]
      .filter((k) => weights.has(k))
      .map((k) => weights.get(k)!)
      .sort((a, b) => b.weight - a.weight);
    if (!shared.length) continue;
    const overlap = shared.reduce((sum, s) => sum + s.weight, 0);
    const ageDays = Math.max(0, (ctx.now - c.lastAt) / DAY_MS);
    const recency = 1 + RECENCY_BONUS * Math.exp(-ageDays / RECENCY_DAYS);
    const site = c.site && c.site === ctx.current.site ? 1 + SAME_SITE_BONUS : 1;
    const item = {
      normUrl: c.normUrl,
      url: c.url,
      title: c.title,
      site: c.site,
      source: c.siteName || c.site,
      read: c.read,
      score: overlap * recency * site,
      shared: shared.slice(0, 3).map((s) => s.name),
      lastAt: c.lastAt,
    };
    // A link and the stored article it leads to are one suggestion: read, with the better score.
    const before = best.get(c.normUrl);
    if (!before) best.set(c.normUrl, item);
    else
      best.set(c.normUrl, {
        ...(item.score >= before.score ? item : before),
        read: before.read || item.read,
        title: (before.read ? before.title : item.title) || before.title,
        source: before.read ? before.source : item.source,
      });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || b.lastAt - a.lastAt)
    .slice(0, limit)
    .map(({ lastAt: _l, ...r }) => (void _l, r));
}
