/**
 * The toolbar popup (issue 7): save the current page for later (or see that it is saved and mark
 * it read), the newest unread items, the state of sync, and the way to the full dashboard.
 */
import { followMarks } from '../../lib/follows/marks';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReadingItemRow } from '../../components/ReadingItemRow';
import { SyncLine } from '../../components/SyncLine';
import { db } from '../../lib/db/database';
import { callBackground } from '../../lib/messaging/clients';
import { articleKey } from '../../lib/db/article-key';
import { selectItems, summarise } from '../../lib/reading/view';
import { mountPage, useLang } from '../../lib/ui/lang';
import { useLiveQuery } from '../../lib/ui/use-live-query';

function Popup() {
  const { t } = useLang();
  const [tab, setTab] = useState<{ url: string; title: string } | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.url && /^https?:/i.test(active.url))
        setTab({ url: active.url, title: active.title ?? '' });
    });
  }, []);
  const items = useLiveQuery(() => db().reading.toArray(), []) ?? [];
  const here = tab
    ? items.find((i) => i.id === articleKey(tab.url) && i.deletedAt === null)
    : undefined;
  const unread = selectItems(items, { view: 'unread' }).slice(0, 6);
  const marks = useLiveQuery(
    () =>
      followMarks(
        db(),
        unread.map((i) => i.id),
      ),
    [unread.map((i) => i.id).join('\n')],
  );
  const edit = (ids: string[], action: 'read' | 'unread' | 'archive' | 'unarchive' | 'delete') =>
    void callBackground('readingEdit', { ids, action });
  return (
    <main class="popup">
      <h1>{t.dashboardTitle}</h1>
      {tab &&
        (here ? (
          <p class="saved-here">
            <span>✓ {t.saved}</span>
            <button
              type="button"
              onClick={() => edit([here.id], here.readAt === null ? 'read' : 'unread')}
            >
              {here.readAt === null ? t.markRead : t.markUnread}
            </button>
          </p>
        ) : (
          <button
            type="button"
            class="save"
            onClick={() => void callBackground('saveForLater', { url: tab.url, title: tab.title })}
          >
            {t.save}
          </button>
        ))}
      <SyncLine t={t} localOnly={summarise(items).localOnly} />
      <ul class="reading-list">
        {unread.map((item) => (
          <ReadingItemRow
            key={item.id}
            item={item}
            t={t}
            compact
            followed={marks?.get(item.id)}
            onAction={(a) => edit([item.id], a)}
          />
        ))}
      </ul>
      {!unread.length && <p class="empty">{t.empty}</p>}
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          {t.openDashboard}
        </a>
      </p>
    </main>
  );
}

void mountPage(<Popup />, (t) => t.brand);
