/**
 * Public bodies named by their head and what follows it (issue 13), claimed over the tags of one
 * sentence at a token (name-rules.ts runs it at each untagged word):
 * - a definite head, definite adjectives and what it is for with لل / لـ (الهيئة العامة للرياضة،
 *   الاتحاد الدولي لألعاب القوى، الشركة الوطنية لاستغلال وتوزيع المياه);
 * - a national body: head, at most two definite words, a nationality (الجيش الوطني الليبي،
 *   التحالف العربي، المصرف المركزي البحريني، القوات الجوية الأمريكية), or a guild's head in the
 *   construct state (نقابة الأطباء الأردنيين);
 * - a ministry: وزارة and the definite words after it, and its portfolios (وزارة الدفاع الروسية،
 *   وزارة الفلاحة والموارد المائية والصيد البحري).
 */
import { stripClitics } from './clitics';
import { FUNCTION_WORDS } from './function-words';
import {
  BODY_HEADS,
  LOC_HEADS,
  NATIONAL_BODY_HEADS,
  ORG_HEADS,
  PERSON_TITLES,
  RANKS,
  STAFF,
  TIME_WORDS,
} from './name-words';
import { ROLE_WORDS } from './roles';
import { claim, definiteRun, free, isArabicWord, isDefinite, isOneOf } from './tag-edits';
import { normalizeWord } from '../text/normalize';

const MINISTRY = new Set([normalizeWord('وزارة')]);
const FORCES = normalizeWord('قوات');
/**
 * Heads of bodies named by what they gather and their nationality (نقابة الأطباء الأردنيين). Not a
 * company's: شركة السيارات الألمانية describes one (فولكسفاغن، شركة السيارات الألمانية الرائدة).
 */
const CONSTRUCT_BODY_HEADS = new Set(
  ['نقابة', 'جمعية', 'رابطة', 'هيئة', 'منظمة', 'غرفة', 'اتحاد'].map(normalizeWord),
);
const MAX_DEFINITE = 3;
/**
 * Definite words after a body's name that are not of it: what it belongs to, who answers for it,
 * a person the sentence turns to, what it is made to bear (مركز التحكم التابع لمنظمة …، وزارة
 * الشؤون الثقافية | الفقيد، حملت المؤسسة … المسؤولية).
 */
const NOT_OF_BODY = new Set(
  [
    'التابع',
    'التابعة',
    'المكلف',
    'المكلفة',
    'المعني',
    'المعنية',
    'المختص',
    'المختصة',
    'الفقيد',
    'الفقيدة',
    'الراحل',
    'الراحلة',
    'المسؤولية',
    'المسؤوليات',
  ].map(normalizeWord),
);
/** Words before a name that are no purpose of a body (البنك المركزي لصالح الحكومة). */
const NOT_PURPOSE = new Set(['لصالح', 'لحساب', 'لمصلحة', 'لدى', 'لقاء'].map(normalizeWord));
/** Bodies in the plural, listed after a body rather than its purpose (والجهات الرقابية). */
export const OTHER_BODIES_LISTED = new Set(
  [
    'الجهات',
    'الهيئات',
    'المؤسسات',
    'الشركات',
    'الدول',
    'الحكومات',
    'المنظمات',
    'الوزارات',
    'السلطات',
  ].map(normalizeWord),
);
/** Titles that may follow a body's name after و: the body's officers, not its purpose. */
const TITLES_AFTER_BODY = new Set(
  ['الرئيس', 'المدير', 'الأمين', 'النائب', 'المتحدث', 'الناطق', 'الوزير', 'الرئيسة', 'المديرة'].map(
    normalizeWord,
  ),
);

/** Heads of bodies and forces, after their article (القوات، الأجهزة، الشرطة). */
const OTHER_BODIES = new Set(['أجهزة', 'شرطة', 'سلطات', 'قوى', 'حكومة'].map(normalizeWord));
const isBodyHead = (token: string) => {
  const stem = stripClitics(normalizeWord(token)).stem;
  return (
    BODY_HEADS.has(stem) ||
    NATIONAL_BODY_HEADS.has(stem) ||
    ORG_HEADS.has(stem) ||
    OTHER_BODIES.has(stem) ||
    MINISTRY.has(stem)
  );
};

/**
 * Claims, in place, the public body that begins at token `k` of one sentence's tags `t`, and
 * returns the index of its last token (-1 when none begins there). `namedAlone`: the bodies the
 * tagger found in the article, as their words with the head's clitics off (البنك التجاري).
 */
