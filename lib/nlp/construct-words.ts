/**
 * The words construct-bodies.ts reads institutions' names with: heads, adjectives that describe
 * rather than name, what ends a name, and the words of persons a name never takes.
 */
import { OTHER_BODIES_LISTED } from './body-rules';
import { ROLE_WORDS } from './roles';
import { isDefinite, isOneOf } from './tag-edits';
import { PERSON_TITLES, RANKS, TIME_WORDS } from './name-words';
import { normalizeWord } from '../text/normalize';

/** Heads of institutions' names, without the article (مستشفى …، لجنة …). */
export const CONSTRUCT_HEADS = new Set(
  [
    'لجنة',
    'إدارة',
    'منظمة',
    'مستشفى',
    'مدرسة',
    'صندوق',
    'تجمع',
    'مكتب',
    'مجلس',
    'هيئة',
    'جمعية',
    'مؤسسة',
    'مركز',
    'معهد',
    'جامعة',
    'كلية',
    'وكالة',
    'مديرية',
    'سلطة',
    'مصرف',
    'شركة',
    'نقابة',
    'اتحاد',
    'رابطة',
    'غرفة',
    'محكمة',
    'فرقة',
    'ديوان',
    'مفوضية',
    'أكاديمية',
    'مرصد',
    'متحف',
    'مسرح',
    'مجمع',
  ].map(normalizeWord),
);
/**
 * Adjectives of relation that describe rather than name (وكالة الأنباء الرسمية، مستشفى الولادة
 * الحكومي is any state hospital; مركز الاقتراع الرئيسي، الثاني).
 */
const DESCRIBING = new Set(
  [
    'الرسمي',
    'الرسمية',
    'الحكومي',
    'الحكومية',
    'الحالي',
    'الحالية',
    'الماضي',
    'الماضية',
    'الرئيسي',
    'الرئيسية',
    'الأساسي',
    'الأساسية',
    'الإضافي',
    'الإضافية',
    'الفعلي',
    'الفعلية',
    'الحقيقي',
    'الحقيقية',
    'النهائي',
    'النهائية',
    'التالي',
    'التالية',
    'الأولي',
    'الأولية',
    'الثاني',
    'الثانية',
    'الثالث',
    'الثالثة',
    'المحلي',
    'المحلية',
    'الميداني',
    'الميدانية',
    'الخاص',
    'الخاصة',
    'المعني',
    'المعنية',
    'التابع',
    'التابعة',
    'الصحفي',
    'الصحفية',
    'الإعلامي',
    'الإعلامية',
    // (where a thing is: صندوق السيارة الخلفي)
    'الخلفي',
    'الخلفية',
    'الأمامي',
    'الأمامية',
    'الجانبي',
    'الجانبية',
    // (a meeting's kind: الجمعية العمومية العادية)
    'العادي',
    'العادية',
    'الاستثنائي',
    'الاستثنائية',
    'الطارئ',
    'الطارئة',
  ].map(normalizeWord),
);
/** Adjectives that follow an adjective of relation in names (مدرسة … الثانوية الشاملة). */
export const AFTER_RELATION = new Set(
  [
    'الشاملة',
    'الشامل',
    'العامة',
    'العام',
    'العليا',
    'المتحدة',
    'الكبرى',
    'المستقلة',
    'المستقل',
    'المشتركة',
    'المشترك',
    'الدائمة',
    'الدائم',
  ].map(normalizeWord),
);
/** Nouns of persons written like adjectives of relation (هيئة الدفاع المحامي …). */
const PERSONS_IN_I = new Set(
  ['المحامي', 'المحامية', 'القاضي', 'القاضية', 'المدعي', 'الجاني', 'الراعي', 'الداعية'].map(
    normalizeWord,
  ),
);
/**
 * Heads a second field joined by و may close alone (مجلس الإنماء والإعمار، غرفة التجارة والصناعة):
 * not those also read as a position or a verbal noun, whose و joins their object (مركز الشمس
 * والقمر، تجمع المياه والحصى، إدارة الفيضانات والسيطرة عليها).
 */
