import type { ArticleRecord } from '../lib/db/database';
import { formatPublished } from '../lib/ui/format';

/** The article's site, date, title and byline at the top of the sidebar. */
export function ArticleHeader({ article }: { article: ArticleRecord }) {
  const published = formatPublished(article.publishedAt);
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
      <h1 class="title" dir="auto">
        {article.title || 'مقال بلا عنوان'}
      </h1>
      {article.byline && (
        // The line stays right to left; a Latin byline is isolated inside it, not left-aligned.
        <p class="byline">
          <bdi>{article.byline}</bdi>
        </p>
      )}
    </header>
  );
}
