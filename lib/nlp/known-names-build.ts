/**
 * Builds the known-names dictionary (public/model/known-names.json) from NERAr's typed dictionaries:
 * Buckwalter transliteration back to Arabic script, the tagger's normalisation, a name's first word
 * without the article (as the matcher looks it up), single words the unlabelled text uses as common
 * words left out, names listed under both types left out. Pure: the script does the file reading.
 */
import { COMMON_WORDS } from './common-words';
import type { ClusterRow, Lexicon } from './lexicon';
import { adminMajorPlaces, personLike, readAdminPlaces } from './admin-places-build';
import { mergeGroups } from './alias-groups';
import { selectMajorPlaces } from './major-places-build';
import { dictionaryKey, type KnownType } from './known-names';
import { normalizeWord } from '../text/normalize';
import { skeleton, spelledAlike } from './spelling';
import { readGivenNames, readNameWords, readNationalities } from './name-lists-build';

const BUCKWALTER: Record<string, string> = {
  "'": 'ء',
  '|': 'آ',
  '>': 'أ',
  '&': 'ؤ',
  '<': 'إ',
  '}': 'ئ',
  A: 'ا',
  b: 'ب',
  p: 'ة',
  t: 'ت',
  v: 'ث',
  j: 'ج',
  H: 'ح',
  x: 'خ',
  d: 'د',
  '*': 'ذ',
  r: 'ر',
  z: 'ز',
  s: 'س',
  $: 'ش',
  S: 'ص',
  D: 'ض',
  T: 'ط',
  Z: 'ظ',
  E: 'ع',
  g: 'غ',
  _: '',
  f: 'ف',
  q: 'ق',
  k: 'ك',
  l: 'ل',
  m: 'م',
  n: 'ن',
  h: 'ه',
  w: 'و',
  Y: 'ى',
  y: 'ي',
  '{': 'ا',
  // diacritics: dropped
  F: '',
  N: '',
  K: '',
  a: '',
  u: '',
  i: '',
  o: '',
  '~': '',
  '`': '',
};

/** Arabic script for a Buckwalter string, or undefined if it holds anything else. */
export function fromBuckwalter(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    if (ch === ' ') out += ' ';
    else if (ch in BUCKWALTER) out += BUCKWALTER[ch];
    else return undefined;
  }
  return out;
}

export interface NameFile {
  file: string;
  type: 'ORG' | 'LOC' | 'PER';
  text: string;
}

export interface LineProblem {
  file: string;
  line: number;
  reason: string;
  text: string;
}

const MAX_WORDS = 6;

/** Further sources: our curated list of organisations (TSV) and the countries' short and official names. */
export interface ExtraNames {
  /**
   * Our curated lists (organisations.tsv, regions.tsv, persons.tsv):
   * `name<TAB>ORG|LOC|PER<TAB>variants<TAB>category`; a person's forms are two words or more.
   */
  curated?: { file: string; text: string } | { file: string; text: string }[];
  /** `name<TAB>alias|alias…` per line after a header: other names of a country. */
  countryAliases?: { file: string; text: string };
  countries?: { name: string; official: string }[];
  /**
   * Words of people's names: Wikidata's transliterations (`latin<TAB>ا ر ب ي<TAB>count`, the
   * Arabic spelt out letter by letter), kept when seen at least NAME_WORD_MIN_COUNT times.
   */
  nameWordFiles?: { file: string; text: string }[];
  /** Arabic first and family names, one per line. */
  nameLists?: { file: string; text: string }[];
  /** Our list of given names (`name<TAB>m|f|u<TAB>regions` after a header): name-lists-build.ts. */
  givenNames?: { file: string; text: string };
  /**
   * ArWikiCats' nationality forms (JSON: `{ key: { the_male, the_female, males, … } }`): the
   * adjectives that end a national body's name (الجيش الليبي) and never name an entity alone.
   */
  nationalities?: { file: string; text: string };
  /**
   * GeoNames' cities with Arabic names (cities15000 rows, TAB-separated) and the word classes
   * of the unlabelled text: the large cities claimed alone (major-places-build.ts).
   */
  majorPlaces?: { geonames: { file: string; text: string }; rows: ClusterRow[] };
  /** Our administrative places (admin-places-build.ts): `name<TAB>LOC<TAB>variants<TAB>CC:level<TAB>common`. */
  adminPlaces?: { file: string; text: string };
}

