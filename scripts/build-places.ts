/**
 * Builds `public/data/places.json`, the offline place cards: countries from `world-countries`
 * (ODbL 1.0) with Arabic names, capitals matched to the Arabic city list, and region, language and
 * currency names in Arabic from the ICU data of Node's `Intl.DisplayNames`; cities from
 * `data/gazetteers/world-cities-translations` (CC BY 4.0). Deterministic: the same inputs give the
 * same bytes, so the committed file can be checked (`npm run build:places -- --check`).
 *
 *   npm run build:places [-- --check]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import arabicLocale from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import countries from 'world-countries';
import { PLACES_VERSION, type PlacesFile } from '../lib/cards/places';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'public/data/places.json');

isoCountries.registerLocale(arabicLocale);

const ar = {
  language: new Intl.DisplayNames(['ar'], { type: 'language' }),
  currency: new Intl.DisplayNames(['ar'], { type: 'currency' }),
  region: new Intl.DisplayNames(['ar'], { type: 'region' }),
};

/** UN M49 codes of world-countries' region and subregion names; ICU names them in Arabic. */
const M49: Record<string, string> = {
  Africa: '002',
  Americas: '019',
  Asia: '142',
  Europe: '150',
  Oceania: '009',
  Caribbean: '029',
  'Southern Asia': '034',
  'Middle Africa': '017',
  'Northern Europe': '154',
  'Southern Europe': '039',
  'Western Asia': '145',
  'South America': '005',
  Polynesia: '061',
  'Australia and New Zealand': '053',
  'Eastern Africa': '014',
  'Western Europe': '155',
  'Western Africa': '011',
  'Eastern Europe': '151',
  'Central America': '013',
  'North America': '021',
  'South-Eastern Asia': '035',
  'Southern Africa': '018',
  'Eastern Asia': '030',
  'Northern Africa': '015',
  Melanesia: '054',
  Micronesia: '057',
  'Central Asia': '143',
};
/** The two that M49 lacks. */
const REGION_AR: Record<string, string> = {
  'Southeast Europe': 'جنوب شرق أوروبا',
  'Central Europe': 'وسط أوروبا',
  Antarctic: 'القارة القطبية الجنوبية',
};

function regionName(en: string): string | null {
  if (!en) return null;
  if (REGION_AR[en]) return REGION_AR[en];
  const code = M49[en];
  if (!code) throw new Error(`no Arabic name for the region "${en}"`);
  return ar.region.of(code) ?? null;
}

/** ICU's Arabic name, or null when it has none (it echoes the code back). */
function named(kind: 'language' | 'currency', code: string): string | null {
  try {
    const name = kind === 'language' ? ar.language.of(code) : ar.currency.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() && /[\u0600-\u06FF]/.test(name)
      ? name
      : null;
  } catch {
    return null;
  }
}

/** One CSV line with quoted fields (no embedded newlines in this file). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

interface CsvCity {
  countryAr: string;
  countryEn: string;
  nameAr: string;
  nameEn: string;
  population: number;
}

function readCities(): CsvCity[] {
  const csv = readFileSync(
    join(ROOT, 'data/gazetteers/world-cities-translations/world-cities.csv'),
    'utf8',
  ).replace(/^\uFEFF/, '');
  const rows: CsvCity[] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [countryAr = '', countryEn = '', nameAr = '', nameEn = '', pop] = csvFields(line);
    if (!nameAr || !/[\u0600-\u06FF]/.test(nameAr)) continue;
    rows.push({
      countryAr,
      countryEn,
      nameAr: nameAr.trim(),
      nameEn: nameEn.trim(),
      population: Math.round(Number(pop)) || 0,
    });
  }
  return rows;
}

const cldr = (
  JSON.parse(readFileSync(join(ROOT, 'data/gazetteers/cldr/territories.json'), 'utf8')) as {
    main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
  }
).main.ar.localeDisplayNames.territories;

/** The country's other Arabic names: CLDR's (with its -alt- forms) and the ISO list's. */
function aliasesOf(code: string, own: string[]): string[] {
  const names = new Set<string>();
  for (const [k, v] of Object.entries(cldr))
    if (k === code || k.startsWith(`${code}-alt-`)) names.add(v);
  const iso = isoCountries.getName(code, 'ar', { select: 'all' }) ?? [];
  for (const n of iso) names.add(n);
  for (const n of own) names.delete(n);
  return [...names].sort();
}

