/**
 * A Preact hook over the background's live queries (see `live-protocol.ts` for why the frame does
 * not open IndexedDB itself): re-renders on every new result. If the port drops — the service
 * worker was stopped — it reconnects, so the view never freezes.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type * as v from 'valibot';
import {
  LIVE_PORT,
  type LiveMessage,
  type LiveResults,
  type liveQueries,
} from '../messaging/live-protocol';
import { useLang } from './lang';

/** The query's state: `loading` until the first result, then the value or an error. */
export type LiveState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

const RECONNECT_MS = 300;

/** Subscribes to live query `query` with `args` while the component is mounted. */
export function useLivePort<K extends keyof LiveResults>(
  query: K,
  args: v.InferOutput<(typeof liveQueries)[K]>,
): LiveState<LiveResults[K]> {
  const { t } = useLang();
  const [state, setState] = useState<LiveState<LiveResults[K]>>({ status: 'loading' });
  const key = JSON.stringify(args);
  useEffect(() => {
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    const connect = () => {
      try {
        port = browser.runtime.connect({ name: LIVE_PORT });
      } catch {
        // The extension was reloaded or removed: this frame is an orphan about to be removed.
        setState({ status: 'error', error: new Error(t.sidebar.extensionReloaded) });
        return;
      }
      port.onMessage.addListener((m: unknown) => {
        const message = m as LiveMessage<LiveResults[K]>;
        if (message.type === 'value') setState({ status: 'ready', value: message.value });
        else setState({ status: 'error', error: new Error(message.error) });
      });
      port.onDisconnect.addListener(() => {
        if (!closed) timer = setTimeout(connect, RECONNECT_MS);
      });
      port.postMessage({ query, args });
    };
    setState({ status: 'loading' });
    connect();
    return () => {
      closed = true;
      clearTimeout(timer);
      try {
        port?.disconnect();
      } catch {
        // After an extension reload the port is already dead and disconnect() throws.
      }
    };
  }, [query, key]);
  return state;
}
