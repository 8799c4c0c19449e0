/**
 * The small toolbar offered on a text selection in an article: four colours, a note, copy. In a
 * shadow host (`shadow-host.ts`); only the reader's real clicks and keys act on it.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../messaging/highlight-schemas';
import type { PageLabels } from '../ui/i18n';
import { trusted } from './parts';
import { createShadowHost, type ShadowHost } from './shadow-host';

/** The painted colour of each highlight colour (the toolbar's swatches use it opaque). */
export const SWATCH: Record<HighlightColor, string> = {
  yellow: 'rgba(255,214,10,.45)',
  green: 'rgba(80,200,120,.40)',
  blue: 'rgba(90,160,255,.38)',
  pink: 'rgba(255,120,180,.40)',
};
const STYLE =
  '.bar{position:fixed;z-index:2147483647;display:flex;gap:6px;align-items:center;padding:6px 8px;border-radius:10px;background:#1f2326;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.3);font:14px/1.4 "Noto Naskh Arabic","Noto Sans Arabic",Tahoma,sans-serif}button{all:unset;cursor:pointer;padding:3px 7px;border-radius:6px;color:#fff}button:focus-visible{outline:2px solid #f2b233}button:hover{background:#394046}.sw{width:18px;height:18px;padding:0;border-radius:50%;border:2px solid #fff}input{font:inherit;padding:3px 6px;border-radius:6px;border:0;width:180px}.msg{padding:0 4px}';

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  save(color: HighlightColor, note: string): void;
  copy(): void;
}

export class SelectionToolbar {
  private shadow: ShadowHost | null = null;

  /** `labels`: its words and direction, in the reader's language (from the background). */
  constructor(
    private readonly doc: Document,
    private readonly actions: ToolbarActions,
    private readonly labels: PageLabels,
  ) {}

  get shown(): boolean {
    return this.shadow !== null;
  }

  /**
   * Shows the toolbar by the selection's box: the colours, note and copy, or `problem` in words.
   * With `focus` (a selection made with the keyboard) the first control takes the focus.
   */
  show(rect: DOMRect, problem: string | null, focus: boolean): void {
    this.hide();
    this.shadow = createShadowHost(this.doc, 'toolbar', STYLE);
    const bar = this.doc.createElement('div');
    bar.className = 'bar';
    bar.dir = this.labels.dir;
    bar.lang = this.labels.lang;
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', this.labels.toolbar);
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
        const b = this.button('', this.labels[c], () => this.actions.save(c, ''));
        b.className = 'sw';
        b.style.background = SWATCH[c].replace(/[\d.]+\)$/, '1)');
        bar.append(b);
      }
      bar.append(
        this.button(this.labels.note, this.labels.noteTitle, () => this.askNote(bar)),
        this.button(this.labels.copy, this.labels.copyTitle, () => this.actions.copy()),
      );
    }
    this.shadow.root.append(bar);
    if (focus) bar.querySelector<HTMLElement>('button, input')?.focus({ preventScroll: true });
  }

  hide(): void {
    this.shadow?.remove();
    this.shadow = null;
  }

  private button(label: string, title: string, onClick: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.setAttribute('aria-label', title);
    // mousedown would clear the page's selection before the click.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', trusted(onClick));
    return b;
  }

  private askNote(bar: HTMLElement): void {
    bar.replaceChildren();
    const input = this.doc.createElement('input');
    input.type = 'text';
    input.placeholder = this.labels.notePlaceholder;
    input.setAttribute('aria-label', this.labels.notePlaceholder);
    const save = this.button(this.labels.saveNote, this.labels.saveNoteTitle, () =>
      this.actions.save('yellow', input.value),
    );
    input.addEventListener(
      'keydown',
      trusted((e: KeyboardEvent) => {
        if (e.key === 'Enter') this.actions.save('yellow', input.value);
        if (e.key === 'Escape') this.hide();
      }),
    );
    bar.append(input, save);
    input.focus();
  }
}
