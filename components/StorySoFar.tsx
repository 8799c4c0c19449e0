import type { StoryResult } from '../lib/story/story';
import { storyMarkdown, type StoryArticleMd } from '../lib/story/markdown';
import { downloadText, fileSlug } from '../lib/ui/download';
import { useLang } from '../lib/ui/lang';

/** The names shown for why an article belongs: its most salient shared ones. */
const SHOWN_NAMES = 3;

/** A day of the story's timeline in the reader's language (its own day, not the reader's zone's). */
function day(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(at),
  );
}

/**
 * "The story so far" (issue 19): the earlier articles of this story from the reader's own
 * history, newest first — date, site, title and the names that link it, marked when read since
 * the reader's last visit to this article — then the links those articles offered that the
 * reader has not opened. Shown only when the story has earlier articles.
 */
export function StorySoFar({
  story,
  current,
}: {
  story: StoryResult | undefined;
  /** The article the sidebar is on, and its highlights: the export's head (absent: no export). */
  current?: StoryArticleMd;
}) {
  const { t } = useLang();
  if (!story || story.entries.length === 0) return null;
  // A Markdown file of the story, downloaded from this frame like the highlights' export.
  const exportMd = (c: StoryArticleMd) =>
    downloadText(
      `siyaq-story-${fileSlug(c.title)}.md`,
      'text/markdown;charset=utf-8',
      storyMarkdown(
        c,
        story,
        { ...t.markdown, locale: t.locale, separator: t.listSeparator },
        Date.now(),
      ),
    );
  return (
    <section class="story" aria-labelledby="story-heading">
      <h2 id="story-heading">
        {t.story.heading} <span class="count">({story.entries.length})</span>
      </h2>
      <ol class="timeline">
        {story.entries.map((e) => (
          <li key={e.url} class={e.isNew ? 'new' : undefined}>
            <span class="story-meta">
              <time
                dateTime={new Date(e.at).toISOString()}
                title={e.dated ? undefined : t.story.readOn}
              >
                {day(e.at, t.locale)}
              </time>{' '}
              · <bdi>{e.siteName || e.site}</bdi>
              {e.isNew && (
                <>
                  {' '}
                  · <span class="new-mark">{t.story.newSince}</span>
                </>
              )}
            </span>
            <a href={e.url} target="_blank" rel="noopener noreferrer" dir="auto">
              {e.title || e.url}
            </a>
            <span class="reason">
              {t.readAlso.shares} <bdi>{e.shared.slice(0, SHOWN_NAMES).join(t.listSeparator)}</bdi>
            </span>
          </li>
        ))}
      </ol>
      {story.unread.length > 0 && (
        <div class="group" data-group="story-unread">
          <h3>{t.story.unread}</h3>
          <ul>
            {story.unread.map((l) => (
              <li key={l.url}>
                <a href={l.url} target="_blank" rel="noopener noreferrer" dir="auto">
                  {l.title || l.url}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {current && (
        <button type="button" class="secondary export-md" onClick={() => exportMd(current)}>
          {t.markdown.exportStory}
        </button>
      )}
    </section>
  );
}
