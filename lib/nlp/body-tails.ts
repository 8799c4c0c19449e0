/**
 * The ends of bodies' names the tagger or the other passes cut short (issue 13), over an article's
 * tags in lib/nlp/document.ts before not-names.ts:
 * - a name that ends on a noun in the construct state behind ل is not finished: its genitive
 *   follows, a word with the article or a place (هيئة المحطات النووية لتوليد | الكهرباء، الاتحاد
 *   الوطني لطلبة | المغرب، النقابة العامة لأعضاء | هيئة …);
 * - a ministry or an authority names its second field after و, a verbal noun and its genitive
 *   (وزارة التجارة الداخلية | وضبط السوق الوطنية، وزارة الثروة الزراعية والسمكية | وموارد المياه،
 *   وزارة التهذيب الوطني | وإصلاح النظام التعليمي) — from a short list of such nouns, so that
 *   وزارة الداخلية | وقوات الأمن stays two;
 * - a name's adjectives of relation paired after و go with it (لجنة الشؤون الدستورية |
 *   والتشريعية، معهد العلوم | القضائية والقانونية);
 * - a sports body's name ends with its sport (الاتحاد العربي السوري | لكرة القدم);
 * - and, at its start, a police station or command is named with its kind (قسم | شرطة بولاق
 *   الدكرور، قيادة | شرطة محافظة البصرة).
 */
import { FUNCTION_WORDS } from './function-words';
import { claim, isArabicWord, isDefinite, isOneOf, readsAsRelation } from './tag-edits';
import { NOT_OF_RELATION, POLICE } from './place-heads';
import { spans } from './tags';
import { TIME_WORDS } from './name-words';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Heads of government bodies that name a second field after و. */
const FIELD_HEADS = set(['وزارة', 'الوزارة', 'هيئة', 'الهيئة', 'ديوان', 'مديرية', 'المديرية']);
/** Heads of public bodies whose names end with their country's adjective (مجلس، وزارة، منظمة). */
const PUBLIC_HEADS = set([
  'وزارة',
  'الوزارة',
  'مجلس',
  'المجلس',
  'منظمة',
  'هيئة',
  'الهيئة',
  'نقابة',
  'النقابة',
  'جمعية',
  'الجمعية',
  'لجنة',
  'اللجنة',
]);
/** Verbal nouns and the like that begin a body's second field (وضبط السوق، وموارد المياه). */
const SECOND_FIELDS = set([
  'موارد',
  'ضبط',
  'إصلاح',
  'تنمية',
  'حماية',
  'شؤون',
  'تخطيط',
  'تطوير',
  'ترقية',
  'تحديث',
  'رعاية',
  'تهيئة',
  'تكوين',
  'تشغيل',
  'تعزيز',
]);
/**
 * Verbal nouns whose genitive place is where someone goes, not a body's name (اللجنة الوزارية
 * لزيارة | مصر).
 */
const TRIPS = set(['زيارة', 'تفقد', 'حضور', 'دخول', 'مغادرة', 'استقبال', 'لقاء', 'مقابلة']);
const COMMITTEE = set(['لجنة', 'اللجنة']);
/** Heads of bodies named by their fields (لجنة الشؤون التشريعية والقانونية، كلية العلوم …). */
const FIELD_BODIES = set(
  [
    'لجنة',
    'معهد',
    'كلية',
    'قسم',
    'شعبة',
    'وزارة',
    'هيئة',
    'مديرية',
    'إدارة',
    'دائرة',
    'مركز',
  ].flatMap((w) => [w, `ال${w}`]),
);
/** Heads of sports bodies named with their sport (الاتحاد المصري لكرة القدم). */
const SPORT_BODIES = set(['اتحاد', 'الاتحاد', 'جامعة', 'الجامعة', 'رابطة', 'الرابطة']);
/** A sport behind ل: one word, or ball and game before their kind (لكرة القدم، لألعاب القوى). */
const SPORTS = set([
  'للتنس',
  'للسباحة',
  'للدراجات',
  'للملاكمة',
  'للمصارعة',
  'للجودو',
  'للكاراتيه',
  'للتايكواندو',
  'للفروسية',
  'للشطرنج',
  'للجمباز',
  'للرماية',
  'للمبارزة',
  'للتجديف',
  'للهوكي',
  'للغولف',
  'للريشة',
]);
const SPORTS_OF = set(['لكرة', 'لألعاب', 'للألعاب', 'لرياضة']);

/** The end of a sports body's name over its sport from `end` (لكرة القدم، للسباحة). */
function withSport(tokens: string[], t: string[], end: number): number {
  if (t[end] !== 'O') return end;
  const n = normalizeWord(tokens[end] ?? '');
  if (SPORTS.has(n)) return end + 1;
  if (SPORTS_OF.has(n) && t[end + 1] === 'O' && isDefinite(tokens[end + 1] ?? '')) return end + 2;
  return end;
}

/** Adjectives of relation taken after a completed name, at most. */
const MAX_ADJECTIVES = 2;

