/**
 * Paints ranges of the page with the CSS Custom Highlight API: named highlights in
 * `CSS.highlights` (no wrapper element in the site's DOM) styled by one adopted style sheet.
 * The entity marks and the reader's highlights each own a painter; `clear()` removes every name
 * it set and its sheet, so a torn-down page keeps no highlight of ours.
 */
import { adoptSheet } from './sheet';

type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** The browser's highlight registry and constructor, when it has the API. */
function highlightApi(): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const g = globalThis as unknown as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: HighlightCtor;
  };
  return g.CSS?.highlights && g.Highlight
    ? { registry: g.CSS.highlights, Highlight: g.Highlight }
    : null;
}

export class Painter {
  /** Takes the painter's style sheet out again (null: not adopted). */
  private unadopt: (() => void) | null = null;
  private readonly names = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  /** `css`: the `::highlight(name)` rules for every name this painter uses. */
  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  /** Whether this browser can paint at all. */
  get available(): boolean {
    return highlightApi() !== null;
  }

  /** Paints `ranges` as highlight `name` (an empty list removes it). */
  set(name: string, ranges: Range[]): void {
    const api = highlightApi();
    if (!api) return;
    if (!ranges.length) {
      this.delete(name);
      return;
    }
    // Painted unstyled if the browser refuses the sheet, rather than touching the DOM.
    this.unadopt ??= adoptSheet(this.doc, this.css);
    api.registry.set(name, new api.Highlight(...ranges));
    this.names.add(name);
  }

  /** Paints `range` as `name` for `ms`, then removes it (a flash). */
  flash(name: string, range: Range, ms: number): void {
    this.set(name, [range]);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.delete(name);
    }, ms);
    this.timers.add(timer);
  }

  delete(name: string): void {
    highlightApi()?.registry.delete(name);
    this.names.delete(name);
  }

  /** Removes every highlight this painter set, its pending flashes and its style sheet. */
  clear(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const api = highlightApi();
    for (const name of this.names) api?.registry.delete(name);
    this.names.clear();
    this.unadopt?.();
    this.unadopt = null;
  }
}
