/**
 * "The story so far" (issue 19), the pure part: which of the reader's earlier articles belong to the
 * current article's story. An article belongs when it shares at least two of the current article's
 * most salient named entities, or one rare one (an entity few of the reader's articles name), and
 * when it falls within the story's run of time: articles are chained by date, and a gap longer than
 * the story's own rhythm (three times its median gap, between a week and three months) ends the
 * story. Two stories that share only a common entity («مصر») stay apart; a story spread over three
 * weeks stays together; a year-old article on the same people is another story.
 */

/** What grouping needs of an article. */
export interface StoryArticle {
  key: string;
  /** When the news happened, as well as we know it (epoch ms): its date, else the first visit. */
  at: number;
  /** Its entity keys (named entities only, most salient first). */
  entityKeys: string[];
}

/** An article of the story, with the current article's entities it shares. */
export interface StoryMember<A extends StoryArticle> {
  article: A;
  shared: string[];
}

/** The current article's entities that look for its story: its most salient. */
export const STORY_ENTITIES = 8;
/** Gaps between the story's articles are allowed up to this many times its median gap… */
const GAP_FACTOR = 3;
/** …but never less than a week, nor more than three months. */
const MIN_GAP_MS = 7 * 86_400_000;
const MAX_GAP_MS = 90 * 86_400_000;

/**
 * Whether an entity named by `df` of the reader's `total` articles (the current one included) is
 * rare: one such entity is enough to link two articles (a person hardly in the news, a village),
 * where a common one (a country, a capital) needs a second. Rare is at most two articles or one in
 * 200 — and never a fifth of the history or more: in a young history of a few articles, every name
 * is in few of them, and two shared names are asked for.
 */
export function isRare(df: number, total: number): boolean {
  return df <= Math.max(2, total / 200) && df * 5 <= total;
}

/**
 * The members of `current`'s story among `candidates` (any order, `current` not among them), newest
 * first. `df(key)` is how many of the reader's articles name `key`, `total` how many there are.
 */
export function groupStory<A extends StoryArticle>(
  current: StoryArticle,
  candidates: readonly A[],
  df: (key: string) => number,
  total: number,
): StoryMember<A>[] {
  const salient = current.entityKeys.slice(0, STORY_ENTITIES);
  const linked: StoryMember<A>[] = [];
  for (const article of candidates) {
    if (article.key === current.key) continue;
    const theirs = new Set(article.entityKeys);
    const shared = salient.filter((k) => theirs.has(k));
    if (shared.length >= 2 || shared.some((k) => isRare(df(k), total)))
      linked.push({ article, shared });
  }
  if (!linked.length) return [];
  // The story's rhythm: the median gap between its linked articles in time order.
  const times = [current.at, ...linked.map((m) => m.article.at)].sort((a, b) => a - b);
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const maxGap = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, GAP_FACTOR * median));
  // Chain outwards from the current article: older ones, then any newer ones.
  const byTime = [...linked].sort((a, b) => b.article.at - a.article.at);
  const kept = new Set<StoryMember<A>>();
  let edge = current.at;
  for (const m of byTime.filter((m) => m.article.at <= current.at)) {
    if (edge - m.article.at > maxGap) break;
    kept.add(m);
    edge = m.article.at;
  }
  edge = current.at;
  for (const m of [...byTime].reverse().filter((m) => m.article.at > current.at)) {
    if (m.article.at - edge > maxGap) break;
    kept.add(m);
    edge = m.article.at;
  }
  return byTime.filter((m) => kept.has(m));
}
