/**
 * Words that head or end names (issue 13), in one place for the rules that read them: the span
 * rules (entities.ts), the name rules (name-rules.ts) and coreference (coreference.ts). Compared
 * normalised (lib/nlp/normalize.ts).
 */
import { isArabicWord } from './tag-edits';
import { LATER_HEADS } from './later-heads';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/**
 * Words that begin names of institutions and places (a one-letter proclitic before them is never
 * part of the name: ووزارة، بوزارة; وزارة itself is not و + زارة, since زارة is not one of them).
 */
export const NAME_HEADS = new Set(
  [
    'وزارة',
    'محافظة',
    'قطاع',
    'مدينة',
    'ولاية',
    'جامعة',
    'شركة',
    'منظمة',
    'حزب',
    'حركة',
    'مجلس',
    'هيئة',
    'وكالة',
    'صندوق',
    'جمعية',
    'اتحاد',
    'نادي',
    'جبهة',
    'جيش',
    'قوات',
    'منطقة',
    'إقليم',
    'جزيرة',
    'مطار',
    'ميناء',
    'مستشفى',
    'مركز',
    'معهد',
    'كلية',
    'محكمة',
    'بنك',
    'مصرف',
    'ميليشيات',
    'جماعة',
    'تنظيم',
    'مؤسسة',
    'صحيفة',
    'قناة',
    'مجموعة',
    'ساحة',
    'شارع',
    'سوق',
    // (the words of smaller areas: بمقاطعة عرفات، بقرية الكرامة، وبلدية بوعينان)
    'مقاطعة',
    'قرية',
    'بلدة',
    'بلدية',
    'ناحية',
    'قضاء',
    'حي',
    // (and the heads of institutions, events and facilities the later passes read)
    ...LATER_HEADS,
  ].map(normalizeWord),
);

/** Words that head an organisation's name (منظمة “…”، حزب الاتحاد الاشتراكي). */
export const ORG_HEADS = set([
  'منظمة',
  'حركة',
  'جماعة',
  'حزب',
  'شركة',
  'وكالة',
  'جمعية',
  'مؤسسة',
  'هيئة',
  'اتحاد',
  'تحالف',
  'جبهة',
  'مجموعة',
  'تنظيم',
  'صحيفة',
  'قناة',
  'شبكة',
  'مجلة',
  'نادي',
  'فريق',
]);

/**
 * Words that say what an organisation is rather than name it (صحيفة ديلي ميل is ديلي ميل), as
 * written: the name shown drops one, and spellings of one name are compared without it.
 */
export const DESCRIPTORS = [
  'منظمة',
  'صحيفة',
  'جريدة',
  'قناة',
  'شركة',
  'موقع',
  'وكالة',
  'مجلة',
  'شبكة',
  'منصة',
  'تطبيق',
  'فريق',
  'نادي',
] as const;
const DESCRIPTOR_SET = set([...DESCRIPTORS]);

/** Words that describe what an organisation is rather than name it (صحيفة، قناة، شركة …). */
export const DESCRIPTOR = new RegExp(`^(${DESCRIPTORS.join('|')})\\s+`, 'u');

/** Words that head a place's name (مدينة …، شبه جزيرة القرم). */
export const LOC_HEADS = set([
  'مدينة',
  'محافظة',
  'ولاية',
  'جزيرة',
  'شبه',
  'منطقة',
  'إقليم',
  'جمهورية',
  'مملكة',
  'إمارة',
  'دولة',
]);

/** Heads of the names of public bodies, as the stem after the article (الهيئة → هيئة). */
export const BODY_HEADS = new Set(
  [
    'هيئة',
    'ديوان',
    'مجلس',
    'أمانة',
    'اتحاد',
    'وكالة',
    'منظمة',
    'صندوق',
    'معهد',
    'مركز',
    'مرصد',
    'جمعية',
    'مؤسسة',
    'رابطة',
    'لجنة',
    'مكتب',
    'بنك',
    'مصرف',
    'جهاز',
    'مديرية',
    'فرقة',
    'شركة',
    'محكمة',
    'نقابة',
  ].map(normalizeWord),
);

/**
 * Heads of a national or international body named by its nationality (الجيش الليبي، التحالف
 * العربي، المصرف المركزي البحريني، القوات الجوية الأمريكية), as the stem after the article.
 */
export const NATIONAL_BODY_HEADS = new Set(
  [
    'جيش',
    'قوات',
    'تحالف',
    'معهد',
    'مصرف',
    'بنك',
    'حرس',
    'برلمان',
    'كونغرس',
    'كونجرس',
    'جامعة',
    'اتحاد',
    'مجلس',
    'منتخب',
    'حزب',
    'تلفزيون',
    'تلفزة',
    'إذاعة',
    'وكالة',
    'مخابرات',
    'استخبارات',
    'سفارة',
    'قنصلية',
  ].map(normalizeWord),
);

/** What a work is, before its title in quotes (فيلم "…"). */
export const WORK_HEADS = new Set(
  [
    'فيلم',
    'مسلسل',
    'كتاب',
    'رواية',
    'أغنية',
    'برنامج',
    'مسرحية',
    'ألبوم',
    'لعبة',
    'ديوان',
    'كليب',
  ].map(normalizeWord),
);

