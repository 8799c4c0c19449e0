/**
 * Words that are never a name on their own and never begin or end one (issue 13): function words of
 * Modern Standard Arabic beyond `FUNCTION_WORDS` (prepositions, adverbs, particles the tagger takes
 * into a span: «أمام وست بروميتش», «على سكريبال»), and the particles of Maghrebi Darija, which the
 * tagger — trained on MSA news — reads as names («هاد البنت», «لي كيعاني», «ديالهوم ماشي»).
 * Compared normalised (lib/nlp/normalize.ts). Written here from grammars of both; not a copy of
 * any list.
 */
import { normalizeWord } from '../text/normalize';

const MSA = [
  'على',
  'إلى',
  'أمام',
  'خلف',
  'وراء',
  'فوق',
  'تحت',
  'بين',
  'عند',
  'لدى',
  'منذ',
  'حول',
  'نحو',
  'ضد',
  'دون',
  'غير',
  'سوى',
  'خلال',
  'عبر',
  'وفق',
  'وفقا',
  'حسب',
  'بحسب',
  'لدي',
  'كل',
  'بعض',
  'جميع',
  'أي',
  'ذاك',
  'تلك',
  'هؤلاء',
  'أولئك',
  'هنا',
  'هناك',
  'حين',
  'حينما',
  'عندما',
  'بينما',
  'لكن',
  'لكنه',
  'بل',
  'إذ',
  'إذا',
  'لو',
  'لا',
  'ما',
  'ماذا',
  'متى',
  'كيف',
  'أين',
  'لماذا',
  'هل',
  'قد',
  'سوف',
  'أيضا',
  'أيضاً',
  'فقط',
  'حتى',
  'مثل',
  'لأن',
  'إن',
  'أنه',
  'إنه',
  'بأن',
  'يذكر',
  'كذلك',
  'نفس',
  'ذات',
  'عليه',
  'عليها',
  'عليهم',
  'منه',
  'منها',
  'فيه',
  'فيها',
  'له',
  'لها',
  'لهم',
  'به',
  'بها',
  'وفق',
  'مخاطبا',
  'مضيفا',
  'مشيرا',
  'قائلا',
  'فيروس',
  'المستجد',
  'مستجد',
  // kin and company, which the tagger takes into the name that follows (والدا بوشنل)
  'والد',
  'والدا',
  'والدي',
  'والدة',
  'شقيق',
  'شقيقة',
  'زوج',
  'زوجة',
  'عائلة',
  'أسرة',
  'صديق',
  'صديقة',
  'أصدقاء',
  'زميل',
  'زميلة',
];

/**
 * Moroccan and Algerian Darija particles, pronouns and common words, as Goud.ma and others write
 * them. Words of Darija only: an article with several of them is written in Darija
 * (Egyptian and Levantine speech shares the others — اللي، ليه، فين، ولا — and a quotation in it
 * does not make an article Darija).
 */
const DARIJA_ONLY = [
  'ديال',
  'ديالو',
  'ديالها',
  'ديالهم',
  'ديالهوم',
  'ديالنا',
  'ديالي',
  'ديالك',
  'دابا',
  'بزاف',
  'واش',
  'كاين',
  'كاينة',
  'كاينين',
  'راه',
  'راها',
  'راهم',
  'علاش',
  'كيفاش',
  'هاد',
  'هادا',
  'هادو',
  'هادشي',
  'والو',
  'مزيان',
];
/** Darija's particles and pronouns that other spoken Arabic shares. */
const DARIJA_SHARED = [
  'اللي',
  'بلي',
  'احنا',
  'نتوما',
  'هوما',
  'راكوم',
  'ماشي',
  'فين',
  'فاش',
  'باش',
  'ملي',
  'حيت',
  'حتا',
  'ولا',
  'شنو',
  'اش',
  'بحال',
  'ليهوم',
  'ليه',
  'ليها',
  'عليهوم',
  'بيه',
  'بيها',
  'كيقول',
  'كيقولو',
  'هذيك',
  'هداك',
  'داك',
  'ديك',
  'وزيد',
  // (going to, coming: الوداد غادي يلعب، الماتش الجاي)
  'غادي',
  'غادية',
  'الجاي',
  'الجاية',
];
const DARIJA = [...DARIJA_ONLY, ...DARIJA_SHARED];
/**
 * Egyptian colloquial words that quotations in Egyptian outlets carry («القمح السنة دى جه كويس»):
 * never a name's. (Not ده / دي, which spell the letter D, nor إيه, the letter A.)
 */
