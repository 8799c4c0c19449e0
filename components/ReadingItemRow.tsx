import type { ReadingItem } from '../lib/reading/model';
import type { Messages } from '../lib/ui/i18n';
import { formatDay } from '../lib/ui/format';

/** One saved article: title (opens in a new tab), site, date, tags and names; its actions. */
export function ReadingItemRow({
  item,
  t,
  selected,
  onSelect,
  onAction,
  compact = false,
  followed,
}: {
  item: ReadingItem;
  t: Messages;
  selected?: boolean;
  onSelect?: (on: boolean) => void;
  onAction: (action: 'read' | 'unread' | 'archive' | 'unarchive' | 'delete') => void;
  compact?: boolean;
  /** Followed names the article mentions (issue 19). */
  followed?: string[];
}) {
  const date = formatDay(item.savedAt, t.locale);
  return (
    <li class={`reading-item${item.readAt !== null ? ' is-read' : ''}`} data-id={item.id}>
      {onSelect && (
        <input
          type="checkbox"
          class="pick"
          checked={!!selected}
          aria-label={item.title || item.url}
          onChange={(e) => onSelect((e.target as HTMLInputElement).checked)}
        />
      )}
      <div class="body">
        <a class="title" href={item.url} target="_blank" rel="noopener noreferrer" dir="auto">
          {item.title || item.url}
        </a>
        <p class="meta">
          <bdi>{item.site}</bdi>
          <span aria-hidden="true"> · </span>
          <span>
            {t.savedOn} {date}
          </span>
          {followed && followed.length > 0 && (
            <span class="follow-mark">
              <span aria-hidden="true"> · ★ </span>
              <bdi>{t.follow.mark(followed.join(t.listSeparator))}</bdi>
            </span>
          )}
          {item.localOnly && (
            <span class="local-only" title={t.notSynced(1)}>
              {' '}
              ⚠︎
            </span>
          )}
        </p>
        {!compact && (item.tags.length > 0 || item.entities.length > 0) && (
          <p class="chips">
            {item.tags.map((tag) => (
              <span class="chip tag" key={`t:${tag}`} dir="auto">
                #{tag}
              </span>
            ))}
            {item.entities.slice(0, 4).map((name) => (
              <span class="chip entity" key={`e:${name}`} dir="auto">
                {name}
              </span>
            ))}
          </p>
        )}
      </div>
      <div class="actions">
        <button type="button" onClick={() => onAction(item.readAt === null ? 'read' : 'unread')}>
          {item.readAt === null ? t.markRead : t.markUnread}
        </button>
        {!compact && (
          <button
            type="button"
            onClick={() => onAction(item.archivedAt === null ? 'archive' : 'unarchive')}
          >
            {item.archivedAt === null ? t.archive : t.unarchive}
          </button>
        )}
        {!compact && (
          <button type="button" class="danger" onClick={() => onAction('delete')}>
            {t.delete}
          </button>
        )}
      </div>
    </li>
  );
}
