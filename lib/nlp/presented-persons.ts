/**
 * Persons the article presents that the tagger left untagged (issue 13): after a verb of saying, a
 * title or a role, a given name and one or two more words of a name, ended where the clause goes
 * on — a comma, لـ, إن, a title (وقال المتحدث باسم الدفاع المدني في غزة محمود بصل لـ…; والدكتور
 * هيثم الحاج علي رئيس الهيئة; اعتبرت سلمى بناني، المديرة …). Run by document.ts after the name
 * rules; it claims
 * untagged words, and goes on from a given name the tagger found alone.
 */
import { stripClitics } from './clitics';
import { DOCTORS, HONORIFIC_ADDRESS, isTribePlural, PERSON_NOUNS } from './bound-words';
import { COMMON_WORDS } from './common-words';
import { bare } from './coreference';
import { FUNCTION_WORDS } from './function-words';
import { clauseGoesOnAt, isInstitutionHead, PERSON_TITLES, RANKS, TIME_WORDS } from './name-words';
import { roleBefore, ROLE_WORDS } from './roles';
import { claim, free, isArabicWord, isDefinite, isOneOf } from './tag-edits';
import { normalizeWord } from '../text/normalize';

/** Verbs of saying and of stance, as a person's subject follows them (قال، أكدت، أدان). */
export const SAYING = new Set(
  [
    'قال',
    'قالت',
    'يقول',
    'تقول',
    'أضاف',
    'أضافت',
    'أكد',
    'أكدت',
    'أوضح',
    'أوضحت',
    'اعتبر',
    'اعتبرت',
    'أدان',
    'أدانت',
    'أشار',
    'أشارت',
    'صرح',
    'صرحت',
    'كشف',
    'كشفت',
    'أعلن',
    'أعلنت',
    'طالب',
    'طالبت',
    'دعا',
    'دعت',
    'رأى',
    'رأت',
    'أفاد',
    'أفادت',
    'ذكر',
    'ذكرت',
    'لفت',
    'لفتت',
    'نفى',
    'نفت',
    'حذر',
    'حذرت',
  ].map(normalizeWord),
);
/** Honorifics and forms of address before a name (معالي، الدكتور، المهندس). */
const HONORIFICS = new Set([
  ...HONORIFIC_ADDRESS,
  // (and السيد، المهندس، الحاج …: bound-words' PERSON_NOUNS, which presents() reads too)
  ...DOCTORS,
  ...['الأستاذ', 'الأستاذة'].map(normalizeWord),
]);
/**
 * Given names written with the article (الطيب صالح، المنصف المرزوقي، الفاتح حسن): joined to the
 * person after them only (joinGivenNamesBefore). Not الأمين or العربي, titles and adjectives as often.
 */
export const DEFINITE_GIVEN = new Set(
  [
    'الطيب',
    'الصادق',
    'المنصف',
    'الحبيب',
    'الهادي',
    'المهدي',
    'الفاتح',
    'الطاهر',
    'المختار',
    'الحسين',
    'الحسن',
  ].map(normalizeWord),
);
/**
 * Verbal nouns whose genitive is as often a person: what is done to or by them (استدعاء كريم عادل
 * البنا، تعيين، إقالة، وفاة، اعتقال).
 */
const DONE_TO_PERSONS = new Set(
  [
    'استدعاء',
    'تعيين',
    'اختيار',
    'إقالة',
    'استقالة',
    'انتقال',
    'تعاقد',
    'ضم',
    'عودة',
    'غياب',
    'إصابة',
    'وفاة',
    'رحيل',
    'اعتقال',
    'توقيف',
    'مقتل',
    'اغتيال',
    'تكريم',
    'ترشيح',
    'انتخاب',
  ].map(normalizeWord),
);
/** Words of time that follow a name without being part of it, beside TIME_WORDS (العام الماضي). */
const NOT_NAMES = new Set(['عام', 'العام', 'الماضي', 'الجاري'].map(normalizeWord));
/** The most words of a name claimed here. */
const MAX_WORDS = 3;

export interface PresentedEvidence {
  /**
   * A given name (the gazetteer's first names, or one that begins listed persons and that the
   * unlabelled text does not use everywhere: مسؤول begins a listed person).
   */
  isGiven: (token: string) => boolean;
  /** A word of people's names (Wikidata's transliterations, Arabic first and family names). */
  isNameWord: (token: string) => boolean;
  /** The order of magnitude of a form's count in the unlabelled text, -1 when unseen. */
  magnitude: (form: string) => number;
}

