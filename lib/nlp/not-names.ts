/**
 * Words the tagger or the lists take for names where their context says they are not (issue 13),
 * cleared over an article's tags as the last of the passes (document.ts):
 * - a currency after an amount (94.60 ريال، 7.3 مليار ريال: no Real Madrid);
 * - a nationality read as its country (السعودية), after a feminine or plural noun it describes
 *   (السوق الرئيسية السعودية، الحكومة السعودية; but زار الأمير السعودية: the country);
 * - a person's words from a preposition that folding reads as a name's word (وقف محمد | أمام
 *   القاضي: أمام is no إمام);
 * - a place or an event's word in quotes after لـ and a word of telling, or after a dateline's
 *   colon: an outlet the article quotes or credits (في تصريح لـ«الخليج»، الشارقة: «الخليج»; not
 *   الدعم الأمريكي لـ«إسرائيل»); so is one after a reporter's word (لمراسل الأناضول) or after the
 *   slash of a dateline's place (أنقرة/ الأناضول);
 * - a person's name right after an area's word is the place named after them (مدينة الملك
 *   عبدالله، في قضاء أبي الخصيب — قضاء only after a preposition of place);
 * - a web address's words alone (دوت كوم), and the name before them an outlet's («القدس» دوت كوم);
 * - a word of kin after و (وأم "and a mother"), and Egyptian دى ("this");
 * - a verb written with ى that folding reads as a name written with ي (انهيار أودى بحياة طفلين: no
 *   أودي, the car maker).
 */
import { PREPOSITION_AS_NAME } from './function-words';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Currencies, as written after an amount (also with the article: … مليون من الريالات). */
const CURRENCIES = set([
  'ريال',
  'ريالا',
  'ريالات',
  'دينار',
  'دينارا',
  'دنانير',
  'درهم',
  'درهما',
  'دراهم',
  'جنيه',
  'جنيها',
  'ليرة',
  'ليرات',
  'دولار',
  'دولارا',
  'دولارات',
  'يورو',
  'روبية',
  'فرنك',
  'ين',
  'يوان',
  'روبل',
]);

/** Words of telling before لـ and an outlet's name (في تصريح لـ«الخليج»، وقال … لـ«عمون»). */
export const TELLING = set([
  'تصريح',
  'تصريحات',
  'حديث',
  'حوار',
  'مقابلة',
  'قال',
  'قالت',
  'أكد',
  'أكدت',
  'أوضح',
  'أوضحت',
  'أضاف',
  'أضافت',
  'صرح',
  'صرحت',
  'كشف',
  'كشفت',
  'أفاد',
  'أفادت',
  'ذكر',
  'ذكرت',
  'يقول',
  'تقول',
]);
/** Words of kin of two letters (أم، أب، أخ). */
const KIN = set(['أم', 'أب', 'أخ']);
/** Words of areas a place is named after a person with (قضاء أبي الخصيب، مدينة الملك عبدالله). */
const AREA_WORDS = set([
  'ناحية',
  'مدينة',
  'بلدة',
  'قرية',
  'مخيم',
  'منطقة',
  'مديرية',
  // (a Moroccan village: دوار تيخت)
  'دوار',
]);
const DISTRICT = normalizeWord('قضاء');
/** Prepositions a place stands after (في، من، إلى …). */
export const IN_PLACE = set(['في', 'وفي', 'من', 'إلى', 'داخل']);
/** A word without its one-letter proclitic when the rest is an area's word (وقضاء، بمدينة). */
const bareWord = (n: string) =>
  'وبلفك'.includes(n[0]!) && AREA_WORDS.has(n.slice(1)) ? n.slice(1) : n;

