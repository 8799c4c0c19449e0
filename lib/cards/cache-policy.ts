/** How long card answers stay cached: hits two weeks, misses and disambiguations two days. */

const DAY = 24 * 60 * 60 * 1000;
export const TTL = { found: 14 * DAY, missing: 2 * DAY, disambiguation: 2 * DAY } as const;

/** When a cached answer of `status`, fetched at `now`, expires. */
export function expiresAt(status: keyof typeof TTL, now: number): number {
  return now + TTL[status];
}

/** Whether a cached row is still good at `now`. */
export function isFresh(row: { expiresAt: number } | undefined, now: number): boolean {
  return !!row && row.expiresAt > now;
}