/**
 * A relative or a colleague, with the pronoun of whose (زميلها، زوجته، شقيقه، ابنتها): the person
 * named after it is presented as theirs (وزميلها علي القرني).
 */
const KIN_WORD =
  /^(زميل|زميلت|زوج|زوجت|شقيق|شقيقت|ابن|ابنت|نجل|نجلت|والد|والدت|صديق|صديقت|جار|جارت|رفيق|رفيقت)(ه|ها|هم|هما)$/;

/** The word before a name presents a person: a verb of saying, an honorific, a title, a relative. */
function presents(token: string): boolean {
  const n = normalizeWord(token);
  // (a relative as written: folding makes ة ه, زوجة "a wife" no زوجه "his wife")
  const kin = token.replace(/[\u064b-\u065f\u0640]/g, '').replace(/^و/, '');
  const bare = n.startsWith('و') ? n.slice(1) : n;
  return (
    [n, bare].some(
      (w) =>
        SAYING.has(w) ||
        HONORIFICS.has(w) ||
        ROLE_WORDS.has(w) ||
        PERSON_TITLES.has(w) ||
        RANKS.has(w) ||
        PERSON_NOUNS.has(w),
    ) || KIN_WORD.test(kin)
  );
}

/** A comma, لـ or إن / أن after a name: its end, whatever the word before. */
function strongEnd(token: string | undefined): boolean {
  if (token === undefined) return false;
  return /^[،,]$/.test(token) || token.startsWith('لـ') || /^[أإا]ن$/.test(token);
}

/** A word the clause goes on with after a name (قد، إن، بأن، في …), not a title. */
function clauseEnd(token: string): boolean {
  return clauseGoesOnAt(token, new Set()) || normalizeWord(token) === QAD;
}

/**
 * The clause goes on after a name at this word (or the sentence ends), or a title follows; or
 * قد before the verb, after a person a title presents (وكان الرئيس جوزاف عون قد شدد) — not in
 * CLAUSE_ENDS, where a common noun before it would pass for a family name (محمد صلاح | الهداف قد).
 */
function endsName(token: string | undefined): boolean {
  return clauseGoesOnAt(token, ROLE_WORDS) || normalizeWord(token ?? '') === QAD;
}
const QAD = normalizeWord('قد');

/**
 * Claims, in place, the persons the article presents in each sentence's untagged words (see the
 * module's comment).
 */
