/**
 * A body named by what it is and what it is of, repeated in one article, is that body's name
 * (issue 13): حراك الريف، كلية الهندسة. Each is an ordinary noun phrase once; the article naming it
 * again, in the same words, makes it a name — and so does naming who heads or speaks for it, once
 * (رئيس هيئة الترفيه). Runs in lib/nlp/document.ts after the name rules.
 */
import { normalizeWord } from '../text/normalize';
import { claim, isDefinite } from './tag-edits';

/** Heads of an organisation's name in the construct state (هيئة …، حركة …). */
export const REPEATED_BODY_HEADS = new Set(
  [
    'هيئة',
    'حركة',
    'حراك',
    'جمعية',
    'منظمة',
    'مؤسسة',
    'اتحاد',
    'تحالف',
    'جبهة',
    'حزب',
    'جماعة',
    'تنظيم',
    'كلية',
    'رابطة',
    'نقابة',
    // (حرس المنشآت النفطية، حرس الحدود; not جهاز or خلية: جهاز الاستقبال، جهاز الإسعاف came with
    // them on the tuned texts and smoke sets)
    'حرس',
  ].map(normalizeWord),
);
/** Who heads or speaks for a body, just before its name: the body is named once that way. */
const LEADERS = new Set(
  ['رئيس', 'رئيسة', 'مدير', 'مديرة', 'أمين', 'باسم', 'زعيم', 'مؤسس', 'قائد'].map(normalizeWord),
);
/** Heads that a leader's title does not make a name of (مدير حركة المرور، قائد حركة الاحتجاجات). */
const GENERIC_LED = new Set(['حركة', 'حراك', 'مؤسسة', 'كلية'].map(normalizeWord));
/** Activities and fields: after a head alone they make an ordinary phrase. */
const GENERIC_OBJECTS = new Set(
  [
    'المرور',
    'السير',
    'الملاحة',
    'الاحتجاجات',
    'الاحتجاج',
    'النزوح',
    'الأسعار',
    'الزواج',
    'الأسرة',
    'الطب',
    'الطيران',
    'التجارة',
    'النقل',
    'البيع',
    'الإنتاج',
    'التصدير',
    'الاستيراد',
    'السوق',
    'الأسواق',
    'الشرف',
  ].map(normalizeWord),
);
/** At most this many definite words after the head. */
const MAX_WORDS = 2;
/** Times the same phrase must stand in the article. */
const MIN_REPEATS = 2;

/** The head without a one-letter proclitic (لهيئة → هيئة), or undefined if not a head. */
function headOf(token: string): string | undefined {
  const n = normalizeWord(token);
  if (REPEATED_BODY_HEADS.has(n)) return n;
  if ('وبلفك'.includes(n[0] ?? '') && REPEATED_BODY_HEADS.has(n.slice(1))) return n.slice(1);
  return undefined;
}

/**
 * Claims, in place, each head and the one or two definite words after it as an organisation where
 * the same phrase stands at least twice in the article, untagged or over a place (حراك الريف) —
 * never over a person or an organisation the tagger found. `isNationality` ends the phrase
 * before a nationality (its own rule makes national bodies).
 */
export function claimRepeatedBodies(
  sentences: string[][],
  tags: string[][],
  isNationality: (token: string) => boolean,
): void {
  type Found = { s: number; start: number; end: number; led: boolean };
  const byPhrase = new Map<string, Found[]>();
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < tokens.length; k++) {
      const head = headOf(tokens[k]!);
      if (!head || t[k] !== 'O') continue;
      let end = k + 1;
      while (
        end < tokens.length &&
        end - k - 1 < MAX_WORDS &&
        isDefinite(tokens[end]!) &&
        !isNationality(tokens[end]!) &&
        (t[end] === 'O' || t[end]!.endsWith('LOC'))
      )
        end++;
      if (end === k + 1) continue;
      // An activity or field after the head is what the phrase is about, not a body's name
      // (حركة المرور "traffic", كلية الطب "medical school", مؤسسة الزواج "the institution of marriage").
      if (end === k + 2 && GENERIC_OBJECTS.has(normalizeWord(tokens[k + 1]!))) continue;
      // A place is taken whole or not at all (one that goes on after the phrase is cut by it).
      if (t[end]?.startsWith('I-')) continue;
      const key = [head, ...tokens.slice(k + 1, end).map(normalizeWord)].join(' ');
      // (led by the title of who heads or speaks for it: رئيس هيئة الترفيه)
      const led = k > 0 && LEADERS.has(normalizeWord(tokens[k - 1]!)) && !GENERIC_LED.has(head);
      const list = byPhrase.get(key);
      if (list) list.push({ s, start: k, end, led });
      else byPhrase.set(key, [{ s, start: k, end, led }]);
    }
  });
  for (const found of byPhrase.values()) {
    if (found.length < MIN_REPEATS && !found.some((f) => f.led)) continue;
    for (const f of found) claim(tags[f.s]!, f.start, f.end, 'ORG');
  }
}
