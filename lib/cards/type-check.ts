/**
 * Does a Wikipedia page describe the kind of thing the tagger found? A person must not get a
 * city's card. The page's short description (or its first sentence) is read for cue words; a page
 * whose cues point to another type is refused. A page without cues is accepted for a name of
 * several words, but not for a one-word name: that is where a common word (الأمل، السلام) lands on
 * the page of the concept rather than on a person, place or organisation.
 */
import { foldArabic } from '../text/arabic';

type CardType = 'PER' | 'LOC' | 'ORG';

const CUES: Record<CardType, string[]> = {
  PER: [
    'سياسي',
    'سياسيه',
    'لاعب',
    'لاعبه',
    'ممثل',
    'ممثله',
    'مغني',
    'مغنيه',
    'كاتب',
    'كاتبه',
    'صحفي',
    'صحفيه',
    'شاعر',
    'شاعره',
    'فنان',
    'فنانه',
    'رجل',
    'امراه',
    'ضابط',
    'جنرال',
    'ملك',
    'ملكه',
    'امير',
    'اميره',
    'رئيس وزراء',
    'مدرب',
    'عالم',
    'طبيب',
    'محامي',
    'مخرج',
    'ولد',
    'ولدت',
    'مواليد',
  ],
  LOC: [
    'مدينه',
    'دوله',
    'بلد',
    'عاصمه',
    'قريه',
    'بلده',
    'محافظه',
    'ولايه',
    'اقليم',
    'منطقه',
    'جزيره',
    'نهر',
    'بحر',
    'جبل',
    'بحيره',
    'قاره',
    'حي',
    'مقاطعه',
    'شبه جزيره',
    'ميناء',
    'مطار',
  ],
  ORG: [
    'منظمه',
    'حزب',
    'شركه',
    'وزاره',
    'جامعه',
    'وكاله',
    'صحيفه',
    'نادي',
    'حركه',
    'مجلس',
    'اتحاد',
    'جماعه',
    'هيئه',
    'مؤسسه',
    'بنك',
    'قناه',
    'جيش',
    'ميليشيا',
    'فرقه',
    'جمعيه',
    'تحالف',
    'حلف',
    'منظمه دوليه',
    'محكمه',
    'برلمان',
    'وكاله انباء',
  ],
};

/** The type the text's first words point to, if any. */
export function cueType(text: string): CardType | null {
  // The first sentence, without its parentheses (an intro opens "Name (born 1952) is a …").
  const sentence =
    foldArabic(text)
      .replace(/\([^)]*\)/g, ' ')
      .split(/[،,.:؛(]/)[0] ?? '';
  const words = ` ${sentence.replace(/\s+/g, ' ')} `;
  let best: { type: CardType; at: number } | null = null;
  for (const type of Object.keys(CUES) as CardType[]) {
    for (const cue of CUES[type]) {
      const at = words.indexOf(` ${cue} `);
      if (at !== -1 && (!best || at < best.at)) best = { type, at };
    }
  }
  return best?.type ?? null;
}

/**
 * Whether a page described by `description`/`extract` fits an entity of `type` named `name`
 * (MISC: anything).
 */
export function agreesWithType(
  type: CardType | 'MISC',
  description: string | null,
  extract: string,
  name = '',
): boolean {
  if (type === 'MISC') return true;
  const cue = cueType(description ?? '') ?? cueType(extract);
  if (cue === null) return name.trim().split(/\s+/).length > 1;
  return cue === type;
}