/** Titles before an artist's, writer's or player's name (الفنانة يسرا، الكاتبة …، المهاجم …). */
export const PERSON_TITLES = new Set(
  [
    'الفنان',
    'الفنانة',
    'الممثل',
    'الممثلة',
    'المطرب',
    'المطربة',
    'المغني',
    'المغنية',
    'اللاعب',
    'اللاعبة',
    'المخرج',
    'المخرجة',
    'الشاعر',
    'الشاعرة',
    'الروائي',
    'الروائية',
    'الإعلامي',
    'الإعلامية',
    'المذيع',
    'المذيعة',
    'النجم',
    'النجمة',
    'الكاتب',
    'الكاتبة',
    'المؤلف',
    'المؤلفة',
    'الصحفي',
    'الصحفية',
    'الصحافي',
    'الصحافية',
    'المدرب',
    'المهاجم',
    'المدافع',
    'الحارس',
    'الناشط',
    'الناشطة',
    'الملاكم',
    'المصور',
    'المصورة',
  ].map(normalizeWord),
);

/** Adjectives of direction that are part of a place's name after it (كوريا الشمالية). */
export const PLACE_DIRECTIONS = set([
  'الشمالية',
  'الجنوبية',
  'الشرقية',
  'الغربية',
  'الوسطى',
  'الشمالي',
  'الجنوبي',
]);

/** Words after a name that make a different place of it: the directions and more (… الكبرى، … الجديدة). */
export const DIRECTIONS = new Set([
  ...PLACE_DIRECTIONS,
  ...set(['الشرقي', 'الغربي', 'الكبرى', 'الصغرى', 'الجديدة', 'القديمة']),
]);

/** Military and police ranks, which begin a person's mention, never end a body's name. */
export const RANKS = new Set(
  [
    'الملازم',
    'النقيب',
    'الرائد',
    'المقدم',
    'العقيد',
    'العميد',
    'اللواء',
    'المشير',
    'الرقيب',
    'العريف',
  ].map(normalizeWord),
);

/**
 * Institutions named after a place as well as a person (جامعة القاهرة، مستشفى الزهراوي). Not a
 * stadium's or an airport's head: استاد القاهرة still names Cairo for the reader; nor a
 * company's or a paper's, whose place is often only where it is (شركة الرباط … للتهيئة).
 */
export const OF_PLACE = new Set(
  ['جامعة', 'مستشفى', 'مدرسة', 'كلية', 'معهد', 'مكتبة', 'متحف', 'مؤسسة'].map(normalizeWord),
);

/** A team's staff, not a body (الجهاز الفني للفريق), as the head's stem and the word after it. */
export const STAFF = new Set(
  ['جهاز الفني', 'جهاز الطبي', 'جهاز الإداري', 'جهاز التدريبي'].map((s) =>
    s.split(' ').map(normalizeWord).join(' '),
  ),
);

/** Words that link a person's names: a name goes on after them (السعيد بن طيبة، أشرف بن عبد السلام). */
export const NAME_LINKS = new Set(
  // (ولد and منت: Mauritania's "son of" and "daughter of", محمد ولد الغزواني، مريم منت الشيخ)
  ['بن', 'بنت', 'ابن', 'ابنة', 'عبد', 'أبو', 'أبي', 'آل', 'ولد', 'منت'].map(normalizeWord),
);

/** Adjectives that end a place's name after a person's (مطار الملك خالد الدولي، ملعب … الأولمبي). */
export const PLACE_ADJECTIVES = set(['الدولي', 'الدولية', 'الأولمبي', 'الأولمبية']);

/** Words after which a clause goes on (so the word before them may end a name). */
export const CLAUSE_ENDS = new Set(
  [
    'ل',
    'في',
    'من',
    'إلى',
    'على',
    'عن',
    'مع',
    'أن',
    'إن',
    'أنه',
    'أنها',
    'بأن',
    'بأنه',
    'بأنها',
  ].map(normalizeWord),
);

/**
 * Whether the clause goes on at `token` after a name, which may therefore end there: the sentence
 * ends or punctuation, a word of CLAUSE_ENDS, لـ, or an official's title without the article
 * (`roleNouns`: … الجندي رئيس الهيئة).
 */
export function clauseGoesOnAt(token: string | undefined, roleNouns: Set<string>): boolean {
  if (token === undefined || !isArabicWord(token)) return true;
  const n = normalizeWord(token);
  return CLAUSE_ENDS.has(n) || token.startsWith('لـ') || roleNouns.has(n);
}

/** Days and times, which follow a name without being part of it (وزارة الداخلية اليوم الأربعاء). */
export const TIME_WORDS = set([
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'اليوم',
  'الآن',
  'الأسبوع',
  'الشهر',
  'الليلة',
  'الصباح',
  'المساء',
  'أمس',
  'غدا',
]);

/**
 * Whether a word (behind a one-letter proclitic too) heads the name of an institution, a body, a
 * place or a work, or describes an organisation (جامعة، نادي، هيئة، مدينة …): a word of people's
 * names by the lists, but not a person's first word.
 */
export function isInstitutionHead(token: string): boolean {
  const n = normalizeWord(token);
  const bare = 'وبلفك'.includes(n[0] ?? '') ? n.slice(1) : n;
  return [n, bare].some(
    (w) =>
      NAME_HEADS.has(w) ||
      ORG_HEADS.has(w) ||
      BODY_HEADS.has(w) ||
      NATIONAL_BODY_HEADS.has(w) ||
      LOC_HEADS.has(w) ||
      WORK_HEADS.has(w) ||
      DESCRIPTOR_SET.has(w),
  );
}

/**
 * Words an outlet's name ends with that its mentions may carry or leave out (بي بي سي نيوز، CNN
 * بالعربية، الجزيرة نت): shared by the outlet rule (own-outlet.ts) and the split of an outlet from
 * the names around it (name-splits.ts), each adding its own.
 */
export const OUTLET_SUFFIXES: readonly string[] = ['نيوز', 'عربي', 'عربية', 'بالعربية', 'نت'].map(
  normalizeWord,
);
