import type { PlaceFacts } from '../lib/cards/places';
import { formatPopulation } from '../lib/ui/format';
import { useLang } from '../lib/ui/lang';

/**
 * The offline card of a country or city, from the data bundled with the extension: shown with no
 * network and with Wikipedia look-ups off. Every value is rendered as text (the bundled data is
 * Arabic whatever the UI's language: names are isolated in their own direction).
 */
export function PlaceCard({ place }: { place: PlaceFacts }) {
  const { t } = useLang();
  const p = t.place;
  const rows: [string, string][] = [];
  if (place.kind === 'country') {
    if (place.official && place.official !== place.name) rows.push([p.official, place.official]);
    if (place.capital) rows.push([p.capital, place.capital]);
    const region = [place.subregion, place.region].filter(Boolean);
    if (region.length) rows.push([p.region, [...new Set(region)].join(t.listSeparator)]);
    if (place.languages.length) rows.push([p.languages, place.languages.join(t.listSeparator)]);
    if (place.currencies.length) rows.push([p.currency, place.currencies.join(t.listSeparator)]);
  } else {
    rows.push([p.inCountry, place.country]);
    const population = formatPopulation(place.population, p.units, t.locale);
    if (population) rows.push([p.population, population]);
  }
  const kind = place.kind === 'country' ? p.country : p.city;
  return (
    <section class="card place-card" aria-label={`${kind}: ${place.name}`}>
      {place.flag && (
        <span class="flag" aria-hidden="true">
          {place.flag}
        </span>
      )}
      <div class="card-body">
        <p class="card-title place-name">
          <bdi>{place.name}</bdi>
          <span class="place-kind">{` · ${kind}`}</span>
        </p>
        <dl class="facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        </dl>
        <p class="card-source">{p.source}</p>
      </div>
    </section>
  );
}
