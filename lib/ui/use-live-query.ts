/**
 * A Preact hook over Dexie's `liveQuery`: re-renders when the rows a query read change, in this
 * context or any other of the extension (the background writes, the sidebar frame updates).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The query's state: `loading` until the first result, then the value or an error. */
export type LiveState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: Error };

/** Subscribes to `query` while the component is mounted; `deps` restart the subscription. */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    setState({ status: 'loading' });
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) =>
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
