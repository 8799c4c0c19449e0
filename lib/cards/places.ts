/**
 * Offline place cards (issue 4): countries and cities from the bundled `public/data/places.json`
 * (built by `scripts/build-places.ts`), found by the same normalised key the entities use. Works
 * with no network and with Wikipedia look-ups switched off.
 */
import { normalizeWord } from '../text/normalize';

/** Bumped when the file's shape changes. */
export const PLACES_VERSION = 1;

export interface CountryFacts {
  code: string;
  name: string;
  official: string;
  capital: string | null;
  region: string | null;
  subregion: string | null;
  languages: string[];
  currencies: string[];
  flag: string;
  /** Other Arabic names (CLDR short and variant forms, ISO names). */
  aliases: string[];
}

export interface CityFacts {
  name: string;
  country: string;
  countryCode: string | null;
  population: number | null;
}

export interface PlacesFile {
  version: number;
  countries: CountryFacts[];
  /** Most populous first. */
  cities: CityFacts[];
}

/** What a place card shows. */
export type PlaceFacts =
  ({ kind: 'country' } & CountryFacts) | ({ kind: 'city'; flag: string | null } & CityFacts);

/** Words of an administrative prefix that are not part of a city's own name. */
const CITY_PREFIXES = /^(?:ولاية|محافظة|مدينة|مقاطعة|إقليم|اقليم)\s+/;

/**
 * The key form of a name, as `lib/nlp/entities.ts` builds entity keys: every word normalised,
 * ال dropped from the first word when more than two letters remain.
 */
export function placeKey(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean).map(normalizeWord);
  if (words[0]?.startsWith('ال') && words[0].length > 4) words[0] = words[0].slice(2);
  return words.join(' ');
}

/** Looks places up by name; build once per file. */
export class PlaceIndex {
  private readonly byKey = new Map<string, PlaceFacts>();

  constructor(file: PlacesFile) {
    if (file.version !== PLACES_VERSION) throw new Error('places file of another version');
    const flags = new Map(file.countries.map((c) => [c.code, c.flag]));
    // Countries first: a name that is both (الكويت، جيبوتي) is the country in the news.
    for (const c of file.countries) {
      for (const name of [c.name, c.official, ...c.aliases])
        this.add(name, { kind: 'country', ...c });
    }
    for (const c of file.cities) {
      const facts: PlaceFacts = {
        kind: 'city',
        ...c,
        flag: c.countryCode ? (flags.get(c.countryCode) ?? null) : null,
      };
      this.add(c.name, facts);
      const bare = c.name.replace(CITY_PREFIXES, '');
      if (bare !== c.name) this.add(bare, facts);
    }
  }

  private add(name: string, facts: PlaceFacts): void {
    const key = placeKey(name);
    if (key && !this.byKey.has(key)) this.byKey.set(key, facts);
  }

  /** The place a LOC entity names: by its key, then its name and aliases. */
  lookup(entity: {
    key: string;
    name: string;
    type: string;
    aliases?: string[];
  }): PlaceFacts | null {
    if (entity.type !== 'LOC') return null;
    const keyName = entity.key.slice(entity.key.indexOf(':') + 1);
    for (const k of [keyName, ...[entity.name, ...(entity.aliases ?? [])].map(placeKey)]) {
      const hit = this.byKey.get(k);
      if (hit) return hit;
    }
    return null;
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** Checks the parsed file's shape enough to trust it (it ships with the extension). */
export function isPlacesFile(value: unknown): value is PlacesFile {
  const f = value as PlacesFile;
  return (
    !!f &&
    f.version === PLACES_VERSION &&
    Array.isArray(f.countries) &&
    Array.isArray(f.cities) &&
    f.countries.every((c) => typeof c.name === 'string' && typeof c.code === 'string') &&
    f.cities.every((c) => typeof c.name === 'string' && typeof c.country === 'string')
  );
}
