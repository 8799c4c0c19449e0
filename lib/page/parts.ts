/**
 * Everything Siyaq puts into a news page is a registered **part** of one per-page registry, and
 * `pageParts().teardown()` takes every part out again: the launcher and its frame, the hover card,
 * the selection toolbar, the entity marks and the reader's highlights (painted and listened for),
 * the reading-progress watcher.
 *
 * The content script and the scripts the background injects later (marks.js, highlights.js) are
 * separate bundles in the same isolated world; they meet at one registry kept on that world's
 * global under `Symbol.for(PAGE_KEY)`. A symbol, not a name: a page element with
 * `id="__siyaq…"` would shadow a named global (DOM clobbering), and the page's own world never
 * sees the isolated world's global at all.
 */

/** The key of the registry (`Symbol.for(PAGE_KEY)`); the background's injected calls use it. */
export const PAGE_KEY = 'siyaq.page';

/** One thing Siyaq added to the page. */
export interface PagePart {
  /** Removes the part and every listener, timer and painted range it holds. */
  teardown(): void;
  /** Answers the background's calls to this part (validated by the part itself). */
  call?(method: string, args: unknown): unknown;
}

/** The registry of one page's parts. */
export interface PageParts {
  /** Registers `part` as `name`, tearing down a part registered under that name before. */
  add(name: string, part: PagePart): void;
  get(name: string): PagePart | undefined;
  /** Tears down and forgets one part (no-op when absent). */
  remove(name: string): void;
  /** Tears down every part; the page is as it was. */
  teardown(): void;
  /** The background's entry point: `part.call(method, args)`, or null when the part is absent. */
  dispatch(name: string, method: string, args: unknown): unknown;
  /** Names of the registered parts (tests and diagnostics). */
  names(): string[];
}

function createParts(): PageParts {
  const parts = new Map<string, PagePart>();
  const safely = (part: PagePart | undefined) => {
    try {
      part?.teardown();
    } catch {
      // A part whose page was torn apart under it: the rest still come out.
    }
  };
  return {
    add(name, part) {
      const before = parts.get(name);
      if (before && before !== part) safely(before);
      parts.set(name, part);
    },
    get: (name) => parts.get(name),
    remove(name) {
      const part = parts.get(name);
      parts.delete(name);
      safely(part);
    },
    teardown() {
      const all = [...parts.values()].reverse();
      parts.clear();
      for (const part of all) safely(part);
    },
    dispatch(name, method, args) {
      const part = parts.get(name);
      return part?.call ? part.call(method, args) : null;
    },
    names: () => [...parts.keys()],
  };
}

/** The page's registry in this world (created by the first bundle that asks). */
export function pageParts(global: object = globalThis): PageParts {
  const key = Symbol.for(PAGE_KEY);
  const g = global as Record<symbol, PageParts | undefined>;
  return (g[key] ??= createParts());
}

/**
 * Wraps a listener that acts for the reader: events the page synthesised (`isTrusted` false —
 * a scripted click, mouseup or keyup) are ignored.
 */
export function trusted<E extends Event>(listener: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) listener(e);
  };
}
