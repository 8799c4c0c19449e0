/**
 * The reading-list dashboard (issue 7): the list by view, tag, search and sort, bulk actions, the
 * reader's highlights by article, import and export, and the state of sync. Reads the database
 * itself (Dexie `liveQuery`: edits in other tabs and windows show at once); every change goes
 * through the background, whose clock stamps it.
 */
import { useMemo, useState } from 'preact/hooks';
import { followMarks } from '../../lib/follows/marks';
import { ReadingItemRow } from '../../components/ReadingItemRow';
import { SyncLine } from '../../components/SyncLine';
import { NamesView } from '../../components/NamesView';
import { db, type HighlightRecord } from '../../lib/db/database';
import { callBackground } from '../../lib/messaging/clients';
import { IMPORT_BATCH } from '../../lib/messaging/reading-schemas';
import {
  exportCsv,
  exportHighlightsMarkdown,
  exportJson,
  exportNetscape,
} from '../../lib/reading/export-formats';
import { ImportError, MAX_IMPORT_BYTES, decodeBytes, parseImport } from '../../lib/reading/formats';
import type { ReadingItem } from '../../lib/reading/model';
import {
  selectItems,
  summarise,
  viewOf,
  type ReadingSort,
  type ReadingView,
} from '../../lib/reading/view';
import { langSetting, type Messages } from '../../lib/ui/i18n';
import { formatCount } from '../../lib/ui/format';
import { mountPage, useLang } from '../../lib/ui/lang';
import { useLiveQuery } from '../../lib/ui/use-live-query';

