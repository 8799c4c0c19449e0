/**
 * Places named by what they are and what they are called (issue 13): a stadium, a street, a
 * mosque, a cemetery, a crossing … and its name — a definite word (ملعب الثمامة، شارع الوحدة،
 * جامع الراجحي، مقبرة الجلاز), a date (ملعب 5 جويلية، ملعب 22 مايو) or a person the tags hold
 * whole (ملعب حمادي العقربي) — with its adjectives of relation (ملعب 5 جويلية الأولمبي، ستاد عمان
 * الدولي). Heads that are as often a figure of speech (سوق العمل، مسرح الجريمة، ساحة المعركة)
 * take only a name the unlabelled text hardly knows, in the singular (سوق العبور، مسرح الدسمة;
 * not سد الفجوات — سد, "to fill", is left out). Runs in
 * lib/nlp/document.ts after the other passes' places, over untagged words.
 */
import { FUNCTION_WORDS } from './function-words';
import { TIME_WORDS } from './name-words';
import { claim, isArabicWord, isDefinite, isOneOf } from './tag-edits';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Heads whose next definite word is a name. */
const FACILITIES = set([
  'ملعب',
  'ستاد',
  'استاد',
  'شارع',
  'جامع',
  'مسجد',
  'مقبرة',
  'مطار',
  'معبر',
  'مخيم',
  'حلبة',
  'كورنيش',
  'ميناء',
  'حي',
]);
/**
 * Heads of a city's streets, named after a place they honour as well: before a place the tags
 * hold whole (شارع دبي، شارع فلسطين، نفق سيدي جابر). Not a road (طريق، أوتوستراد), named after
 * the town it leads to — the town is what news speaks of as often (على طريق صحنايا).
 */
const STREETS = set(['شارع', 'نفق', 'كورنيش']);
/** Heads that are as often a figure of speech: only before a name hardly known as a word. */
const FIGURATIVE = set(['ساحة', 'مسرح', 'سوق', 'جسر']);
/** Months, as the Arab regions write them, after a day's number in a place's name. */
const MONTHS = set([
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'إبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
  'جانفي',
  'فيفري',
  'أفريل',
  'ماي',
  'جوان',
  'جويلية',
  'أوت',
  'كانون',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين',
]);
/** Adjectives that only describe, never name. */
const DESCRIBING = set([
  'الرئيسي',
  'الرئيسية',
  'الرسمي',
  'الحكومي',
  'الدولي',
  'الوطني',
  'المحلي',
  'الأولمبي',
  'البلدي',
  'الجديد',
  'القديم',
  'الكبير',
  // (a participle: الطريق المؤدي إلى …)
  'المؤدي',
  'المؤدية',
]);
const ROAD = normalizeWord('الطريق');
/** A definite adjective of relation (الأولمبي، الدولي، الشرفي). */
const isRelation = (token: string | undefined) =>
  token !== undefined && isDefinite(token) && /^ال.{2,}(ي|ية)$/u.test(token);

/**
 * Claims, in place, the places named by a facility's head in every sentence (see the module's
 * comment). `magnitude(form)` is the order of magnitude of a form's count in the unlabelled text.
 */
export function claimFacilities(
  sentences: string[][],
  tags: string[][],
  magnitude: (form: string) => number,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (t[k] !== 'O') continue;
      const n = normalizeWord(tokens[k]!);
      const bare =
        'وبلف'.includes(n[0]!) && !FACILITIES.has(n) && !FIGURATIVE.has(n) ? n.slice(1) : n;
      const strong = FACILITIES.has(bare);
      // (the road named by its adjectives: الطريق الصحراوي الغربي، الطريق الدائري)
      if (bare === ROAD || (n.startsWith('بال') && `ال${n.slice(3)}` === ROAD)) {
        let last = k + 1;
        while (
          last < tokens.length &&
          t[last] === 'O' &&
          isRelation(tokens[last]) &&
          !isOneOf(tokens[last]!, DESCRIBING)
        )
          last++;
        if (last > k + 1) {
          claim(t, k, last, 'LOC');
          k = last - 1;
        }
        continue;
      }
      if (STREETS.has(bare) && t[k + 1] === 'B-LOC') {
        let end = k + 2;
        while (t[end] === 'I-LOC') end++;
        claim(t, k, end, 'LOC');
        k = end - 1;
        continue;
      }
      if (!strong && !FIGURATIVE.has(bare)) continue;
      const end = nameEnd(tokens, t, k + 1, strong, magnitude);
      if (end < 0) continue;
      let last = end;
      while (last < tokens.length && t[last] === 'O' && isRelation(tokens[last])) last++;
      claim(t, k, last, 'LOC');
      k = last - 1;
    }
  });
}

/** The end (exclusive) of a facility's name from `at`, or -1 when none stands there. */
function nameEnd(
  tokens: string[],
  t: string[],
  at: number,
  strong: boolean,
  magnitude: (form: string) => number,
): number {
  const w = tokens[at];
  if (w === undefined) return -1;
  // a date: 5 جويلية، 22 مايو
  if (strong && /^\d{1,2}$/.test(w) && isOneOf(tokens[at + 1] ?? '', MONTHS)) return at + 2;
  // a person or a place the tags hold whole (a place only with an adjective after it: ستاد عمان
  // الدولي — ملعب طرابلس alone may be any ground in the city)
  if (strong && (t[at] === 'B-PER' || t[at] === 'B-LOC')) {
    const type = t[at]!.slice(2);
    let end = at + 1;
    while (t[end] === `I-${type}`) end++;
    if (type === 'PER' || (t[end] === 'O' && isRelation(tokens[end]))) return end;
    return -1;
  }
  if (t[at] !== 'O' || !isArabicWord(w) || !isDefinite(w)) return -1;
  const n = normalizeWord(w);
  // (a family name that reads as an adjective of relation is a name after a strong head: جامع
  // الراجحي — not a word that only describes: ملعب الرئيسي)
  if (FUNCTION_WORDS.has(n) || isOneOf(w, TIME_WORDS) || isOneOf(w, DESCRIBING)) return -1;
  if (isRelation(w) && !strong) return -1;
  // (people are what it is for: مخيم اللاجئين، ملعب اللاعبين)
  if (/(ين|ون)$/.test(n) && !/(يين|يون)$/.test(n)) return -1;
  if (!strong && (magnitude(n.slice(2)) > 1 || /ات$/.test(n))) return -1;
  return at + 1;
}
