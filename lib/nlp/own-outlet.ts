/**
 * The article's own outlet among its names (issue 13): BBC's pages name the BBC in every quote a
 * reporter gathered («قال … لبي بي سي»), CNN's in the dateline and the comment box («(CNN)»، «موقع
 * CNN بالعربية»). A reader on the outlet's site needs no card about it, and the history would
 * relate every article of the site through it; so the names of the page's own outlet are left out
 * of its entities — unless the title names it (an article about the outlet).
 */
import { normalizeWord } from '../text/normalize';
import { hostOf, outletOf } from '../pipeline/site-identity';

/** The page's outlet as extraction found it: the name it shows and the article's address. */
export interface Site {
  name: string;
  url: string;
}

/** Latin letters as Arabic writes their names (BBC: بي بي سي; CNN: سي إن إن), folded. */
const LETTER_NAMES: Record<string, string> = {
  a: 'ايه',
  b: 'بي',
  c: 'سي',
  d: 'دي',
  e: 'اي',
  f: 'اف',
  g: 'جي',
  h: 'اتش',
  i: 'اي',
  j: 'جي',
  k: 'كي',
  l: 'ال',
  m: 'ام',
  n: 'ان',
  o: 'او',
  p: 'بي',
  q: 'كيو',
  r: 'ار',
  s: 'اس',
  t: 'تي',
  u: 'يو',
  v: 'في',
  w: 'دبليو',
  x: 'اكس',
  y: 'واي',
  z: 'زد',
};

/** Words an outlet's name ends with that its mentions may leave out (CNN بالعربية، الجزيرة نت). */
const OUTLET_WORDS = new Set(
  ['نت', 'نيوز', 'عربي', 'عربية', 'بالعربية', 'كوم', 'اونلاين', 'news', 'arabic'].map(
    normalizeWord,
  ),
);
/** …and, in the outlet's own name only, العربية (not after a name: الجزيرة العربية is a place). */
const SITE_WORDS = new Set([...OUTLET_WORDS, normalizeWord('العربية')]);

const fold = (s: string) =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => normalizeWord(w))
    .join(' ');

/**
 * The folded forms the outlet of `site` is named by: its shown name and the name and Latin brand
 * our outlets table gives its domain, each also without the outlet words it ends with, and an
 * acronym (2 to 5 capitals: BBC, CNN, LBCI) also spelt as Arabic writes its letters. Empty for a
 * page without a name.
 */
export function outletForms(site: Site): Set<string> {
  const outlet = outletOf(hostOf(site.url));
  const names = [site.name, outlet?.name ?? '', outlet?.latin ?? ''];
  const forms = new Set<string>();
  for (const name of names) {
    // CNNArabic is CNN Arabic.
    const words = name
      .replace(/([A-Z]{2,})(?=[A-Z][a-z])/g, '$1 ')
      .replace(/([a-z])(?=[A-Z])/g, '$1 ')
      .split(/[\s.]+/)
      .filter(Boolean);
    for (let end = words.length; end > 0; end--) {
      const part = words.slice(0, end);
      forms.add(fold(part.join(' ')));
      if (!SITE_WORDS.has(normalizeWord(part.at(-1)!))) break;
    }
    for (const w of words)
      if (/^[A-Z]{2,5}$/.test(w)) {
        forms.add(w.toLowerCase());
        forms.add(
          w
            .toLowerCase()
            .split('')
            .map((c) => LETTER_NAMES[c])
            .join(' '),
        );
      }
  }
  forms.delete('');
  return forms;
}

/**
 * Whether an entity of `type` named `names` (its name and the surfaces it is found by) is the
 * outlet named by `forms`: one of its names is a form, or a form and the outlet's words after it
 * (بي بي سي نيوز), behind a one-letter preposition too (لبي بي سي). Never a place (الجزيرة).
 */
export function isOwnOutlet(type: string, names: string[], forms: Set<string>): boolean {
  if (!forms.size || type === 'LOC') return false;
  return names.some((name) => {
    const words = fold(name).split(' ');
    const candidates = [words];
    if (/^[لبو]./.test(words[0] ?? '')) candidates.push([words[0]!.slice(1), ...words.slice(1)]);
    return candidates.some((ws) => {
      let end = ws.length;
      for (;;) {
        if (forms.has(ws.slice(0, end).join(' '))) return true;
        if (end <= 1 || !OUTLET_WORDS.has(ws[end - 1]!)) return false;
        end--;
      }
    });
  });
}

/** Whether `text` (a title) names the outlet of `forms`, behind a one-letter preposition too. */
export function namesOutlet(text: string, forms: Set<string>): boolean {
  const words = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => normalizeWord(w));
  const lines = [words, words.map((w) => (/^[لبو]../.test(w) ? w.slice(1) : w))].map(
    (ws) => ` ${ws.join(' ')} `,
  );
  return [...forms].some((f) => lines.some((l) => l.includes(` ${f} `)));
}
