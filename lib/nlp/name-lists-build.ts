/**
 * The word lists shipped with the known names (issue 13): words of people's names (Wikidata's
 * transliterations, Arabic first and family names) and nationality words (ArWikiCats' forms,
 * supranational adjectives, peoples). Pure: the build script reads the files; every line or entry
 * it cannot read is reported with its file and line.
 */
import type { ExtraNames, LineProblem } from './known-names-build';
import { dictionaryWord } from './known-names';

/** Adjectives of more than one nation, said of bodies as nationalities are (التحالف العربي). */
const SUPRANATIONAL = [
  'العربي',
  'العربية',
  'الأوروبي',
  'الأوروبية',
  'الأفريقي',
  'الأفريقية',
  'الإفريقي',
  'الإفريقية',
  'الخليجي',
  'الخليجية',
  'الدولي',
  'الدولية',
  'الإسلامي',
  'الإسلامية',
];
/** Peoples and communities without a nationality of their own (written here). */
/**
 * Forms of a nationality that news reads far more often as another adjective: المالية is
 * "financial" (الأوراق المالية، وزارة المالية) far more often than "Malian" (the masculine stays:
 * الجيش المالي).
 */
const NOT_NATIONALITIES = ['المالية'];

const PEOPLES = [
  'الأكراد',
  'الكرد',
  'الأمازيغ',
  'الدروز',
  'التركمان',
  'الإيزيديون',
  'الإيزيديين',
  'الأيزيديين',
  'العرب',
  'البدو',
  'الأقباط',
  'الشيعة',
  'العلويون',
  'العلويين',
  'الموارنة',
  'اليهود',
  'المسيحيون',
  'المسيحيين',
  'المسلمون',
  'المسلمين',
  'الروهينغا',
  'الإيغور',
  'الأويغور',
];

/** A Wikidata name word seen once may be a one-off spelling; twice or more, a name word. */
export const NAME_WORD_MIN_COUNT = 2;

/** The words of people's names (dictionary forms, sorted), every unreadable line reported. */
export function readNameWords(extra: ExtraNames, problems: LineProblem[]): string[] {
  const words = new Set<string>();
  const add = (word: string) => {
    const d = dictionaryWord(word);
    if (d.length >= 2) words.add(d);
  };
  for (const { file, text } of extra.nameWordFiles ?? []) {
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
      if (raw === '' && i === lines.length - 1) return;
      const cols = raw.split('\t');
      const arabic = cols[1]?.replace(/ /g, '') ?? '';
      const count = Number(cols[2]);
      if (cols.length !== 3 || !/^[\u0621-\u064a]+$/.test(arabic) || !Number.isInteger(count))
        return problems.push({
          file,
          line: i + 1,
          reason: 'not "latin<TAB>spelt-out Arabic<TAB>count"',
          text: raw,
        });
      if (count >= NAME_WORD_MIN_COUNT) add(arabic);
    });
  }
  for (const { file, text } of extra.nameLists ?? []) {
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
      if (raw.trim() === '' && i === lines.length - 1) return;
      const name = raw.trim();
      if (!/^[\u0621-\u064a]+( [\u0621-\u064a]+)*$/.test(name))
        return problems.push({
          file,
          line: i + 1,
          reason: 'not a name in Arabic letters',
          text: raw,
        });
      for (const w of name.split(' ')) add(w);
    });
  }
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The header of our list of given names. */
export const GIVEN_HEADER = 'name\tgender\tregions';
const REGIONS = new Set(['gulf', 'levant', 'iraq', 'egypt', 'sudan', 'maghreb', 'yemen', 'all']);

/**
 * Our list of given names (`name<TAB>m|f|u<TAB>regions`, one word in Arabic letters, never with
 * the article), in dictionary form, sorted; every unreadable line reported with its number.
 */
export function readGivenNames(extra: ExtraNames, problems: LineProblem[]): string[] {
  const words = new Set<string>();
  const list = extra.givenNames;
  if (!list) return [];
  const lines = list.text.split('\n');
  lines.forEach((raw, i) => {
    if (raw === '' && i === lines.length - 1) return;
    if (i === 0) {
      if (raw !== GIVEN_HEADER)
        problems.push({ file: list.file, line: 1, reason: `not "${GIVEN_HEADER}"`, text: raw });
      return;
    }
    const [name, gender, regions, more] = raw.split('\t');
    const reason =
      more !== undefined || regions === undefined
        ? 'not three fields separated by tabs'
        : !/^[\u0621-\u064a]{2,}$/.test(name!) || name!.startsWith('ال')
          ? 'not one word in Arabic letters without the article'
          : !/^[mfu]$/.test(gender!)
            ? 'gender not m, f or u'
            : !regions.split(',').every((r) => REGIONS.has(r))
              ? `regions not among ${[...REGIONS].join(', ')}`
              : undefined;
    if (reason) return problems.push({ file: list.file, line: i + 1, reason, text: raw });
    words.add(dictionaryWord(name!));
  });
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Nationality words in dictionary form, sorted: the definite adjectives (الليبي، الليبية, with
 * الأميركي beside الأمريكي) and the definite plurals (الأكراد، الروس), one word each.
 */
export function readNationalities(extra: ExtraNames, problems: LineProblem[]): string[] {
  if (!extra.nationalities) return [];
  const { file, text } = extra.nationalities;
  let table: unknown;
  try {
    table = JSON.parse(text);
  } catch (e) {
    problems.push({ file, line: 1, reason: `not JSON (${(e as Error).message})`, text: '' });
    return [];
  }
  if (!table || typeof table !== 'object' || Array.isArray(table)) {
    problems.push({ file, line: 1, reason: 'not an object of nationalities', text: '' });
    return [];
  }
  const forms = new Set<string>();
  const add = (form: string) => {
    if (!/^ال[\u0621-\u064a]{3,}$/.test(form)) return;
    forms.add(dictionaryWord(form));
    // الأمريكي and الأميركي are both written.
    if (form.includes('مريك')) forms.add(dictionaryWord(form.replace('مريك', 'ميرك')));
  };
  for (const [key, entry] of Object.entries(table as Record<string, unknown>)) {
    const e = entry as Record<string, unknown> | null;
    if (!e || typeof e !== 'object' || typeof e.the_male !== 'string') {
      const at = text.indexOf(JSON.stringify(key));
      const line = at < 0 ? 1 : text.slice(0, at).split('\n').length;
      problems.push({ file, line, reason: `entry "${key}" has no the_male form`, text: key });
      continue;
    }
    for (const f of ['the_male', 'the_female'] as const)
      if (typeof e[f] === 'string') add(e[f] as string);
    if (typeof e.males === 'string') {
      add(`ال${e.males}`);
      // The plural after a preposition or as an object (الفلسطينيون / الفلسطينيين).
      if (e.males.endsWith('ون')) add(`ال${e.males.slice(0, -2)}ين`);
    }
  }
  for (const form of [...SUPRANATIONAL, ...PEOPLES]) add(form);
  for (const form of NOT_NATIONALITIES) forms.delete(dictionaryWord(form));
  return [...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