export function claimBodyAt(
  tokens: string[],
  t: string[],
  k: number,
  namedAlone: Set<string>,
  isNationality: (token: string) => boolean,
): number {
  // A public body: a definite head, definite adjectives, and what it is for with لل / لـ
  // (الهيئة العامة للرياضة، الديوان الوطني للسياحة التونسية، الاتحاد الدولي لألعاب القوى).
  const bodyHead = stripClitics(normalizeWord(tokens[k]!)).stem;
  if (
    t[k] === 'O' &&
    BODY_HEADS.has(bodyHead) &&
    !STAFF.has(`${bodyHead} ${normalizeWord(tokens[k + 1] ?? '')}`)
  ) {
    // (a nationality the tagger took for its country is the body's adjective: الهيئة
    // السعودية للبيانات)
    let end = definiteRun(
      tokens,
      t,
      k + 1,
      k + 3,
      (i) => isOneOf(tokens[i]!, TIME_WORDS) || isOneOf(tokens[i]!, NOT_OF_BODY),
      (i) =>
        t[i] === 'O' || (t[i] === 'B-LOC' && t[i + 1] !== 'I-LOC' && isNationality(tokens[i]!)),
    );
    const purpose = normalizeWord(tokens[end] ?? '');
    // The article names the body without it elsewhere (البنك التجاري … البنك التجاري لتحقيق
    // النجاح): a purpose without the article is then what the sentence says it does.
    const short = [bodyHead, ...tokens.slice(k + 1, end).map(normalizeWord)].join(' ');
    if (end > k + 1 && !purpose.startsWith('لل') && namedAlone.has(short)) {
      claim(t, k, end, 'ORG');
      return end - 1;
    }
    if (
      end > k + 1 &&
      t[end] === 'O' &&
      isArabicWord(tokens[end] ?? '') &&
      // (a body's own office is not named for another: المكتب الإقليمي للمنظمة)
      !ORG_HEADS.has(stripClitics(purpose).stem) &&
      !BODY_HEADS.has(stripClitics(purpose).stem) &&
      (purpose.startsWith('لل') ||
        (purpose.startsWith('ل') &&
          purpose.length >= 5 &&
          // a conjunction (لأنهم، لكن) is not what the body is for
          !FUNCTION_WORDS.has(purpose.slice(1)) &&
          !FUNCTION_WORDS.has(purpose)))
    ) {
      // …but not an adjective of the person named next (… لألعاب القوى البريطاني سباستيان كو).
      // (…nor the rank of the officer named next: … للحماية المدنية الملازم الأول زروق.)
      const purposeAt = end;
      end = definiteRun(
        tokens,
        t,
        end + 1,
        k + 7,
        (i) =>
          t[i + 1] === 'B-PER' ||
          isOneOf(tokens[i]!, RANKS) ||
          isOneOf(tokens[i]!, TIME_WORDS) ||
          isOneOf(tokens[i]!, NOT_OF_BODY) ||
          // (people after the purpose's adjective are the verb's object: للدفاع المدني |
          // المواطنين — a plural adjective of relation, اللاجئين الفلسطينيين, goes on)
          (i > end + 1 &&
            /(ين|ون)$/.test(normalizeWord(tokens[i]!)) &&
            !/(يين|يون)$/.test(normalizeWord(tokens[i]!))),
      );
      // …a purpose in the construct state before a name, with it (اللجنة العليا لانتخابات
      // مجلس الشعب، المجلس البلدي لمدينة بيروت): a noun — ة, ات or a place's head — not a verb
      // (ليحرر بنغازي) nor لصالح.
      if (
        end === purposeAt + 1 &&
        !purpose.startsWith('لل') &&
        // (or any word that begins no verb: لأعضاء هيئة التدريس)
        (/(ه|ات)$/.test(purpose) || isOneOf(purpose, LOC_HEADS) || !/^ل[يتن]/.test(purpose)) &&
        !NOT_PURPOSE.has(purpose) &&
        // (not another body: الجمعية العمومية العادية | لشركة الخليج is its meeting)
        !isOneOf(purpose, ORG_HEADS) &&
        !isOneOf(purpose, BODY_HEADS) &&
        // (a place only after a place's head: لمدينة بيروت — not لزيارة مصر، لإنقاذ لبنان)
        ((t[end] === 'B-LOC' && isOneOf(purpose, LOC_HEADS)) ||
          t[end] === 'B-ORG' ||
          // (a body's name not yet tagged: a head and a definite word, مجلس الشعب)
          (t[end] === 'O' &&
            !normalizeWord(tokens[end]!).startsWith('ال') &&
            BODY_HEADS.has(normalizeWord(tokens[end]!)) &&
            t[end + 1] === 'O' &&
            isDefinite(tokens[end + 1] ?? '') &&
            !isOneOf(tokens[end + 1]!, TIME_WORDS)))
      ) {
        if (t[end] === 'O') end += 2;
        else {
          const type = t[end]!.slice(2);
          end++;
          while (t[end] === `I-${type}`) end++;
        }
        claim(t, k, end, 'ORG');
        return end - 1;
      }
      // …an indefinite purpose and another before their object (لاستغلال وتوزيع المياه), or a
      // definite one and another's verbal noun before its object (للتأمين وإعادة التأمين).
      const and = normalizeWord(tokens[end] ?? '');
      // (one definite word: not a day after it, لحماس وفتح اليوم, nor a place or a person tagged)
      if (
        end === purposeAt + 1 &&
        (!purpose.startsWith('لل') || /ه$/.test(and)) &&
        // (…for the province and its districts is no purpose: لمحافظة ونواحي البصرة)
        !isOneOf(purpose, LOC_HEADS) &&
        t[end] === 'O' &&
        /^و.{3,}/.test(and) &&
        !and.startsWith('وال') &&
        isArabicWord(tokens[end]!) &&
        t[end + 1] === 'O' &&
        isDefinite(tokens[end + 1] ?? '') &&
        !isOneOf(tokens[end + 1]!, TIME_WORDS)
      )
        end += 2;
      // …and a second purpose joined by و (للبيانات والذكاء الاصطناعي), not a second body.
      const second = normalizeWord(tokens[end] ?? '');
      if (
        t[end] === 'O' &&
        second.startsWith('وال') &&
        // (as written: a hamza on its alef is no article, وألقى كلمة)
        isDefinite(tokens[end]!.slice(1)) &&
        // (not people or their titles: … للسباحة والرئيس التنفيذي، … للرياضة والمسؤولين)
        !/(ين|ون)$/.test(second) &&
        !isOneOf(second, TITLES_AFTER_BODY) &&
        // (nor other bodies listed after it: للمساهمين والجهات الرقابية)
        !isOneOf(second, OTHER_BODIES_LISTED) &&
        !BODY_HEADS.has(stripClitics(second).stem) &&
        !ORG_HEADS.has(stripClitics(second).stem)
      )
        // (…with its adjectives, not the verb's object after it: والصرف الصحي | المسؤولية)
        end = definiteRun(
          tokens,
          t,
          end + 1,
          end + 3,
          (i) => t[i + 1] === 'B-PER' || isOneOf(tokens[i]!, NOT_OF_BODY),
        );
      claim(t, k, end, 'ORG');
      return end - 1;
    }
  }
  // A national body: head, at most two definite words, a nationality (الجيش الوطني الليبي);
  // or a guild's, a society's … head in the construct state, what it gathers, its
  // nationality (نقابة الأطباء الأردنيين، جمعية المصارف اللبنانية).
  const { stem: head, prefix } = stripClitics(normalizeWord(tokens[k]!));
  const construct = !prefix.includes('ال') && CONSTRUCT_BODY_HEADS.has(head);
  if (t[k] === 'O' && (NATIONAL_BODY_HEADS.has(head) || construct)) {
    let nationality = -1;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
      if (t[j] !== 'O' || !isDefinite(tokens[j]!)) break;
      if (isNationality(tokens[j]!)) nationality = j;
    }
    // "The Russian forces" are any of its troops, not a body: forces are one when named by
    // their arm (القوات الجوية الأمريكية، القوات المسلحة الروسية).
    if ((head === FORCES || construct) && nationality === k + 1) nationality = -1;
    if (nationality > 0) {
      claim(t, k, nationality + 1, 'ORG');
      return nationality;
    }
  }
  const party = claimPartyAt(tokens, t, k);
  if (party >= 0) return party;
  // وزارة + definite words
  if (isOneOf(tokens[k]!, MINISTRY) && t[k] === 'O') {
    let end = k + 1;
    while (
      end < tokens.length &&
      end - k - 1 < MAX_DEFINITE &&
      isDefinite(tokens[end]!) &&
      !isOneOf(tokens[end]!, TIME_WORDS) &&
      !isOneOf(tokens[end]!, NOT_OF_BODY) &&
      // (nor the title of who is named next: لوزارة الصحة | الدكتور منير البرش)
      !isOneOf(tokens[end]!, PERSON_TITLES) &&
      !isOneOf(tokens[end]!, ROLE_WORDS) &&
      !isOneOf(tokens[end]!, RANKS)
    )
      end++;
    // …and a second portfolio joined by و, with an adjective of relation (وزارة الموارد المائية
    // والري، وزارة الفلاحة والموارد المائية والصيد البحري) — not a second body (وزارة الداخلية
    // والقوات المسلحة).
    while (
      end > k + 1 &&
      end < tokens.length &&
      end - k - 1 < MAX_DEFINITE + 3 &&
      (/^و/.test(tokens[end]!)
        ? isDefinite(tokens[end]!.slice(1)) && !isBodyHead(tokens[end]!.slice(1))
        : /^وال/.test(normalizeWord(tokens[end - 1]!)) &&
          isDefinite(tokens[end]!) &&
          /^ال.{2,}(ي|يه)$/.test(normalizeWord(tokens[end]!))) &&
      !isOneOf(tokens[end]!, TIME_WORDS)
    )
      end++;
    if (end > k + 1 && free(t, k, end)) {
      claim(t, k, end, 'ORG');
      return end - 1;
    }
  }
  return -1;
}

