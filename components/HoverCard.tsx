import type { CardRecord, StoredEntity } from '../lib/db/database';
import type { PlaceFacts } from '../lib/cards/places';
import { formatPopulation } from '../lib/ui/format';
import type { Messages } from '../lib/ui/i18n';
import { useLang } from '../lib/ui/lang';
import { Thumbnail } from './EntityCard';

/** One line of what the bundled data knows about a place. */
function placeLine(place: PlaceFacts, t: Messages): string {
  if (place.kind === 'country')
    return [
      place.flag,
      place.capital && t.place.capitalIs(place.capital),
      place.subregion ?? place.region,
    ]
      .filter(Boolean)
      .join(' · ');
  const population = formatPopulation(place.population, t.place.units, t.locale);
  return [place.flag, t.place.cityIn(place.country), population && t.place.inhabitants(population)]
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
  const { t } = useLang();
  if (!entity) {
    return (
      <div class="hover" aria-busy={loading}>
        {loading ? <div class="skeleton" /> : <p class="hover-line">{t.entities.noInfo}</p>}
      </div>
    );
  }
  const wiki = card?.status === 'found' ? card.data : undefined;
  return (
    <article class="hover" aria-label={t.card.label(entity.name)}>
      <div class="hover-head">
        <span class="hover-name" dir="auto">
          {entity.name}
        </span>
        <span class="hover-kind">{t.entities.kinds[entity.type]}</span>
      </div>
      {entity.role && (
        <p class="hover-line hover-meta" dir="auto">
          {entity.role}
        </p>
      )}
      {place && (
        <p class="hover-line hover-place" dir="auto">
          {placeLine(place, t)}
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
        <p class="hover-line hover-meta">{t.entities.seenIn(seenIn)}</p>
      )}
    </article>
  );
}
