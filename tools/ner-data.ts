/** Node-only: the annotated corpora, the news dev split, and the gazetteer built from data/. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseConll, type Sentence } from '../lib/nlp/corpus';
import { Gazetteer } from '../lib/nlp/gazetteer';
import type { KnownNamesFile } from '../lib/nlp/known-names';
import { decodeClusterTable, Lexicon } from '../lib/nlp/lexicon';
import { spans } from '../lib/nlp/tags';
import { normalizeWord } from '../lib/text/normalize';

export const DATA_DIR = resolve(import.meta.dirname, '../data');
export const MODEL_PATH = resolve(import.meta.dirname, '../public/model/ner.bin');
export const KNOWN_NAMES_PATH = resolve(import.meta.dirname, '../public/model/known-names.json');

/** A corpus of data/ner/ by file name. */
export function corpus(file: string): Sentence[] {
  return parseConll(readFileSync(join(DATA_DIR, 'ner', file), 'utf8'));
}

/** Word classes and frequency bins from data/nlp/word-clusters.tsv (npm run build:clusters). */
export function loadLexicon(): Lexicon {
  return Lexicon.fromRows(
    decodeClusterTable(readFileSync(join(DATA_DIR, 'nlp/word-clusters.tsv'), 'utf8')),
  );
}

/** ANERcorp train split into our train part and the news dev part (its last 10% of sentences). */
export function newsSplit(): { train: Sentence[]; dev: Sentence[] } {
  const all = corpus('anercorp-camel-train.txt');
  const cut = Math.floor(all.length * 0.9);
  return { train: all.slice(0, cut), dev: all.slice(cut) };
}

/** What the gazetteer takes in beyond its base lists (each measured: scripts/ner-levers.ts). */
export interface GazetteerExtras {
  /** The known names (public/model/known-names.json: NERAr's typed dictionaries, our lists). */
  known?: boolean;
  /** Words of people's names transliterated on Wikidata seen at least this often (0: none). */
  partsMinCount?: number;
  /** Leave out name words the unlabelled text knows this often or more (order of magnitude). */
  partsMaxMagnitude?: number;
  /** Arabic names of GeoNames' cities of 15,000 people or more. */
  geonames?: boolean;
  /** ArWikiCats' people, cities and clubs. */
  arwikicats?: boolean;
  /** ArWikiCats' nationality forms (مصري، مصرية، المصريون …) as their own kind. */
  nationalities?: boolean;
}

/** Arabic letters and spaces only (no Persian or Urdu letters, no Latin). */
const ARABIC_NAME = /^[\u0621-\u064a]+( [\u0621-\u064a]+)*$/;
/** A name without its Wikipedia qualifier: `أديسون (نيويورك)` → `أديسون`. */
const unqualified = (name: string) => name.replace(/\s*\(.*$/, '').trim();

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, path), 'utf8')) as T;
}

