/**
 * Words name-bounds.ts reads a person's bounds with: who a person is, the second words of compound
 * first names, a city's mayor, adjectives that end like family names.
 */
import { NAME_LINKS, PERSON_TITLES } from './name-words';
import { ROLE_NOUNS } from './roles';
import { normalizeWord } from '../text/normalize';

/** Words for who a person is, before their name (المواطن، الطالبة، الشاب). */
export const PERSON_NOUNS = new Set(
  [
    'المواطن',
    'المواطنة',
    'الطالب',
    'الطالبة',
    'الشاب',
    'الشابة',
    'الطفل',
    'الطفلة',
    'السيد',
    'السيدة',
    'المهندس',
    'المهندسة',
    'الحاج',
    'الحاجة',
    'المتهم',
    'المتهمة',
    'الضحية',
    'الشهيد',
    // (trades and occupations a witness is named by: المحامي علي مصبح ضاحي، المزارع صالح …)
    'المحامي',
    'المحامية',
    'الطبيب',
    'الطبيبة',
    'الممرض',
    'الممرضة',
    'المزارع',
    'الفلاح',
    'التاجر',
    'الصياد',
    'السائق',
    'المعلم',
    'المعلمة',
    'الموظف',
    'الموظفة',
    'الناشط',
    'الناشطة',
    'الباحث',
    'الباحثة',
    'القاضي',
    'القاضية',
    'البرلماني',
    'البرلمانية',
    'المسعف',
    'المتطوع',
    'المتطوعة',
  ].map(normalizeWord),
);

/**
 * Honorifics of address before a name (معالي، سعادة، فخامة، سماحة): never its first word
 * (name-bounds.ts), and words that present a person (presented-persons.ts HONORIFICS).
 */
export const HONORIFIC_ADDRESS = new Set(
  ['معالي', 'سعادة', 'فضيلة', 'سمو', 'فخامة', 'سماحة'].map(normalizeWord),
);

/** A doctor's title before a name (الدكتور، الدكتورة). */
export const DOCTORS = new Set(['الدكتور', 'الدكتورة'].map(normalizeWord));

/** Titles of profession written before a name, with the article (البروفيسورة كاثرين هيمانز). */
export const PROFESSIONS = new Set([
  ...DOCTORS,
  ...[
    'البروفيسور',
    'البروفيسورة',
    'البروفسور',
    'البروفسورة',
    'المهندس',
    'المهندسة',
    'المحامي',
    'المحامية',
  ].map(normalizeWord),
]);

/** What is no part of the name it precedes: an honorific, a title of profession or of trade. */
export const TITLES_BEFORE = new Set([...HONORIFIC_ADDRESS, ...PROFESSIONS, ...PERSON_TITLES]);
/** …and the words for who a person is (الفلاح، المواطن): none begins the name after it. */
export const WORDS_BEFORE_NAMES = new Set([...TITLES_BEFORE, ...PERSON_NOUNS]);

/** The second words of compound first names (منة الله، نصر الدين). */
export const COMPOUND_SECOND = new Set(['الله', 'الدين'].map(normalizeWord));
/** Adjectives of a person's age (الثلاثيني، الستينية), normalised: no family names. */
export const AGES = /^ال(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)ي/;
/** Titles in the construct state that follow a name with their genitive (… أمير منطقة جازان). */
export const TITLES_OF = new Set([
  ...ROLE_NOUNS,
  ...['أمير', 'ملك', 'سفير', 'ولي'].map(normalizeWord),
]);
/** A city's mayor in the Levant and Iraq (أمين عمان، أمين بغداد), also the given name أمين. */
export const MAYOR = new Set(['أمين', 'وأمين'].map(normalizeWord));
/** Adjectives of time and order that end like a family name (الثاني، الحالي). */
export const NOT_FAMILY = new Set(
  ['الثاني', 'الحادي', 'الحالي', 'الماضي', 'الجاري', 'التالي', 'النهائي', 'الرسمي'].map(
    normalizeWord,
  ),
);
/** Ordinals without the article, which begin what a sentence says after a name (أول رئيس). */
export const ORDINAL_WORDS = new Set(['أول', 'أولى', 'ثاني', 'ثالث', 'آخر'].map(normalizeWord));

/** The second word of compound given names (نور الدين، عبد الكريم، عوض الكريم). */
export const COMPOUND_GIVEN_LAST = new Set(
  ['الدين', 'الله', 'الكريم', 'الرحمن'].map(normalizeWord),
);
/** Words that join a person's name to the next (بن، أبو، آل), and the Amazigh أيت. */
export const LINKS = new Set([...NAME_LINKS, ...['أيت', 'آيت'].map(normalizeWord)]);
/** The same as written (آبي, Abe, is no أبي). */
export const LINKS_WRITTEN = new Set([
  'بن',
  'بنت',
  'ابن',
  'ابنة',
  'أبو',
  'ابو',
  'أبي',
  'آل',
  'ولد',
  'منت',
  'أيت',
  'آيت',
]);
/**
 * Verbs a person's name follows, as written (with their hamza: رأى is no رأي, "opinion"), which
 * the tagger takes into the name: فيما رأى | العطار، الذي أدار | بن عياد. Not a verb that is also
 * a given name (طالب، نصر).
 */
export const LEADING_VERBS = new Set([
  'قال',
  'قالت',
  'أكد',
  'أكدت',
  'أوضح',
  'أوضحت',
  'أضاف',
  'أضافت',
  'أشار',
  'أشارت',
  'اعتبر',
  'اعتبرت',
  'رأى',
  'رأت',
  'أدار',
  'أدارت',
  'أمر',
  'أمرت',
  'هنأ',
  'هنأت',
  'استقبل',
  'استقبلت',
  'التقى',
  'التقت',
  'أعلن',
  'أعلنت',
  'كشف',
  'كشفت',
]);

/** A tribe's plural with the article, a family name (الطراونة، الخوالدة, folded or as written). */
export const isTribePlural = (word: string): boolean => /^ال..ا..ه$/.test(normalizeWord(word));