const EGYPTIAN = [
  'جه',
  'كويس',
  'كويسة',
  'عشان',
  'علشان',
  'كده',
  'ازاي',
  'دلوقتي',
  'برضه',
  'لسه',
  'اوي',
  'مش',
  'بتاع',
  'بتاعة',
  'عايز',
  'عايزين',
  'فين',
  'احنا',
];

/*
 * Left out on purpose, though common in Darija: لي، كي، شي، غي، غا، اين، حنا، ديما، هادي — they are also
 * names (لي كه تشيانغ، شي جين بينغ، غي موليه، حنا، ديما، هادي).
 */

/**
 * Darija's particles that are also names elsewhere (the list above leaves them out): in an article
 * written in Darija they are its particles (الدري لي …: "the kid who …"; دبا "now").
 */
export const DARIJA_AMBIGUOUS = new Set(
  ['لي', 'كي', 'شي', 'غي', 'غا', 'دبا', 'حنا', 'ديما', 'هادي', 'اين'].map(normalizeWord),
);
const DARIJA_MARKERS = new Set(DARIJA_ONLY.map(normalizeWord));
/** Darija markers in an article, per token, from which it is read as written in Darija. */
const DARIJA_SHARE = 0.01;

/** Whether normalised `words` are an article written in Darija (its particles stand out). */
export function isDarija(words: string[]): boolean {
  let markers = 0;
  const kinds = new Set<string>();
  for (const w of words)
    if (DARIJA_MARKERS.has(w)) {
      markers++;
      kinds.add(w);
    }
  return kinds.size >= 3 && markers >= DARIJA_SHARE * words.length;
}

/** Normalised words that are never a name alone and never begin or end one. */
export const COMMON_WORDS = new Set([...MSA, ...DARIJA, ...EGYPTIAN].map(normalizeWord));

/**
 * Normalised words that never stand inside a name either: a span the tagger ran over one is two
 * things, and the name is after it (قوتو وفق البي بي سي، راسك واش جاي).
 */
export const NEVER_INSIDE = new Set(
  [
    ...DARIJA,
    'في',
    'من',
    'على',
    'إلى',
    'عن',
    'مع',
    'لدى',
    'وفق',
    'وفقا',
    'حسب',
    'بحسب',
    'خلال',
    'عبر',
    'منذ',
    'عند',
    'ضد',
  ].map(normalizeWord),
);

/**
 * Words that end or begin names but are never a name alone: «نيوز» (سكاي نيوز), «السوشيال ميديا».
 */
export const NEVER_ALONE = new Set(
  ['نيوز', 'السوشيال', 'سوشيال', 'ميديا', 'الميديا'].map(normalizeWord),
);

/** Diseases and viruses: a name containing one is an illness (MISC), never a person or a place. */
export const DISEASES = new Set(
  ['كورونا', 'كوفيد', 'إيبولا', 'الإيدز', 'الملاريا', 'سارس', 'الإنفلونزا', 'زيكا', 'الكوليرا'].map(
    normalizeWord,
  ),
);

/** Latin letters as Arabic spells them in initials and acronyms (بي بي سي، جون إف كينيدي). */
export const LETTER_NAMES = new Set(
  [
    'إيه',
    'أي',
    'إي',
    'بي',
    'سي',
    'دي',
    'إف',
    'جي',
    'إتش',
    'آي',
    'جيه',
    'كيه',
    'إل',
    'إم',
    'إن',
    'أو',
    'كيو',
    'آر',
    'إس',
    'تي',
    'يو',
    'في',
    'إكس',
    'واي',
    'دبليو',
    'زد',
  ].map(normalizeWord),
);
