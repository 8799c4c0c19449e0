/**
 * The family name of a person the text introduces by who they are (issue 13), taken in by
 * name-bounds.ts: after a title or a word for the person (الدكتور، المهندس، التاجر، رئيس بلدية
 * بنت جبيل), a given name and a father's name the tagger ended on are followed by the family name
 * before the clause goes on (الدكتور ياسر عوني | الشاعر إن، المهندس عثمان بابكر | الأمين،
 * لـ، رئيس بلدية بنت جبيل عفيف حسن | بزي لـ«النهار») — though that word is also a common one.
 */
import { AGES, isTribePlural, NOT_FAMILY, WORDS_BEFORE_NAMES } from './bound-words';
import { stripClitics } from './clitics';
import { COMMON_WORDS } from './common-words';
import { FUNCTION_WORDS } from './function-words';
import { TIME_WORDS } from './name-words';
import { dictionaryWord, type KnownNames } from './known-names';
import { TELLING } from './not-names';
import { ROLE_NOUNS, ROLE_WORDS } from './roles';
import { isArabicWord } from './tag-edits';
import type { Token } from './tokenize';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Nouns of a function before the body they serve in (مدير المدرسة، مدرب المحرق). */
const ROLE_OF_BODY = new Set([...ROLE_NOUNS, ...set(['مدرب', 'مدربة', 'مسؤول', 'مسؤولة'])]);
/** Role words that are family names as often (الشيخ، الأمين). */
const FAMILY_TOO = set(['الشيخ', 'الأمين']);
/** Verbs of saying a person's name follows, with و or ف (قال، وأضافت، ويقول). */
const SAYS = new Set(
  ['قال', 'قالت', 'يقول', 'تقول', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'صرح', 'صرحت', 'أفاد']
    .concat(['أفادت', 'أشار', 'أشارت'])
    .flatMap((w) => [w, `و${w}`, `ف${w}`])
    .map(normalizeWord),
);

/**
 * Whether the person's name that begins at `start` (the tagger's span at `spanStart`) follows a word for who the person is: a
 * title, a word for a person or a role with the article right before it (الدكتور، التاجر،
 * المتحدث), or a role and the body it serves in (مديرة المدرسة، رئيس بلدية بنت جبيل، مدرب
 * المحرق).
 */
export function isIntroduced(
  sentence: Token[],
  tags: string[],
  start: number,
  spanStart: number,
): boolean {
  const k = start - 1;
  if (k < 0) return false;
  const n = normalizeWord(sentence[k]!.text);
  // (a title the tagger took into the span, which name-bounds.ts dropped, counts too)
  const free = tags[k] === 'O' || k >= spanStart;
  if (free && (WORDS_BEFORE_NAMES.has(n) || ROLE_WORDS.has(n))) return true;
  // (the body: a word with the article, or a name the tagger gave a place or a body)
  let body = k;
  if (/^I-(ORG|LOC)$/.test(tags[k] ?? ''))
    while (body > 0 && tags[body] !== `B-${tags[k]!.slice(2)}`) body--;
  else if (!(tags[k] === 'O' ? n.startsWith('ال') : /^B-(ORG|LOC)$/.test(tags[k] ?? '')))
    return false;
  return (
    body > 0 && tags[body - 1] === 'O' && ROLE_OF_BODY.has(normalizeWord(sentence[body - 1]!.text))
  );
}

/** The checks `familyAfter` needs of the article's lists and its unlabelled text. */
export interface IntroducedChecks {
  /** A given name as written (the gazetteer's first names, or one that begins listed persons). */
  isGivenName: (word: string) => boolean;
  isNationality: (word: string) => boolean;
  /** How many times ten the unlabelled text uses a form, or −1. */
  magnitude: (form: string) => number;
  /** Whether the lists know these words, whole, as a person. */
  isListedPerson: (words: string[]) => boolean;
}

