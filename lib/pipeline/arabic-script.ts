/**
 * Character-level statistics that tell Arabic from the other languages written in Arabic script.
 *
 * Persian, Urdu, Kurdish (Sorani) and Pashto use letters Arabic does not (پ چ ژ گ ک ی ے ں ٹ ڈ ڑ ہ …),
 * and write ي ك as ی ک, so the share of those letters among "decisive" letters separates them from
 * Arabic even when a page's `lang` attribute is wrong (ar-cnn-arabic-2013 says nothing, a real
 * Arabic article elsewhere says `lang="en-US"`).
 */
import { DETECT_THRESHOLDS } from './thresholds';

/** Letters used by Persian/Urdu/Kurdish/Pashto but never by standard Arabic. */
const NON_ARABIC_LETTERS = new Set(
  [
    0x067e, // پ
    0x0686, // چ
    0x0698, // ژ
    0x06af, // گ
    0x06a9, // ک (keheh)
    0x06cc, // ی (Farsi yeh)
    0x06d2, // ے
    0x06ba, // ں
    0x0679, // ٹ
    0x0688, // ڈ
    0x0691, // ڑ
    0x06c1, // ہ
    0x06be, // ھ (Urdu do-chashmi he)
    0x0695, // ڕ
    0x06c6, // ۆ
    0x06ce, // ێ
    0x06b5, // ڵ
    0x06d5, // ە
    0x06bc, // ڼ
    0x0696, // ږ
  ].map((c) => c),
);

/** Letters standard Arabic uses where Persian/Urdu use the letters above (ي ك ة ى). */
const ARABIC_ONLY_LETTERS = new Set([0x064a, 0x0643, 0x0629, 0x0649]);

/** Counts over a text sample; see {@link scriptStats}. */
export interface ScriptStats {
  /** Letters of any script (a rough count: A–Z, a–z, Latin-1 letters and Arabic-script letters). */
  letters: number;
  /** Letters in the Arabic script blocks. */
  arabicScript: number;
  /** Letters only Arabic uses (ي ك ة ى). */
  arabicOnly: number;
  /** Letters Arabic never uses but Persian, Urdu, Kurdish or Pashto do. */
  nonArabic: number;
}

function isArabicScriptLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

function isOtherLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x0370 && c <= 0x03ff) ||
    (c >= 0x0400 && c <= 0x04ff) ||
    (c >= 0x0590 && c <= 0x05ff) ||
    (c >= 0x0900 && c <= 0x0dff) ||
    (c >= 0x3040 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

/** Adds the letters of `text` (up to `limit` characters) to `into`, returning it. */
export function addScriptStats(
  text: string,
  into: ScriptStats = emptyStats(),
  limit = Infinity,
): ScriptStats {
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if (isArabicScriptLetter(c)) {
      into.letters++;
      into.arabicScript++;
      if (ARABIC_ONLY_LETTERS.has(c)) into.arabicOnly++;
      else if (NON_ARABIC_LETTERS.has(c)) into.nonArabic++;
    } else if (isOtherLetter(c)) {
      into.letters++;
    }
  }
  return into;
}

/** Statistics of one string. */
export function scriptStats(text: string): ScriptStats {
  return addScriptStats(text);
}

/** Zeroed statistics, to accumulate into. */
export function emptyStats(): ScriptStats {
  return { letters: 0, arabicScript: 0, arabicOnly: 0, nonArabic: 0 };
}

/** The share of letters that are in the Arabic script (0 when there are no letters). */
export function arabicScriptShare(s: ScriptStats): number {
  return s.letters === 0 ? 0 : s.arabicScript / s.letters;
}

/**
 * The share of "decisive" letters that only Persian/Urdu/Kurdish/Pashto use. Arabic text scores
 * near 0 (a borrowed name with پ or گ now and then), Persian and Urdu near 1.
 */
export function nonArabicShare(s: ScriptStats): number {
  const decisive = s.arabicOnly + s.nonArabic;
  return decisive === 0 ? 0 : s.nonArabic / decisive;
}

/** Whether text in the Arabic script is Arabic rather than Persian, Urdu, Kurdish or Pashto. */
export function isArabicLanguage(text: string): boolean {
  const stats = scriptStats(text);
  const decisive = stats.arabicOnly + stats.nonArabic;
  return (
    decisive < DETECT_THRESHOLDS.minDecisiveLetters / 2 ||
    nonArabicShare(stats) <= DETECT_THRESHOLDS.maxNonArabicLetterShare
  );
}
