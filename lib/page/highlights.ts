/**
 * The reader's highlights in the page (issue 6), injected by the background into detected Arabic
 * articles (`entrypoints/highlights.ts`): finds the saved highlights again (`anchor.ts`), paints
 * them with the CSS Custom Highlight API — no wrapper elements in the site's DOM — repaints when
 * the article's DOM changes, and offers a small toolbar on a text selection. Everything it stores
 * goes through the background; this script never opens IndexedDB.
 */
import type { HighlightRecord } from '../db/database';
import {
  HIGHLIGHT_COLORS,
  MAX_QUOTE_CHARS,
  type HighlightColor,
} from '../messaging/highlight-schemas';
import { servePart } from '../messaging/page-protocol';
import { findBodyRoot } from '../pipeline/body-root';
import { anchor, describe, type Selectors } from '../highlights/anchor';
import { TextMap } from '../highlights/text-map';
import type { PageLabels } from '../ui/i18n';
import { rangeContains, textNodeAt } from './hover';
import { Painter } from './painter';
import { trusted, type PagePart } from './parts';
import { HOST_SELECTOR, inOurUi } from './shadow-host';
import { SWATCH, SelectionToolbar } from './toolbar';

const FLASH = 'siyaq-hl-flash';
const STYLE =
  HIGHLIGHT_COLORS.map(
    (c) => `::highlight(siyaq-hl-${c}){background-color:${SWATCH[c]};color:inherit}`,
  ).join('') + `::highlight(${FLASH}){background-color:rgba(242,120,51,.9);color:#000}`;

/** What the script needs from the extension: the background's calls. */
export interface PageHighlightsDeps {
  load(): Promise<HighlightRecord[]>;
  save(h: { selectors: Selectors; color: HighlightColor; note: string }): Promise<{ id: string }>;
  /** Opens the sidebar at a highlight (a click on it in the page). */
  open(id: string): Promise<unknown>;
  title: string;
  pageUrl: string;
  /** The toolbar's words, in the reader's language (from the background). */
  labels: PageLabels;
}

/**
 * A selection the toolbar may act on (null), one to ignore, or one too long to highlight (the
 * toolbar says so in words).
 */
export function selectionProblem(
  text: string,
  inEditable: boolean,
  touchesOurUi: boolean,
): 'ignore' | 'too-long' | null {
  if (inEditable || touchesOurUi) return 'ignore';
  if (!text.trim()) return 'ignore';
  if (text.length > MAX_QUOTE_CHARS) return 'too-long';
  return null;
}

/**
 * The reader's highlights in one page: painted, repainted when the article changes, and the
 * selection toolbar. Only the reader's real mouse and keys act (`trusted`). A part of the page.
 */
export class PageHighlights implements PagePart {
  private root: Element;
  private records: HighlightRecord[] = [];
  private ranges = new Map<string, Range>();
  private missing: string[] = [];
  private readonly painter: Painter;
  private readonly toolbar: SelectionToolbar;
  private observer: MutationObserver | null = null;
  private repaintTimer: ReturnType<typeof setTimeout> | undefined;
  private selectTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: { range: Range; selectors: Selectors } | null = null;
  private torn = false;
  private readonly onSelect = trusted((e: Event) => {
    // A click on our own toolbar (or sidebar) is not a new selection.
    if (inOurUi(e.target as Node | null)) return;
    clearTimeout(this.selectTimer);
    this.selectTimer = setTimeout(() => this.offerToolbar(), 0);
  });
  private viaKeyboard = false;
  private readonly onKey = trusted((e: KeyboardEvent) => {
    if (e.key === 'Escape') this.toolbar.hide();
    else if (e.key === 'Shift' || e.shiftKey) {
      // A selection made with the keyboard: the toolbar takes the focus, so Tab and Enter reach it.
      this.viaKeyboard = true;
      this.onSelect(e);
    }
  });
  private readonly onClick = trusted((e: MouseEvent) => {
    if (inOurUi(e.target as Node | null)) return;
    const sel = this.doc.getSelection();
    if (sel && !sel.isCollapsed) return;
    const node = textNodeAt(this.doc, e.clientX, e.clientY);
    if (!node) return;
    for (const [id, r] of this.ranges) {
      if (r.intersectsNode(node) && rangeContains(r, e.clientX, e.clientY)) {
        void this.deps.open(id).catch(() => undefined);
        return;
      }
    }
  });

  /** The background's calls (lib/messaging/page-protocol.ts). */
  readonly call = servePart('highlights', {
    reload: async () => {
      await this.reload();
      return true;
    },
    show: ({ id }) => this.show(id),
    status: () => this.status(),
    highlightSelection: () => this.highlightSelection(),
  });

  constructor(
    private readonly doc: Document,
    private readonly deps: PageHighlightsDeps,
  ) {
    this.root = findBodyRoot(doc) ?? doc.body;
    this.painter = new Painter(doc, STYLE);
    this.toolbar = new SelectionToolbar(
      doc,
      {
        save: (color, note) => void this.save(color, note),
        copy: () => void this.copy(),
      },
      deps.labels,
    );
    doc.addEventListener('mouseup', this.onSelect);
    doc.addEventListener('keyup', this.onKey);
    doc.addEventListener('click', this.onClick);
  }

