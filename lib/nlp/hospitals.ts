/**
 * Hospitals and medical complexes by name (issue 13), over an article's tags in
 * lib/nlp/document.ts before body-tails.ts: مستشفى or مجمع and one untagged word of a name — one
 * the unlabelled text hardly knows, a given name, or any word with the article before the
 * adjective a hospital's name ends with — and that adjective (مستشفى العدان، مستشفى الثورة العام،
 * مجمع ناصر الطبي، مستشفى منى الطوارئ); and a hospital the tagger found goes on with that adjective
 * (مستشفى ابن خلدون | العام). Not مستشفى and a common word alone (مستشفى الأطفال، مستشفى ميداني).
 */
import { bare } from './coreference';
import { FUNCTION_WORDS } from './function-words';
import { claim, isArabicWord, isOneOf } from './tag-edits';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

const HOSPITAL = normalizeWord('مستشفى');
const COMPLEX = normalizeWord('مجمع');
/** Adjectives a hospital's name ends with (العام، المركزي، التخصصي، الطبي). */
const HOSPITAL_ENDS = set([
  'العام',
  'المركزي',
  'الجامعي',
  'التخصصي',
  'التعليمي',
  'الدولي',
  'الوطني',
  'الطبي',
  'الطوارئ',
  'الجهوي',
  'الإقليمي',
  'الحكومي',
  'الجراحي',
  'العسكري',
  'الميداني',
  'الخيري',
]);
/** Adjectives a hospital's name ends with, at most (مستشفى رفيديا الجراحي الحكومي). */
const MAX_ENDS = 2;
/** العام "the year" before a word of time (العام الماضي، العام المقبل). */
const YEAR = normalizeWord('العام');
const TIME_AFTER = set(['الماضي', 'المقبل', 'الحالي', 'الجاري', 'القادم', 'المنصرم', 'الدراسي']);

export interface HospitalEvidence {
  /** A word the unlabelled text hardly knows (a place's or a person's name). */
  isRare: (token: string) => boolean;
  /** A given name (ناصر). */
  isGiven: (token: string) => boolean;
  /** A word of people's names (عدوان). */
  isNameWord: (token: string) => boolean;
  /**
   * A nationality's adjective, which a hospital named after the country that gave it ends with
   * (مستشفى طوباس التركي الحكومي، مستشفى أبو الريش الياباني).
   */
  isNationality?: (token: string) => boolean;
}

const HEADS = new Set([HOSPITAL, COMPLEX]);
/** The head as written or behind one proclitic (بمستشفى، لمجمع), else undefined. */
function headOf(token: string): string | undefined {
  if (!isOneOf(token, HEADS)) return undefined;
  const n = normalizeWord(token);
  return HEADS.has(n) ? n : n.slice(1);
}

/** Claims, in place, the hospitals of every sentence (see the module's comment). */
export function claimHospitals(
  sentences: string[][],
  tags: string[][],
  ev: HospitalEvidence,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    // (not العام of a time: مستشفى ناصر الحكومي | العام الماضي)
    const endsAt = (k: number) =>
      t[k] === 'O' &&
      HOSPITAL_ENDS.has(normalizeWord(tokens[k] ?? '')) &&
      !(normalizeWord(tokens[k]!) === YEAR && TIME_AFTER.has(normalizeWord(tokens[k + 1] ?? '')));
    for (let k = 0; k + 1 < tokens.length; k++) {
      // (the words as written first: normalising every word of every sentence costs)
      const head = t[k] === 'O' && /مستشف|مجمع/.test(tokens[k]!) ? headOf(tokens[k]!) : undefined;
      if (!head) continue;
      const w = tokens[k + 1]!;
      const n = normalizeWord(w);
      if (t[k + 1] !== 'O' || !isArabicWord(w) || FUNCTION_WORDS.has(n) || endsAt(k + 1)) continue;
      // (a given name with the family name after it, hardly known or a word of names: مستشفى
      // كمال عدوان — a given name alone is half a name)
      const next = tokens[k + 2] ?? '';
      const family =
        !n.startsWith('ال') &&
        ev.isGiven(w) &&
        t[k + 2] === 'O' &&
        isArabicWord(next) &&
        !endsAt(k + 2) &&
        (ev.isRare(normalizeWord(next).replace(/^ال(?=.{3})/, '')) || ev.isNameWord(next));
      const named = ev.isRare(bare(n)) || family;
      const at = family ? k + 3 : k + 2;
      // (a complex is named with its adjective always: مجمع ناصر الطبي, not مجمع سكني)
      const closed = endsAt(at);
      const givenClosed = !n.startsWith('ال') && ev.isGiven(w) && endsAt(k + 2);
      if (
        !(closed && (named || n.startsWith('ال'))) &&
        !givenClosed &&
        !(head === HOSPITAL && named)
      )
        continue;
      const end = givenClosed ? k + 3 : closed ? at + 1 : at;
      claim(t, k, end, 'ORG');
      k = end - 1;
    }
    // (a hospital another pass found goes on with its adjectives: مستشفى ابن خلدون | العام،
    // مستشفى رفيديا | الجراحي الحكومي، مستشفى طوباس | التركي الحكومي — a country's masculine
    // adjective only before another: مستشفى الشفاء الإسرائيلي is no name)
    const countryThenEnd = (k: number) =>
      t[k] === 'O' &&
      /ي$/.test(tokens[k] ?? '') &&
      (ev.isNationality?.(tokens[k]!) ?? false) &&
      endsAt(k + 1);
    for (const sp of spans(t)) {
      if (sp.type !== 'ORG' || !headOf(tokens[sp.start]!)) continue;
      let end = sp.end;
      while (end - sp.end < MAX_ENDS && endsAt(end)) end++;
      if (end === sp.end && countryThenEnd(end)) end += 2;
      if (end > sp.end) claim(t, sp.start, end, 'ORG');
    }
  });
}
