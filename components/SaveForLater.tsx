import type { ReadingItem } from '../lib/reading/model';
import { useLang } from '../lib/ui/lang';

export interface SaveForLaterProps {
  /** The article's item on the reading list: null when not saved, undefined while loading. */
  item: ReadingItem | null | undefined;
  onSave: () => void;
  onToggleRead: (item: ReadingItem) => void;
  /** Why the last save or edit failed, in words. */
  error?: string | null;
}

/** "Save for later", or "on your reading list" with read/unread, under the article's title. */
export function SaveForLater({ item, onSave, onToggleRead, error }: SaveForLaterProps) {
  const { t } = useLang();
  if (item === undefined) return null;
  if (!item)
    return (
      <p class="save-later">
        <button type="button" class="save" onClick={onSave}>
          {t.save}
        </button>
        {error && (
          <span class="error" role="alert">
            {t.saveFailed} {error}
          </span>
        )}
      </p>
    );
  return (
    <p class="save-later saved" role="status">
      <span>✓ {t.saved}</span>
      <button type="button" onClick={() => onToggleRead(item)}>
        {item.readAt === null ? t.markRead : t.markUnread}
      </button>
    </p>
  );
}
