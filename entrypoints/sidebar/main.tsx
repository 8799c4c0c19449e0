/**
 * The sidebar frame: an extension page shown in an iframe inside the page's closed shadow root.
 * It follows the article through a live query the background runs with Dexie's liveQuery (the
 * frame itself may not open IndexedDB; see lib/messaging/live-protocol.ts) and reads the settings
 * from extension storage. `?url=` names the article by its canonical URL.
 */
import { browser } from 'wxt/browser';
import { frameCalls, type FrameResults } from '../../lib/messaging/frame-protocol';
import { createServer } from '../../lib/messaging/rpc';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Sidebar } from '../../components/Sidebar';
import type { StoredEntity } from '../../lib/db/database';
import { entityNames } from '../../lib/db/entities';
import { callBackground } from '../../lib/messaging/clients';
import type { CardsState } from '../../components/EntityCard';
import { autoOpenSetting, setSiteDisabled, wikipediaSetting } from '../../lib/settings';
import { useLivePort } from '../../lib/ui/use-live-port';
import { useSetting } from '../../lib/ui/use-setting';
import { usePlaces } from '../../lib/ui/use-places';
import { highlightsMarkdown } from '../../lib/highlights/markdown';
import { mountPage } from '../../lib/ui/lang';

function markOnce(name: string): void {
  if (!performance.getEntriesByName(name).length) performance.mark(name);
}

