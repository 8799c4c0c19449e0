/**
 * The background's follow call (issue 19): the sidebar's cards and the entity page ask here, so
 * that one clock stamps every edit; every open tab's badge follows at once.
 */
import type * as v from 'valibot';
import type { FollowSchema } from '../messaging/follow-schemas';
import type { Follows } from '../follows/store';
import type { FollowBadges } from '../follows/badge';

export interface FollowDeps {
  list: () => Promise<Follows>;
  badges: Pick<FollowBadges, 'visited' | 'refresh'>;
  warn: (message: string, error: unknown) => void;
}

export function createFollowHandlers(deps: FollowDeps) {
  return {
    async follow({ key, name, follow }: v.InferOutput<typeof FollowSchema>) {
      const list = await deps.list();
      if (follow) await list.follow(key, name);
      else await list.unfollow(key);
      // The badges are an addition: a tab that cannot be updated never fails the follow.
      await deps.badges
        .refresh()
        .catch((e: unknown) => deps.warn('the toolbar badges could not be updated', e));
      return { following: follow };
    },
  };
}
