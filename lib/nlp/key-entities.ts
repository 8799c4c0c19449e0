/** The entities worth storing with an article: the most salient, compacted for the database. */
import type { StoredEntity } from '../db/database';
import type { Entity } from './entities';

/** At most this many entities are stored per article (issue 5 budgets bytes per article). */
export const MAX_STORED_ENTITIES = 20;

/** Compacts entities for storage, most salient first. */
export function toStoredEntities(entities: Entity[], max = MAX_STORED_ENTITIES): StoredEntity[] {
  return entities.slice(0, max).map((e) => ({
    key: e.key,
    name: e.name,
    type: e.type,
    salience: Math.round(e.salience * 1000) / 1000,
    mentions: e.count,
    aliases: e.aliases.slice(0, 2),
    ...(e.role ? { role: e.role } : {}),
  }));
}
