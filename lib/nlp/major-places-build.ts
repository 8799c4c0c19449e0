/**
 * Build-time only (`npm run build:names`): the large cities whose one-word Arabic names the entity
 * layer claims even where the tagger saw nothing (a city named once, with a proclitic: بسوسة،
 * فمكناس). Read from GeoNames' cities15000 rows with Arabic names
 * (data/gazetteers/geonames-cities15000-arabic/, CC BY 4.0).
 *
 * GeoNames' alternate names are not tagged by language and hold many words that are also common
 * Arabic words (كان for Cannes, مدينة, سنة), so a name is kept only when the unlabelled text uses
 * it the way it uses places: its word class (the 1,024 exchange classes of
 * data/nlp/word-clusters.tsv) is one where a good share of the other words are places. A word the
 * unlabelled text does not know at all has no such evidence and is left out.
 */
import type { ClusterRow } from './lexicon';
import { dictionaryKey } from './known-names';
import type { LineProblem } from './known-names-build';
import { normalizeWord } from '../text/normalize';

/** A city of at least this many people, or a capital. */
export const MAJOR_POPULATION = 100_000;
/** Share of the other words of a name's word class that are places. */
export const MIN_PLACENESS = 0.25;
/** GeoNames' `geoname` table has 19 TAB-separated columns. */
const COLUMNS = 19;

const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]{3,}$/;

/** The lexicon's form of a word: folded, without the article (the lexicon counts it apart). */
function lexiconForm(word: string): string {
  const n = normalizeWord(word);
  return n.startsWith('ال') && n.length > 4 ? n.slice(2) : n;
}

/** One row of the file, or why it cannot be read. */
interface City {
  names: string[];
  population: number;
  capital: boolean;
}

function readRows(file: string, text: string, problems: LineProblem[]): City[] {
  const cities: City[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    if (raw === '' && i === lines.length - 1) return;
    const problem = (reason: string) => problems.push({ file, line: i + 1, reason, text: raw });
    const cols = raw.split('\t');
    if (cols.length !== COLUMNS) return problem(`not ${COLUMNS} tab-separated columns`);
    const population = Number(cols[14]);
    if (!/^\d+$/.test(cols[14]!) || !Number.isSafeInteger(population))
      return problem('population is not a whole number');
    cities.push({
      names: cols[3]!.split(',').map((n) => n.trim()),
      population,
      capital: cols[7] === 'PPLC',
    });
  });
  return cities;
}

/**
 * The dictionary keys of the large cities' and the countries' one-word Arabic names that the
 * unlabelled text uses as places. `placeKeys`: the one-word places already known (NERAr's);
 * `rows`: the word classes; `countries`: the countries' names.
 */
export function selectMajorPlaces(
  geonames: { file: string; text: string },
  rows: ClusterRow[],
  placeKeys: Iterable<string>,
  problems: LineProblem[],
  countries: string[] = [],
): string[] {
  const cities = readRows(geonames.file, geonames.text, problems);
  // What a place looks like in the word classes: every one-word Arabic name GeoNames has (of any
  // size) and the places already known.
  const places = new Set<string>([...placeKeys].map(lexiconForm));
  for (const c of cities)
    for (const n of c.names) if (ARABIC_WORD.test(n)) places.add(lexiconForm(n));
  const classOf = new Map<string, number>();
  const size = new Map<number, number>();
  const placesIn = new Map<number, number>();
  for (const r of rows) {
    const c = r.classes[r.classes.length - 1]!;
    classOf.set(r.word, c);
    size.set(c, (size.get(c) ?? 0) + 1);
    if (places.has(r.word)) placesIn.set(c, (placesIn.get(c) ?? 0) + 1);
  }
  // The share of places among the *other* words of the class: a common word that GeoNames also
  // lists (كان) must not vouch for itself.
  const placeness = (form: string): number | undefined => {
    const c = classOf.get(form);
    if (c === undefined) return undefined;
    const self = places.has(form) ? 1 : 0;
    return ((placesIn.get(c) ?? 0) - self) / Math.max(1, size.get(c)! - 1);
  };
  const keys = new Set<string>();
  // Countries are large places too (أفغانستان، سورية), on the same test (مالي reads as a word).
  for (const c of [...cities, { names: countries, population: Infinity, capital: true }]) {
    if (c.population < MAJOR_POPULATION && !c.capital) continue;
    for (const n of c.names) {
      if (!ARABIC_WORD.test(n)) continue;
      const share = placeness(lexiconForm(n));
      if (share !== undefined && share >= MIN_PLACENESS) keys.add(dictionaryKey([n]));
    }
  }
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