/** Over untagged adjectives of relation from `end` (السوق | الوطنية، النظام | التعليمي). */
function withAdjectives(tokens: string[], t: string[], end: number): number {
  let e = end;
  while (
    e - end < MAX_ADJECTIVES &&
    t[e] === 'O' &&
    readsAsRelation(tokens[e]) &&
    !NOT_OF_RELATION.has(normalizeWord(tokens[e]!))
  )
    e++;
  return e;
}

/**
 * A noun in the construct state behind ل that a name cannot end on (لتوليد، لطلبة، لأعضاء): a
 * common noun behind the preposition — not a name that begins with ل (مصرف لبنان، جامعة لندن,
 * which `isName` tells).
 */
function constructBehindLam(token: string, isName: (token: string) => boolean): boolean {
  const n = normalizeWord(token);
  return (
    isArabicWord(token) &&
    /^ل[^ل]/.test(n) &&
    n.length >= 4 &&
    !FUNCTION_WORDS.has(n) &&
    !/(اً|ًا)$/.test(token) &&
    // (with a pronoun it is complete: لأعضائها — as written: ة, which folding makes ه, is none)
    !/(ه|ها|هم|هما|هن)$/.test(token) &&
    !isName(token)
  );
}
/** Seasons, words of time too (نادي ليفربول | الصيف الماضي). */
const SEASONS = set(['الصيف', 'الشتاء', 'الربيع', 'الخريف', 'الموسم']);
/** Who a body serves in a place, not its name (هيئة الهلال الأحمر لسكان | غزة). */
const PEOPLE_OF = set(['سكان', 'أهالي', 'أهل', 'أبناء', 'مواطني', 'لاجئي', 'نازحي', 'أطفال']);
/** Adjectives of how often or how far, the noun's before the body (اجتماع مجلس الوزراء | الأسبوعي). */
const NOT_OF_NAME = set(['السنوي', 'الأسبوعي', 'الشهري', 'اليومي', 'الدوري', 'الإقليمي', 'الفصلي']);

/** The kinds of the police's stations and commands before it (قسم شرطة، مركز شرطة). */
export const POLICE_UNITS = set(['قسم', 'مركز', 'قيادة', 'مديرية', 'مخفر', 'نقطة']);

/** Completes, in place, the bodies' names of every sentence (see the module's comment). */
export function completeBodyNames(
  sentences: string[][],
  tags: string[][],
  isNationality: (token: string) => boolean = () => false,
  isName: (token: string) => boolean = () => false,
  isWord: (form: string) => boolean = () => true,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    const countryAdjectives = (end: number) => {
      let e = end;
      while (
        e - end < MAX_ADJECTIVES &&
        t[e] === 'O' &&
        (isNationality(tokens[e]!) ||
          (readsAsRelation(tokens[e]) &&
            /ي$/.test(tokens[e]!) &&
            !NOT_OF_RELATION.has(normalizeWord(tokens[e]!)) &&
            !NOT_OF_NAME.has(normalizeWord(tokens[e]!))))
      )
        e++;
      return e;
    };
    for (const sp of spans(t)) {
      if (sp.type !== 'ORG' || sp.end - sp.start < 2) continue;
      let end = sp.end;
      if (constructBehindLam(tokens[end - 1]!, isName)) {
        const noun = normalizeWord(tokens[end - 1]!).slice(1);
        if (t[end] === 'B-LOC' && !TRIPS.has(noun) && !PEOPLE_OF.has(noun)) {
          end++;
          while (t[end] === 'I-LOC') end++;
          // (and the adjective of an event named by its place: لأيام قرطاج | السينمائية)
          end = withAdjectives(tokens, t, end);
        } else if (
          t[end] === 'O' &&
          isDefinite(tokens[end] ?? '') &&
          !TIME_WORDS.has(normalizeWord(tokens[end]!)) &&
          !SEASONS.has(normalizeWord(tokens[end]!))
        ) {
          end = withAdjectives(tokens, t, end + 1);
        } else if (
          // (the genitive the tagger took for a person's first word, before a person of two
          // words: لتوليد | الكهرباء شريف حلمي)
          t[end] === 'B-PER' &&
          t[end + 1] === 'I-PER' &&
          t[end + 2] === 'I-PER' &&
          isDefinite(tokens[end]!)
        ) {
          t[end + 1] = 'B-PER';
          end++;
        }
      } else if (
        isOneOf(tokens[sp.start]!, PUBLIC_HEADS) &&
        isDefinite(tokens[end - 1]!) &&
        countryAdjectives(end) > end &&
        // (a committee's adjective is feminine: رئيس اللجنة الأولمبية الدولية | الألماني توماس
        // باخ describes the man)
        !(isOneOf(tokens[sp.start]!, COMMITTEE) && !/ة$/.test(tokens[countryAdjectives(end) - 1]!))
      ) {
        // (a public body's name that ends on a word with the article goes on with a country's
        // adjective, or a masculine one of relation, the tagger left after it: مجلس الاحتياطي
        // الفيدرالي | الأميركي، النقابة العامة لأعضاء هيئة التدريس | الجامعي — not a feminine
        // one, as often the noun's before the body: رئاسة الاتحاد الأفريقي | الدورية; nor after
        // a club or a party, whose adjective is as often their coach's or their creed: مدرب نادي
        // الهلال | الإيطالي، حزب التجمع الوطني | اليميني)
        end = countryAdjectives(end);
      } else if (
        isOneOf(tokens[sp.start]!, FIELD_HEADS) &&
        t[end] === 'O' &&
        t[end + 1] === 'O' &&
        /^و/.test(tokens[end] ?? '') &&
        SECOND_FIELDS.has(normalizeWord(tokens[end]!).slice(1)) &&
        isDefinite(tokens[end + 1]!)
      ) {
        end = withAdjectives(tokens, t, end + 2);
      }
      // A sports body's name ends with its sport the tagger left (الاتحاد العربي السوري | لكرة
      // القدم، الاتحاد الجزائري | للسباحة).
      // (…and with the country's adjective the tagger left before it: الاتحاد العربي | السوري
      // لكرة القدم)
      if (end === sp.end && isOneOf(tokens[sp.start]!, SPORT_BODIES)) {
        const country = t[end] === 'O' && isNationality(tokens[end]!) ? end + 1 : end;
        const sport = withSport(tokens, t, country);
        if (sport > country) end = sport;
      }
      // A name's adjectives of relation come in pairs after و (لجنة الشؤون الدستورية |
      // والتشريعية، معهد العلوم | القضائية والقانونية، كلية العلوم القانونية | والاقتصادية
      // والاجتماعية): one the tagger left, or none, then one or two behind و of the same gender —
      // never a country's (القوات السورية والروسية are two) — after the head of a body named by
      // its fields only: after a party, a court or a bank the adjective tells which (الحزب
      // الديمقراطي | والجمهوري، المحكمة الدستورية | والإدارية are two).
      if (isOneOf(tokens[sp.start]!, FIELD_BODIES))
        end = pairedAdjectives(tokens, t, end, isNationality, isWord);
      // Whom or what a body is for goes on with a second after و in ين or ات, and the country's
      // adjective (الاتحاد العام للتجار | والحرفيين الجزائريين، الجمعية الوطنية
      // للمتقاعدين والمسنين) — not a word that begins the next clause (للتجار | والحكومة).
      if (end === sp.end && end - sp.start >= 2) end = secondPurpose(tokens, t, end, isNationality);
      // (the kind of police station as written: behind a proclitic it is as often a preposition
      // and a noun — بقيادة شرطة دبي "led by")
      const start =
        t[sp.start - 1] === 'O' &&
        POLICE.has(normalizeWord(tokens[sp.start]!)) &&
        POLICE_UNITS.has(normalizeWord(tokens[sp.start - 1] ?? ''))
          ? sp.start - 1
          : sp.start;
      if (end > sp.end || start < sp.start) claim(t, start, end, 'ORG');
    }
  });
}

