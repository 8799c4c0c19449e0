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

/** Whether `key` has the shape of an entity key: a known type, a colon, a name (≤ 200 chars). */
export function isEntityKey(key: string): boolean {
  const m = /^(PER|LOC|ORG|MISC):(.+)$/su.exec(key);
  return !!m && m[2]!.trim().length > 0 && m[2]!.length <= 200;
}