/**
 * Whether the word at `b` is the family name of the introduced person whose name the tagger gave
 * as `a`…`b`: that name is a given name and a father's name (each one word, or عبد / أبو and a
 * word), and after the word the clause goes on (punctuation, لـ, إن / أن, an age in brackets, في
 * تصريح) — the word neither a function or time word, a title, a nationality, nor behind a
 * preposition.
 */
export function familyAfter(
  sentence: Token[],
  tags: string[],
  a: number,
  b: number,
  c: IntroducedChecks,
): boolean {
  const units: string[] = [];
  for (let k = a; k < b; k++) {
    const w = sentence[k]!.text;
    if (/^(عبد|أبو|ابو)$/.test(w) && k + 1 < b) {
      units.push(`${w} ${sentence[++k]!.text}`);
    } else units.push(w);
  }
  // (عبد or أبو and a word make a given name: عبد السلام)
  const given = / /.test(units[0] ?? '') || c.isGivenName(units[0] ?? '');
  if (units.length !== 2 || !given) return false;
  const word = sentence[b]?.text ?? '';
  if (tags[b] !== 'O' || !isArabicWord(word) || /(اً|ًا)$/.test(word)) return false;
  const n = normalizeWord(word);
  const { prefix } = stripClitics(n);
  if (prefix !== '' && prefix !== 'ال') return false;
  if (FUNCTION_WORDS.has(n) || COMMON_WORDS.has(n) || TIME_WORDS.has(n) || NOT_FAMILY.has(n))
    return false;
  if ((ROLE_WORDS.has(n) && !FAMILY_TOO.has(n)) || ROLE_NOUNS.has(n) || AGES.test(n)) return false;
  if (c.isNationality(word) || /ون$/.test(n) || n.length < 3) return false;
  // (with the article, not a plural nor a feminine noun, more often the verb's object: وأدان محافظ تعز نبيل شمسان
  // | الجريمة، هنأ الرئيس محمود عباس | الناجحين — but الأمين, and a tribe's plural: الخوالدة)
  if (prefix === 'ال' && /ين$/.test(n) && !FAMILY_TOO.has(n)) return false;
  if (prefix === 'ال' && /ه$/.test(n) && !isTribePlural(word)) return false;
  // (without the article, a word the unlabelled text hardly knows: بزي، توراي — not حسن أمس)
  if (prefix === '' && c.magnitude(n) > 1) return false;
  // (nor a noun with a possessive pronoun, as written — ة is no ه: القاضي طارق البيطار | تحقيقاته)
  const possessive = /(ه|ها|هم|هما|هن)$/;
  if (prefix === '' && possessive.test(word) && c.magnitude(n.replace(possessive, '')) >= 1)
    return false;
  // (a person the lists know by these two names is named whole: محمود عباس | الوفد)
  if (c.isListedPerson(sentence.slice(a, b).map((t) => t.text))) return false;
  const next = sentence[b + 1]?.text;
  if (next?.startsWith('لـ')) return true;
  // (before punctuation only in what the person says: after a verb the word may be its object —
  // وتفقد محافظ الجيزة أحمد راشد | الموقع، but وقال التاجر عبد السلام المبروك الورفلي، الذي)
  if (next === undefined || /^[،,.:؛(]$/.test(next))
    return sentence.slice(Math.max(0, a - 8), a).some((t) => SAYS.has(normalizeWord(t.text)));
  const m = normalizeWord(next);
  if (/^[اأإ]ن$/.test(next) || m === 'قد' || m === 'بان') return true;
  return m === 'في' && TELLING.has(normalizeWord(sentence[b + 2]?.text ?? ''));
}

/** Whether the lists know `words`, whole, as a person (محمود عباس). */
export function listedPerson(names: KnownNames, words: string[]): boolean {
  const m = names.match(words.map(dictionaryWord), 0);
  return m?.type === 'PER' && m.length === words.length;
}