/** Countries (i18n-iso-countries, Arabic), CLDR territories and cities, world cities, names. */
export function buildGazetteer(withWikiNames = true, extras: GazetteerExtras = {}): Gazetteer {
  const g = new Gazetteer();
  // Names first: where a name is also a place (قاسم), the person reading wins.
  const names = (f: string) =>
    readFileSync(join(DATA_DIR, 'gazetteers/akhateeb-arabic-names', f), 'utf8')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  for (const n of [
    ...names('male-first--names-in-arabic.txt'),
    ...names('female-first-names-in-arabic.txt'),
  ])
    g.add(n, 'FIRST');
  for (const n of names('last-names-in-arabic.txt')) g.add(n, 'LAST');
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  for (const names of Object.values(countries.getNames('ar', { select: 'all' })))
    for (const n of names) g.add(n, 'LOC');
  const cldr = JSON.parse(
    readFileSync(join(DATA_DIR, 'gazetteers/cldr/territories.json'), 'utf8'),
  ) as {
    main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
  };
  for (const n of Object.values(cldr.main.ar.localeDisplayNames.territories)) g.add(n, 'LOC');
  const tz = JSON.parse(
    readFileSync(join(DATA_DIR, 'gazetteers/cldr/timeZoneNames.json'), 'utf8'),
  ) as {
    main: {
      ar: {
        dates: {
          timeZoneNames: { zone: Record<string, Record<string, { exemplarCity?: string }>> };
        };
      };
    };
  };
  for (const region of Object.values(tz.main.ar.dates.timeZoneNames.zone)) {
    for (const z of Object.values(region)) if (z.exemplarCity) g.add(z.exemplarCity, 'LOC');
  }
  const csv = readFileSync(
    join(DATA_DIR, 'gazetteers/world-cities-translations/world-cities.csv'),
    'utf8',
  );
  for (const line of csv.split('\n').slice(1)) {
    const cols = line.match(/"([^"]*)"/g)?.map((c) => c.slice(1, -1));
    if (cols?.[0]) g.add(cols[0], 'LOC');
    if (cols?.[2]) g.add(cols[2].replace(/^(ولاية|محافظة|مقاطعة|إقليم)\s+/, ''), 'LOC');
  }
  // Names annotated in WikiFANE (Arabic Wikipedia): people, organisations and places a reader
  // meets in the news but the news corpus never labelled. Clitics split off by FANE are rejoined.
  if (withWikiNames) {
    for (const s of corpus('wikifane-train.tsv')) {
      for (const sp of spans(s.tags)) {
        if (sp.type === 'MISC') continue;
        const words = s.tokens
          .slice(sp.start, sp.end)
          .filter((w) => !/^(ه|ها|هم|هما|هن|ي|نا|كم)$/.test(w));
        if (words.length && words.join('').length >= 3) g.add(words.join(' '), sp.type);
      }
    }
  }
  if (extras.known) {
    const file = JSON.parse(readFileSync(KNOWN_NAMES_PATH, 'utf8')) as KnownNamesFile;
    for (const n of file.PER ?? []) g.add(n, 'PER');
    for (const n of file.ORG) g.add(n, 'ORG');
    for (const n of file.LOC) g.add(n, 'LOC');
  }
  if (extras.geonames) {
    const tsv = gunzipSync(
      readFileSync(
        join(DATA_DIR, 'gazetteers/geonames-cities15000-arabic/cities15000-arabic.tsv.gz'),
      ),
    ).toString('utf8');
    for (const row of tsv.split('\n'))
      for (const name of (row.split('\t')[3] ?? '').split(','))
        if (ARABIC_NAME.test(name.trim())) g.add(name.trim(), 'LOC');
  }
  if (extras.arwikicats) {
    const dir = 'gazetteers/arwikicats';
    for (const [file, kind] of [
      ['peoples.json', 'PER'],
      ['cities_full.json', 'LOC'],
      ['Clubs_key.json', 'ORG'],
    ] as const)
      for (const name of Object.values(readJson<Record<string, string>>(`${dir}/${file}`))) {
        const n = unqualified(name);
        if (ARABIC_NAME.test(n)) g.add(n, kind);
      }
  }
  if (extras.nationalities) {
    const table = readJson<Record<string, Record<string, string>>>(
      'gazetteers/arwikicats/nationalities_data.json',
    );
    for (const forms of Object.values(table))
      for (const [k, v] of Object.entries(forms))
        if (k !== 'en' && k !== 'ar' && ARABIC_NAME.test(v)) g.add(v, 'NAT');
  }
  if (extras.partsMinCount) {
    const rows = readFileSync(
      join(
        DATA_DIR,
        'gazetteers/wikidata-name-transliterations/wd_arabic.normalized.aligned.tokens',
      ),
      'utf8',
    ).split('\n');
    const lexicon = loadLexicon();
    for (const row of rows) {
      const [, spaced, count] = row.split('\t');
      if (!spaced || Number(count) < extras.partsMinCount) continue;
      const word = spaced.replace(/ /g, '');
      if (
        extras.partsMaxMagnitude !== undefined &&
        (lexicon.frequency(normalizeWord(word))?.magnitude ?? -1) >= extras.partsMaxMagnitude
      )
        continue;
      if (/^[\u0621-\u064a]{2,}$/.test(word)) g.add(word, 'PART');
    }
  }
  return g;
}
