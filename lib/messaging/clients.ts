/** Typed senders for each direction, over `browser.runtime`, `browser.tabs` and `scripting`. */
import type * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ContentResults, contentCalls } from './content-protocol';
import type { frameCalls } from './frame-protocol';
import type { PageCalls, PageResults, PartName } from './page-protocol';
import type { BackgroundResults, backgroundCalls } from './protocol';
import { envelope, unwrap } from './rpc';
import { PAGE_KEY } from '../page/parts';

type BgCalls = typeof backgroundCalls;
type CsCalls = typeof contentCalls;
type FrCalls = typeof frameCalls;

/** Calls the background from a content script or an extension page. */
export async function callBackground<K extends keyof BgCalls>(
  call: K,
  args: v.InferOutput<BgCalls[K]>,
): Promise<BackgroundResults[K]> {
  return unwrap<BackgroundResults[K]>(
    await browser.runtime.sendMessage(envelope(call, args)),
    call,
  );
}

/** Calls the content script of one tab (top frame) from the background. */
export async function callContent<K extends keyof CsCalls>(
  tabId: number,
  call: K,
  args: v.InferOutput<CsCalls[K]>,
): Promise<ContentResults[K]> {
  return unwrap<ContentResults[K]>(
    await browser.tabs.sendMessage(tabId, envelope(call, args), { frameId: 0 }),
    call,
  );
}

/**
 * Broadcasts a call to the extension's open frames from the background (the frame a call
 * concerns answers; the others ignore it). Resolves when delivered; no answer is awaited.
 */
export async function callFrames<K extends keyof FrCalls>(
  call: K,
  args: v.InferOutput<FrCalls[K]>,
): Promise<void> {
  await browser.runtime.sendMessage(envelope(call, args)).catch(() => undefined);
}

/**
 * Calls a part the background injected into a tab's top frame (lib/page/parts.ts), through
 * `scripting.executeScript`; null when the part is not installed there.
 */
export async function callPage<P extends PartName, M extends keyof PageCalls[P] & string>(
  tabId: number,
  part: P,
  method: M,
  args: PageCalls[P][M] extends v.GenericSchema ? v.InferOutput<PageCalls[P][M]> : never,
): Promise<PageResults[P][M & keyof PageResults[P]] | null> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // Runs in the tab's isolated world: the registry is under a symbol there, never a name.
    func: (key: string, name: string, call: string, value: unknown) =>
      ((globalThis as unknown as Record<symbol, { dispatch(...a: unknown[]): unknown }>)[
        Symbol.for(key)
      ]?.dispatch(name, call, value) ?? null) as never,
    args: [PAGE_KEY, part, method, args as unknown],
  });
  return (result?.result ?? null) as PageResults[P][M & keyof PageResults[P]] | null;
}