function App({ url }: { url: string }) {
  const article = useLivePort('article', { url });
  const [autoOpen] = useSetting(autoOpenSetting, false);
  const [selected, setSelected] = useState<string | null>(null);
  const [wikipedia] = useSetting(wikipediaSetting, true);
  const [cardsState, setCardsState] = useState<CardsState>('loading');
  const entities = article.status === 'ready' ? (article.value?.entities ?? []) : [];
  const entityKeys = entities.map((e) => e.key);
  const places = usePlaces();
  const related = useLivePort('related', { url });
  const story = useLivePort('story', { url });
  const pageUrl = article.status === 'ready' ? (article.value?.pageUrl ?? url) : url;
  const highlightRows = useLivePort('highlights', { pageUrl });
  const readingItem = useLivePort('readingItem', { url });
  const [saveError, setSaveError] = useState<string | null>(null);
  const failed = (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e));
  const [missing, setMissing] = useState<string[]>([]);
  // A highlight clicked in the page: taken when the frame opens, or broadcast while it is open.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    callBackground('takeHighlightFocus', {}).then(
      (r) => r.id && setFocusId(r.id),
      () => undefined,
    );
    const onMessage = createServer<typeof frameCalls, FrameResults>(
      frameCalls,
      {
        focusHighlight: async ({ id }) => {
          setFocusId(id);
          return null;
        },
      },
      browser.runtime.id,
    );
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  const rows = highlightRows.status === 'ready' ? highlightRows.value : [];
  const liveCount = rows.filter((h) => h.deletedAt === null).length;
  // Which highlights the page could not find: asked again whenever the list changes.
  useEffect(() => {
    callBackground('highlightStatus', {}).then(
      (r) => setMissing(r.missing),
      () => setMissing([]),
    );
  }, [liveCount, rows.length]);
  const highlights = {
    highlights: rows,
    missing,
    focusId,
    onShow: (id: string) => void callBackground('showHighlight', { id }).catch(() => undefined),
    onNote: (id: string, note: string) =>
      void callBackground('updateHighlight', { id, note }).catch(() => undefined),
    onDelete: (id: string, deleted: boolean) =>
      void callBackground('updateHighlight', { id, deleted }).catch(() => undefined),
    onExport: () => {
      if (article.status !== 'ready' || !article.value) return;
      const md = highlightsMarkdown([
        {
          title: article.value.title,
          url: article.value.url,
          highlights: rows.filter((h) => h.deletedAt === null),
        },
      ]);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([md], { type: 'text/markdown;charset=utf-8' }));
      a.download = 'siyaq-highlights.md';
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    },
  };
  const follows = useLivePort('follows', {});
  const [followFailed, setFollowFailed] = useState<string | null>(null);
  const cardRows = useLivePort('cards', { keys: entityKeys });
  const history = useLivePort('entityHistory', { key: selected ?? '', url });
  const cards = new Map((cardRows.status === 'ready' ? cardRows.value : []).map((c) => [c.key, c]));
  // Local performance marks for `npm run bench` (read from the frame by the harness; never sent).
  useEffect(() => {
    if (entities.length) markOnce('siyaq:entities-shown');
    if (cards.size) markOnce('siyaq:cards-ready');
  }, [entities.length, cards.size]);
  // Look up cards once the article (and its entities) are there, and again if the setting changes.
  useEffect(() => {
    if (!entities.length) return;
    setCardsState('loading');
    callBackground('loadCards', { url }).then(
      (r) => setCardsState(r.enabled ? 'ready' : 'off'),
      () => setCardsState('error'),
    );
  }, [url, entities.length, wikipedia]);
  const close = () => void callBackground('closeSidebar', {}).catch(() => undefined);
  // Escape closes the sidebar (the page then gives the focus back to the launcher). In a note
  // being written, Escape first leaves the field, which keeps the note (its change event).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !e.isTrusted || e.defaultPrevented) return;
      const field = e.target instanceof HTMLElement && e.target.closest('textarea, input');
      if (field) (field as HTMLElement).blur();
      else close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  // When the reader opens the sidebar the page moves the focus into this frame: it lands on the
  // article's title (or, before the article is there, the close button), once.
  const placed = useRef<HTMLElement | 'done' | null>(null);
  const ready = article.status !== 'loading';
  useEffect(() => {
    const place = () => {
      if (placed.current === 'done') return;
      const active = document.activeElement;
      // The reader is already somewhere in the sidebar: leave them there.
      if (active && active !== document.body && active !== placed.current) {
        placed.current = 'done';
        return;
      }
      const target =
        document.querySelector<HTMLElement>('h1.title') ??
        document.querySelector<HTMLElement>('.bar .close');
      if (!target) return;
      target.focus({ preventScroll: true });
      placed.current = ready ? 'done' : target;
    };
    if (document.hasFocus()) place();
    window.addEventListener('focus', place);
    return () => window.removeEventListener('focus', place);
  }, [ready]);
  const selectEntity = (e: StoredEntity | null) => {
    setSelected(e?.key ?? null);
    const names = e ? [e.name, ...e.aliases] : [];
    const hover = e ? { url, key: e.key } : undefined;
    void callBackground('showEntity', { names, hover }).catch(() => undefined);
  };
  return (
    <Sidebar
      article={article}
      autoOpen={autoOpen}
      onClose={close}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      onDisableSite={(site) => void setSiteDisabled(site, true)}
      selectedEntity={selected}
      onSelectEntity={selectEntity}
      cards={cards}
      cardsState={cardsState}
      wikipedia={wikipedia}
      history={history.status === 'ready' ? history.value : null}
      places={places}
      related={related.status === 'ready' ? related.value : null}
      story={story.status === 'ready' ? story.value : null}
      highlights={highlights}
      follow={
        follows.status === 'ready'
          ? {
              followed: new Set(follows.value.map((f) => f.key)),
              followFailed,
              onFollow: (e, follow) => {
                setFollowFailed(null);
                void callBackground('follow', { key: e.key, name: e.name, follow }).catch(() =>
                  setFollowFailed(e.key),
                );
              },
            }
          : null
      }
      saveForLater={{
        item: readingItem.status === 'ready' ? readingItem.value : undefined,
        onSave: () => {
          const a = article.status === 'ready' ? article.value : undefined;
          setSaveError(null);
          void callBackground('saveForLater', {
            url,
            title: a?.title,
            excerpt: a?.excerpt,
            entities: a && entityNames(a.entities),
          }).catch(failed);
        },
        onToggleRead: (item) =>
          void callBackground('readingEdit', {
            ids: [item.id],
            action: item.readAt === null ? 'read' : 'unread',
          }).catch(failed),
        error: saveError,
      }}
    />
  );
}

// Shown only in our own frame: the background confirms this tab's ticket for this article
// (lib/background/tickets.ts). A site that frames this page by itself gets an empty frame.
const params = new URLSearchParams(location.search);
const url = params.get('url') ?? '';
callBackground('checkFrame', { ticket: params.get('t') ?? '', url }).then(
  ({ allowed }) => {
    if (allowed) void mountPage(<App url={url} />, (t) => t.brand);
  },
  () => undefined,
);
