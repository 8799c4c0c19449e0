/**
 * Markdown of an entity page and of a story (issue 19, item 4): what a reader writing about a
 * topic wants — the articles' titles, dates and links, and the reader's highlights and notes (by
 * the one highlights writer, `highlights/markdown.ts`). Pure: the words come in as `labels`, in
 * the reader's language. Titles are escaped so they read as written; Arabic stays as it is (a
 * Markdown viewer lays it out right to left by itself); a section with nothing in it is left out.
 */
import type { HighlightRecord } from '../db/database';
import {
  escapeMarkdown,
  highlightsMarkdown,
  inlineMarkdown,
  linkTarget,
} from '../highlights/markdown';
import type { EntityPageData } from '../names/entity-page';
import type { StoryResult } from './story';

/** The words of the exports, from the dictionaries (`t.markdown`). */
export interface MarkdownLabels {
  locale: string;
  /** Between items of a list in a line (`t.listSeparator`). */
  separator: string;
  articles: string;
  /** A week of the timeline: its first day, and how many articles it has. */
  week: (day: string, n: number) => string;
  companions: string;
  sites: string;
  highlights: string;
  /** The story's heading, before the current article's title. */
  story: string;
  shares: string;
  unread: string;
  /** The last line: where and when the file was made. */
  footer: (day: string) => string;
}

/** A link target: inside `<…>`, where only the angle brackets and line breaks need care. */
const target = linkTarget;

/** A one-line title, escaped; the URL when there is none. */
const titleOf = (title: string, url: string) =>
  escapeMarkdown(title.replace(/\s+/g, ' ').trim() || url);

/** A day as the reader's UI writes it; `utc`: the UTC calendar day (weeks start at 00:00 UTC). */
function day(at: number, locale: string, utc = false): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(utc ? { timeZone: 'UTC' } : {}),
  }).format(new Date(at));
}

/** `- [title](<url>) — site, date`, a line of a list of articles. */
function articleLine(
  a: { title: string; url: string; siteName: string; site: string; at: number },
  labels: MarkdownLabels,
  extra = '',
): string {
  const site = inlineMarkdown(a.siteName || a.site);
  const when = day(a.at, labels.locale);
  return `- [${titleOf(a.title, a.url)}](${target(a.url)}) — ${site}${labels.separator}${when}${extra}`;
}

/** Highlights grouped by article, for `highlightsMarkdown` (articles in the order first met). */
function byArticle(items: { highlight: HighlightRecord; title: string }[]) {
  const groups = new Map<string, { title: string; url: string; highlights: HighlightRecord[] }>();
  for (const { highlight: h, title } of items) {
    const g = groups.get(h.url) ?? { title: title || h.pageUrl, url: h.pageUrl, highlights: [] };
    g.highlights.push(h);
    groups.set(h.url, g);
  }
  return [...groups.values()];
}

/** The entity page as Markdown, as of `now`. */
export function entityMarkdown(data: EntityPageData, labels: MarkdownLabels, now: number): string {
  const { locale } = labels;
  const out: string[] = [`# ${inlineMarkdown(data.name)}`, ''];
  const card = data.card?.status === 'found' ? data.card.data : undefined;
  if (card) {
    if (card.description) out.push(`*${inlineMarkdown(card.description)}*`, '');
    if (card.extract) out.push(inlineMarkdown(card.extract), '');
    out.push(`[${inlineMarkdown(card.title)}](${target(card.url)})`, '');
  }
  if (data.weeks.length) {
    out.push(`## ${labels.articles} (${data.count})`, '');
    for (const w of data.weeks) {
      out.push(`### ${labels.week(day(w.start, locale, true), w.articles.length)}`, '');
      for (const a of w.articles) out.push(articleLine(a, labels));
      out.push('');
    }
  }
  if (data.companions.length) {
    out.push(`## ${labels.companions}`, '');
    for (const c of data.companions) out.push(`- ${inlineMarkdown(c.name)} (${c.shared})`);
    out.push('');
  }
  if (data.sites.length) {
    out.push(`## ${labels.sites}`, '');
    for (const s of data.sites)
      out.push(`- ${inlineMarkdown(s.siteName || s.site)} (${inlineMarkdown(s.site)}): ${s.count}`);
    out.push('');
  }
  if (data.highlights.length)
    out.push(`## ${labels.highlights}`, '', highlightsMarkdown(byArticle(data.highlights), 3));
  out.push('---', '', labels.footer(day(now, locale)), '');
  return out.join('\n');
}

/** The current article of a story, and the reader's highlights in it. */
export interface StoryArticleMd {
  title: string;
  url: string;
  highlights: Pick<HighlightRecord, 'quote' | 'note' | 'deletedAt'>[];
}

/** The story so far as Markdown: the current article, the timeline, unread links, highlights. */
export function storyMarkdown(
  current: StoryArticleMd,
  story: StoryResult,
  labels: MarkdownLabels,
  now: number,
): string {
  const { locale } = labels;
  const out: string[] = [
    `# ${labels.story}: [${titleOf(current.title, current.url)}](${target(current.url)})`,
    '',
  ];
  if (story.entries.length) {
    for (const e of story.entries) {
      const shared = e.shared.length
        ? ` — ${labels.shares} ${e.shared.map(inlineMarkdown).join(labels.separator)}`
        : '';
      out.push(articleLine(e, labels, shared));
    }
    out.push('');
  }
  if (story.unread.length) {
    out.push(`## ${labels.unread}`, '');
    for (const l of story.unread) out.push(`- [${titleOf(l.title, l.url)}](${target(l.url)})`);
    out.push('');
  }
  // The reader's highlights on the story's articles: this one first, then the timeline's.
  const groups = [
    { title: current.title, url: current.url, highlights: current.highlights },
    ...story.entries.map((e) => ({ title: e.title, url: e.url, highlights: e.highlights ?? [] })),
  ]
    .map((g) => ({ ...g, highlights: g.highlights.filter((h) => h.deletedAt === null) }))
    .filter((g) => g.highlights.length);
  if (groups.length) out.push(`## ${labels.highlights}`, '', highlightsMarkdown(groups, 3));
  out.push('---', '', labels.footer(day(now, locale)), '');
  return out.join('\n');
}
