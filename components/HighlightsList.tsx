import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HighlightRecord } from '../lib/db/database';
import { useLang } from '../lib/ui/lang';

/** Props of {@link HighlightsList}. */
export interface HighlightsListProps {
  /** The page's highlights in reading order, deleted ones included. */
  highlights: HighlightRecord[];
  /** Ids the page could not find. */
  missing: string[];
  /** A highlight to bring into view (the reader clicked it in the page). */
  focusId?: string | null;
  onShow: (id: string) => void;
  onNote: (id: string, note: string) => void;
  onDelete: (id: string, deleted: boolean) => void;
  onExport: () => void;
}

/**
 * "تظليلاتي": the page's highlights with their notes (edit, delete, undo), click to show one in
 * the page; those the page no longer has are listed as such with their text, never dropped.
 */
export function HighlightsList({
  highlights,
  missing,
  focusId = null,
  onShow,
  onNote,
  onDelete,
  onExport,
}: HighlightsListProps) {
  const { t } = useLang();
  // Deleted here, in this sidebar: offered for undo until it closes.
  const [deletedHere, setDeletedHere] = useState<string[]>([]);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusId) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusId)}"]`);
    item?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    item?.classList.add('focused');
    item?.querySelector<HTMLElement>('textarea')?.focus({ preventScroll: true });
    const t = setTimeout(() => item?.classList.remove('focused'), 1600);
    return () => clearTimeout(t);
  }, [focusId, highlights.length]);
  // After delete the focus goes to its undo button, after undo back to the note: never lost to
  // the page's body when the button pressed disappears (the list follows the database). The
  // target appears only once the database's answer is rendered, so it is looked for after every
  // render until found — in a layout effect, run as each render is committed: a passive effect
  // waits for a frame to be painted, and a reader quick on the keys (delete, then undo at once)
  // could press again before it ran; it then never moved the focus at all.
  const [refocus, setRefocus] = useState<{ id: string; selector: string } | null>(null);
  useLayoutEffect(() => {
    if (!refocus) return;
    const target = list.current?.querySelector<HTMLElement>(
      `[data-id="${CSS.escape(refocus.id)}"] ${refocus.selector}`,
    );
    if (!target) return;
    target.focus({ preventScroll: true });
    setRefocus(null);
  });
  const shown = highlights.filter((h) => h.deletedAt === null || deletedHere.includes(h.id));
  const missingSet = new Set(missing);
  const live = shown.filter((h) => h.deletedAt === null);
  return (
    <section class="highlights" aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">
        {t.myHighlights.heading} <span class="count">({live.length})</span>
      </h2>
      {shown.length === 0 ? (
        <p class="empty">{t.myHighlights.empty}</p>
      ) : (
        <ul class="highlight-list" ref={list}>
          {shown.map((h) =>
            h.deletedAt !== null ? (
              <li key={h.id} class="highlight deleted" data-id={h.id}>
                <span>{t.myHighlights.deleted}</span>{' '}
                <button
                  type="button"
                  class="link undo"
                  onClick={() => {
                    // Kept in deletedHere: until the database says it is back, the item stays in
                    // place (with this button) instead of vanishing for a moment.
                    onDelete(h.id, false);
                    setRefocus({ id: h.id, selector: 'textarea' });
                  }}
                >
                  {t.myHighlights.undo}
                </button>
              </li>
            ) : (
              <li key={h.id} class={`highlight color-${h.color}`} data-id={h.id}>
                {missingSet.has(h.id) && <p class="not-found">{t.myHighlights.notFound}</p>}
                <blockquote dir="auto">
                  {missingSet.has(h.id) ? (
                    h.quote
                  ) : (
                    <button
                      type="button"
                      class="quote"
                      title={t.myHighlights.showInPage}
                      onClick={() => onShow(h.id)}
                    >
                      {h.quote}
                    </button>
                  )}
                </blockquote>
                <textarea
                  class="note"
                  dir="auto"
                  rows={2}
                  placeholder={t.myHighlights.notePlaceholder}
                  aria-label={t.myHighlights.noteLabel}
                  // Not controlled: a re-render while the reader types (the list follows the
                  // database) must not put back the stored note over what they are writing.
                  defaultValue={h.note}
                  onChange={(e) => onNote(h.id, e.currentTarget.value)}
                />
                <button
                  type="button"
                  class="link delete"
                  onClick={() => {
                    if (!deletedHere.includes(h.id)) setDeletedHere([...deletedHere, h.id]);
                    onDelete(h.id, true);
                    setRefocus({ id: h.id, selector: '.undo' });
                  }}
                >
                  {t.delete}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      {live.length > 0 && (
        <button type="button" class="secondary export" onClick={onExport}>
          {t.myHighlights.exportMarkdown}
        </button>
      )}
    </section>
  );
}
