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
import { findBodyRoot } from '../pipeline/body-root';
import { anchor, describe, type Selectors } from './anchor';
import { TextMap } from './text-map';
import { rangeContains, textNodeAt } from '../content/hover';

/** The isolated-world global the background's follow-up calls use. */
export const HIGHLIGHTS_GLOBAL = '__siyaqHighlights';

const SWATCH: Record<HighlightColor, string> = {
  yellow: 'rgba(255,214,10,.45)',
  green: 'rgba(80,200,120,.40)',
  blue: 'rgba(90,160,255,.38)',
  pink: 'rgba(255,120,180,.40)',
};
const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: 'بالأصفر',
  green: 'بالأخضر',
  blue: 'بالأزرق',
  pink: 'بالوردي',
};
const FLASH = 'siyaq-hl-flash';
const STYLE =
  HIGHLIGHT_COLORS.map(
    (c) => `::highlight(siyaq-hl-${c}){background-color:${SWATCH[c]};color:inherit}`,
  ).join('') + `::highlight(${FLASH}){background-color:rgba(242,120,51,.9);color:#000}`;
const OUR_HOSTS = 'siyaq-host, siyaq-hover, siyaq-toolbar';
const TOOLBAR_STYLE =
  ':host{all:initial !important}.bar{position:fixed;z-index:2147483647;display:flex;gap:6px;align-items:center;padding:6px 8px;border-radius:10px;background:#1f2326;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.3);font:14px/1.4 "Noto Naskh Arabic","Noto Sans Arabic",Tahoma,sans-serif;direction:rtl}button{all:unset;cursor:pointer;padding:3px 7px;border-radius:6px;color:#fff}button:focus-visible{outline:2px solid #f2b233}button:hover{background:#394046}.sw{width:18px;height:18px;padding:0;border-radius:50%;border:2px solid #fff}input{font:inherit;padding:3px 6px;border-radius:6px;border:0;width:180px;direction:rtl}.msg{padding:0 4px}';

type HighlightApi = { highlights: Map<string, unknown> };
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** What the script needs from the extension: the background's calls. */
export interface PageHighlightsDeps {
  load(): Promise<HighlightRecord[]>;
  save(h: { selectors: Selectors; color: HighlightColor; note: string }): Promise<{ id: string }>;
  /** Opens the sidebar at a highlight (a click on it in the page). */
  open(id: string): Promise<unknown>;
  title: string;
  pageUrl: string;
}

/** A selection the toolbar may act on, or the reason it may not. */
export function selectionProblem(
  text: string,
  inEditable: boolean,
  touchesOurUi: boolean,
): string | null {
  if (inEditable || touchesOurUi) return 'ignore';
  if (!text.trim()) return 'ignore';
  if (text.length > MAX_QUOTE_CHARS)
    return `التحديد أطول من ${MAX_QUOTE_CHARS} حرف؛ اختر جزءًا أقصر.`;
  return null;
}

