/**
 * The role the text gives a person (issue 3): the title or function just before their name
 * («المتحدث باسم وزارة الدفاع، إيغور كوناشينكوف»), read back from the name to a verb of saying, a
 * conjunction or another person's name.
 */
import { stripClitics } from './clitics';
import { normalizeWord } from '../text/normalize';
import type { Token } from './tokenize';

/** Titles and functions that introduce a person ("المتحدث باسم وزارة الدفاع، إيغور كوناشينكوف"). */
export const ROLE_WORDS = new Set(
  [
    'رئيس',
    'رئيسة',
    'الرئيس',
    'الرئيسة',
    'الجنرال',
    'العقيد',
    'اللواء',
    'الفريق',
    'العميد',
    'المشير',
    'المتحدث',
    'المتحدثة',
    'الناطق',
    'وزير',
    'وزيرة',
    'الوزير',
    'الوزيرة',
    'المحلل',
    'المحللة',
    'الخبير',
    'الدكتور',
    'الدكتورة',
    'الشيخ',
    'الملك',
    'الملكة',
    'الأمير',
    'الأميرة',
    'السفير',
    'القائد',
    'قائد',
    'الأمين',
    'محافظ',
    'والي',
    'الوالي',
    'عمدة',
    'مدير',
    'مديرة',
    'المدير',
    'النائب',
    'السيناتور',
    'المستشار',
    'الكاتب',
    'الصحفي',
    'المبعوث',
    'نائب',
    'زعيم',
    'الزعيم',
    'الكاردينال',
    'البابا',
    'الإمام',
    'المرشد',
    'الفنان',
    'الفنانة',
    'اللاعب',
    'المدرب',
    'الممثل',
    'الممثلة',
    'المطرب',
    'المطربة',
    'الرئيس التنفيذي',
  ].map(normalizeWord),
);
/** Titles without the article, which may follow a name (… الجندي رئيس الهيئة، … بناني مديرة). */
export const ROLE_NOUNS = new Set([...ROLE_WORDS].filter((w) => !w.startsWith('ال')));
/** Words that end a role phrase when scanning back from a name (verbs of saying, conjunctions). */
const ROLE_STOP = new Set(
  [
    'قال',
    'قالت',
    'اكد',
    'اكدت',
    'اعلن',
    'اعلنت',
    'ان',
    'الي',
    'من',
    'عن',
    'مع',
    'و',
    '.',
    ':',
    '؟',
    '?',
    '"',
    '«',
    '»',
    '(',
    ')',
  ].map(normalizeWord),
);
const ROLE_WINDOW = 7;

/** The role before the name at token `at` of a sentence with these tags, if any. */
export function roleBefore(tokens: Token[], at: number, tags: string[]): string | undefined {
  let earliest = -1;
  for (let k = at - 1; k >= Math.max(0, at - ROLE_WINDOW); k--) {
    const n = normalizeWord(tokens[k]!.text);
    const stem = stripClitics(n);
    // Another person's name ends the role (تركي آل الشيخ بعد إصابة يسرا: الشيخ is not her title).
    if (ROLE_STOP.has(n) || tags[k]?.endsWith('PER')) break;
    if (ROLE_WORDS.has(n) || (stem.prefix === 'و' && ROLE_WORDS.has(n.slice(1)))) earliest = k;
  }
  if (earliest < 0) return undefined;
  const words = tokens.slice(earliest, at).map((t) => t.text);
  while (words.length && /^[،,:؛\-–]$/.test(words.at(-1)!)) words.pop();
  if (words[0] && /^و/.test(words[0]) && !ROLE_WORDS.has(normalizeWord(words[0])))
    words[0] = words[0].slice(1);
  return words.join(' ').replace(/\s+([،,])/g, '$1') || undefined;
}
