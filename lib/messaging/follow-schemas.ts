/** Arguments of the follow calls (issue 19): an entity key and the name the reader saw. */
import * as v from 'valibot';
import { isEntityKey } from '../follows/model';

const EntityKey = v.pipe(
  v.string(),
  v.maxLength(300),
  v.check(isEntityKey, 'not an entity key (TYPE:name)'),
);

/** Follow a name (`follow: true`) or stop following it. */
export const FollowSchema = v.object({
  key: EntityKey,
  name: v.pipe(v.string(), v.maxLength(300)),
  follow: v.boolean(),
});