/** The words of a web address after a site's name (القدس دوت كوم، هسبريس دوت كوم). */
const WEB_WORDS = set(['دوت', 'كوم', 'نت', 'أورغ', 'اورج', 'أورج']);
const DOT = normalizeWord('دوت');
const QUOTES = /^[«»"“”]$/;
/**
 * A reporter, before the outlet they report for (لمراسل الأناضول) — not مراسلة, also "a letter",
 * nor موفد, "an envoy" (موفد فرنسا).
 */
const REPORTER = set(['مراسل']);

/** Verbs as written (with ى), whose folded form is a name's (أودى "claimed", أودي Audi). */
const VERBS_AS_WRITTEN = new Set(['أودى', 'أدى']);

/** Words of quantity an amount ends with (7.3 مليار ريال). */
const QUANTITIES = set(['ألف', 'آلاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'تريليون']);

/**
 * Clears, in place, the spans of one word that are a currency after an amount, or a place that
 * `isNationality` says is a nationality's form, after a feminine or plural definite noun.
 */
export function clearNotNames(
  sentences: string[][],
  tags: string[][],
  isNationality: (word: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      // (a person's: a title's words — مدخل إلى التحليل النفسي، مسجد الحنين إلى النبي — hold them)
      const from =
        sp.type === 'PER'
          ? tokens.slice(sp.start + 1, sp.end).findIndex((w) => PREPOSITION_AS_NAME.test(w))
          : -1;
      if (from >= 0) for (let k = sp.start + 1 + from; k < sp.end; k++) t[k] = 'O';
      const words = tokens.slice(sp.start, sp.end).map(normalizeWord);
      // (…or the area's word the tagger took into the person: دوار تيخت)
      const areaFirst =
        sp.end - sp.start >= 2 && AREA_WORDS.has(bareWord(normalizeWord(tokens[sp.start]!)));
      // (قضاء, a district, after a preposition of place: في قضاء أبي الخصيب — not بعد قضاء محمد
      // علي عقوبته, "serving")
      const district =
        sp.start > 1 &&
        t[sp.start - 1] === 'O' &&
        normalizeWord(tokens[sp.start - 1]!) === DISTRICT &&
        IN_PLACE.has(normalizeWord(tokens[sp.start - 2]!));
      if (
        sp.type === 'PER' &&
        (areaFirst ||
          district ||
          (sp.start > 0 &&
            t[sp.start - 1] === 'O' &&
            AREA_WORDS.has(bareWord(normalizeWord(tokens[sp.start - 1]!)))))
      ) {
        for (let k = sp.start; k < sp.end; k++) t[k] = `${k === sp.start ? 'B' : 'I'}-LOC`;
        continue;
      }
      if (
        (sp.type === 'LOC' || sp.type === 'MISC') &&
        !isEvent(tokens[sp.start]!) &&
        (quotedOutlet(tokens, t, sp.start, sp.end) || creditedOutlet(tokens, t, sp.start))
      ) {
        for (let k = sp.start; k < sp.end; k++) t[k] = `${k === sp.start ? 'B' : 'I'}-ORG`;
        continue;
      }
      if (words.every((w) => WEB_WORDS.has(w))) {
        for (let k = sp.start; k < sp.end; k++) t[k] = 'O';
        continue;
      }
      // (the site's name before them, behind a closing quote too, is an organisation)
      let after = sp.end;
      if (QUOTES.test(tokens[after] ?? '')) after++;
      if (normalizeWord(tokens[after] ?? '') === DOT && sp.type !== 'ORG')
        for (let k = sp.start; k < sp.end; k++) t[k] = `${k === sp.start ? 'B' : 'I'}-ORG`;
      if (sp.end - sp.start !== 1) continue;
      // (an Arabic word of two letters, after و too, names nothing alone: وأم، دى)
      const one = normalizeWord(tokens[sp.start]!);
      // (a word of kin after و, وأم "and a mother", and Egyptian دى "this" as written — not any
      // word of two letters: لي، وو، صن name people and papers, وفا the agency)
      if ((one[0] === 'و' && KIN.has(one.slice(1))) || tokens[sp.start] === 'دى') {
        t[sp.start] = 'O';
        continue;
      }
      if (VERBS_AS_WRITTEN.has(tokens[sp.start]!.replace(/[\u064b-\u065f\u0640]/g, ''))) {
        t[sp.start] = 'O';
        continue;
      }
      if (sp.start === 0) continue;
      const word = normalizeWord(tokens[sp.start]!);
      const before = normalizeWord(tokens[sp.start - 1]!);
      const amount = /^\d/.test(before) || QUANTITIES.has(before);
      const describes =
        sp.type === 'LOC' &&
        t[sp.start - 1] === 'O' &&
        before.startsWith('ال') &&
        /(ه|ات)$/.test(before) &&
        // (a noun already described by its own nationality: الحكومة البريطانية السعودية is the
        // country, the object)
        !isNationality(tokens[sp.start - 1]!) &&
        word.startsWith('ال') &&
        isNationality(tokens[sp.start]!);
      if ((amount && CURRENCIES.has(word)) || describes) t[sp.start] = 'O';
    }
  });
}

/** An event's name, by its head (كأس العالم، مهرجان القاهرة): never an outlet. */
const isEvent = (token: string) => EVENT_WORDS.has(normalizeWord(token));
const EVENT_WORDS = set(['كأس', 'بطولة', 'دوري', 'مهرجان', 'معرض', 'ملتقى', 'جائزة']);

/**
 * Whether the name at `start`…`end` stands in quotes of its own right after لـ (في تصريح
 * لـ«الخليج») or after the colon of a dateline at the sentence's start (الشارقة: «الخليج»).
 */
function quotedOutlet(tokens: string[], t: string[], start: number, end: number): boolean {
  if (!QUOTES.test(tokens[start - 1] ?? '') || !QUOTES.test(tokens[end] ?? '')) return false;
  const before = tokens[start - 2];
  // (after لـ where the article quotes what someone told it: في تصريح لـ«الخليج»، قال لـ«عمون» —
  // not الدعم الأمريكي لـ«إسرائيل»)
  if (before === 'لـ')
    return tokens
      .slice(Math.max(0, start - 8), start - 2)
      .some((w) => TELLING.has(normalizeWord(w)) || TELLING.has(normalizeWord(w).slice(1)));
  // (the dateline: one place, then the colon, at the start)
  if (before !== ':' || start < 3) return false;
  const place = start - 3;
  let first = place;
  while (first > 0 && t[first]?.startsWith('I-')) first--;
  return first === 0 && t[first] === 'B-LOC';
}

/**
 * Whether the name at `start` follows a reporter's word, behind ل or و too (لمراسل الأناضول), or
 * the slash of a dateline, a place of one or two words at the sentence's start (أنقرة/ الأناضول).
 */
function creditedOutlet(tokens: string[], t: string[], start: number): boolean {
  const before = normalizeWord(tokens[start - 1] ?? '');
  if (t[start - 1] === 'O' && (REPORTER.has(before) || REPORTER.has(before.replace(/^[لو]+/, ''))))
    return true;
  // (after a place the tags hold: السومرية نيوز/ بغداد is the outlet, then the place)
  // (the dateline's last part only: بيروت/ لبنان - قال، القدس/ غزة/ الأناضول)
  return (
    tokens[start - 1] === '/' &&
    (start === 2 || start === 3) &&
    /-LOC$/.test(t[start - 2] ?? '') &&
    !/^[/\-–:]$/.test(tokens[start + 1] ?? '')
  );
}
