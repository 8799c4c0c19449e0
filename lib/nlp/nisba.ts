/**
 * A country's adjective of relation (issue 13): a headline that says «الانتخابات الباكستانية» or
 * «ديب سيك الصينية» is about the country as much as one that names it. entities.ts ranks a
 * country whose adjective the title carries as if the title named it.
 */
import { normalizeWord } from '../text/normalize';

/** Countries whose adjective is not their name with ي (إنجلترا: إنجليزي). */
const IRREGULAR = new Map(
  [
    ['إنجلترا', 'إنجليزي'],
    ['إنكلترا', 'إنكليزي'],
  ].map(([k, v]) => [normalizeWord(k!), normalizeWord(v!)]),
);

/**
 * The adjectives of a country of one word, from its key (normalised, no article: صين، سوريا،
 * سعوديه, as entities.ts keys places), as they stand in a title's words once normalised and
 * stripped of the article and proclitics: صيني / صينيه, سوري / سوريه, سعودي / سعوديه. A name
 * ending in يا or ا drops it (سوريا → سوري، روسيا → روسي), one ending in ه drops it (سعوديه).
 */
export function nisbaForms(key: string): string[] {
  const irregular = IRREGULAR.get(key);
  if (irregular) return [irregular, `${irregular}ه`];
  if (key.includes(' ') || key.length < 3) return [];
  const stem = key.replace(/يا$/, '').replace(/[اه]$/, '');
  if (stem.length < 2) return [];
  const base = stem.endsWith('ي') ? stem : `${stem}ي`;
  return [base, `${base}ه`];
}

/** The United States, whose adjective is the continent's (أمريكي، أميركي). */
const UNITED_STATES = 'ولايات المتحده';
const AMERICAN = ['امريكي', 'امريكيه', 'اميركي', 'اميركيه'];

/** Adjectives that are common words first: مالي is "financial" before it is Malian. */
const COMMON_ADJECTIVES = new Set(['مالي', 'ماليه']);

/**
 * Whether a title's words (as nisbaForms reads them) carry the adjective of the country named
 * `name` as the article shows it: its key is read from the name without the article — not from
 * the entity's key, which drops the ال a name begins with (ألمانيا is keyed مانيا, and its
 * adjective الألمانية reads المانيه).
 */
export function titleHasNisba(name: string, titleWords: Set<string>): boolean {
  const key = normalizeWord(name.startsWith('ال') ? name.slice(2) : name);
  const forms = key === UNITED_STATES ? AMERICAN : nisbaForms(key);
  return forms.some((f) => titleWords.has(f) && !COMMON_ADJECTIVES.has(f));
}
