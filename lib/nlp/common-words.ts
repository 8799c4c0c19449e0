/**
 * Words that are never a name on their own and never begin or end one (issue 13): function words of
 * Modern Standard Arabic beyond `FUNCTION_WORDS` (prepositions, adverbs, particles the tagger takes
 * into a span: «أمام وست بروميتش», «على سكريبال»), and the particles of Maghrebi Darija, which the
 * tagger — trained on MSA news — reads as names («هاد البنت», «لي كيعاني», «ديالهوم ماشي»).
 * Compared normalised (lib/nlp/normalize.ts). Written here from grammars of both; not a copy of
 * any list.
 */
import { normalizeWord } from './normalize';

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
];

/** Moroccan and Algerian Darija particles, pronouns and common words, as Goud.ma and others write them. */
const DARIJA = [
  'هاد',
  'هادا',
  'هادو',
  'هادشي',
  'ديال',
  'ديالو',
  'ديالها',
  'ديالهم',
  'ديالهوم',
  'ديالنا',
  'ديالي',
  'ديالك',
  'اللي',
  'بلي',
  'احنا',
  'نتوما',
  'هوما',
  'راه',
  'راها',
  'راهم',
  'راكوم',
  'واش',
  'ماشي',
  'بزاف',
  'دابا',
  'علاش',
  'كيفاش',
  'فين',
  'فاش',
  'باش',
  'ملي',
  'حيت',
  'حتا',
  'ولا',
  'والو',
  'شنو',
  'اش',
  'كاين',
  'كاينة',
  'كاينين',
  'مزيان',
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
];

/*
 * Left out on purpose, though common in Darija: لي، كي، شي، غي، غا، اين، حنا، ديما، هادي — they are also
 * names (لي كه تشيانغ، شي جين بينغ، غي موليه، حنا، ديما، هادي).
 */

/** Normalised words that are never a name alone and never begin or end one. */
export const COMMON_WORDS = new Set([...MSA, ...DARIJA].map(normalizeWord));

/**
 * Words that end or begin names but are never a name alone: «نيوز» (سكاي نيوز), «فيروس» and
 * «المستجد» (فيروس كورونا المستجد), «السوشيال ميديا».
 */
export const NEVER_ALONE = new Set(
  ['نيوز', 'فيروس', 'المستجد', 'مستجد', 'السوشيال', 'سوشيال', 'ميديا', 'الميديا'].map(
    normalizeWord,
  ),
);

/** Diseases and viruses: a name containing one is an illness (MISC), never a person or a place. */
export const DISEASES = new Set(
  ['كورونا', 'كوفيد', 'إيبولا', 'الإيدز', 'الملاريا', 'سارس', 'الإنفلونزا', 'زيكا', 'الكوليرا'].map(
    normalizeWord,
  ),
);
