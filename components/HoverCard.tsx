import type { CardRecord, StoredEntity } from '../lib/db/database';
import type { PlaceFacts } from '../lib/cards/places';
import { formatPopulation } from '../lib/ui/format';
import { Thumbnail } from './EntityCard';

const KIND: Record<StoredEntity['type'], string> = {
  PER: 'شخص',
  LOC: 'مكان',
  ORG: 'منظمة',
  MISC: 'اسم',
};

/** One line of what the bundled data knows about a place. */
function placeLine(place: PlaceFacts): string {
  if (place.kind === 'country')
    return [
      place.flag,
      place.capital && `العاصمة ${place.capital}`,
      place.subregion ?? place.region,
    ]
      .filter(Boolean)
      .join(' · ');
  const population = formatPopulation(place.population);
  return [place.flag, `مدينة في ${place.country}`, population && `${population} نسمة`]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The small card over a marked mention: who or what it is (Wikipedia's description and the start
 * of its intro, or the bundled place facts) and how often the reader has met the name. Text only.
 */
export function HoverCard({
  entity,
  card,
  place,
  seenIn,
  loading,
}: {
  entity: StoredEntity | null;
  card?: CardRecord;
  place: PlaceFacts | null;
  /** Stored articles that mention it (this one included), once known. */
  seenIn: number | null;
  loading: boolean;
}) {
  if (!entity) {
    return (
      <div class="hover" aria-busy={loading}>
        {loading ? <div class="skeleton" /> : <p class="hover-line">لا معلومات عن هذا الاسم.</p>}
      </div>
    );
  }
  const wiki = card?.status === 'found' ? card.data : undefined;
  return (
    <article class="hover" aria-label={`بطاقة ${entity.name}`}>
      <div class="hover-head">
        <span class="hover-name" dir="auto">
          {entity.name}
        </span>
        <span class="hover-kind">{KIND[entity.type]}</span>
      </div>
      {entity.role && (
        <p class="hover-line hover-meta" dir="auto">
          {entity.role}
        </p>
      )}
      {place && (
        <p class="hover-line hover-place" dir="auto">
          {placeLine(place)}
        </p>
      )}
      {wiki ? (
        <>
          {wiki.description && (
            <p class="hover-line card-description" dir="auto">
              {wiki.description}
            </p>
          )}
          <p class="hover-extract" dir="auto">
            {wiki.thumbnail && <Thumbnail src={wiki.thumbnail} />}
            {wiki.extract}
          </p>
        </>
      ) : (
        loading && !card && !place && <div class="skeleton" aria-busy="true" />
      )}
      {seenIn !== null && seenIn > 1 && (
        <p class="hover-line hover-meta">ذُكر في {seenIn} من مقالاتك.</p>
      )}
    </article>
  );
}
