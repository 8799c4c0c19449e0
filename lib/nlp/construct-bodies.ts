/**
 * Institutions named by a head in the construct state and what they are of, closed by what only a
 * name carries (issue 13): لجنة الانتخابات المركزية الروسية، مستشفى الصداقة التعليمي، منظمة أبحاث
 * الفضاء الهندية، تجمع مكة المكرمة الصحي، صندوق الضمان المركزي، مجلس الإنماء والإعمار، فرقة مدينة
 * تونس للمسرح، هيئة المحطات النووية لتوليد الكهرباء. Each is named once in an article as often as
 * not, so no repetition is asked for: the close is the evidence — an adjective of relation, a
 * second field joined by و, or what the body is for. Runs in lib/nlp/document.ts after the
 * dictionary's names, over untagged words and whole places (and it lengthens a body another pass
 * claimed by head and place with its purpose). A court is named with its seat
 * after ب, as the Maghreb names courts (محكمة الاستئناف بفاس).
 */
import { bodyShown, DEPARTMENTS } from './body-evidence';
import { OTHER_BODIES_LISTED } from './body-rules';
import { stripClitics } from './clitics';
import { claimCourtAt } from './courts';
import { FUNCTION_WORDS } from './function-words';
import { isArabicWord, isDefinite, isOneOf, claim } from './tag-edits';
import { isInstitutionHead, TIME_WORDS } from './name-words';
import {
  AFTER_RELATION,
  BEFORE_ORG,
  CENTRE,
  COMPANY_ENDS,
  CONSTRUCT_HEADS,
  DEFINITE_NAMED,
  DESCRIBED,
  FOR_WHOM,
  JOINED_HEADS,
  KIND_ADJECTIVES,
  NOT_A_COUNTRY,
  MAX_ADJECTIVES,
  MAX_OF,
  ORDINALS,
  PLACE_NAMED,
  PREPOSITIONS,
  RANKING,
  RESTRICTED,
  TO_MANAGE,
  VERBAL,
  isPersonWord,
  isRelation,
  singleField,
} from './construct-words';
import { normalizeWord } from '../text/normalize';

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
      // (a court with its seat after ب first: the dictionary may have claimed the court alone)
      const court = claimCourtAt(tokens, t, k);
      if (court > k) {
        k = court;
        continue;
      }
      // (a body another pass claimed by its head and its place goes on with what it is for:
      // هيئة الشارقة | للكتاب)
      if (t[k] === 'B-ORG' && CONSTRUCT_HEADS.has(stripClitics(normalizeWord(tokens[k]!)).stem)) {
        let end = k + 1;
        while (t[end] === 'I-ORG') end++;
        const purposeEnd = purposeAfter(tokens, t, end);
        // (not after its adjective, where it is what the sentence says it does: مجلس دبي
        // الرياضي | للحدث)
        if (end - k <= 3 && purposeEnd > end && !isRelation(tokens[end - 1]!))
          claim(t, k, purposeEnd, 'ORG');
        k = Math.max(end, purposeEnd) - 1;
        continue;
      }
      const last = claimAt(tokens, t, k, isNationality);
      if (last > k) k = last;
    }
  });
}

