/**
 * An entity's type from its mentions (entities.ts): the tagger's vote, a tie going to a person, a
 * place or an organisation over MISC — and a place wherever the article writes an area's word
 * before one of its mentions (بولاية تيميمون … في أدرار وتيميمون/PER، قضاء أبي الخصيب … في أبي
 * الخصيب/PER، ولاية اترارزة/ORG) — unless a list knows it as a person or a body, or a body's head is
 * among its words (`listed`: area words have other senses — ولاية اليونيفيل its mandate, من ناحية
 * حزب الله "as for", محافظة البنك المركزي على "keeping"), or, after ولاية, also a term of office,
 * its words are a person's at all (`personal`: ولاية ترامب). A name the tagger took for a body that
 * ends on a word English gives a park, a square, a street or a garden is a place (سان أنطونيو
 * بارك), unless a list knows it as a body or a person.
 */
import type { Mention } from './entities';
import type { EntityType } from './tags';
import { normalizeWord } from '../text/normalize';

const TERM = normalizeWord('ولاية');
export const PLACE_ENDS = new Set(
  [
    'بارك',
    'سكوير',
    'ستريت',
    'أفنيو',
    'بلازا',
    'بوليفارد',
    'غاردن',
    'جاردن',
    'غاردنز',
    'جاردنز',
  ].map(normalizeWord),
);

export function typeOfMentions(
  ms: Mention[],
  listed: (words: string[]) => boolean,
  personal: (words: string[]) => boolean,
): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of ms) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  // A tie goes to a person, place or organisation over MISC.
  const voted = [...votes].sort(
    (a, b) => b[1] - a[1] || +(a[0] === 'MISC') - +(b[0] === 'MISC'),
  )[0]![0];
  // (only a name the tagger took for a body that no list knows: نيك بارك is a person, جي ستريت a body)
  const longest = ms.reduce((a, m) => (m.words.length > a.words.length ? m : a)).words;
  if (
    voted === 'ORG' &&
    longest.length >= 2 &&
    PLACE_ENDS.has(normalizeWord(longest.at(-1)!)) &&
    !listed(longest)
  )
    return 'LOC';
  const areas = ms.flatMap((m) => (m.area ? [m.area] : []));
  if (voted === 'LOC' || voted === 'MISC' || !areas.length) return voted;
  const words = ms[0]!.words;
  if (listed(words)) return voted;
  return areas.every((a) => a === TERM) && personal(words) ? voted : 'LOC';
}
