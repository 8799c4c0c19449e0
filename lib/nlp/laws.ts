/**
 * Laws and resolutions by name (issue 13): قانون الإجراءات الجنائية، قانون مكافحة المخدرات
 * والمؤثرات العقلية، (مشروع) قانون الإدارة المحلية، قانون الموازنة العامة لسنة 2026، القانون رقم 164
 * لسنة 2025، قانون قيصر، القرار 1701 — works of law (MISC) that readers look up as they look up a
 * body. Run by lib/nlp/document.ts over untagged words (and a person a law is named after), before
 * not-names.ts. Not a law named by no more than its kind (بموجب القانون، القانون الدولي، قانون جديد).
 */
import { YEAR } from './competitions';
import { FUNCTION_WORDS } from './function-words';
import { claim, isArabicWord, isDefinite } from './tag-edits';
import { TIME_WORDS } from './name-words';
import { NOT_OF_RELATION } from './place-heads';
import { normalizeWord } from '../text/normalize';

const LAW = normalizeWord('قانون');
const THE_LAW = normalizeWord('القانون');
const RESOLUTION = normalizeWord('القرار');
const NUMBER_WORD = normalizeWord('رقم');
/** The year of a law (لسنة 2025، لعام 2026). */
const OF_YEAR = new Set(['لسنة', 'لعام'].map(normalizeWord));
/** Words after a law's name that say which version, not which law (القانون الجديد). */
const NOT_OF_NAME = new Set(
  ['الجديد', 'الجديدة', 'المقترح', 'المعدل', 'الحالي', 'النافذ', 'الساري', 'المذكور'].map(
    normalizeWord,
  ),
);
/** At most this many words of what the law is of, and of nouns in the construct state before them. */
const MAX_OF = 5;
const MAX_CONSTRUCT = 2;

/** The word without its proclitics (بقانون، لقانون، وبقانون; للقانون is ل and القانون). */
const bare = (n: string) => {
  const m = n.replace(/^[وف]/, '');
  return m.startsWith('لل') ? `ا${m.slice(1)}` : m.replace(/^[بلك]/, '');
};

const isNumber = (token: string | undefined) =>
  /^\(?[0-9٠-٩]+([./-][0-9٠-٩]+)?\)?$/.test(token ?? '');
const isYear = (token: string | undefined) => YEAR.test(token ?? '');

/** A word of what a law is of, with the article: not a version's, a time's or a function word. */
function ofName(token: string | undefined): boolean {
  if (token === undefined || !isDefinite(token)) return false;
  const n = normalizeWord(token);
  return !NOT_OF_NAME.has(n) && !TIME_WORDS.has(n) && !NOT_OF_RELATION.has(n);
}

/**
 * A noun in the construct state before what the law is of (مكافحة، تمويل، إقامة، كشف): not a verb
 * in the imperfect (قانون | يجرم التطبيع), a word with a pronoun (أقره), an adjective of a law
 * (جديد), a conjunction's or a purpose's word (ولمكافحة، لحماية).
 */
function construct(token: string | undefined): boolean {
  if (token === undefined || !isArabicWord(token)) return false;
  const n = normalizeWord(token);
  return (
    n.length >= 3 &&
    !n.startsWith('ال') &&
    !FUNCTION_WORDS.has(n) &&
    !/(اً|ًا)$/.test(token) &&
    !/^[يو]/.test(n) &&
    !/^ل/.test(n) &&
    !/(ه|ها|هم|هما)$/.test(token) &&
    !LAW_ADJECTIVES.has(n)
  );
}
/** Adjectives of a law, not what it is of (قانون جديد، قانون مؤقت). */
const LAW_ADJECTIVES = new Set(
  ['جديد', 'مؤقت', 'خاص', 'عام', 'صارم', 'مثير', 'مقترح', 'معدل'].map(normalizeWord),
);
/** Sayings, not laws (قانون الغاب، قانون السوق، قانون الأقوى). */
const SAYINGS = new Set(
  ['الغاب', 'السوق', 'الأقوى', 'البلد', 'الطبيعة', 'الجاذبية', 'الجذب'].map(normalizeWord),
);