const PARTY = normalizeWord('حزب');
/** Words of parties' names that are no adjective of relation (الحزب الديمقراطي الحر، حزب الخضر). */
const PARTY_ROLES = new Set(
  ['المعارضة', 'الأغلبية', 'الأقلية', 'السلطة', 'الرئيس', 'الحكومة'].map(normalizeWord),
);
const NOT_PARTY_ADJECTIVES = new Set(
  ['السياسي', 'الثاني', 'الحادي', 'الثالثي', 'النهائي', 'الحقيقي', 'الفعلي'].map(normalizeWord),
);
const PARTY_WORDS = new Set(['الحر', 'الخضر', 'الأخضر'].map(normalizeWord));
/** What a sentence says of a party, after its name (الحزب الليبرالي الديمقراطي الحاكم). */
const PARTY_DESCRIPTIONS = new Set(
  [
    'الحاكم',
    'المعارض',
    'اليميني',
    'اليساري',
    'المتطرف',
    'الحالي',
    'السابق',
    'الجديد',
    'الكبير',
    'الأكبر',
    'الفائز',
    'المنافس',
    'الوحيد',
    'الرئيسي',
    'الشريك',
    'المنحل',
    'المحظور',
  ].map(normalizeWord),
);

/**
 * A party: حزب and what it is named by (حزب الخضر، حزب المؤتمر الوطني الهندي), or الحزب and its
 * adjectives (الحزب الاشتراكي الديمقراطي، الحزب الديمقراطي الحر) — never what the sentence says of
 * it after them (الحاكم، اليميني). Returns the index of its last token, -1 when none begins at `k`.
 */