type Action = 'read' | 'unread' | 'archive' | 'unarchive' | 'delete';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Dashboard() {
  const { lang, t } = useLang();
  const items = useLiveQuery(() => db().reading.toArray(), []);
  const highlights = useLiveQuery(
    () =>
      db()
        .highlights.filter((h) => h.deletedAt === null)
        .toArray(),
    [],
  );
  const [view, setView] = useState<ReadingView>('unread');
  const [tag, setTag] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ReadingSort>('newest');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [tagDraft, setTagDraft] = useState('');
  // The names view (issue 19): a tab of its own, `#names` in the address.
  const [names, setNames] = useState(location.hash === '#names');
  const showNames = (on: boolean) => {
    setNames(on);
    history.replaceState(null, '', on ? '#names' : location.pathname + location.search);
  };

  const all = items ?? [];
  const summary = useMemo(() => summarise(all), [all]);
  const shown = useMemo(
    () => selectItems(all, { view, tag, search, sort }),
    [all, view, tag, search, sort],
  );
  // Selections follow what is shown.
  const pickedShown = shown.filter((i) => picked.has(i.id)).map((i) => i.id);

  const edit = async (ids: string[], action: Action | 'tag', value?: string) => {
    if (!ids.length) return;
    await callBackground('readingEdit', { ids, action, value });
    if (action === 'delete') setPicked(new Set());
  };

  const importFile = async (file: File) => {
    setNote(null);
    try {
      if (file.size === 0) throw new ImportError(['empty']);
      if (file.size > MAX_IMPORT_BYTES)
        throw new ImportError(['tooLarge', MAX_IMPORT_BYTES / 1024 / 1024]);
      const { text, encoding } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
      const parsed = parseImport(
        text,
        (h) => new DOMParser().parseFromString(h, 'text/html'),
        file.name,
        encoding,
      );
      let added = 0;
      let merged = 0;
      for (let i = 0; i < parsed.items.length; i += IMPORT_BATCH) {
        const r = await callBackground('readingImport', {
          items: parsed.items.slice(i, i + IMPORT_BATCH),
        });
        added += r.added;
        merged += r.merged;
      }
      let imported = 0;
      for (let i = 0; i < parsed.highlights.length; i += IMPORT_BATCH)
        imported += (
          await callBackground('highlightsImport', {
            highlights: parsed.highlights.slice(i, i + IMPORT_BATCH),
          })
        ).imported;
      setNote({
        kind: 'ok',
        text: t.imported(added, merged, imported, parsed.skipped.notWeb + parsed.skipped.noUrl),
      });
    } catch (e) {
      const text =
        e instanceof ImportError
          ? `${e.where ? `${e.where}: ` : ''}${e.text(t)}`
          : e instanceof Error
            ? e.message
            : String(e);
      setNote({ kind: 'error', text: `${t.importFailed} ${text}` });
    }
  };

  const live = all.filter((i) => viewOf(i) !== null);
  const stamp = new Date().toISOString().slice(0, 10);
  // Articles that mention a followed name (issue 19), for the rows shown.
  const shownIds = shown.map((i) => i.id);
  const marks = useLiveQuery(() => followMarks(db(), shownIds), [shownIds.join('\n')]);
  return (
    <main class="dashboard">
      <header class="page-head">
        <h1>{t.dashboardTitle}</h1>
        {/* The other language, named in itself: the reader's choice from now on. */}
        <button
          type="button"
          class="lang"
          lang={lang === 'ar' ? 'en' : 'ar'}
          onClick={() => void langSetting.setValue(lang === 'ar' ? 'en' : 'ar')}
        >
          {t.language}
        </button>
      </header>
      <SyncLine t={t} localOnly={summary.localOnly} />

      <nav class="views" role="tablist">
        {(['unread', 'read', 'archived', 'all'] as const).map((v) => (
          <button
            type="button"
            role="tab"
            aria-selected={!names && view === v}
            key={v}
            onClick={() => {
              showNames(false);
              setView(v);
              setPicked(new Set());
            }}
          >
            {t[v]} <span class="count">{formatCount(summary.views[v], lang)}</span>
          </button>
        ))}
        <button
          type="button"
          role="tab"
          class="names-tab"
          aria-selected={names}
          onClick={() => showNames(true)}
        >
          {t.names.tab}
        </button>
      </nav>

      {names ? (
        <NamesView />
      ) : (
        <>
          <div class="tools">
            <input
              type="search"
              value={search}
              placeholder={t.search}
              aria-label={t.search}
              onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
            />
            <label>
              {t.sort}{' '}
              <select
                value={sort}
                onChange={(e) => setSort((e.target as HTMLSelectElement).value as ReadingSort)}
              >
                <option value="newest">{t.newest}</option>
                <option value="oldest">{t.oldest}</option>
                <option value="title">{t.byTitle}</option>
                <option value="site">{t.bySite}</option>
              </select>
            </label>
          </div>
          {summary.tags.length > 0 && (
            <p class="tag-filter">
              <button type="button" aria-pressed={tag === null} onClick={() => setTag(null)}>
                {t.allTags}
              </button>
              {summary.tags.map(([name, n]) => (
                <button
                  type="button"
                  key={name}
                  aria-pressed={tag === name}
                  onClick={() => setTag(tag === name ? null : name)}
                  dir="auto"
                >
                  #{name} <span class="count">{formatCount(n, lang)}</span>
                </button>
              ))}
            </p>
          )}

          {pickedShown.length > 0 && (
            <div class="bulk" role="toolbar">
              <span>{t.selected(pickedShown.length)}</span>
              <button type="button" onClick={() => edit(pickedShown, 'read')}>
                {t.markRead}
              </button>
              <button type="button" onClick={() => edit(pickedShown, 'unread')}>
                {t.markUnread}
              </button>
              <button type="button" onClick={() => edit(pickedShown, 'archive')}>
                {t.archive}
              </button>
              <button type="button" class="danger" onClick={() => edit(pickedShown, 'delete')}>
                {t.delete}
              </button>
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void edit(pickedShown, 'tag', tagDraft);
                  setTagDraft('');
                }}
              >
                <input
                  value={tagDraft}
                  placeholder={t.addTag}
                  aria-label={t.addTag}
                  maxLength={40}
                  onInput={(e) => setTagDraft((e.target as HTMLInputElement).value)}
                />
              </form>
            </div>
          )}

          {items !== undefined && shown.length === 0 ? (
            <p class="empty">{search || tag ? t.emptySearch : t.empty}</p>
          ) : (
            <ul class="reading-list">
              {shown.map((item: ReadingItem) => (
                <ReadingItemRow
                  key={item.id}
                  item={item}
                  t={t}
                  selected={picked.has(item.id)}
                  onSelect={(on) => {
                    const next = new Set(picked);
                    if (on) next.add(item.id);
                    else next.delete(item.id);
                    setPicked(next);
                  }}
                  followed={marks?.get(item.id)}
                  onAction={(a) => void edit([item.id], a)}
                />
              ))}
            </ul>
          )}

          <section class="highlights-by-article">
            <h2>{t.highlights}</h2>
            <HighlightsByArticle highlights={highlights ?? []} items={all} t={t} />
          </section>

          <section class="import-export">
            <h2>{t.importExport}</h2>
            <label class="file">
              {t.importFile}
              <input
                type="file"
                accept=".csv,.html,.htm,.json,text/csv,text/html,application/json"
                onChange={(e) => {
                  const input = e.target as HTMLInputElement;
                  const file = input.files?.[0];
                  if (file) void importFile(file).finally(() => (input.value = ''));
                }}
              />
            </label>
            {note && (
              <p class={`note ${note.kind}`} role={note.kind === 'error' ? 'alert' : 'status'}>
                {note.text}
              </p>
            )}
            <p class="exports">
              <button
                type="button"
                onClick={() =>
                  download(
                    `siyaq-${stamp}.json`,
                    'application/json',
                    exportJson(all, highlights ?? []),
                  )
                }
              >
                {t.exportJson}
              </button>
              <button
                type="button"
                onClick={() => download(`siyaq-${stamp}.html`, 'text/html', exportNetscape(all))}
              >
                {t.exportHtml}
              </button>
              <button
                type="button"
                onClick={() =>
                  download(`siyaq-${stamp}.csv`, 'text/csv', `\uFEFF${exportCsv(all)}`)
                }
              >
                {t.exportCsv}
              </button>
              <button
                type="button"
                onClick={() =>
                  download(
                    `siyaq-highlights-${stamp}.md`,
                    'text/markdown',
                    exportHighlightsMarkdown(highlights ?? [], all),
                  )
                }
              >
                {t.exportMarkdown}
              </button>
              <button
                type="button"
                class="danger"
                onClick={() => {
                  if (live.length && confirm(t.confirmClear))
                    void edit(
                      live.map((i) => i.id),
                      'delete',
                    );
                }}
              >
                {t.clearAll}
              </button>
            </p>
          </section>
        </>
      )}
    </main>
  );
}

function HighlightsByArticle({
  highlights,
  items,
  t,
}: {
  highlights: HighlightRecord[];
  items: ReadingItem[];
  t: Messages;
}) {
  if (!highlights.length) return <p class="empty">{t.noHighlights}</p>;
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const groups = new Map<string, HighlightRecord[]>();
  for (const h of highlights) groups.set(h.url, [...(groups.get(h.url) ?? []), h]);
  return (
    <div>
      {[...groups].map(([key, list]) => (
        <article class="hl-group" key={key}>
          <h3>
            <a href={list[0]!.pageUrl} target="_blank" rel="noopener noreferrer" dir="auto">
              {titles.get(key) || list[0]!.pageUrl}
            </a>
          </h3>
          {list
            .sort((a, b) => a.selectors.position.start - b.selectors.position.start)
            .map((h) => (
              <blockquote key={h.id} class={`hl hl-${h.color}`} dir="auto">
                {h.quote}
                {h.note && <p class="hl-note">{h.note}</p>}
              </blockquote>
            ))}
        </article>
      ))}
    </div>
  );
}

void mountPage(<Dashboard />, (t) => `${t.dashboardTitle} — ${t.brand}`);