/** Capitals neither list spells the way world-countries does (Kyiv/Kiev, Sana'a/Sanaa, …). */
const CAPITAL_AR: Record<string, string> = {
  UA: 'كييف',
  YE: 'صنعاء',
  IN: 'نيودلهي',
  BR: 'برازيليا',
  MN: 'أولان باتور',
  MM: 'نايبيداو',
  VA: 'مدينة الفاتيكان',
  XK: 'بريشتينا',
  CI: 'ياموسوكرو',
  KM: 'موروني',
  CV: 'برايا',
  LC: 'كاستريس',
  VU: 'بورت فيلا',
  KI: 'تاراوا الجنوبية',
  FM: 'باليكير',
};

/** An English place name folded for matching: no accents, case, punctuation or "City of". */
function latin(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^city of /, '')
    .replace(/ d\.c\.$/, '')
    .replace(/[^a-z ]/g, '')
    .trim();
}

/** CLDR's Arabic exemplar cities of time zones (`Europe/Prague` → براغ), by folded English name. */
const exemplar = (() => {
  const zones = (
    JSON.parse(readFileSync(join(ROOT, 'data/gazetteers/cldr/timeZoneNames.json'), 'utf8')) as {
      main: { ar: { dates: { timeZoneNames: { zone: Record<string, unknown> } } } };
    }
  ).main.ar.dates.timeZoneNames.zone;
  const out = new Map<string, string>();
  const walk = (node: Record<string, unknown>, name: string) => {
    if (typeof node.exemplarCity === 'string')
      out.set(latin(name.replace(/_/g, ' ')), node.exemplarCity);
    for (const [k, v] of Object.entries(node))
      if (v && typeof v === 'object') walk(v as Record<string, unknown>, k);
  };
  walk(zones, '');
  return out;
})();

export function buildPlaces(): PlacesFile {
  const cities = readCities();
  const byEnglish = new Map<string, CsvCity[]>();
  for (const c of cities)
    byEnglish.set(latin(c.nameEn), [...(byEnglish.get(latin(c.nameEn)) ?? []), c]);

  const countryRows = [...countries]
    .filter((c) => c.translations.ara?.common)
    .sort((a, b) => a.cca2.localeCompare(b.cca2));
  const englishToCode = new Map<string, string>();
  for (const c of countryRows) englishToCode.set(c.name.common.toLowerCase(), c.cca2);

  const out: PlacesFile = { version: PLACES_VERSION, countries: [], cities: [] };
  for (const c of countryRows) {
    const arabic = c.translations.ara!;
    const capitalEn = c.capital?.[0];
    const candidates = capitalEn ? (byEnglish.get(latin(capitalEn)) ?? []) : [];
    const capital =
      candidates.find((x) => latin(x.countryEn) === latin(c.name.common)) ??
      (candidates.length === 1 ? candidates[0] : undefined);
    out.countries.push({
      code: c.cca2,
      name: arabic.common,
      official: arabic.official,
      capital:
        CAPITAL_AR[c.cca2] ??
        capital?.nameAr ??
        (capitalEn ? (exemplar.get(latin(capitalEn)) ?? null) : null),
      region: regionName(c.region),
      subregion: regionName(c.subregion),
      languages: Object.keys(c.languages ?? {})
        .map((code) => named('language', code))
        .filter((x): x is string => !!x),
      currencies: Object.keys(c.currencies ?? {})
        .map((code) => named('currency', code))
        .filter((x): x is string => !!x),
      flag: c.flag,
      aliases: aliasesOf(c.cca2, [arabic.common, arabic.official]),
    });
  }
  const seen = new Set<string>();
  for (const c of [...cities].sort(
    (a, b) => b.population - a.population || a.nameAr.localeCompare(b.nameAr),
  )) {
    const id = `${c.nameAr}|${c.countryAr}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.cities.push({
      name: c.nameAr,
      country: c.countryAr,
      countryCode: englishToCode.get(c.countryEn.toLowerCase()) ?? null,
      population: c.population || null,
    });
  }
  return out;
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1];
if (isMain) {
  const text = JSON.stringify(buildPlaces()) + '\n';
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error('public/data/places.json is out of date: run npm run build:places');
      process.exit(1);
    }
    console.log('public/data/places.json is up to date');
  } else {
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, text);
    const file = JSON.parse(text) as PlacesFile;
    console.log(
      `wrote ${OUT}: ${file.countries.length} countries (${file.countries.filter((c) => c.capital).length} with an Arabic capital), ${file.cities.length} cities, ${text.length} bytes`,
    );
  }
}
