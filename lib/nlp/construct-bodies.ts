/**
 * Institutions named by a head in the construct state and what they are of, closed by what only a
 * name carries (issue 13): لجنة الانتخابات المركزية الروسية، مستشفى الصداقة التعليمي، منظمة أبحاث
 * الفضاء الهندية، تجمع مكة المكرمة الصحي، صندوق الضمان المركزي، مجلس الإنماء والإعمار، فرقة مدينة
 * تونس للمسرح، هيئة المحطات النووية لتوليد الكهرباء. Each is named once in an article as often as
 * not, so no repetition is asked for: the close is the evidence — an adjective of relation, a
 * second field joined by و, or what the body is for. Runs in lib/nlp/document.ts after the
 * dictionary's names, over untagged words and whole places only. A court is named with its seat
 * after ب, as the Maghreb names courts (محكمة الاستئناف بفاس).
 */
import { OTHER_BODIES_LISTED } from './body-rules';
import { stripClitics } from './clitics';
import { FUNCTION_WORDS } from './function-words';
import { ROLE_WORDS } from './roles';
import { isArabicWord, isDefinite, isOneOf, claim } from './tag-edits';
import { isInstitutionHead, PERSON_TITLES, RANKS, TIME_WORDS } from './name-words';
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
    'الطبي',
    'الطبية',
    'الصحفي',
    'الصحفية',
    'الإعلامي',
    'الإعلامية',
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
const AFTER_RELATION = new Set(
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
const JOINED_HEADS = new Set(
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
/** Heads also read as a verbal noun: only an adjective of relation makes them a name. */
const VERBAL = normalizeWord('إدارة');
/** What ends a company's name after what it does (… للخدمات اللوجستية القابضة). */
const COMPANY_ENDS = new Set(['القابضة', 'المحدودة', 'المتكاملة'].map(normalizeWord));
const PREPOSITIONS = new Set(['على', 'في', 'عن', 'من', 'إلى', 'مع', 'ضد'].map(normalizeWord));
/** Whom a school is for, after its adjective too (مدرسة الرمثا الثانوية للبنات). */
const FOR_WHOM = new Set(['للبنات', 'للبنين'].map(normalizeWord));
/** Heads that a nationality alone describes (شركة السيارات الصينية سياك موتور). */
const DESCRIBED = new Set(['شركة', 'مصرف'].map(normalizeWord));
const TO_MANAGE = normalizeWord('لإدارة');
/** Ordinals after a name's adjective (تجمع الرياض الصحي الأول، الثاني). */
const ORDINALS = new Set(
  ['الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة'].map(normalizeWord),
);
const CENTRE = normalizeWord('مركز');
/** Words that rank what the phrase describes (… الأول، … الأكبر). */
const RANKING = new Set(
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
const MAX_OF = 3;
const MAX_ADJECTIVES = 3;

/** A definite adjective of relation as written: الصحي، المركزية، الهندية. */
const isRelation = (token: string) =>
  isDefinite(token) &&
  /^ال.{2,}(ي|ية)$/u.test(token) &&
  !DESCRIBING.has(normalizeWord(token)) &&
  !PERSONS_IN_I.has(normalizeWord(token)) &&
  !isOneOf(token, TIME_WORDS);

/** A word that names a person or their office: the phrase is about them (مكتب الرئيس الفرنسي). */
const isPersonWord = (token: string) =>
  isOneOf(token, ROLE_WORDS) || isOneOf(token, PERSON_TITLES) || isOneOf(token, RANKS);

/**
 * Claims, in place, each institution named by a head in the construct state: the head (behind a
 * one-letter proclitic too, لتجمع، بفرقة), at most three words of what it is of — definite nouns,
 * a noun in the construct state before one (أبحاث الفضاء، بنات الرمثا), a place the tags hold
 * whole, a second noun joined by و — and a close: adjectives of relation, and/or what the body is
 * for (للمسرح، لتوليد الكهرباء). Without an adjective, a second noun joined by و or a purpose
 * closes it alone (مجلس الإنماء والإعمار، فرقة مدينة تونس للمسرح).
 */
export function claimConstructBodies(
  sentences: string[][],
  tags: string[][],
  isNationality: (token: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const court = claimCourtAt(tokens, t, k);
      if (court > k) {
        k = court;
        continue;
      }
      const last = claimAt(tokens, t, k, isNationality);
      if (last > k) k = last;
    }
  });
}

const COURT = normalizeWord('محكمة');

/**
 * A court named with the place it sits in after ب, as the Maghreb names its courts (محكمة
 * الاستئناف بفاس، المحكمة الابتدائية بصفاقس، المحكمة الجنائية بولاية نواكشوط الغربية): the court,
 * one to three definite words and the place — the tags' whole, after an area's head too.
 * Returns the index of its last token, -1 when none begins at `k`.
 */
function claimCourtAt(tokens: string[], t: string[], k: number): number {
  const n = normalizeWord(tokens[k]!);
  const { stem } = stripClitics(n);
  // (behind a one-letter proclitic too: لمحكمة، بالمحكمة)
  if (t[k] !== 'O' || (stem !== COURT && n.slice(1) !== COURT)) return -1;
  let i = k + 1;
  while (
    i < tokens.length &&
    i - k <= 3 &&
    t[i] === 'O' &&
    isDefinite(tokens[i]!) &&
    !isOneOf(tokens[i]!, TIME_WORDS)
  )
    i++;
  if (i === k + 1) return -1;
  // ب and the place: بفاس (the place tagged behind its ب), or بولاية / بمدينة before it.
  let at = i;
  const b = normalizeWord(tokens[at] ?? '');
  if (!b.startsWith('ب')) return -1;
  if (t[at] === 'O' && LOC_HEAD_AFTER_B.has(b.slice(1)) && t[at + 1] === 'B-LOC') at++;
  else if (t[at] !== 'B-LOC') return -1;
  let end = at + 1;
  while (t[end] === 'I-LOC') end++;
  claim(t, k, end, 'ORG');
  return end - 1;
}
/** Bodies of a city, before مدينة and its name (مجلس مدينة داريا، بلدية مدينة الشارقة). */
const CITY_BODIES = new Set(['مجلس', 'بلدية', 'أمانة'].map(normalizeWord));
const CITY_WORDS = new Set(['مدينة', 'محافظة', 'بلدة', 'قرية'].map(normalizeWord));
/** An area's head after ب, before the place (بولاية نواكشوط، بمدينة صفاقس). */
const LOC_HEAD_AFTER_B = new Set(['ولاية', 'مدينة', 'محافظة', 'إقليم', 'عمالة'].map(normalizeWord));

function claimAt(
  tokens: string[],
  t: string[],
  k: number,
  isNationality: (token: string) => boolean,
): number {
  if (t[k] !== 'O') return -1;
  const n = normalizeWord(tokens[k]!);
  const { stem, prefix } = stripClitics(n);
  const head =
    CONSTRUCT_HEADS.has(n) ||
    ('وبلف'.includes(n[0]!) && CONSTRUCT_HEADS.has(n.slice(1))) ||
    (!prefix.includes('ال') && CONSTRUCT_HEADS.has(stem));
  const headWord = CONSTRUCT_HEADS.has(n) ? n : CONSTRUCT_HEADS.has(n.slice(1)) ? n.slice(1) : stem;
  // A city's council or municipality: مجلس مدينة داريا، بلدية مدينة الشارقة.
  const bare = 'وبلف'.includes(n[0]!) && CITY_BODIES.has(n.slice(1)) ? n.slice(1) : n;
  if (
    CITY_BODIES.has(bare) &&
    t[k + 1] === 'O' &&
    CITY_WORDS.has(normalizeWord(tokens[k + 1] ?? '')) &&
    t[k + 2] === 'B-LOC'
  ) {
    let end = k + 3;
    while (t[end] === 'I-LOC') end++;
    claim(t, k, end, 'ORG');
    return end - 1;
  }
  // A definite head and two adjectives of relation or more: المجلس البلدي المركزي، المكتب
  // الإعلامي الحكومي، المركز الثقافي العربي.
  if (prefix.includes('ال') && CONSTRUCT_HEADS.has(stem)) {
    let end = k + 1;
    while (end < tokens.length && t[end] === 'O' && isRelation(tokens[end]!)) end++;
    if (end - k - 1 < 2 || isOneOf(tokens[end] ?? '', RANKING)) return -1;
    claim(t, k, end, 'ORG');
    return end - 1;
  }
  // A head before an organisation the tagger found without it, a place's adjective of relation
  // at its end: its name («تجمع | الرياض الصحي الأول»). Not before another head's body (مكتب |
  // منظمة الصحة العالمية is that organisation's office; إدارة | البنك المركزي التونسي its board).
  if (
    head &&
    headWord !== VERBAL &&
    n !== TO_MANAGE &&
    t[k + 1] === 'B-ORG' &&
    !isInstitutionHead(stripClitics(normalizeWord(tokens[k + 1]!)).stem)
  ) {
    let end = k + 2;
    while (t[end] === 'I-ORG') end++;
    const last = tokens[end - 1]!;
    const closed =
      isRelation(last) || (end - k > 3 && isOneOf(last, ORDINALS) && isRelation(tokens[end - 2]!));
    if (closed && end - k >= 3) {
      claim(t, k, end, 'ORG');
      return end - 1;
    }
  }
  // (لإدارة is "to manage": لإدارة عمليات التثبيت)
  if (!head || n === TO_MANAGE) return -1;
  // (a head before another's name is of that one, which is named from its own head: إدارة |
  // مستشفى النو التعليمي)
  if (CONSTRUCT_HEADS.has(normalizeWord(tokens[k + 1] ?? ''))) return -1;

  // What it is of.
  let i = k + 1;
  let nouns = 0;
  let joined = false;
  while (i < tokens.length && nouns < MAX_OF) {
    const w = tokens[i]!;
    // (a nationality the tagger read as its country is the close: وكالة الفضاء | السعودية)
    if (t[i] === 'B-LOC' && t[i + 1] !== 'I-LOC' && nouns > 0 && isNationality(w)) break;
    if (t[i] === 'B-LOC') {
      // a place, whole: مكة المكرمة
      let end = i + 1;
      while (t[end] === 'I-LOC') end++;
      i = end;
      nouns++;
      continue;
    }
    if (t[i] !== 'O' || !isArabicWord(w) || isPersonWord(w) || isOneOf(w, TIME_WORDS)) break;
    if (isDefinite(w) && !isRelation(w)) {
      i++;
      nouns++;
      continue;
    }
    // a second field joined by و (الإنماء والإعمار), after a first
    if (
      nouns > 0 &&
      JOINED_HEADS.has(headWord) &&
      /^وال/.test(normalizeWord(w)) &&
      isDefinite(w.slice(1)) &&
      !isRelation(w.slice(1))
    ) {
      if (isPersonWord(w.slice(1))) break;
      i++;
      nouns++;
      joined = true;
      continue;
    }
    // a noun in the construct state before a definite noun or a place (أبحاث الفضاء)
    const next = tokens[i + 1] ?? '';
    if (
      nouns === 0 &&
      !normalizeWord(w).startsWith('ال') &&
      !stripClitics(normalizeWord(w)).prefix &&
      !FUNCTION_WORDS.has(normalizeWord(w)) &&
      w.length >= 3 &&
      ((t[i + 1] === 'O' && isDefinite(next) && !isRelation(next) && !isPersonWord(next)) ||
        t[i + 1] === 'B-LOC')
    ) {
      i++;
      continue;
    }
    break;
  }
  if (nouns === 0) return -1;
  // (a place the tags go on with past the phrase is not taken in part)
  // The close: adjectives of relation…
  let end = i;
  let adjectives = 0;
  while (
    end < tokens.length &&
    adjectives < MAX_ADJECTIVES &&
    ((t[end] === 'O' && isRelation(tokens[end]!)) ||
      (t[end] === 'B-LOC' && t[end + 1] !== 'I-LOC' && isNationality(tokens[end]!)))
  ) {
    end++;
    adjectives++;
  }
  // …or, without one, what it is for: للمسرح، للبنات (after one it is as often what the
  // sentence says the body does: بتنظيم مجلس دبي الرياضي للحدث).
  const p = normalizeWord(tokens[end] ?? '');
  let purpose = false;
  if (
    headWord !== VERBAL &&
    (adjectives === 0 ||
      isOneOf(tokens[end] ?? '', FOR_WHOM) ||
      // (a company of a region or a country is named by what it does after it: شركة المخازن
      // المبردة الخليجية للخدمات اللوجستية القابضة)
      (DESCRIBED.has(headWord) && tokens.slice(i, end).every((w) => isNationality(w)))) &&
    t[end] === 'O' &&
    isArabicWord(tokens[end] ?? '') &&
    p.startsWith('لل') &&
    p.length >= 5 &&
    // (a verbal noun before its preposition is what the body is set up to do, not its name: لجنة
    // تقصي الحقائق | للوقوف على …)
    (!PREPOSITIONS.has(normalizeWord(tokens[end + 1] ?? '')) ||
      isOneOf(tokens[end] ?? '', FOR_WHOM)) &&
    !FUNCTION_WORDS.has(p)
  ) {
    end++;
    purpose = true;
    // …with its adjectives of relation, and a second purpose joined by و with its own
    // (للشحن البحري والخدمات اللوجستية المتكاملة) — not other bodies listed (والجهات الرقابية).
    while (
      t[end] === 'O' &&
      end < tokens.length &&
      (isRelation(tokens[end]!) || isOneOf(tokens[end]!, COMPANY_ENDS))
    )
      end++;
    const and = tokens[end] ?? '';
    if (
      t[end] === 'O' &&
      /^وال/.test(normalizeWord(and)) &&
      isDefinite(and.slice(1)) &&
      !isPersonWord(and.slice(1)) &&
      !isOneOf(and.slice(1), OTHER_BODIES_LISTED) &&
      !/(ين|ون)$/.test(and)
    ) {
      end++;
      let more = 0;
      while (
        more < 2 &&
        t[end] === 'O' &&
        end < tokens.length &&
        isDefinite(tokens[end]!) &&
        !isPersonWord(tokens[end]!) &&
        !isOneOf(tokens[end]!, TIME_WORDS)
      ) {
        end++;
        more++;
      }
    }
  }
  // …and the adjectives a name carries after its adjective of relation (الثانوية الشاملة).
  while (adjectives > 0 && t[end] === 'O' && isOneOf(tokens[end]!, AFTER_RELATION)) end++;
  if (adjectives === 0 && !joined && !purpose) return -1;
  // An ordinal numbers bodies of one kind (تجمع الرياض الصحي الأول) — but ranks a centre, and
  // any other rank after it makes a description: مركز ليبيا التجاري الأول، شركة … الرائدة.
  if (adjectives > 0 && isOneOf(tokens[end] ?? '', ORDINALS) && headWord !== CENTRE) end++;
  else if (isOneOf(tokens[end] ?? '', RANKING)) return -1;
  // A company of a country is described, not named (شركة السيارات الألمانية الرائدة).
  if (
    DESCRIBED.has(headWord) &&
    !joined &&
    !purpose &&
    tokens.slice(i, i + adjectives).every((w) => isNationality(w))
  )
    return -1;
  claim(t, k, end, 'ORG');
  return end - 1;
}
