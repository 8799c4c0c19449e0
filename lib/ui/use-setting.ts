/** A Preact hook over one setting: its value, kept current across contexts, and a setter. */
import { useEffect, useState } from 'preact/hooks';
import type { Setting } from '../settings';

/** The setting's value (its fallback until read) and a function that stores a new one. */
export function useSetting<T>(setting: Setting<T>, fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    void setting.getValue().then(setValue);
    return setting.watch(setValue);
  }, [setting]);
  return [value, (v: T) => void setting.setValue(v)];
}