export function claimPresentedPersons(
  sentences: string[][],
  tags: string[][],
  ev: PresentedEvidence,
): void {
  const { isGiven, isNameWord, magnitude } = ev;
  // A word that may go on a name after its given name: no function or common word, title or time,
  // no proclitic or possessive on a word the unlabelled text knows (بلقاء، حلمه), and with the
  // article only a name's word or one hardly seen (الطاير, not المحترف).
  const nameLike = (token: string, next: string | undefined) => {
    const n = normalizeWord(token);
    if (!isArabicWord(token) || n.length < 2) return false;
    // (علي written with ي before a word without the article is the name Ali: هيثم الحاج علي رئيس)
    if (token === 'علي' && !normalizeWord(next ?? '').startsWith('ال')) return true;
    if (FUNCTION_WORDS.has(n) || COMMON_WORDS.has(n) || TIME_WORDS.has(n) || NOT_NAMES.has(n))
      return false;
    if (ROLE_WORDS.has(n) || PERSON_TITLES.has(n)) return false;
    if (isGiven(token)) return true;
    // (a circumstantial participle or an accusative is no name's word, whatever the lists of
    // name words hold: وقال محمود متحدثا، فاطمة باكية)
    if (/[اة]$/.test(token) || (/ين$/.test(token) && magnitude(n) >= 0)) return false;
    if (isNameWord(token)) return true;
    const { prefix, stem } = stripClitics(n);
    if (prefix && !prefix.endsWith('ال') && magnitude(stem) >= 1) return false;
    if (/(ه|ها|هم)$/.test(n) && magnitude(n.replace(/(ه|ها|هم)$/, '')) >= 1) return false;
    // (a word the unlabelled text knows a little better ends a name only right before لـ, a
    // comma or إن: محمود بصل لـ"الجزيرة نت")
    const most = n.startsWith('ال') || !strongEnd(next) ? 1 : 2;
    return magnitude(n.startsWith('ال') ? n.slice(2) : n) <= most;
  };
  const unlistedFirst = (token: string, before: string, after: string, k: number) => {
    const n = normalizeWord(token);
    // (every case below asks a word the unlabelled text knows little: asked first, as cheapest)
    if (k < 1 || !isArabicWord(token) || n.length < 3 || magnitude(n) > 2) return false;
    if (FUNCTION_WORDS.has(n) || COMMON_WORDS.has(n)) return false;
    if (ROLE_WORDS.has(n) || PERSON_TITLES.has(n) || RANKS.has(n) || SAYING.has(n)) return false;
    // (nor an institution's head: مدير | مستشفى العدان)
    if (isInstitutionHead(token)) return false;
    if (stripClitics(n).prefix) return false;
    // (after the title itself, not a verb of saying: قال | مطر غزير)
    if (SAYING.has(normalizeWord(before).replace(/^و/, ''))) return false;
    return (
      magnitude(n) <= 0 ||
      (isNameWord(token) && magnitude(n) <= 2) ||
      // (or one it knows a little before a family name with the article: فائز السراج)
      (magnitude(n) <= 2 &&
        isDefinite(after) &&
        isNameWord(after) &&
        !COMMON_WORDS.has(normalizeWord(after)))
    );
  };
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    // (a father's given name that ends like an accusative or a feminine noun, between the given
    // name and a family name before the clause goes on: زياد عودة | المجالي إن، سامي عودة |
    // الطراونة إن)
    const fatherAt = (i: number) => {
      const w = tokens[i]!;
      const n = normalizeWord(w);
      const family = tokens[i + 1] ?? '';
      return (
        /[اة]$/.test(w) &&
        isArabicWord(w) &&
        !/(اً|ًا)$/.test(w) &&
        !FUNCTION_WORDS.has(n) &&
        !COMMON_WORDS.has(n) &&
        !stripClitics(n).prefix &&
        t[i + 1] === 'O' &&
        // (of relation, or a tribe's plural: المجالي، الطراونة)
        ((/^ال[\u0621-\u064a]{2,}ي$/.test(family) && nameLike(family, tokens[i + 2])) ||
          (isTribePlural(family) && magnitude(normalizeWord(family).slice(2)) <= 1)) &&
        strongEnd(tokens[i + 2])
      );
    };
    // (roleBefore reads tokens; made only for a sentence that has a candidate)
    let asTokens: { text: string; start: number; end: number }[] | undefined;
    const roleAt = (k: number) =>
      roleBefore((asTokens ??= tokens.map((text) => ({ text, start: 0, end: 0 }))), k, t);
    for (let k = 1; k < tokens.length; k++) {
      const first = normalizeWord(tokens[k]!);
      // (a given name the tagger found alone goes on too: والدكتور هيثم | الحاج علي)
      const alone = t[k] === 'B-PER' && t[k + 1] !== 'I-PER';
      if (!(t[k] === 'O' || alone) || first.length < 3 || first.startsWith('ال')) continue;
      // (a first name no list knows, after a title, a rank or a role: الجنرال عاصمي غويتا قد،
      // رئيس الجمهورية جوزاف عون قد — a word the unlabelled text hardly knows, or a word of names
      // it knows a little, and one more word before the clause goes on)
      // (علي, as written the name Ali, right after a word that presents a person: المحامي علي
      // مصبح ضاحي، وزميلها علي القرني)
      const listed = isGiven(tokens[k]!);
      const ali = !listed && tokens[k] === 'علي' && presents(tokens[k - 1]!);
      const given = listed || ali;
      // (…and a family name the tagger found alone after it: عاصمي | غويتا)
      const loneFamily = !given && t[k] === 'O' && t[k + 1] === 'B-PER' && t[k + 2] !== 'I-PER';
      if (!given) {
        if (!unlistedFirst(tokens[k]!, tokens[k - 1]!, tokens[k + 1] ?? '', k)) continue;
        // (what the checks below ask of such a name, asked first: they are cheaper than the role)
        const second =
          loneFamily || (t[k + 1] === 'O' && nameLike(tokens[k + 1] ?? '', tokens[k + 2]));
        if (!second || !endsName(tokens[k + 2])) continue;
      }
      // (or a listed given name set off by commas, a person in apposition to what was said of
      // them: صاحب معصرة في عقارب ، نبيل العياري ، بأن — checked at the name's end below)
      const apposition = given && /^[،,]$/.test(tokens[k - 1]!);
      const presented = presents(tokens[k - 1]!) || roleAt(k) !== undefined;
      if (!presented && !apposition) continue;
      let end = k + 1;
      while (
        end < tokens.length &&
        end - k < MAX_WORDS &&
        ((t[end] === 'O' && nameLike(tokens[end]!, tokens[end + 1])) ||
          (loneFamily && end === k + 1))
      )
        end++;
      // (the father's name and the family name after it, both at once)
      if (end === k + 1 && t[end] === 'O' && fatherAt(end)) end += 2;
      // (a given name and a word the unlabelled text hardly knows need no clause end: محافظ تعز
      // نبيل شمسان الأجهزة، محافظ الشمال رمزي نهرا تشكيل — the object follows the name)
      const rareFamily =
        end - k === 2 && magnitude(stripClitics(normalizeWord(tokens[k + 1]!)).stem) <= 1;
      if (
        !given &&
        (end - k !== 2 ||
          !endsName(tokens[end]) ||
          (isArabicWord(tokens[end] ?? '-') && !clauseEnd(tokens[end]!)))
      )
        continue;
      if (
        end - k < 2 ||
        !(free(t, k + 1, end) || loneFamily) ||
        t[end]?.startsWith('I-') ||
        (!endsName(tokens[end]) && !rareFamily)
      )
        continue;
      // (علي so read only up to a comma, لـ or إن: علي is as often على misspelt after a subject —
      // واعتدى السائق علي مسعف، وأكد المحامي علي براءة موكله)
      if (ali && !strongEnd(tokens[end])) continue;
      // (in apposition, a given name and one or two words with the article or hardly known, up
      // to the closing comma)
      if (
        !presented &&
        (!/^[،,]$/.test(tokens[end] ?? '') ||
          tokens.slice(k + 1, end).some((w) => magnitude(bare(normalizeWord(w))) > 1))
      )
        continue;
      claim(t, k, end, 'PER');
      k = end - 1;
    }
  });
}

