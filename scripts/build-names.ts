/**
 * `npm run build:names [-- --check]`: the dictionary of known organisations and places that the
 * entity layer matches after tagging (lib/nlp/known-names.ts), built from NERAr's typed
 * dictionaries (data/gazetteers/nerar-limsi/, BSD-2-Clause, Buckwalter transliteration), our own
 * list of organisations (data/gazetteers/organisations.tsv), of regions and provinces whose names
 * are several words (data/gazetteers/regions.tsv), of places named in several words — crossings,
 * camps, holy sites, seas, bases, districts … (data/gazetteers/places.tsv) — and of well-known
 * persons by their full names (data/gazetteers/persons.tsv), of named events, prizes and
 * agreements (data/gazetteers/events.tsv), of given names
 * (data/gazetteers/given-names.tsv), other names of countries
 * (data/gazetteers/country-aliases.tsv), of administrative places — provinces, districts, towns,
 * villages, quarters — (data/gazetteers/admin-places.tsv; admin-places-build.ts) and the countries' short and official names
 * (public/data/places.json), and the one-word names of large cities from GeoNames
 * (data/gazetteers/geonames-cities15000-arabic/, CC BY 4.0; lib/nlp/major-places-build.ts) into
 * public/model/known-names.json. Every line it cannot read is reported with its file and line number.
 * `--check` says whether the committed file is current (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildKnownNames } from '../lib/nlp/known-names-build';
import { decodeClusterTable } from '../lib/nlp/lexicon';
import { loadLexicon } from '../tools/ner-data';

const dir = resolve(import.meta.dirname, '../data/gazetteers/nerar-limsi');
const out = resolve(import.meta.dirname, '../public/model/known-names.json');
const files = [
  ['dico-mono-ORG.norm', 'ORG'],
  ['dico-bi-ar-fr.ORG.norm', 'ORG'],
  ['dico-mono-LOC.norm', 'LOC'],
  ['dico-bi-ar-fr.LOC.norm', 'LOC'],
  ['dico-mono-PERS.norm', 'PER'],
  ['dico-bi-ar-fr.PERS.norm', 'PER'],
] as const;

const curatedPath = resolve(import.meta.dirname, '../data/gazetteers/organisations.tsv');
const places = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../public/data/places.json'), 'utf8'),
) as { countries: { name: string; official: string }[] };
const { json, problems, counts } = buildKnownNames(
  files.map(([file, type]) => ({ file, type, text: readFileSync(join(dir, file), 'utf8') })),
  loadLexicon(),
  {
    curated: [
      { file: 'organisations.tsv', text: readFileSync(curatedPath, 'utf8') },
      {
        file: 'regions.tsv',
        text: readFileSync(resolve(import.meta.dirname, '../data/gazetteers/regions.tsv'), 'utf8'),
      },
      {
        file: 'persons.tsv',
        text: readFileSync(resolve(import.meta.dirname, '../data/gazetteers/persons.tsv'), 'utf8'),
      },
      {
        file: 'places.tsv',
        text: readFileSync(resolve(import.meta.dirname, '../data/gazetteers/places.tsv'), 'utf8'),
      },
      {
        file: 'events.tsv',
        text: readFileSync(resolve(import.meta.dirname, '../data/gazetteers/events.tsv'), 'utf8'),
      },
    ],
    countries: places.countries,
    nameWordFiles: [
      {
        file: 'wd_arabic.normalized.aligned.tokens',
        text: readFileSync(
          resolve(
            import.meta.dirname,
            '../data/gazetteers/wikidata-name-transliterations/wd_arabic.normalized.aligned.tokens',
          ),
          'utf8',
        ),
      },
    ],
    nameLists: [
      'male-first--names-in-arabic.txt',
      'female-first-names-in-arabic.txt',
      'last-names-in-arabic.txt',
    ].map((file) => ({
      file,
      text: readFileSync(
        resolve(import.meta.dirname, '../data/gazetteers/akhateeb-arabic-names', file),
        'utf8',
      ),
    })),
    givenNames: {
      file: 'given-names.tsv',
      text: readFileSync(
        resolve(import.meta.dirname, '../data/gazetteers/given-names.tsv'),
        'utf8',
      ),
    },
    nationalities: {
      file: 'nationalities_data.json',
      text: readFileSync(
        resolve(import.meta.dirname, '../data/gazetteers/arwikicats/nationalities_data.json'),
        'utf8',
      ),
    },
    majorPlaces: {
      geonames: {
        file: 'cities15000-arabic.tsv.gz',
        text: gunzipSync(
          readFileSync(
            resolve(
              import.meta.dirname,
              '../data/gazetteers/geonames-cities15000-arabic/cities15000-arabic.tsv.gz',
            ),
          ),
        ).toString('utf8'),
      },
      rows: decodeClusterTable(
        readFileSync(resolve(import.meta.dirname, '../data/nlp/word-clusters.tsv'), 'utf8'),
      ),
    },
    adminPlaces: {
      file: 'admin-places.tsv',
      text: readFileSync(
        resolve(import.meta.dirname, '../data/gazetteers/admin-places.tsv'),
        'utf8',
      ),
    },
    countryAliases: {
      file: 'country-aliases.tsv',
      text: readFileSync(
        resolve(import.meta.dirname, '../data/gazetteers/country-aliases.tsv'),
        'utf8',
      ),
    },
  },
);
for (const p of problems)
  console.error(`${p.file}:${p.line}: ${p.reason}: ${JSON.stringify(p.text)}`);
console.error(
  `${problems.length} lines not used (listed above); ORG ${counts.ORG}, LOC ${counts.LOC}, PER ${counts.PER}, MISC ${counts.MISC} names kept, ${counts.aliases} groups of aliases, ${counts.nameWords} words of people's names, ${counts.nationalities} nationality words, ${counts.majorPlaces} names of large cities, ${counts.townPlaces} of towns, ${counts.countries} names of countries, ${counts.given} given names`,
);
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8') === json;
  console.log(
    current
      ? 'public/model/known-names.json is current'
      : 'public/model/known-names.json is out of date',
  );
  process.exit(current ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${out}`);
