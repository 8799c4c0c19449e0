import type { StoryResult } from '../lib/story/story';
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
export function StorySoFar({ story }: { story: StoryResult | undefined }) {
  const { t } = useLang();
  if (!story || story.entries.length === 0) return null;
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
    </section>
  );
}
