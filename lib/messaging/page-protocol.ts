/**
 * Calls the background makes into the scripts it injects in a tab (marks.js, highlights.js),
 * through `scripting.executeScript` and the page's registry of parts (lib/page/parts.ts). One
 * map per part, validated on arrival like every other boundary.
 */
import * as v from 'valibot';
import { EntityNamesSchema, NoArgsSchema } from './schemas';

export const pageCalls = {
  /** The entity marks (lib/page/marks.ts). */
  marks: {
    /**
     * Mark these names and scroll to the first; with `hoverSrc`, a hover card on each, its frame
     * named `hoverTitle` (in the reader's language).
     */
    show: v.object({
      names: EntityNamesSchema,
      hoverSrc: v.pipe(v.string(), v.maxLength(2048)),
      hoverTitle: v.pipe(v.string(), v.maxLength(200)),
    }),
    clear: NoArgsSchema,
  },
  /** The reader's highlights (lib/page/highlights.ts). */
  highlights: {
    /** Load the page's highlights again and repaint (an edit in the sidebar). */
    reload: NoArgsSchema,
    /** Scroll to one and flash it. */
    show: v.object({ id: v.pipe(v.string(), v.maxLength(100)) }),
    /** Which could not be found on the page as it is now. */
    status: NoArgsSchema,
    /** Save the current selection in yellow (shortcut, context menu). */
    highlightSelection: NoArgsSchema,
  },
} as const;

/** Results of the page calls. */
export interface PageResults {
  marks: { show: number; clear: number };
  highlights: {
    reload: boolean;
    show: boolean;
    status: { missing: string[]; found: number };
    highlightSelection: boolean;
  };
}

export type PageCalls = typeof pageCalls;
export type PartName = keyof PageCalls;
export type PageHandlers<P extends PartName> = {
  [M in keyof PageCalls[P]]: (
    args: PageCalls[P][M] extends v.GenericSchema ? v.InferOutput<PageCalls[P][M]> : never,
  ) => PageResults[P][M & keyof PageResults[P]] | Promise<PageResults[P][M & keyof PageResults[P]]>;
};

/**
 * The `call` of a part: validates the arguments against the part's map and runs the handler;
 * an unknown method or invalid arguments throw (executeScript reports it to the background).
 */
export function servePart<P extends PartName>(
  part: P,
  handlers: PageHandlers<P>,
): (method: string, args: unknown) => unknown {
  const calls = pageCalls[part] as Record<string, v.GenericSchema>;
  return (method, args) => {
    if (!Object.hasOwn(calls, method)) throw new Error(`${part}.${method}: no such call`);
    const parsed = v.safeParse(calls[method]!, args ?? {});
    if (!parsed.success)
      throw new Error(`${part}.${method}: ${parsed.issues[0]?.message ?? 'invalid arguments'}`);
    return (handlers as Record<string, (a: unknown) => unknown>)[method]!(parsed.output);
  };
}

/** A typed call into a tab's part (lib/messaging/clients.ts `callPage`); null when absent. */
export type PageCaller = <P extends PartName, M extends keyof PageCalls[P] & string>(
  tabId: number,
  part: P,
  method: M,
  args: PageCalls[P][M] extends v.GenericSchema ? v.InferOutput<PageCalls[P][M]> : never,
) => Promise<PageResults[P][M & keyof PageResults[P]] | null>;