const CURATED_HEADER = 'name\ttype\tvariants\tcategory';
/** Aliases from NERAr: Arabic forms given for one foreign form, when there are at most this many. */
const MAX_ALIAS_GROUP = 4;

/**
 * The dictionary as stable JSON (`ORG`, `LOC`: keys; `aliases`: groups of keys naming one
 * entity), the lines not used (with why), and counts kept per type.
 */
export function buildKnownNames(
  files: NameFile[],
  lexicon: Lexicon,
  extra: ExtraNames = {},
): {
  json: string;
  problems: LineProblem[];
  counts: Record<
    | 'ORG'
    | 'LOC'
    | 'PER'
    | 'MISC'
    | 'aliases'
    | 'nameWords'
    | 'nationalities'
    | 'majorPlaces'
    | 'townPlaces'
    | 'countries'
    | 'given',
    number
  >;
} {
  const problems: LineProblem[] = [];
  const nameWords = readNameWords(extra, problems);
  const nationalities = readNationalities(extra, problems);
  const given = readGivenNames(extra, problems);
  const types = new Map<string, Set<KnownType>>();
  /** Keys whose type our own list sets, whatever NERAr says. */
  const curatedType = new Map<string, KnownType>();
  /** Keys of several words our lists write without the article, and with it. */
  const bare = new Set<string>();
  const definite = new Set<string>();
  const byForeign = new Map<string, Set<string>>();
  const aliasGroups: string[][] = [];
  /** The countries' names as written, for the large places (selectMajorPlaces). */
  const countryNames: string[] = [];
  for (const f of files) {
    f.text.split('\n').forEach((raw, i) => {
      if (raw === '' && i === f.text.split('\n').length - 1) return;
      // Hyphens join the words of a place (tryfwr-kwysyA); a qualifier in brackets is not the name.
      const arabicField = raw
        .split('\t')[0]!
        .replace(/\([^)]*\)/g, ' ')
        .replace(/-/g, ' ')
        .trim()
        .replace(/\s+/g, ' ');
      const problem = (reason: string) =>
        problems.push({ file: f.file, line: i + 1, reason, text: raw });
      if (!arabicField) return problem('empty');
      const arabic = fromBuckwalter(arabicField);
      if (arabic === undefined) return problem('not Buckwalter transliteration');
      const words = arabic.split(' ').filter(Boolean);
      if (words.length > MAX_WORDS) return problem(`more than ${MAX_WORDS} words`);
      const key = dictionaryKey(words);
      if (!key) return problem('empty after normalisation');
      const set = types.get(key) ?? new Set();
      set.add(f.type);
      types.set(key, set);
      const foreign = raw.split('\t')[1]?.trim().toLowerCase();
      if (foreign) {
        const id = `${f.type} ${foreign}`;
        byForeign.set(id, (byForeign.get(id) ?? new Set()).add(key));
      }
    });
  }
  for (const keys of byForeign.values())
    if (keys.size >= 2 && keys.size <= MAX_ALIAS_GROUP) aliasGroups.push([...keys].sort());
  /** A row of our lists: its forms are one entity of the list's type (our list decides). */
  const addCurated = (forms: string[], type: KnownType, problem: (reason: string) => void) => {
    const keys = forms.map((v) => dictionaryKey(v.split(/\s+/)));
    // (a name our lists give two types is reported, and the later row decides: ماجد الفطيم)
    const clash = keys.find((key) => (curatedType.get(key) ?? type) !== type);
    if (clash) problem(`also listed as ${curatedType.get(clash)} ("${clash}")`);
    keys.forEach((key, k) => {
      curatedType.set(key, type);
      types.set(key, new Set([type]));
      // (a name of several words our list writes without the article: جبل مرة; one word written
      // with it is noted too: اليوتيوب)
      if (normalizeWord(forms[k]!).startsWith('ال')) definite.add(key);
      else if (key.includes(' ')) bare.add(key);
    });
    if (new Set(keys).size > 1) aliasGroups.push([...new Set(keys)].sort());
  };
  for (const curated of extra.curated ? [extra.curated].flat() : []) {
    const lines = curated.text.split('\n');
    if (lines[0]?.trim() !== CURATED_HEADER)
      problems.push({
        file: curated.file,
        line: 1,
        reason: `expected the header "${CURATED_HEADER}"`,
        text: lines[0] ?? '',
      });
    lines.forEach((raw, i) => {
      if (i === 0 || (raw.trim() === '' && i === lines.length - 1)) return;
      const problem = (reason: string) =>
        problems.push({ file: curated.file, line: i + 1, reason, text: raw });
      const cols = raw.split('\t');
      if (cols.length !== 4) return problem('not 4 tab-separated columns');
      const [name, type, variants] = cols as [string, string, string, string];
      if (type !== 'ORG' && type !== 'LOC' && type !== 'PER' && type !== 'MISC')
        return problem(`type "${type}" is not ORG, LOC, PER or MISC`);
      const forms = [name, ...variants.split('|')].map((v) => v.trim()).filter(Boolean);
      if (!forms.length || forms.some((v) => !/^[\u0600-\u06ff0-9 .'’+-]+$/.test(v)))
        return problem('a name that is not in Arabic letters');
      // A person is claimed by a full name only: one word alone reads as a word too often. So is
      // an event (موازين is scales, نسك rites).
      if (type === 'PER' && forms.some((v) => !v.includes(' ')))
        return problem('a person named by one word (only full names are claimed)');
      if (type === 'MISC' && forms.some((v) => !v.includes(' ')))
        return problem('an event named by one word (only names of several words are claimed)');
      addCurated(forms, type, problem);
    });
  }
  const personWords = new Set([...given, ...nameWords]);
  const admin = extra.adminPlaces
    ? readAdminPlaces(extra.adminPlaces.file, extra.adminPlaces.text, problems)
    : [];
  // (a row marked as also a word is left out whole: الشيخ زايد names the man as often as the
  // city, القيادة العامة a command)
  for (const row of admin.filter((r) => !r.common)) {
    // (not a kunya or a title before a given name: أبو سليم، الحاج عمران are men as often)
    const several = row.forms.filter(
      (v) => v.includes(' ') && !personLike(v.split(' '), (w) => personWords.has(w)),
    );
    if (several.length)
      addCurated(several, 'LOC', (reason) =>
        problems.push({ file: extra.adminPlaces!.file, line: row.line, reason, text: row.text }),
      );
    const keys = [...new Set(row.forms.map((v) => dictionaryKey(v.split(/\s+/))))];
    if (keys.length > 1) aliasGroups.push(keys.sort());
  }
  if (extra.countryAliases) {
    const { file, text } = extra.countryAliases;
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
      if (i === 0 || (raw.trim() === '' && i === lines.length - 1)) return;
      const cols = raw.split('\t');
      const forms =
        cols.length === 2 ? [cols[0]!, ...cols[1]!.split('|')].map((v) => v.trim()) : [];
      if (forms.length < 2 || forms.some((v) => !/^[\u0600-\u06ff ]+$/.test(v)))
        return problems.push({
          file,
          line: i + 1,
          reason: 'not "name<TAB>alias|alias…" in Arabic',
          text: raw,
        });
      const keys = [...new Set(forms.map((v) => dictionaryKey(v.split(/\s+/))))];
      for (const key of keys) if (!types.has(key)) types.set(key, new Set(['LOC']));
      aliasGroups.push(keys.sort());
      countryNames.push(...forms);
    });
  }
  for (const c of extra.countries ?? []) {
    countryNames.push(c.name, c.official);
    const keys = [...new Set([c.name, c.official].map((v) => dictionaryKey(v.split(/\s+/))))];
    for (const key of keys) if (!types.has(key)) types.set(key, new Set(['LOC']));
    if (keys.length > 1) aliasGroups.push(keys.sort());
  }
  const kept: Record<KnownType, string[]> = { ORG: [], LOC: [], PER: [], MISC: [] };
  for (const [key, set] of types) {
    // Our list decides; else one type among places and organisations; a person only if the name
    // is nothing else.
    const placeOrOrg = [...set].filter((t) => t !== 'PER' && t !== 'MISC');
    const type =
      curatedType.get(key) ??
      (placeOrOrg.length === 1 ? placeOrOrg[0]! : placeOrOrg.length === 0 ? 'PER' : undefined);
    if (!type) continue; // listed as both: the dictionary cannot say which
    if (!key.includes(' ') && (type === 'PER' || isCommonWord(key, lexicon))) {
      // (but a one-word organisation of our list that the unlabelled text reads a hundred times
      // and often with the article, not a thousand: يوتيوب، أبل — claimed only where written
      // without the article, as الإبل reads otherwise, unless the list gives it: اليوتيوب)
      if (type !== 'ORG' || !curatedType.has(key) || isCommonWord(key, lexicon, false)) continue;
      bare.add(key);
    }
    // A person's name is not claimed where it reads as words: one starting with the article
    // (الأمريكي الجديد), or made of nouns the unlabelled text mostly uses with it (ذكرى ميلاد).
    // (Our own list of persons decides for its names: قيس سعيد.)
    if (type === 'PER' && !curatedType.has(key)) {
      const words = key.split(' ');
      const nouns = words.filter((w) => (lexicon.frequency(w)?.article ?? 0) >= 2).length;
      if (words[0]!.startsWith('ال') || nouns * 2 >= words.length) continue;
    }
    kept[type].push(key);
  }
  // A person the list spells like one of its organisations or places is that one, misfiled
  // (وست بروميتش beside the club ويست بروميتش).
  const spelt = new Map<string, string[]>();
  for (const key of [...kept.ORG, ...kept.LOC])
    if (key.includes(' ')) spelt.set(skeleton(key), [...(spelt.get(skeleton(key)) ?? []), key]);
  kept.PER = kept.PER.filter((key) => {
    if (curatedType.get(key) === 'PER') return true;
    const words = key.split(' ');
    return !(spelt.get(skeleton(key)) ?? []).some((other) =>
      other.split(' ').every((w, i) => spelledAlike(w, words[i]!)),
    );
  });
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const list of Object.values(kept)) list.sort(order);
  const aliases = mergeGroups(aliasGroups).sort((a, b) => order(a.join('|'), b.join('|')));
  const majorPlaces = extra.majorPlaces
    ? selectMajorPlaces(
        extra.majorPlaces.geonames,
        extra.majorPlaces.rows,
        [...types].filter(([k, set]) => !k.includes(' ') && set.has('LOC')).map(([k]) => k),
        problems,
        // (Not a name that begins as the article does: its key drops it — الهند's would claim
        // the person هند, and ألمانيا's and ألبانيا's keys are مانيا and بانيا.)
        countryNames.filter((n) => !/\s/.test(n.trim()) && !/^[اأإ]ل/.test(n.trim())),
      )
    : undefined;
  // Our administrative places of one word that are no large city, claimed alone with more care.
  const nationalitySet = new Set(nationalities);
  const large = new Set(majorPlaces ?? []);
  const abroad = new Set<string>();
  const townPlaces = adminMajorPlaces(
    admin,
    (form) => lexicon.frequency(form),
    (key) => isCommonWord(key, lexicon),
    (key) => personWords.has(key),
    (word) => nationalitySet.has(word),
    abroad,
  ).filter((k) => !large.has(dictionaryKey([k])));
  const townsAbroad = townPlaces.filter((k) => abroad.has(k));
  const listed = new Set([...kept.ORG, ...kept.LOC, ...kept.PER, ...kept.MISC]);
  const countries = [...new Set(countryNames.map((n) => dictionaryKey(n.trim().split(/\s+/))))]
    .filter(Boolean)
    .sort(order);
  return {
    json: `${JSON.stringify({ ...kept, aliases, curated: [...curatedType.keys()].filter((k) => !k.includes(' ') && kept.ORG.includes(k)).sort(order), bare: [...bare].filter((k) => !definite.has(k) && listed.has(k)).sort(order), nameWords, nationalities, countries, ...(majorPlaces ? { majorPlaces } : {}), ...(townPlaces.length ? { townPlaces } : {}), ...(townsAbroad.length ? { townsAbroad } : {}), ...(given.length ? { given } : {}) })}\n`,
    problems,
    counts: {
      ORG: kept.ORG.length,
      LOC: kept.LOC.length,
      PER: kept.PER.length,
      MISC: kept.MISC.length,
      aliases: aliases.length,
      nameWords: nameWords.length,
      nationalities: nationalities.length,
      majorPlaces: majorPlaces?.length ?? 0,
      townPlaces: townPlaces.length,
      countries: countries.length,
      given: given.length,
    },
  };
}

/** A single word too common to be claimed as a name wherever it stands. */
function isCommonWord(key: string, lexicon: Lexicon, byArticle = true): boolean {
  if (key.length < 3 || COMMON_WORDS.has(key)) return true;
  const f = lexicon.frequency(key);
  // Seen a thousand times or more, or (`byArticle`) a hundred with the article as often as without.
  return (
    f !== undefined && (f.magnitude >= 3 || (byArticle && f.magnitude >= 2 && f.article === 2))
  );
}
