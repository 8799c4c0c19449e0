/**
 * Whether the words at the end of a person's span make a family name (name-bounds.ts): a given
 * name and a father's name before it, and a family name with or without the article where the
 * clause goes on after it; and whether علي is the name or the preposition mistyped. Made per span,
 * over one sentence's tokens.
 */
import { stripClitics } from './clitics';
import { COMMON_WORDS } from './common-words';
import { isFirstNameIn, isGivenNameIn } from './document';
import { FUNCTION_WORDS } from './function-words';
import { gazKey } from './gazetteer';
import { clauseGoesOnAt, PERSON_TITLES, TIME_WORDS } from './name-words';
import { ROLE_NOUNS, ROLE_WORDS } from './roles';
import { LINKS_WRITTEN, NOT_FAMILY, PERSON_NOUNS } from './bound-words';
import { DEFINITE_GIVEN } from './presented-persons';
import type { Tagger } from './model';
import type { Span } from './tags';
import type { Token } from './tokenize';
import { normalizeWord } from '../text/normalize';

/** The checks of one span (`sp`) of `sentence`, for `tagger`'s lists and lexicon. */
export function familyChecks(tagger: Tagger, sentence: Token[], sp: Span) {
  const names = tagger.knownNames;
  const magnitude = (form: string) => tagger.lexicon.frequency(form)?.magnitude ?? -1;
  const isFirstName = (name: string) => isFirstNameIn(tagger, name);
  // A given name without the article (شريف، فؤاد: document.ts isGivenNameIn).
  const isGiven = (k: number) =>
    !normalizeWord(sentence[k]!.text).startsWith('ال') && isGivenNameIn(tagger, sentence[k]!.text);
  // A given name and a father's name just before `k`, within the span (شريف حلمي، سرى عبد الستار،
  // ماجد بن عبدالرحمن).
  // (a compound father's name written joined is one too: سارة عبدالرحيم، ريم عبدالرؤوف)
  // (and علي with ي, which reads as the preposition alone: خالد علي | الحربي)
  // (and a given name the Maghreb and Sudan write with the article: محمد الهادي | الشعري)
  const isFather = (k: number) =>
    isGiven(k) ||
    /^عبدال\S{2,}$/.test(sentence[k]!.text) ||
    sentence[k]!.text === 'علي' ||
    DEFINITE_GIVEN.has(normalizeWord(sentence[k]!.text));
  // (a given name with the article the lists know as one counts: الفاتح حسن، الهادي محمد; and a
  // given name of two words: عبد الحميد ياسين)
  const givenAt = (k: number) =>
    isGiven(k) ||
    (normalizeWord(sentence[k]!.text).startsWith('ال') && isFirstName(sentence[k]!.text));
  const givenAndFatherBefore = (k: number) =>
    (k - 2 >= sp.start && givenAt(k - 2) && isFather(k - 1)) ||
    (k - 3 >= sp.start &&
      /^(عبد|أبو|ابو)$/.test(sentence[k - 3]!.text) &&
      normalizeWord(sentence[k - 2]!.text).startsWith('ال') &&
      isFather(k - 1)) ||
    (k - 3 >= sp.start && isGiven(k - 3) && /^(عبد|أبو|ابو|بن|ابن)$/.test(sentence[k - 2]!.text));
  // A family name with the article that is also a word ends a first and a father's name where
  // the clause goes on after it: an adjective of relation as written (الجندي، الدليمي: «شريف
  // حلمي الجندي في تصريح») or a name the lists know — not any noun, which is more often the
  // verb's object (وسجل محمد صلاح | الهدف في الدقيقة، واستقبل محمد حسن | الوفد في مكتبه), an
  // official's title (استقبل محمد حسن الوزير في مكتبه), a nationality, a time or an ordinal.
  const familyEndsClause = (k: number) => {
    const surface = sentence[k]!.text;
    const n = normalizeWord(surface);
    if (!n.startsWith('ال') || n.length < 5 || ROLE_WORDS.has(n) || NOT_FAMILY.has(n)) return false;
    if (/(ين|ون)$/.test(n) || TIME_WORDS.has(n) || names.isNationality(surface)) return false;
    const kind = tagger.gazetteer.kindOf(gazKey([surface]));
    const family = /ي$/.test(surface) || names.isNameWord(surface) || kind === 'LAST';
    if (family && clauseGoesOnAt(sentence[k + 1]?.text, ROLE_NOUNS)) return true;
    // (any other noun the unlabelled text hardly knows, only right before لـ or إن / أن: not
    // before a comma, وسجل محمد صلاح الهدف، ليقود; not an everyday noun, the object of a verb of
    // telling: وأخبر أحمد حسن الشرطة أن)
    return (
      saysNext(k + 1) &&
      magnitude(n.slice(2)) <= 2 &&
      !PERSON_TITLES.has(n) &&
      !COMMON_WORDS.has(n) &&
      !FUNCTION_WORDS.has(n) &&
      !names.isNationality(surface)
    );
  };
  // لـ or إن / أن next: the clause goes on with what the person said or to whom.
  const saysNext = (k: number) => {
    const w = sentence[k]?.text;
    return w !== undefined && (w.startsWith('لـ') || /^[أإا]ن$/.test(w));
  };
  // A family name without the article after a first and a father's name, right before لـ,
  // إن / أن or a comma: a word the unlabelled text hardly knows (منير فؤاد شاتيلا لـ«النهار»).
  const bareFamilyEndsClause = (k: number) => {
    const surface = sentence[k]!.text;
    const n = normalizeWord(surface);
    if (n.startsWith('ال') || n.length < 3 || stripClitics(n).prefix) return false;
    if (FUNCTION_WORDS.has(n) || COMMON_WORDS.has(n) || TIME_WORDS.has(n)) return false;
    if (ROLE_NOUNS.has(n) || /(اً|ًا)$/.test(surface)) return false;
    // (nor a conjunction and a known word: حسين بن سعادة | فاعتبر)
    if ('وفبلك'.includes(n[0]!) && magnitude(n.slice(1)) >= 1) return false;
    // (or a word of people's names the unlabelled text also knows, right before لـ or إن: وليد
    // فاضل سرور لـ"المدن")
    // (قد and بأن go on with the clause as well: جورج إلياس نخلة قد أنهى)
    const after = normalizeWord(sentence[k + 1]?.text ?? '');
    return (
      (magnitude(n) <= 1 &&
        (saysNext(k + 1) ||
          /^[،,]$/.test(sentence[k + 1]?.text ?? '') ||
          after === 'قد' ||
          after === 'بان')) ||
      (names.isNameWord(surface) && saysNext(k + 1))
    );
  };
  // (a family name, not the verb's object: a word of names — with the article, an adjective
  // of relation or a family name the gazetteer lists — or, without it, one hardly known:
  // نور الدين شريط، حسام الدين المرزوقي; not عبد الله | الجماهير، نور الدين | هدفين)
  const familyWord = (w: string) => {
    const n = normalizeWord(w);
    if (n.startsWith('ال'))
      return (
        (names.isNameWord(w) && /ي$/.test(w)) || tagger.gazetteer.kindOf(gazKey([w])) === 'LAST'
      );
    return names.isNameWord(w) || magnitude(n) <= 1;
  };
  // (the clause goes on at `k`: punctuation, لـ, إن / أن, قد, بأن, or the sentence ends)
  const clauseGoesOnAfter = (k: number) => {
    const w = sentence[k]?.text;
    return (
      w === undefined ||
      /^[،,.:؛]$/.test(w) ||
      saysNext(k) ||
      ['قد', 'بان'].includes(normalizeWord(w))
    );
  };
  // (a given name written with the article after a noun with the article is its adjective:
  // الرجل الطيب | محمد علي حسن — not after a title or a word for the person: الفريق الطيب محمد
  // أحمد الخضر، المواطن الطيب حامد آدم)
  const describedBy = (k: number) => {
    const before = normalizeWord(sentence[k]?.text ?? '');
    return (
      before.startsWith('ال') &&
      !ROLE_WORDS.has(before) &&
      !PERSON_TITLES.has(before) &&
      !PERSON_NOUNS.has(before)
    );
  };
  // علي with ي is the name Ali; the preposition is written على.
  // (Before a word with the article it is the preposition mistyped: علي السوشيال ميديا.)
  // (…unless a person's name goes on on both sides of it, as the tagger read it: ناصر علي
  // المري، خالد علي الحربي — a given name before it and a word of names after it)
  // (…and after بن، أبو، أيت: خميس بن علي الكلباني، الحسين أيت علي)
  const isAli = (k: number) =>
    /^علي$/.test(sentence[k]!.text.replace(/[\u064b-\u065f]/g, '')) &&
    (!normalizeWord(sentence[k + 1]?.text ?? '').startsWith('ال') ||
      (k > sp.start && LINKS_WRITTEN.has(sentence[k - 1]!.text)) ||
      (sp.type === 'PER' &&
        k > sp.start &&
        k + 1 < sp.end &&
        isGiven(k - 1) &&
        (names.isNameWord(sentence[k + 1]!.text) ||
          magnitude(normalizeWord(sentence[k + 1]!.text).slice(2)) <= 1)));
  return {
    describedBy,
    isAli,
    isGiven,
    givenAndFatherBefore,
    familyEndsClause,
    saysNext,
    bareFamilyEndsClause,
    familyWord,
    clauseGoesOnAfter,
  };
}