export const JOINED_HEADS = new Set(
  [
    'مجلس',
    'مكتب',
    'لجنة',
    'هيئة',
    'صندوق',
    'مديرية',
    'ديوان',
    'مفوضية',
    'معهد',
    'وكالة',
    'جمعية',
    'مؤسسة',
    'اتحاد',
    'رابطة',
    'نقابة',
    'غرفة',
    'مستشفى',
  ].map(normalizeWord),
);
/** Heads also read as a verbal noun: no purpose, no name after them (RESTRICTED below). */
export const VERBAL = normalizeWord('إدارة');
/** What ends a company's name after what it does (… للخدمات اللوجستية القابضة). */
export const COMPANY_ENDS = new Set(['القابضة', 'المحدودة', 'المتكاملة'].map(normalizeWord));
export const PREPOSITIONS = new Set(
  ['على', 'في', 'عن', 'من', 'إلى', 'مع', 'ضد'].map(normalizeWord),
);
/** Whom a school is for, after its adjective too (مدرسة الرمثا الثانوية للبنات). */
export const FOR_WHOM = new Set(['للبنات', 'للبنين'].map(normalizeWord));
/** Heads that a nationality alone describes (شركة السيارات الصينية سياك موتور). */
export const DESCRIBED = new Set(['شركة', 'مصرف'].map(normalizeWord));
export const TO_MANAGE = normalizeWord('لإدارة');
/** Heads named by their place, which the tags may have missed (مستشفى أبوقرقاص المركزي). */
export const PLACE_NAMED = new Set(['مستشفى', 'مدرسة', 'جامعة', 'كلية', 'معهد'].map(normalizeWord));
/** Ordinals after a name's adjective (تجمع الرياض الصحي الأول، الثاني). */
export const ORDINALS = new Set(
  ['الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة'].map(normalizeWord),
);
export const CENTRE = normalizeWord('مركز');
/** Words that rank what the phrase describes (… الأول، … الأكبر). */
export const RANKING = new Set(
  [
    'الأول',
    'الأولى',
    'الأكبر',
    'الأهم',
    'الأبرز',
    'الأضخم',
    'الأقدم',
    'الأحدث',
    'الأفضل',
    'الوحيد',
    'الوحيدة',
    'الرائد',
    'الرائدة',
  ].map(normalizeWord),
);
export const MAX_OF = 3;
export const MAX_ADJECTIVES = 3;

/** A definite adjective of relation as written: الصحي، المركزية، الهندية. */
export const isRelation = (token: string) =>
  isDefinite(token) &&
  !NOT_RELATION.has(normalizeWord(token)) &&
  /^ال.{2,}(ي|ية)$/u.test(token) &&
  !DESCRIBING.has(normalizeWord(token)) &&
  !PERSONS_IN_I.has(normalizeWord(token)) &&
  !isOneOf(token, TIME_WORDS);

/** Broken plurals and nouns that end like adjectives of relation (الأهالي، الأراضي، النادي). */
const NOT_RELATION = new Set(
  [
    'الأهالي',
    'الأراضي',
    'المباني',
    'النادي',
    'الرأي',
    'الأيادي',
    'المقاهي',
    'المواشي',
    'الضواحي',
    'النواحي',
    'المراعي',
    'الأغاني',
    'المعاني',
    'الليالي',
    'الوادي',
    'المساعي',
    'المرافي',
    'الأماسي',
  ].map(normalizeWord),
);
/** A word that names a person or their office: the phrase is about them (مكتب الرئيس الفرنسي). */
export const isPersonWord = (token: string) =>
  isOneOf(token, ROLE_WORDS) || isOneOf(token, PERSON_TITLES) || isOneOf(token, RANKS);

/**
 * Heads as often a verbal or common noun (إدارة، تجمع، مركز، سلطة، مدرسة، صندوق): closed by an
 * adjective of relation only with a place in the name, a nationality, or an adjective of their kind.
 */
export const RESTRICTED = new Set(
  ['إدارة', 'تجمع', 'مركز', 'سلطة', 'مدرسة', 'صندوق'].map(normalizeWord),
);
/** Adjectives of an institution's kind (مستشفى … التعليمي، مدرسة … الثانوية، مركز … الطبي). */
export const KIND_ADJECTIVES = new Set(
  [
    'الطبي',
    'الطبية',
    'الصحي',
    'الصحية',
    'التعليمي',
    'الجامعي',
    'التخصصي',
    'الثانوية',
    'الابتدائية',
    'الإعدادية',
    'الأساسية',
    'الأهلية',
    'النموذجية',
    'المركزي',
    'المركزية',
    'الخيرية',
    'الخيري',
  ].map(normalizeWord),
);
/** Definite heads a name gives with two adjectives of relation (المجلس البلدي المركزي). */
export const DEFINITE_NAMED = new Set(
  [
    'مجلس',
    'مكتب',
    'لجنة',
    'هيئة',
    'مسرح',
    'معهد',
    'مستشفى',
    'متحف',
    'مرصد',
    'ديوان',
    'مفوضية',
    'اتحاد',
    'نقابة',
    'رابطة',
  ].map(normalizeWord),
);
/** Heads a body the tagger found without them belongs to («تجمع | الرياض الصحي الأول»). */
export const BEFORE_ORG = new Set(
  ['تجمع', 'مستشفى', 'مدرسة', 'كلية', 'جامعة', 'هيئة'].map(normalizeWord),
);
/** Other bodies and people listed after a body (والجهات، والأحزاب، والشرطة). */
const LISTED_AFTER = new Set([
  ...OTHER_BODIES_LISTED,
  ...['الأحزاب', 'الشرطة', 'الجيش', 'القوات', 'النقابات', 'الجمعيات', 'البلديات'].map(
    normalizeWord,
  ),
]);
/** A second field joined by و that is one field: singular, no other body listed. */
export const singleField = (token: string) => {
  const n = normalizeWord(token);
  return !LISTED_AFTER.has(n) && !/(ات|ين|ون)$/.test(n);
};
/** Adjectives the nationality lists hold that name no country (الدولي، الإسلامي، العالمي). */
export const NOT_A_COUNTRY = new Set(
  ['الدولي', 'الدولية', 'الإسلامي', 'الإسلامية', 'العالمي', 'العالمية'].map(normalizeWord),
);
