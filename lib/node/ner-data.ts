/** Node-only: the annotated corpora, the news dev split, and the gazetteer built from data/. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseConll, type Sentence } from '../nlp/corpus';
import { Gazetteer } from '../nlp/gazetteer';
import { decodeClusterTable, Lexicon } from '../nlp/lexicon';
import { spans } from '../nlp/tags';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');
export const MODEL_PATH = resolve(import.meta.dirname, '../../public/model/ner.bin');
export const KNOWN_NAMES_PATH = resolve(import.meta.dirname, '../../public/model/known-names.json');

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

/** Countries (i18n-iso-countries, Arabic), CLDR territories and cities, world cities, names. */
export function buildGazetteer(withWikiNames = true): Gazetteer {
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
  return g;
}
