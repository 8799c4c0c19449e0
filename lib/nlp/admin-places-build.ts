/**
 * Build-time only (`npm run build:names`): our list of administrative places
 * (data/gazetteers/admin-places.tsv — capitals, provinces, districts, towns, villages and quarters
 * of the Arab states and their neighbours, written here from general knowledge):
 * `name<TAB>LOC<TAB>variants<TAB>CC:level<TAB>common` after a header, `common` 1 where the name is
 * also an ordinary word, a given name or an adjective (صور، مالي، منى، الشرقية).
 *
 * A row marked common is left out whole (الشيخ زايد is the man as often as the city). A name of
 * several words joins the curated places (claimed wherever written: رأس الخيمة، كفر الشيخ). A name of one word is claimed alone, as the large cities are (major-places-build.ts),
 * only where nothing says it is also a word: not marked common, not a word the unlabelled text
 * knows as a common one (`isCommon`), and — written with the article, whose key drops it — not a
 * word the unlabelled text mostly writes without the article or a word of people's names
 * (الخليل's key خليل).
 */
import type { LineProblem } from './known-names-build';
import { dictionaryKey, dictionaryWord } from './known-names';

export const ADMIN_HEADER = 'name\ttype\tvariants\tcategory\tcommon';
const CATEGORY = /^[A-Z]{2}:(capital|region|district|city|town|village|area|camp|island|other)$/;
const ARABIC_NAME =
  /^[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+(?:[ -][\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+)*$/;

/** One row: its forms as written (hyphens read as spaces), and whether it is also a word. */
export interface AdminPlace {
  forms: string[];
  common: boolean;
  /** The category's level: capital, region, district, city, town, village, area, camp … */
  level: string;
  /** The category's country code. */
  country: string;
  line: number;
  text: string;
}

/** The rows of the file; a row it cannot read is a problem with its line number, never dropped silently. */
export function readAdminPlaces(file: string, text: string, problems: LineProblem[]): AdminPlace[] {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== ADMIN_HEADER)
    problems.push({
      file,
      line: 1,
      reason: `expected the header "${ADMIN_HEADER}"`,
      text: lines[0] ?? '',
    });
  const rows: AdminPlace[] = [];
  lines.forEach((raw, i) => {
    if (i === 0 || (raw.trim() === '' && i === lines.length - 1)) return;
    const problem = (reason: string) => problems.push({ file, line: i + 1, reason, text: raw });
    const cols = raw.split('\t');
    if (cols.length !== 5) return problem('not 5 tab-separated columns');
    const [name, type, variants, category, common] = cols as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (type !== 'LOC') return problem(`type "${type}" is not LOC`);
    if (!CATEGORY.test(category)) return problem(`category "${category}" is not CC:level`);
    if (common !== '0' && common !== '1') return problem(`common "${common}" is not 0 or 1`);
    const forms = [name, ...variants.split('|')].map((v) => v.trim()).filter(Boolean);
    if (!forms.length || forms.some((v) => !ARABIC_NAME.test(v)))
      return problem('a name that is not in Arabic letters');
    rows.push({
      forms: forms.map((v) => v.replace(/-/g, ' ')),
      common: common === '1',
      level: category.slice(3),
      country: category.slice(0, 2),
      line: i + 1,
      text: raw,
    });
  });
  return rows;
}

/** Levels whose places are large enough to be named more often than a word of the same letters. */
const LARGE_LEVELS = new Set(['capital', 'region', 'city']);
/** Towns, villages, quarters and camps. */
const SMALL_LEVELS = new Set(['town', 'village', 'area', 'camp']);
/**
 * Countries whose cities name the clubs Arab sports pages follow (مانشستر، ليون، ميلانو، بورتو،
 * ميامي، ساو باولو) and the Americas': of them only capitals are claimed alone. (The other towns
 * abroad are not claimed in sports news either: دايغو، لوبومباشي name clubs of the continental
 * cups — KnownNames.townAbroad.)
 */
const CLUB_COUNTRIES = new Set('GB FR DE ES IT NL PT BE GR CH AT BR AR MX US CA CO VE'.split(' '));
/** The Arab League's states, and their neighbours whose towns Arabic news names (Iran, Turkey, Israel). */
const NEIGHBOURS = new Set(
  'SA AE QA BH KW OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM IR TR IL'.split(' '),
);
/** Capitals and provinces: named so often that a word of the same letters is rarer. */
const PROVINCES = new Set(['capital', 'region']);
/** …and with districts, levels whose names are names first (الحوز), not the words of a village. */
const NAMED_LEVELS = new Set([...LARGE_LEVELS, 'district']);

/**
 * The rows' one-word names that may be claimed alone, as dictionary words that keep their article
 * (الزقازيق is matched only with it; see the module's comment). `frequency`: the unlabelled text's
 * count of a form; `isCommon`: known-names-build's test of a common word; `isPersonWord`: a given
 * name or a word of people's names; `isNationality`: a nationality word with the article (الكردي).
 */
export function adminMajorPlaces(
  rows: AdminPlace[],
  frequency: (form: string) => { magnitude: number; article: number } | undefined,
  isCommon: (key: string) => boolean,
  isPersonWord: (key: string) => boolean,
  isNationality: (word: string) => boolean = () => false,
  abroad?: Set<string>,
): string[] {
  const keys = new Set<string>();
  for (const row of rows) {
    if (row.common) continue;
    for (const form of row.forms) {
      if (form.includes(' ')) continue;
      const word = dictionaryWord(form);
      const key = dictionaryKey([form]);
      const definite = key !== word;
      // (the article and two or three letters: its key keeps the article, which the unlabelled
      // text never counts — الجم "the crowd", البص "the bus")
      if (!definite && word.startsWith('ال')) continue;
      // (a city of a football country that is no capital names its club in sports news:
      // برشلونة، دورتموند — not a town of Ukraine, the Sahel or Afghanistan: باخموت، غاو)
      if (CLUB_COUNTRIES.has(row.country) && row.level !== 'capital') continue;
      if (isCommon(key) || (definite && isPersonWord(key)) || isNationality(word)) continue;
      const seen = frequency(key);
      const magnitude = seen?.magnitude ?? -1;
      // A town abroad is a word the unlabelled text hardly knows, and no word of people's names
      // (باتنا "we became", ليمان Lehman, أوري).
      const foreign = !NEIGHBOURS.has(row.country) && row.level !== 'capital';
      if (foreign && (magnitude >= 1 || isPersonWord(key))) continue;
      // A word the unlabelled text knows a hundred times is a common word, unless the place is a
      // capital, a province or a city (مسقط، جدة، الزقازيق).
      if (magnitude >= 2 && !LARGE_LEVELS.has(row.level)) continue;
      // (a name written with a hamza's alif is a word once folded, if the text knows it: أطار
      // is إطار "frame", أزال "removed")
      if (/[أإآ]/u.test(form) && magnitude >= 1) continue;
      // (written without the article, a word the unlabelled text often gives it is a word:
      // معربة "expressing", جسرين "two bridges" — for a town, a village or a quarter, sometimes
      // is enough: مسحة "a touch"; with it, a word mostly without it (خليل), or —
      // for a town, a village or a quarter — as often without it as with it (المعصرة "the press")
      if (
        seen &&
        (definite
          ? seen.magnitude >= 1 &&
            (seen.article <= 1 || (seen.article === 2 && !NAMED_LEVELS.has(row.level)))
          : seen.article >= (NAMED_LEVELS.has(row.level) ? 2 : 1))
      )
        continue;
      // (nor a plural verb whose last alif the writer left out: كانو for كانوا, not Kano)
      if (key.endsWith('و') && (frequency(`${key}ا`)?.magnitude ?? -1) >= 2) continue;
      // A town, a village or a quarter is no word of people's names (كوبر، ليمان); below a
      // province — the writers' levels are rough: قربة is called a city — no word the text knows a
      // hundred times better as another word with a possessive ه (قربه "near him") or after و
      // (وربه "and his lord"), where the place itself is rare (جدة، بعقوبة stay).
      if (SMALL_LEVELS.has(row.level) && isPersonWord(key)) continue;
      if (!PROVINCES.has(row.level)) {
        const other = (form: string) => frequency(form)?.magnitude ?? -1;
        if (/ه$/.test(key) && other(key.slice(0, -1)) >= Math.max(2, magnitude + 2)) continue;
        if (/^و/.test(key) && other(key.slice(1)) >= Math.max(2, magnitude + 2)) continue;
      }
      // (one ending in the accusative's alif after a word it knows is that word's accusative:
      // عقابا "punishment")
      if (key.endsWith('ا') && (frequency(key.slice(0, -1))?.magnitude ?? -1) >= 1) continue;
      keys.add(word);
      if (foreign) abroad?.add(word);
    }
  }
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Words a man is called by before his given name (أبو سليم، الحاج عمران). */
const KUNYA = new Set(['ابو', 'ابي', 'الحاج', 'الشيخ', 'السيد'].map(dictionaryWord));

/** Whether a name of several words reads as a man's: a kunya or a title, then a given name. */
export function personLike(words: string[], isPersonWord: (word: string) => boolean): boolean {
  return (
    words.length === 2 &&
    KUNYA.has(dictionaryWord(words[0]!)) &&
    isPersonWord(dictionaryWord(words[1]!))
  );
}