/**
 * A given name the tagger left before the rest of a person's name, in place: an untagged word of
 * people's names (رنا، سرى، كريم) right before a person of two words or more that begins with a
 * given name — the father's (رنا | يوسف عيتاني، سرى | عبد الستار الدليمي، كريم | سعيد عبد العال).
 * Not a word the unlabelled text uses everywhere that is no given name, a title, a function word
 * or a word behind a proclitic.
 */
export function joinGivenNamesBefore(
  sentences: string[][],
  tags: string[][],
  ev: PresentedEvidence,
): void {
  const { isGiven, isNameWord, magnitude } = ev;
  const father = (token: string) => isGiven(token) || /^(عبد|أبو|ابو)$/.test(token);
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (t[k] !== 'O' || t[k + 1] !== 'B-PER' || t[k + 2] !== 'I-PER') continue;
      const token = tokens[k]!;
      const n = normalizeWord(token);
      // (with the article, only a given name the Maghreb and Sudan give so: الطيب عبد الله)
      if (!isArabicWord(token) || n.length < 3 || (n.startsWith('ال') && !DEFINITE_GIVEN.has(n)))
        continue;
      if (FUNCTION_WORDS.has(n) || COMMON_WORDS.has(n) || TIME_WORDS.has(n)) continue;
      if (ROLE_WORDS.has(n) || PERSON_TITLES.has(n) || RANKS.has(n) || presents(token)) continue;
      // (not a conjunction before a known word, nor a preposition before one — a given name
      // aside: كريم is no ك + ريم)
      if ('وف'.includes(n[0]!) && magnitude(n.slice(1)) >= 1) continue;
      if ('بلك'.includes(n[0]!) && magnitude(n.slice(1)) >= 1 && !isGiven(token)) continue;
      // (a given name of two words written joined is one: عبدالقوي)
      if (!(isNameWord(token) || /^عبدال\S{2,}$/.test(token)) || magnitude(n) > 2) continue;
      if (!father(tokens[k + 1]!)) continue;
      // (where a name may begin: after punctuation, a place or a body, a title or a word with the article —
      // not after a noun whose genitive the person is: وضريح روضة أبي وقاص، جميع دواوين نزار —
      // unless it is what is done to or by a person: استدعاء كريم عادل البنا، تعيين، وفاة)
      const before = tokens[k - 1];
      if (
        before !== undefined &&
        !/^[،,:«»"“”]$/.test(before) &&
        !/-(LOC|ORG)$/.test(t[k - 1]!) &&
        !presents(before) &&
        !isDefinite(before) &&
        // (a given name of the lists only: ضم جناح | محمد عبد الرحمن، غياب هداف | عمرو السولية)
        !(isOneOf(before, DONE_TO_PERSONS) && isGiven(token))
      )
        continue;
      claim(t, k, k + 1, 'PER');
      t[k + 1] = 'I-PER';
    }
  });
}
