import type { EntityHistory } from '../lib/cards/history';

/** "Mentioned in N of your articles": the reader's own history of an entity, from this device only. */
export function EntityHistoryView({ history }: { history: EntityHistory }) {
  if (history.count <= 1) {
    return <p class="history history-empty">أول مرة يظهر فيها هذا الاسم في قراءاتك.</p>;
  }
  return (
    <div class="history">
      <p class="history-count">ذُكر في {history.count} من مقالاتك.</p>
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
          يظهر غالبًا مع: {history.together.map((t) => `${t.name} (${t.count})`).join('، ')}
        </p>
      )}
    </div>
  );
}
