/** Helpers over stored entities (no Dexie here: the sidebar frame imports this). */
import type { EntityType, StoredEntity } from './database';

/** The entities that name someone or something (people, places, organisations): not MISC. */
export function namedEntities<E extends { type: EntityType }>(entities: readonly E[]): E[] {
  return entities.filter((e) => e.type !== 'MISC');
}

/** The names of an article's named entities, for the reading list. */
export function entityNames(entities: readonly StoredEntity[]): string[] {
  return namedEntities(entities).map((e) => e.name);
}
