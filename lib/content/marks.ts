/**
 * Marks an entity's mentions in the page with the CSS Custom Highlight API — no element is added
 * to the site's DOM; the highlight style goes in through `adoptedStyleSheets` — and scrolls to the
 * first one with a short flash. With `host.ts`, the only code that touches the page.
 */

import { HoverCard } from './hover';

/** The isolated-world global that holds a page's marks (see entrypoints/marks.ts). */
export const MARKS_GLOBAL = '__siyaqMarks';

const MARK = 'siyaq-entity';
const FLASH = 'siyaq-flash';
const FLASH_MS = 1600;
const MAX_RANGES = 300;
const STYLE = `::highlight(${MARK}){background-color:rgba(242,178,51,.45);color:inherit}
::highlight(${FLASH}){background-color:rgba(242,120,51,.9);color:#000}`;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA|INPUT|SELECT|OPTION|TEMPLATE)$/;

/** Ranges of every occurrence of `names` in the text of `root` (bounded). */
export function findRanges(doc: Document, root: Node, names: string[]): Range[] {
  const wanted = names.filter((n) => n.trim().length >= 2);
  const ranges: Range[] = [];
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n && ranges.length < MAX_RANGES; n = walker.nextNode()) {
    if (SKIP.test(n.parentNode?.nodeName ?? '')) continue;
    const data = (n as Text).data;
    for (const name of wanted) {
      for (let i = data.indexOf(name); i !== -1; i = data.indexOf(name, i + name.length)) {
        const r = doc.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + name.length);
        ranges.push(r);
      }
    }
  }
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
}

type HighlightApi = {
  highlights: Map<string, unknown>;
};
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** Paints and clears the marks of one page. */
export class EntityMarks {
  private sheet: CSSStyleSheet | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private hover: HoverCard | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * Marks `names` and scrolls to the first; with `hoverSrc` (an extension page URL), resting the
   * pointer on a mention shows that page as a small card. Returns how many mentions were found
   * (0: nothing changed).
   */
  show(names: string[], hoverSrc?: string): number {
    this.clear();
    const api = (globalThis as unknown as { CSS?: HighlightApi }).CSS;
    const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
    const body = this.doc.body;
    if (!api?.highlights || !Highlight || !body) return 0;
    const ranges = findRanges(this.doc, body, names);
    if (!ranges.length) return 0;
    try {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(STYLE);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    } catch {
      this.sheet = null; // marks stay unstyled rather than touching the DOM
    }
    api.highlights.set(MARK, new Highlight(...ranges));
    if (hoverSrc) this.hover = new HoverCard(this.doc, ranges, hoverSrc);
    const first = ranges[0]!;
    api.highlights.set(FLASH, new Highlight(first));
    this.flashTimer = setTimeout(() => api.highlights.delete(FLASH), FLASH_MS);
    (first.startContainer.parentElement ?? body).scrollIntoView({
      block: 'center',
      behavior: 'smooth',
    });
    return ranges.length;
  }

  /** Removes the marks and the style. */
  clear(): void {
    clearTimeout(this.flashTimer);
    this.hover?.destroy();
    this.hover = null;
    const api = (globalThis as unknown as { CSS?: HighlightApi }).CSS;
    api?.highlights?.delete(MARK);
    api?.highlights?.delete(FLASH);
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }
}