  /** Loads, anchors and paints the page's highlights; watches the article for changes. */
  async restore(): Promise<void> {
    this.records = await this.deps.load();
    if (this.torn) return;
    this.paint();
    this.observer ??= new MutationObserver(() => {
      clearTimeout(this.repaintTimer);
      this.repaintTimer = setTimeout(() => this.paint(), 400);
    });
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  /** Anchors every record on the current DOM and paints the found ones. */
  paint(): void {
    // A site that replaced document.body (or the article) leaves us a detached root: find it again.
    if (!this.root.isConnected) {
      this.root = findBodyRoot(this.doc) ?? this.doc.body;
      this.observer?.disconnect();
      this.observer?.observe(this.root, { childList: true, subtree: true, characterData: true });
    }
    if (this.torn) return;
    if (!this.records.length && !this.ranges.size) {
      this.missing = []; // nothing to find: no walk of the article's text
      return;
    }
    const map = new TextMap(this.root);
    this.ranges.clear();
    this.missing = [];
    for (const h of this.records) {
      const a = anchor(
        map.text,
        h.selectors,
        h.selectors.hint ? map.resolveHint(h.selectors.hint) : null,
      );
      const range = a ? map.toRange(a.start, a.end) : null;
      if (range) this.ranges.set(h.id, range);
      else this.missing.push(h.id);
    }
    for (const c of HIGHLIGHT_COLORS) {
      const ranges = this.records
        .filter((h) => h.color === c && this.ranges.has(h.id))
        .map((h) => this.ranges.get(h.id)!);
      this.painter.set(`siyaq-hl-${c}`, ranges);
    }
  }

  /** Which highlights could not be found on the page as it is now. */
  status(): { missing: string[]; found: number } {
    return { missing: [...this.missing], found: this.ranges.size };
  }

  /** Scrolls to a highlight and flashes it; false if it is not on the page. */
  show(id: string): boolean {
    const range = this.ranges.get(id);
    if (!range) return false;
    (range.startContainer.parentElement ?? this.root).scrollIntoView({
      block: 'center',
      behavior: 'smooth',
    });
    this.painter.flash(FLASH, range, 1600);
    return true;
  }

  private offerToolbar(): void {
    const sel = this.doc.getSelection();
    if (this.torn) return;
    if (!sel || sel.isCollapsed || !sel.rangeCount) return this.toolbar.hide();
    const range = sel.getRangeAt(0);
    const start = range.startContainer.parentElement;
    const inEditable = !!start?.closest(
      'input, textarea, [contenteditable=""], [contenteditable="true"]',
    );
    const touchesOurUi = [...this.doc.querySelectorAll(HOST_SELECTOR)].some((h) =>
      range.intersectsNode(h),
    );
    // Trimmed: a selection's surrounding spaces are not part of what the reader meant.
    const map = new TextMap(this.root);
    const offsets = this.root.contains(range.commonAncestorContainer) ? map.fromRange(range) : null;
    let problem = selectionProblem(range.toString(), inEditable, touchesOurUi || !offsets);
    if (problem === 'ignore') return this.toolbar.hide();
    let selectors: Selectors | null = null;
    if (!problem && offsets) {
      let { start: s, end: e } = offsets;
      while (s < e && /\s/.test(map.text[s]!)) s++;
      while (e > s && /\s/.test(map.text[e - 1]!)) e--;
      if (e <= s) return this.toolbar.hide();
      const hint = map.hintAt(s);
      selectors = { ...describe(map.text, s, e), ...(hint ? { hint } : {}) };
      if (selectors.quote.exact.length > MAX_QUOTE_CHARS)
        problem = selectionProblem(selectors.quote.exact, false, false);
    }
    this.pending = selectors ? { range: range.cloneRange(), selectors } : null;
    this.toolbar.show(
      range.getBoundingClientRect(),
      problem && this.deps.labels.tooLong,
      this.viaKeyboard,
    );
    this.viaKeyboard = false;
  }

  private async save(color: HighlightColor, note: string): Promise<void> {
    const pending = this.pending;
    this.toolbar.hide();
    if (!pending || this.torn) return;
    this.doc.getSelection()?.removeAllRanges();
    const { id } = await this.deps.save({ selectors: pending.selectors, color, note });
    const now = Date.now();
    this.records.push({
      id,
      url: '',
      pageUrl: this.deps.pageUrl,
      selectors: pending.selectors,
      quote: pending.selectors.quote.exact,
      note,
      color,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    this.paint();
  }

  private async copy(): Promise<void> {
    const quote = this.pending?.selectors.quote.exact;
    this.toolbar.hide();
    if (!quote) return;
    await navigator.clipboard
      ?.writeText(`«${quote}»\n— ${this.deps.title}\n${this.deps.pageUrl}`)
      .catch(() => undefined);
  }

  /** Loads the page's highlights again (an edit in the sidebar, or a single-page navigation). */
  async reload(): Promise<void> {
    this.toolbar.hide();
    this.root = findBodyRoot(this.doc) ?? this.doc.body;
    this.records = await this.deps.load();
    if (this.torn) return;
    this.observer?.disconnect();
    this.observer?.observe(this.root, { childList: true, subtree: true, characterData: true });
    this.paint();
  }

  /** Saves the current selection in yellow (keyboard shortcut, context menu); false if none fits. */
  async highlightSelection(): Promise<boolean> {
    this.offerToolbar();
    if (!this.pending) return false;
    await this.save('yellow', '');
    return true;
  }

  /** Removes everything this script added: paint, toolbar, listeners, observer, timers. */
  teardown(): void {
    this.torn = true;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.repaintTimer);
    clearTimeout(this.selectTimer);
    this.toolbar.hide();
    this.doc.removeEventListener('mouseup', this.onSelect);
    this.doc.removeEventListener('keyup', this.onKey);
    this.doc.removeEventListener('click', this.onClick);
    this.painter.clear();
    this.ranges.clear();
    this.pending = null;
  }
}
