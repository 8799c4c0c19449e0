/**
 * The text of an article root as one string, with a map back to its text nodes (issue 6). The
 * same walk is used when a highlight is saved and when it is found again, so offsets agree:
 * text nodes in document order (script, style and the like skipped), `<br>` as a newline. Offsets
 * are UTF-16 code units of the page's own text — combining marks, ZWJ/ZWNJ and bidi marks count as
 * the characters they are; nothing is normalised away.
 */

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);

interface Segment {
  node: Text;
  start: number;
  end: number;
}

export class TextMap {
  readonly text: string;
  private readonly segments: Segment[];
  private readonly byNode = new Map<Node, Segment>();

  constructor(readonly root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_ELEMENT, {
      acceptNode: (n) =>
        n.nodeType === 1 && SKIP.has((n as Element).nodeName.toUpperCase())
          ? 2 /* FILTER_REJECT: skip the subtree */
          : 1,
    });
    const parts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        if (!data) continue;
        segments.push({ node: n as Text, start: length, end: length + data.length });
        parts.push(data);
        length += data.length;
      } else if ((n as Element).nodeName.toUpperCase() === 'BR') {
        parts.push('\n');
        length += 1;
      }
    }
    this.text = parts.join('');
    this.segments = segments;
    for (const seg of segments) this.byNode.set(seg.node, seg);
  }

  /** The text offset of a DOM boundary point (inside `root`), or null if outside. */
  offsetOf(container: Node, offset: number): number | null {
    if (container.nodeType === 3) {
      const seg = this.byNode.get(container);
      return seg ? seg.start + Math.min(offset, seg.end - seg.start) : null;
    }
    // An element boundary: the first text node at or after it, in document order.
    const boundary = (container.ownerDocument ?? (container as Document)).createRange();
    boundary.setStart(container, offset);
    for (const seg of this.segments) {
      if (boundary.comparePoint(seg.node, 0) >= 0) return seg.start;
    }
    return this.text.length;
  }

  /** A DOM range for text offsets [start, end), or null when they fall outside the text. */
  toRange(start: number, end: number): Range | null {
    if (start < 0 || end > this.text.length || start >= end || !this.segments.length) return null;
    const first = this.segmentAt(start, false);
    const last = this.segmentAt(end, true);
    if (!first || !last) return null;
    const range = (this.root.ownerDocument ?? (this.root as Document)).createRange();
    range.setStart(first.node, Math.max(0, start - first.start));
    range.setEnd(last.node, Math.min(last.end - last.start, end - last.start));
    return range;
  }

  /** Text offsets of a DOM range, or null if it is not within the root's text. */
  fromRange(range: Range): { start: number; end: number } | null {
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start, end };
  }

  /**
   * A DOM-range hint for text offset `start`: the child-index path from the root to its text node,
   * and the offset inside it. Cheap to check first on a page whose markup has not changed.
   */
  hintAt(start: number): { path: number[]; offset: number } | null {
    const seg = this.segmentAt(start, false);
    if (!seg) return null;
    const path: number[] = [];
    for (let n: Node = seg.node; n !== this.root; n = n.parentNode!) {
      if (!n.parentNode) return null;
      path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
    }
    return { path, offset: start - seg.start };
  }

  /** The text offset a hint points to, if its path still leads to one of our text nodes. */
  resolveHint(hint: { path: number[]; offset: number }): number | null {
    let n: Node | undefined = this.root;
    for (const i of hint.path) n = n?.childNodes[i];
    if (!n || n.nodeType !== 3) return null;
    const seg = this.byNode.get(n);
    return seg && hint.offset <= seg.end - seg.start ? seg.start + hint.offset : null;
  }

  /** The segment holding `offset` (as an end boundary: the one it closes). */
  private segmentAt(offset: number, isEnd: boolean): Segment | null {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (isEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
      else if (isEnd ? offset > s.end : offset >= s.end) lo = mid + 1;
      else return s;
    }
    // Between segments (a <br>): the next segment for a start, the previous for an end.
    return isEnd ? (this.segments[hi] ?? null) : (this.segments[lo] ?? null);
  }
}
