/**
 * A Preact hook over a Dexie `liveQuery` (named as dexie-react-hooks names it), for extension pages that are first-party in the
 * extension origin (the popup, the dashboard) and may open IndexedDB themselves. Dexie tells every
 * context of the origin about writes, so an edit in another tab or window shows here at once.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: () => setValue(undefined) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
