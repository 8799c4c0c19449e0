import { describe, expect, it } from 'vitest';
import { memoizeWord } from './memo';

describe('memoizeWord', () => {
  it('answers as the function does, asking it once per word while it remembers', () => {
    const asked: string[] = [];
    const f = memoizeWord((w) => {
      asked.push(w);
      return w.length;
    }, 2);
    expect([f('سوريا'), f('سوريا'), f('مصر')]).toEqual([5, 5, 3]);
    expect(asked).toEqual(['سوريا', 'مصر']);
    // Full (two words): it forgets them all and asks again.
    expect(f('ليبيا')).toBe(5);
    expect(f('سوريا')).toBe(5);
    expect(asked).toEqual(['سوريا', 'مصر', 'ليبيا', 'سوريا']);
  });
});
