import type { ArticleRecord } from '../lib/db/database';
import { formatPublished } from '../lib/ui/format';
import { useLang } from '../lib/ui/lang';

/** The article's site, date, title and byline at the top of the sidebar. */
export function ArticleHeader({ article }: { article: ArticleRecord }) {
  const { t } = useLang();
  const published = formatPublished(article.publishedAt, t.locale);
  return (
    <header class="article">
      <p class="meta">
        <bdi class="site">{article.siteName || article.site}</bdi>
        {published && (
          <>
            <span aria-hidden="true"> · </span>
            <time dateTime={article.publishedAt ?? undefined}>{published}</time>
          </>
        )}
      </p>
      {/* The article's own direction, whatever the UI's language. The focus lands here when the
          reader opens the sidebar (tabindex -1: focusable by script, not a Tab stop). */}
      <h1 class="title" dir="auto" tabIndex={-1}>
        {article.title || t.sidebar.untitled}
      </h1>
      {article.byline && (
        // A byline is isolated in the line, not aligned by its own script.
        <p class="byline">
          <bdi>{article.byline}</bdi>
        </p>
      )}
    </header>
  );
}
