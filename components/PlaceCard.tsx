import type { PlaceFacts } from '../lib/cards/places';
import { formatPopulation } from '../lib/ui/format';

/**
 * The offline card of a country or city, from the data bundled with the extension: shown with no
 * network and with Wikipedia look-ups off. Every value is rendered as text.
 */
export function PlaceCard({ place }: { place: PlaceFacts }) {
  const rows: [string, string][] = [];
  if (place.kind === 'country') {
    if (place.official && place.official !== place.name)
      rows.push(['الاسم الرسمي', place.official]);
    if (place.capital) rows.push(['العاصمة', place.capital]);
    const region = [place.subregion, place.region].filter(Boolean);
    if (region.length) rows.push(['المنطقة', [...new Set(region)].join('، ')]);
    if (place.languages.length) rows.push(['اللغات', place.languages.join('، ')]);
    if (place.currencies.length) rows.push(['العملة', place.currencies.join('، ')]);
  } else {
    rows.push(['البلد', place.country]);
    const population = formatPopulation(place.population);
    if (population) rows.push(['السكان', population]);
  }
  return (
    <section
      class="card place-card"
      aria-label={`${place.kind === 'country' ? 'بلد' : 'مدينة'}: ${place.name}`}
    >
      {place.flag && (
        <span class="flag" aria-hidden="true">
          {place.flag}
        </span>
      )}
      <div class="card-body">
        <p class="card-title place-name">
          {place.name}
          <span class="place-kind">{place.kind === 'country' ? ' · بلد' : ' · مدينة'}</span>
        </p>
        <dl class="facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        </dl>
        <p class="card-source">من بيانات سياق المحلية</p>
      </div>
    </section>
  );
}
