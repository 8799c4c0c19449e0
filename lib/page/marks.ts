/**
 * Marks an entity's mentions in the page with the CSS Custom Highlight API (`painter.ts`: no
 * element is added to the site's DOM) and scrolls to the first one with a short flash; resting the
 * pointer on a mention shows the hover card (`hover.ts`). A part of the page (`parts.ts`).
 */
import { servePart } from '../messaging/page-protocol';
import { HoverCard } from './hover';
import { Painter } from './painter';
import type { PagePart } from './parts';

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

/** Paints and clears the marks of one page. */
export class EntityMarks implements PagePart {
  private readonly painter: Painter;
  private hover: HoverCard | null = null;

  readonly call = servePart('marks', {
    show: ({ names, hoverSrc, hoverTitle }) =>
      names.length
        ? this.show(names, hoverSrc ? { src: hoverSrc, title: hoverTitle } : undefined)
        : 0,
    clear: () => {
      this.clear();
      return 0;
    },
  });

  constructor(private readonly doc: Document) {
    this.painter = new Painter(doc, STYLE);
  }

  /**
   * Marks `names` and scrolls to the first; with `hover` (an extension page URL and the frame's
   * title in the reader's language), resting the pointer on a mention shows that page as a small
   * card. Returns how many mentions were found (0: nothing changed).
   */
  show(names: string[], hover?: { src: string; title: string }): number {
    this.clear();
    const body = this.doc.body;
    if (!this.painter.available || !body) return 0;
    const ranges = findRanges(this.doc, body, names);
    if (!ranges.length) return 0;
    this.painter.set(MARK, ranges);
    if (hover) this.hover = new HoverCard(this.doc, ranges, hover.src, hover.title);
    const first = ranges[0]!;
    this.painter.flash(FLASH, first, FLASH_MS);
    (first.startContainer.parentElement ?? body).scrollIntoView({
      block: 'center',
      behavior: 'smooth',
    });
    return ranges.length;
  }

  /** Removes the marks, the hover card and the style. */
  clear(): void {
    this.hover?.teardown();
    this.hover = null;
    this.painter.clear();
  }

  teardown(): void {
    this.clear();
  }
}