/** The end of an organisation's name over the adjectives of relation paired after و from `end`. */
function pairedAdjectives(
  tokens: string[],
  t: string[],
  end: number,
  isNationality: (token: string) => boolean,
  isWord: (form: string) => boolean,
): number {
  if (t[end] !== 'O') return end;
  // (the gender of an adjective of relation at `k`, behind و or not; untagged unless `inName`)
  const relation = (k: number, behindWa: boolean, inName = false) => {
    const w = tokens[k] ?? '';
    if ((!inName && t[k] !== 'O') || (behindWa && !/^و/.test(w))) return undefined;
    const bare = behindWa ? w.slice(1) : w;
    if (!readsAsRelation(bare) || NOT_OF_RELATION.has(normalizeWord(bare)) || isNationality(bare))
      return undefined;
    if (/ي$/.test(bare)) return 'm';
    // (a feminine one is its masculine with ة, a word of the unlabelled text: القانونية as
    // قانوني — not a noun in ية: الوقاية، القضية)
    return isWord(normalizeWord(bare).slice(2, -1)) ? 'f' : undefined;
  };
  const last = relation(end - 1, false, true) ?? relation(end - 1, true, true);
  const own = relation(end, false);
  const gender = own ?? last;
  let e = own ? end + 1 : end;
  let pairs = 0;
  while (pairs < 2 && gender && relation(e, true) === gender) {
    e++;
    pairs++;
  }
  return pairs ? e : end;
}

/** The end of a body's name over a second one it is for after و, and a nationality, or `end`. */
function secondPurpose(
  tokens: string[],
  t: string[],
  end: number,
  isNationality: (token: string) => boolean,
): number {
  const last = normalizeWord(tokens[end - 1]!);
  const next = normalizeWord(tokens[end] ?? '');
  // (the second tells, as للتجار is a broken plural: a word in ين or ات — a sound plural, or a
  // verbal noun such as التخزين: الشركة القابضة للصوامع | والتخزين)
  if (!/^لل.{3,}/.test(last) || t[end] !== 'O' || !/^وال.{3,}(ين|ات)$/.test(next)) return end;
  if (FUNCTION_WORDS.has(next.slice(1))) return end;
  const e = end + 1;
  return t[e] === 'O' && isNationality(tokens[e] ?? '') ? e + 1 : e;
}
