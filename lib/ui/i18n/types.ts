/** The type of a dictionary: the Arabic one's keys, with plain strings for its literal values. */
import type { ar } from './ar';

/** `as const` literals widened to `string`; functions keep their parameters; groups recurse. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** Every string Siyaq shows, in one language. */
export type Messages = Widen<typeof ar>;