export class PageHighlights {
  private root: Element;
  private records: HighlightRecord[] = [];
  private ranges = new Map<string, Range>();
  private missing: string[] = [];
  private sheet: CSSStyleSheet | null = null;
  private observer: MutationObserver | null = null;
  private repaintTimer: ReturnType<typeof setTimeout> | undefined;
  private toolbar: HTMLElement | null = null;
  private pending: { range: Range; selectors: Selectors } | null = null;
  private readonly onSelect = (e: Event) => {
    // A click on our own toolbar (or sidebar) is not a new selection.
    if ((e.target as Element | null)?.closest?.(OUR_HOSTS)) return;
    setTimeout(() => this.offerToolbar(), 0);
  };
  private viaKeyboard = false;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.hideToolbar();
    else if (e.key === 'Shift' || e.shiftKey) {
      // A selection made with the keyboard: the toolbar takes the focus, so Tab and Enter reach it.
      this.viaKeyboard = true;
      this.onSelect(e);
    }
  };
  private readonly onClick = (e: MouseEvent) => {
    if ((e.target as Element | null)?.closest?.(OUR_HOSTS)) return;
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
  };

  constructor(
    private readonly doc: Document,
    private readonly deps: PageHighlightsDeps,
  ) {
    this.root = findBodyRoot(doc) ?? doc.body;
    doc.addEventListener('mouseup', this.onSelect);
    doc.addEventListener('keyup', this.onKey);
    doc.addEventListener('click', this.onClick);
  }

  /** Loads, anchors and paints the page's highlights; watches the article for changes. */
  async restore(): Promise<void> {
    this.records = await this.deps.load();
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
    const api = (globalThis as unknown as { CSS?: HighlightApi }).CSS;
    const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
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
    if (!api?.highlights || !Highlight) return;
    if (!this.sheet) {
      try {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(STYLE);
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      } catch {
        this.sheet = null;
      }
    }
    for (const c of HIGHLIGHT_COLORS) {
      const ranges = this.records
        .filter((h) => h.color === c && this.ranges.has(h.id))
        .map((h) => this.ranges.get(h.id)!);
      if (ranges.length) api.highlights.set(`siyaq-hl-${c}`, new Highlight(...ranges));
      else api.highlights.delete(`siyaq-hl-${c}`);
    }
  }

  /** Which highlights could not be found on the page as it is now. */
  status(): { missing: string[]; found: number } {
    return { missing: [...this.missing], found: this.ranges.size };
  }

  /** Scrolls to a highlight and flashes it; false if it is not on the page. */
  show(id: string): boolean {
    const range = this.ranges.get(id);
    const api = (globalThis as unknown as { CSS?: HighlightApi }).CSS;
    const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
    if (!range) return false;
    (range.startContainer.parentElement ?? this.root).scrollIntoView({
      block: 'center',
      behavior: 'smooth',
    });
    if (api?.highlights && Highlight) {
      api.highlights.set(FLASH, new Highlight(range));
      setTimeout(() => api.highlights.delete(FLASH), 1600);
    }
    return true;
  }

  private offerToolbar(): void {
    const sel = this.doc.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return this.hideToolbar();
    const range = sel.getRangeAt(0);
    const start = range.startContainer.parentElement;
    const inEditable = !!start?.closest(
      'input, textarea, [contenteditable=""], [contenteditable="true"]',
    );
    const touchesOurUi = [...this.doc.querySelectorAll(OUR_HOSTS)].some((h) =>
      range.intersectsNode(h),
    );
    // Trimmed: a selection's surrounding spaces are not part of what the reader meant.
    const map = new TextMap(this.root);
    const offsets = this.root.contains(range.commonAncestorContainer) ? map.fromRange(range) : null;
    let problem = selectionProblem(range.toString(), inEditable, touchesOurUi || !offsets);
    if (problem === 'ignore') return this.hideToolbar();
    let selectors: Selectors | null = null;
    if (!problem && offsets) {
      let { start: s, end: e } = offsets;
      while (s < e && /\s/.test(map.text[s]!)) s++;
      while (e > s && /\s/.test(map.text[e - 1]!)) e--;
      if (e <= s) return this.hideToolbar();
      const hint = map.hintAt(s);
      selectors = { ...describe(map.text, s, e), ...(hint ? { hint } : {}) };
      if (selectors.quote.exact.length > MAX_QUOTE_CHARS)
        problem = selectionProblem(selectors.quote.exact, false, false);
    }
    this.pending = selectors ? { range: range.cloneRange(), selectors } : null;
    this.showToolbar(range.getBoundingClientRect(), problem);
  }

  private showToolbar(rect: DOMRect, problem: string | null): void {
    this.hideToolbar();
    const host = this.doc.createElement('siyaq-toolbar');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = TOOLBAR_STYLE;
    const bar = this.doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'سياق: تظليل');
    const top = rect.top > 56 ? rect.top - 46 : rect.bottom + 8;
    const right = Math.max(8, (this.doc.defaultView?.innerWidth ?? 1024) - rect.right);
    bar.style.cssText = `top:${Math.round(top)}px;right:${Math.round(right)}px`;
    if (problem) {
      const msg = this.doc.createElement('span');
      msg.className = 'msg';
      msg.setAttribute('role', 'status');
      msg.textContent = problem;
      bar.append(msg);
    } else {
      for (const c of HIGHLIGHT_COLORS) {
        const b = this.button('', `ظلّل ${COLOR_NAMES[c]}`, () => void this.save(c, ''));
        b.className = 'sw';
        b.style.background = SWATCH[c].replace(/[\d.]+\)$/, '1)');
        bar.append(b);
      }
      bar.append(
        this.button('ملاحظة', 'ظلّل وأضف ملاحظة', () => this.askNote(bar)),
        this.button('نسخ', 'انسخ الاقتباس', () => void this.copy()),
      );
    }
    root.append(style, bar);
    (this.doc.documentElement ?? this.doc.body).append(host);
    this.toolbar = host;
    if (this.viaKeyboard)
      bar.querySelector<HTMLElement>('button, input')?.focus({ preventScroll: true });
    this.viaKeyboard = false;
  }

  private button(label: string, title: string, onClick: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.setAttribute('aria-label', title);
    // mousedown would clear the page's selection before the click.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', onClick);
    return b;
  }

  private askNote(bar: HTMLElement): void {
    bar.replaceChildren();
    const input = this.doc.createElement('input');
    input.type = 'text';
    input.placeholder = 'ملاحظتك';
    input.setAttribute('aria-label', 'ملاحظتك');
    const save = this.button(
      'حفظ',
      'احفظ التظليل والملاحظة',
      () => void this.save('yellow', input.value),
    );
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void this.save('yellow', input.value);
      if (e.key === 'Escape') this.hideToolbar();
    });
    bar.append(input, save);
    input.focus();
  }

  private async save(color: HighlightColor, note: string): Promise<void> {
    const pending = this.pending;
    this.hideToolbar();
    if (!pending) return;
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
    this.hideToolbar();
    if (!quote) return;
    await navigator.clipboard
      ?.writeText(`«${quote}»\n— ${this.deps.title}\n${this.deps.pageUrl}`)
      .catch(() => undefined);
  }

  private hideToolbar(): void {
    this.toolbar?.remove();
    this.toolbar = null;
  }

  /** Loads the page's highlights again (an edit in the sidebar, or a single-page navigation). */
  async reload(): Promise<void> {
    this.hideToolbar();
    this.root = findBodyRoot(this.doc) ?? this.doc.body;
    this.records = await this.deps.load();
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

  /** Removes everything this script added. */
  destroy(): void {
    this.observer?.disconnect();
    clearTimeout(this.repaintTimer);
    this.hideToolbar();
    this.doc.removeEventListener('mouseup', this.onSelect);
    this.doc.removeEventListener('keyup', this.onKey);
    this.doc.removeEventListener('click', this.onClick);
    const api = (globalThis as unknown as { CSS?: HighlightApi }).CSS;
    for (const c of HIGHLIGHT_COLORS) api?.highlights?.delete(`siyaq-hl-${c}`);
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  }
}
