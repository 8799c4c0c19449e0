import type { EntityHistory } from '../lib/cards/history';
import { useLang } from '../lib/ui/lang';

/** "Mentioned in N of your articles": the reader's own history of an entity, from this device only. */
export function EntityHistoryView({ history }: { history: EntityHistory }) {
  const { t } = useLang();
  if (history.count <= 1) {
    return <p class="history history-empty">{t.entities.firstSeen}</p>;
  }
  return (
    <div class="history">
      <p class="history-count">{t.entities.seenIn(history.count)}</p>
      {history.others.length > 0 && (
        <ul class="history-list">
          {history.others.map((a) => (
            <li key={a.url}>
              <a href={a.url} target="_blank" rel="noopener noreferrer" dir="auto">
                {a.title || a.url}
              </a>
            </li>
          ))}
        </ul>
      )}
      {history.together.length > 0 && (
        <p class="history-together">
          {t.entities.together}{' '}
          <bdi>{history.together.map((e) => `${e.name} (${e.count})`).join(t.listSeparator)}</bdi>
        </p>
      )}
    </div>
  );
}