function claimPartyAt(tokens: string[], t: string[], k: number): number {
  const { stem, prefix } = stripClitics(normalizeWord(tokens[k]!));
  // (its one-letter proclitic too: وحزب الخضر، لحزب العمال)
  if (t[k] !== 'O' || (stem !== PARTY && !('وفبل'.includes(stem[0]!) && stem.slice(1) === PARTY)))
    return -1;
  const definite = prefix.includes('ال') || prefix.endsWith('لل');
  // (an adjective of relation as written — الأقوى with ى is an elative — that is no ordinal and
  // says more than "political")
  const adjective = (i: number) => {
    const n = normalizeWord(tokens[i]!);
    if (PARTY_WORDS.has(n)) return isDefinite(tokens[i]!);
    return isDefinite(tokens[i]!) && /^ال.{3,}ي$/u.test(tokens[i]!) && !NOT_PARTY_ADJECTIVES.has(n);
  };
  let end = k + 1;
  // (حزب: first the noun it is named by, whatever it is: الخضر، العمال، الشعب، المؤتمر — not a
  // party's place in parliament: حزب المعارضة الرئيسي)
  if (
    !definite &&
    end < tokens.length &&
    isDefinite(tokens[end]!) &&
    !isOneOf(tokens[end]!, PARTY_ROLES)
  )
    end++;
  if (end === k + 1 && !definite) return -1;
  while (
    end < tokens.length &&
    end - k <= 4 &&
    (t[end] === 'O' || t[end] === 'B-LOC') &&
    adjective(end) &&
    !PARTY_DESCRIPTIONS.has(normalizeWord(tokens[end]!))
  )
    end++;
  if (end === k + 1) return -1;
  // (over what the tagger found inside it only where that lies whole within: a nationality it
  // read as a place, الهندي)
  if (t[end]?.startsWith('I-')) return -1;
  claim(t, k, end, 'ORG');
  return end - 1;
}
