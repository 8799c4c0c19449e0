/**
 * Head words of the names the later passes claim — institutions in the construct state
 * (construct-bodies.ts), events and teams (competitions.ts), facilities (facilities.ts), laws
 * (laws.ts) — that
 * name-words.ts NAME_HEADS includes: a one-letter proclitic before them is never part of the name
 * (لتجمع، بكأس، باستاد).
 */
export const LATER_HEADS: readonly string[] = [
  // (heads of institutions named in the construct state: construct-bodies.ts)
  'لجنة',
  'إدارة',
  'مدرسة',
  'تجمع',
  'مكتب',
  'مديرية',
  'نقابة',
  'رابطة',
  'فرقة',
  'ديوان',
  'مفوضية',
  'أكاديمية',
  'مرصد',
  'متحف',
  // (facilities: facilities.ts)
  'ملعب',
  'ستاد',
  'استاد',
  'جامع',
  'مسجد',
  'مقبرة',
  'معبر',
  'مخيم',
  'حلبة',
  'كورنيش',
  'مسرح',
  // (hospitals: hospitals.ts)
  'مجمع',
  // (events and teams: competitions.ts)
  'كأس',
  'بطولة',
  'دوري',
  'مهرجان',
  'معرض',
  'منتدى',
  'ملتقى',
  'جائزة',
  'منتخب',
  // (laws: laws.ts)
  'قانون',
];