/** Bodies of a city, before مدينة and its name (مجلس مدينة داريا، بلدية مدينة الشارقة). */
const CITY_BODIES = new Set(['مجلس', 'بلدية', 'أمانة'].map(normalizeWord));
const CITY_WORDS = new Set(['مدينة', 'محافظة', 'بلدة', 'قرية'].map(normalizeWord));

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
  // الإعلامي الحكومي، المركز الثقافي الفرنسي.
  if (prefix.includes('ال') && CONSTRUCT_HEADS.has(stem)) {
    // (not a school, an establishment, nor a centre but a country's: المركز المالي الإقليمي،
    // المدرسة الواقعية الروسية، المؤسسة العسكرية الإسرائيلية describe; المركز الثقافي الفرنسي
    // names)
    if (!DEFINITE_NAMED.has(stem) && stem !== CENTRE) return -1;
    let end = k + 1;
    while (end < tokens.length && t[end] === 'O' && isRelation(tokens[end]!)) end++;
    if (end - k - 1 < 2 || isOneOf(tokens[end] ?? '', RANKING)) return -1;
    const lastAdjective = tokens[end - 1]!;
    if (
      stem === CENTRE &&
      !(isNationality(lastAdjective) && !isOneOf(lastAdjective, NOT_A_COUNTRY))
    )
      return -1;
    claim(t, k, end, 'ORG');
    return end - 1;
  }
  // A head before an organisation the tagger found without it, a place's adjective of relation
  // at its end: its name («تجمع | الرياض الصحي الأول»). Not before another head's body (مكتب |
  // منظمة الصحة العالمية is that organisation's office; إدارة | البنك المركزي التونسي its board).
  if (
    head &&
    BEFORE_ORG.has(headWord) &&
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
      if (JOINED_HEADS.has(headWord)) end = joinedFieldEnd(tokens, t, end);
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
  let placeIn = false;
  while (i < tokens.length && nouns < MAX_OF) {
    const w = tokens[i]!;
    // (a nationality the tagger read as its country is the close: وكالة الفضاء | السعودية)
    if (t[i] === 'B-LOC' && t[i + 1] !== 'I-LOC' && nouns > 0 && isNationality(w)) break;
    if (t[i] === 'B-LOC') {
      // a place, whole: مكة المكرمة
      placeIn = true;
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
      // (not other bodies or people listed after it: لجنة الانتخابات | والجهات الأمنية،
      // والأحزاب، والشرطة، والمستوصفات)
      if (isPersonWord(w.slice(1)) || !singleField(w.slice(1))) break;
      i++;
      nouns++;
      joined = true;
      continue;
    }
    // a place's name the tags missed before a name's adjective, after a hospital's or a
    // school's head (مستشفى أبوقرقاص المركزي)
    const next = tokens[i + 1] ?? '';
    if (
      nouns === 0 &&
      PLACE_NAMED.has(headWord) &&
      !normalizeWord(w).startsWith('ال') &&
      !FUNCTION_WORDS.has(normalizeWord(w)) &&
      w.length >= 3 &&
      t[i + 1] === 'O' &&
      isRelation(next)
    ) {
      i++;
      nouns++;
      placeIn = true;
      break;
    }
    // a noun in the construct state before a definite noun or a place (أبحاث الفضاء)
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
  // …and a second field joined by و after them (هيئة الدفاع المدني والإسعاف).
  if (adjectives > 0 && !purpose && JOINED_HEADS.has(headWord))
    end = joinedFieldEnd(tokens, t, end);
  // A body the sentence makes act or gives staff needs no close (body-evidence.ts: أعلنت مديرية
  // شؤون العشائر، مدير إدارة الشؤون الزراعية) — two words of what it is of after a head as often
  // a verbal noun (نفذتها إدارة مكافحة المخدرات, not أعلنت إدارة الأزمة).
  const shown = DEPARTMENTS.has(headWord) && bodyShown(tokens, t, k);
  const shownAlone = shown && i - k - 1 >= (RESTRICTED.has(headWord) ? 2 : 1);
  if (adjectives === 0 && !joined && !purpose && !shownAlone) return -1;
  // Heads that are as often a verbal noun or a common noun (إدارة الملف الاقتصادي، مركز الثقل
  // الاقتصادي، تجمع المياه الجوفية، سلطة القانون الدولي، مدرسة الفكر الإسلامي، صندوق السيارة
  // الخلفي) are a name's only with a place in it, a nationality, or an adjective of their kind
  // (مستشفى … التعليمي، مدرسة … الثانوية، مركز … الطبي).
  if (
    RESTRICTED.has(headWord) &&
    !purpose &&
    !shown &&
    !placeIn &&
    !tokens
      .slice(i, i + adjectives)
      .some((w) => (isNationality(w) && !isOneOf(w, NOT_A_COUNTRY)) || isOneOf(w, KIND_ADJECTIVES))
  )
    return -1;
  // An ordinal numbers bodies of one kind (تجمع الرياض الصحي الأول) — but ranks a centre, and
  // any other rank after it makes a description: مركز ليبيا التجاري الأول، شركة … الرائدة.
  if (adjectives > 0 && isOneOf(tokens[end] ?? '', ORDINALS) && headWord !== CENTRE) end++;
  else if (isOneOf(tokens[end] ?? '', RANKING) || isOneOf(tokens[end] ?? '', ORDINALS)) return -1;
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

/**
 * The end of a name past a second field joined by و right after its adjective (هيئة الدفاع المدني
 * | والإسعاف): one definite word — no adjective, person, plural of people or other bodies listed,
 * and no definite word after it — or `end` itself.
 */
function joinedFieldEnd(tokens: string[], t: string[], end: number): number {
  const after = tokens[end] ?? '';
  const rest = after.slice(1);
  return t[end] === 'O' &&
    /^وال/.test(normalizeWord(after)) &&
    isDefinite(rest) &&
    !isRelation(rest) &&
    !isPersonWord(rest) &&
    !isOneOf(rest, OTHER_BODIES_LISTED) &&
    !/(ين|ون)$/.test(after) &&
    !(t[end + 1] === 'O' && isDefinite(tokens[end + 1] ?? ''))
    ? end + 1
    : end;
}

/**
 * The end of what a body is for from `at` — لل and a word, not before a preposition, with its
 * adjectives of relation (للكتاب، للخدمات اللوجستية) — or `at` when none stands there.
 */
function purposeAfter(tokens: string[], t: string[], at: number): number {
  const p = normalizeWord(tokens[at] ?? '');
  if (
    t[at] !== 'O' ||
    !isArabicWord(tokens[at] ?? '') ||
    !p.startsWith('لل') ||
    p.length < 5 ||
    FUNCTION_WORDS.has(p) ||
    PREPOSITIONS.has(normalizeWord(tokens[at + 1] ?? ''))
  )
    return at;
  let end = at + 1;
  while (end < tokens.length && t[end] === 'O' && isRelation(tokens[end]!)) end++;
  return end;
}
