/**
 * An entity's type from its mentions (entities.ts): the tagger's vote, a tie going to a person, a
 * place or an organisation over MISC — and a place wherever the article writes an area's word
 * before one of its mentions (بولاية تيميمون … في أدرار وتيميمون/PER، قضاء أبي الخصيب … في أبي
 * الخصيب/PER، ولاية اترارزة/ORG), unless its words are a person's (`personal`: ولاية ترامب is his
 * term).
 */
import type { Mention } from './entities';
import type { EntityType } from './tags';

export function typeOfMentions(ms: Mention[], personal: (words: string[]) => boolean): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of ms) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  // A tie goes to a person, place or organisation over MISC.
  const voted = [...votes].sort(
    (a, b) => b[1] - a[1] || +(a[0] === 'MISC') - +(b[0] === 'MISC'),
  )[0]![0];
  if (voted === 'LOC' || voted === 'MISC' || !ms.some((m) => m.area)) return voted;
  return personal(ms[0]!.words) ? voted : 'LOC';
}
