/**
 * A company named by its brand and its trade (issue 13): شركة سينرجى للإنتاج الفني، مؤسسة سنا
 * للإنتاج الفني، شركة ميتسوبيشي للصناعات الثقيلة، شركة الديار المتحدة للمقاولات، مجموعة دبي للذهب
 * والمجوهرات — and, in quotes as business pages write them without the head, «الخليج المتحدة
 * للتبريد». The brand is what the tagger or the dictionary found (an organisation, a place, a
 * person's name) or one word the unlabelled text hardly knows; the trade is ل with the article and
 * what follows it: its adjectives and a second trade joined by و (للذهب والمجوهرات، للاستثمار
 * والتطوير العقاري). Run late by document.ts.
 */
import { CLOSE_QUOTES, OPEN_QUOTES } from './named-after';
import { TIME_WORDS } from './name-words';
import { claim, isArabicWord, isDefinite, isOneOf, readsAsRelation } from './tag-edits';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Heads of a company's name (with a one-letter proclitic too: لشركة، ومجموعة). */
const COMPANY_HEADS = set(['شركة', 'مؤسسة', 'مجموعة', 'مصنع', 'مصانع']);
/** What a brand's adjectives may be: united, and adjectives of relation (الكويتية، الوطنية). */
const UNITED = set(['المتحدة', 'المتحده']);

const relation = (token: string | undefined) =>
  UNITED.has(normalizeWord(token ?? '')) || readsAsRelation(token);
/** A trade's adjective: a word with the article, no time or function word (الثقيلة، العامة). */
const adjective = (token: string | undefined) =>
  isDefinite(token ?? '') && !TIME_WORDS.has(normalizeWord(token ?? ''));

/**
 * Trades a company is named by, after لل (للإنتاج، للصناعات، للذهب): not whom it serves or sells to
 * (للعملاء، للمستثمرين، للقوات), nor what a group is out for (للمطالبة).
 */
const TRADES = set([
  'إنتاج',
  'صناعات',
  'صناعة',
  'مقاولات',
  'ذهب',
  'استثمار',
  'استثمارات',
  'تبريد',
  'تأمين',
  'اتصالات',
  'طيران',
  'نفط',
  'بترول',
  'بتروكيماويات',
  'تطوير',
  'خدمات',
  'تجارة',
  'أدوية',
  'إسمنت',
  'اسمنت',
  'حديد',
  'صلب',
  'كهرباء',
  'طاقة',
  'مياه',
  'سياحة',
  'فنادق',
  'نقل',
  'شحن',
  'إعلام',
  'إعلان',
  'نشر',
  'توزيع',
  'عقارات',
  'استيراد',
  'تصدير',
  'تكنولوجيا',
  'برمجيات',
  'صرافة',
  'تمويل',
  'أغذية',
  'زراعة',
  'إنشاءات',
  'هندسة',
  'تعدين',
  'مجوهرات',
  'سيارات',
  'منسوجات',
  'أسمدة',
  'فوسفات',
  'غاز',
  'إلكترونيات',
  'تقنية',
  'ترفيه',
  'دواجن',
  'ألبان',
  'مشروبات',
  'تعليم',
  'مطاحن',
  'موانئ',
  'بناء',
]);

/** The end of a trade from `at` (للإنتاج الفني، للذهب والمجوهرات), or `at` when none. */
function tradeEnd(tokens: string[], t: string[], at: number): number {
  const n = normalizeWord(tokens[at] ?? '');
  if (t[at] !== 'O' || !n.startsWith('لل') || !TRADES.has(n.slice(2))) return at;
  let end = at + 1;
  for (;;) {
    if (t[end] === 'O' && adjective(tokens[end]) && end - at <= 3) end++;
    else if (t[end] === 'O' && /^وال.{3,}/.test(normalizeWord(tokens[end] ?? ''))) end++;
    else return end;
  }
}

/** What the caller knows of words. */
export interface CompanyWords {
  /** The order of magnitude of a form's count in the unlabelled text, -1 when unseen. */
  magnitude: (form: string) => number;
}

/** Claims the companies named by brand and trade in each sentence, in place. */
export function claimCompanies(sentences: string[][], tags: string[][], words: CompanyWords): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 2 < tokens.length; k++) {
      // (the head may end a body the passes ran into it: الجمعية العمومية العادية | لشركة الخليج)
      const head =
        (t[k] === 'O' || (t[k] === 'I-ORG' && t[k + 1]?.startsWith('B-'))) &&
        isOneOf(tokens[k]!, COMPANY_HEADS);
      const quoted = OPEN_QUOTES.has(tokens[k]!);
      if (!head && !quoted) continue;
      // The brand: a span the passes found, or one word hardly known (سنا).
      let end = k + 1;
      const type = t[end]?.startsWith('B-') ? t[end]!.slice(2) : undefined;
      if (type) {
        end++;
        while (t[end] === `I-${type}`) end++;
      } else if (
        head &&
        t[end] === 'O' &&
        isArabicWord(tokens[end]!) &&
        !normalizeWord(tokens[end]!).startsWith('ال') &&
        // (not people in the plural: مجموعة مسلحين، مجموعة ناشطين)
        !/(ين|ون)$/.test(tokens[end]!) &&
        words.magnitude(normalizeWord(tokens[end]!)) <= 1
      )
        end++;
      else continue;
      while (t[end] === 'O' && relation(tokens[end])) end++;
      const trade = tradeEnd(tokens, t, end);
      if (trade === end) continue;
      // (in quotes, the whole name between them: «الخليج المتحدة للتبريد»)
      if (!head && !CLOSE_QUOTES.has(tokens[trade] ?? '')) continue;
      claim(t, head ? k : k + 1, trade, 'ORG');
      k = trade - 1;
    }
  });
}
