/**
 * The one Markdown writer for highlights (the sidebar's export of a page, the dashboard's export
 * of everything): per article a heading with its title linked to its address, then each quote as
 * a block quote with the reader's note after it. Markdown characters in titles, quotes and notes
 * are escaped, so a quote reads as it stood in the article.
 */
import type { HighlightRecord } from '../db/database';

export interface HighlightedArticle {
  title: string;
  url: string;
  highlights: Pick<HighlightRecord, 'quote' | 'note'>[];
}

/** `s` with Markdown's special characters escaped, to read as written. */
export const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>#])/g, '\\$1');
const escape = escapeMarkdown;

/**
 * A link's address as Markdown's `<…>` form takes it: the characters that would end it or break
 * the line (`<`, `>`, `\`, white space) percent-encoded — an address from an imported file may
 * hold any of them.
 */
export const linkTarget = (url: string) => `<${url.replace(/[<>\\\s]/g, encodeURIComponent)}>`;

/** `s` on one line, escaped: a line break in a site's or a person's name starts no new block. */
export const inlineMarkdown = (s: string) => escapeMarkdown(s.replace(/\s+/g, ' ').trim());

/** Markdown of `articles`' highlights; `level`: the heading level of each article (1–6). */
export function highlightsMarkdown(articles: HighlightedArticle[], level = 1): string {
  const lines: string[] = [];
  const hashes = '#'.repeat(Math.min(6, Math.max(1, level)));
  for (const a of articles) {
    const title = escape(a.title.replace(/\s+/g, ' ').trim() || a.url);
    lines.push(`${hashes} [${title}](${linkTarget(a.url)})`, '');
    for (const h of a.highlights) {
      for (const line of h.quote.trim().split(/\n+/)) lines.push(`> ${escape(line)}`);
      lines.push('');
      const note = h.note.trim();
      if (note) lines.push(...note.split('\n').map(escape), '');
    }
  }
  return lines.join('\n');
}
