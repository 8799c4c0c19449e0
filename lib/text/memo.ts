/**
 * A bounded memo for a function of one word: the passes over an article ask the same questions of
 * the same words many times (its folded form, its skeleton, its dictionary forms). Cleared whole
 * when full, as `normalizeWord`'s is. The results are shared: callers must not change them.
 */
export function memoizeWord<T>(fn: (word: string) => T, size = 50_000): (word: string) => T {
  const memo = new Map<string, T>();
  return (word: string) => {
    const seen = memo.get(word);
    if (seen !== undefined) return seen;
    if (memo.size >= size) memo.clear();
    const value = fn(word);
    memo.set(word, value);
    return value;
  };
}