/** The end of a number and a year after a law's name from `end` (رقم 164 لسنة 2025). */
function numbered(tokens: string[], t: string[], end: number): number {
  if (
    t[end] === 'O' &&
    normalizeWord(tokens[end] ?? '') === NUMBER_WORD &&
    isNumber(tokens[end + 1])
  )
    end += 2;
  if (t[end] === 'O' && OF_YEAR.has(normalizeWord(tokens[end] ?? '')) && isYear(tokens[end + 1]))
    end += 2;
  return end;
}

/** Claims, in place, the laws and resolutions named in each sentence (see the module's comment). */
export function claimLaws(sentences: string[][], tags: string[][]): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < tokens.length; k++) {
      // (the words as written first: normalising every word of every sentence costs)
      if (t[k] !== 'O' || !/قانون|قرار/.test(tokens[k]!)) continue;
      const n = normalizeWord(tokens[k]!);
      // A resolution by its number (القرار 1701، القرار رقم 2642) — without رقم, not a count of
      // what follows (القرار 300 موظف، القرار 100 بالمئة) nor a year (القرار 2024).
      if (n === RESOLUTION || bare(n) === RESOLUTION) {
        const numbered = normalizeWord(tokens[k + 1] ?? '') === NUMBER_WORD;
        const at = numbered ? k + 2 : k + 1;
        const after = tokens[at + 1];
        const ends =
          after === undefined ||
          !isArabicWord(after) ||
          FUNCTION_WORDS.has(normalizeWord(after)) ||
          normalizeWord(after).startsWith('ال');
        if (
          t[k + 1] === 'O' &&
          /^[0-9]{3,4}$/.test(tokens[at] ?? '') &&
          (numbered || (ends && !isYear(tokens[at])))
        ) {
          claim(t, k, at + 1, 'MISC');
          k = at;
        }
        continue;
      }
      // The law by its number (القانون رقم 164 لسنة 2025).
      if (n === THE_LAW || bare(n) === THE_LAW) {
        const end = numbered(tokens, t, k + 1);
        if (end > k + 1 && normalizeWord(tokens[k + 1]!) === NUMBER_WORD) {
          claim(t, k, end, 'MISC');
          k = end - 1;
        }
        continue;
      }
      // (a draft is the law it drafts: مشروع | قانون الإجراءات الجنائية — its card is the law's)
      if (n !== LAW && bare(n) !== LAW) continue;
      const head = k;
      let end = head + 1;
      if (t[end] === 'B-PER') {
        // (named after a person: قانون قيصر، قانون ماغنيتسكي)
        end++;
        while (t[end] === 'I-PER') end++;
      } else {
        let c = end;
        while (c - end < MAX_CONSTRUCT && t[c] === 'O' && construct(tokens[c])) c++;
        if (t[c] !== 'O' || !ofName(tokens[c])) {
          // (a law by its number without the article: قانون رقم 94 لسنة 2015)
          const end = numbered(tokens, t, head + 1);
          if (end > head + 2 && normalizeWord(tokens[head + 1]!) === NUMBER_WORD) {
            claim(t, k, end, 'MISC');
            k = end - 1;
          }
          continue;
        }
        if (c === end && SAYINGS.has(normalizeWord(tokens[c]!))) continue;
        end = c + 1;
        // (its adjectives and a second field after و: الإجراءات الجنائية، المخدرات والمؤثرات
        // العقلية، الفجوة المالية واسترداد الودائع)
        while (end - head <= MAX_OF && t[end] === 'O') {
          const w = tokens[end]!;
          if (ofName(w)) end++;
          else if (/^و/.test(w) && ofName(w.slice(1))) end++;
          else if (
            /^و/.test(w) &&
            construct(w.slice(1)) &&
            t[end + 1] === 'O' &&
            ofName(tokens[end + 1])
          )
            end += 2;
          else break;
        }
      }
      end = numbered(tokens, t, end);
      claim(t, k, end, 'MISC');
      k = end - 1;
    }
  });
}
