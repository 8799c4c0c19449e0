/** Typed senders for each direction, over `browser.runtime` and `browser.tabs`. */
import type * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ContentResults, contentCalls } from './content-protocol';
import type { BackgroundResults, backgroundCalls } from './protocol';
import { envelope, unwrap } from './rpc';

type BgCalls = typeof backgroundCalls;
type CsCalls = typeof contentCalls;

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
