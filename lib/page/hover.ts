/**
 * The small card shown when the pointer rests on a marked mention (issue 4). The card is an
 * extension page (`hovercard.html`) in an iframe inside a closed shadow root (`shadow-host.ts`),
 * so what it shows — the cached card and the reader's own history — stays in the extension's
 * origin: the page can read neither. The host element exists only while the card shows; only the
 * reader's real pointer shows it (a page's synthetic `mousemove` does nothing).
 */
import { trusted } from './parts';
import { createShadowHost, type ShadowHost } from './shadow-host';

const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 400;
const WIDTH = 300;
const HEIGHT = 184;
const GAP = 6;
const STYLE =
  'iframe{position:fixed;z-index:2147483647;border:0;border-radius:10px;box-shadow:0 4px 18px rgba(0,0,0,.28);background:Canvas;color-scheme:normal}';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node under a point, if any. */
export function textNodeAt(document: Document, x: number, y: number): Node | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

/** Whether the point is inside one of the range's line boxes. */
export function rangeContains(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects())
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

/**
 * Where to put a card of `size` next to `anchor` inside a `view`: below the mention, or above it
 * when there is no room below; kept inside the viewport horizontally.
 */
export function placeCard(
  anchor: { left: number; right: number; top: number; bottom: number },
  view: { width: number; height: number },
  size = { width: WIDTH, height: HEIGHT },
): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const top =
    below + size.height <= view.height || anchor.top - GAP - size.height < 0
      ? Math.min(below, Math.max(0, view.height - size.height))
      : anchor.top - GAP - size.height;
  const centre = (anchor.left + anchor.right) / 2 - size.width / 2;
  const left = Math.min(Math.max(GAP, centre), Math.max(GAP, view.width - size.width - GAP));
  return { left: Math.round(left), top: Math.round(top) };
}

/** Shows the hover card for the marked ranges of one entity. `teardown()` undoes everything. */
export class HoverCard {
  private host: ShadowHost | null = null;
  private frame: HTMLIFrameElement | null = null;
  private current: Range | null = null;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frameRequest = 0;
  private lastPoint: { x: number; y: number } | null = null;
  private readonly onMove = trusted((e: MouseEvent) => {
    this.lastPoint = { x: e.clientX, y: e.clientY };
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      if (this.lastPoint) this.at(this.lastPoint.x, this.lastPoint.y);
    });
  });
  private readonly onDismiss = (e: Event) => {
    if (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Escape') return;
    this.hide();
  };

  /** `title`: the frame's accessible name, in the reader's language. */
  constructor(
    private readonly doc: Document,
    private readonly ranges: Range[],
    private readonly src: string,
    private readonly title: string,
  ) {
    doc.addEventListener('mousemove', this.onMove, { passive: true });
    doc.addEventListener('keydown', this.onDismiss);
    doc.defaultView?.addEventListener('scroll', this.onDismiss, { passive: true });
  }

  /** The pointer is at (x, y): start showing, keep, or start hiding the card. */
  at(x: number, y: number): void {
    const node = textNodeAt(this.doc, x, y);
    const hit = node
      ? this.ranges.find(
          (r) => (r.startContainer === node || r.endContainer === node) && rangeContains(r, x, y),
        )
      : undefined;
    if (hit) {
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      if (hit === this.current && (this.host || this.showTimer)) return;
      clearTimeout(this.showTimer);
      this.showTimer = setTimeout(() => this.show(hit), SHOW_DELAY_MS);
    } else {
      clearTimeout(this.showTimer);
      this.showTimer = undefined;
      if (this.host && !this.hideTimer)
        this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
    }
  }

  private show(range: Range): void {
    this.showTimer = undefined;
    this.current = range;
    const view = this.doc.defaultView;
    const rect = range.getBoundingClientRect();
    const pos = placeCard(rect, {
      width: view?.innerWidth ?? 1024,
      height: view?.innerHeight ?? 768,
    });
    if (!this.host) {
      this.host = createShadowHost(this.doc, 'hover', STYLE);
      this.frame = this.doc.createElement('iframe');
      this.frame.src = this.src;
      this.frame.title = this.title;
      this.host.root.append(this.frame);
    }
    this.frame!.style.cssText = `left:${pos.left}px;top:${pos.top}px;width:${WIDTH}px;height:${HEIGHT}px`;
  }

  /** Removes the card (the marks stay). */
  hide(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.showTimer = this.hideTimer = undefined;
    this.current = null;
    this.host?.remove();
    this.host = this.frame = null;
  }

  /** Removes the card and every listener. */
  teardown(): void {
    this.hide();
    cancelAnimationFrame(this.frameRequest);
    this.doc.removeEventListener('mousemove', this.onMove);
    this.doc.removeEventListener('keydown', this.onDismiss);
    this.doc.defaultView?.removeEventListener('scroll', this.onDismiss);
  }
}
