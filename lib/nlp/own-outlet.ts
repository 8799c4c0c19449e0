/**
 * The article's own outlet among its names (issue 13): BBC's pages name the BBC in every quote a
 * reporter gathered («قال … لبي بي سي»), CNN's in the dateline and the comment box («(CNN)»، «موقع
 * CNN بالعربية»). A reader on the outlet's site needs no card about it, and the history would
 * relate every article of the site through it; so the names of the page's own outlet are left out
 * of its entities — unless the title names it (an article about the outlet).
 *
 * Many outlets are named by one common word (الاتحاد، النصر، الجزيرة، الوطن، اليوم): such a name
 * is the outlet only after a word for a medium (صحيفة الاتحاد، قناة الجزيرة), never alone — on
 * الاتحاد's pages «الاتحاد» is as often the European Union, on الجزيرة's the club or the peninsula.
 */
import { normalizeWord } from '../text/normalize';
import { hostOf, outletOf } from '../pipeline/site-identity';
import { OUTLET_SUFFIXES } from './name-words';

/** The page's outlet as extraction found it: the name it shows and the article's address. */
export interface Site {
  name: string;
  url: string;
}

/** How an outlet is named: names of several words or in Latin letters, and names of one word. */
export interface OutletForms {
  /** Folded; each names the outlet alone (بي بي سي، سكاي نيوز، cnn). */
  strong: Set<string>;
  /** Folded single Arabic words; each names the outlet only after a medium's word. */
  weak: Set<string>;
}

/** Latin letters as Arabic writes their names (BBC: بي بي سي; CNN: سي إن إن), folded. */
const LATIN_LETTER_NAMES: Record<string, string> = {
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
/** Capitals that are no outlet's brand (Chouf TV, AL JAZEERA). */
const GENERIC_CAPITALS = new Set(['TV', 'AL', 'FM', 'AM', 'HD', 'AR', 'EN', 'NEWS']);

/** Words an outlet's name ends with that its mentions may leave out (CNN بالعربية، الجزيرة نت). */
const OUTLET_WORDS = new Set([
  ...OUTLET_SUFFIXES,
  ...['كوم', 'اونلاين', 'news', 'arabic'].map(normalizeWord),
]);
/** …and, in the outlet's own name only, العربية (not after a name: الجزيرة العربية is a place). */
const SITE_WORDS = new Set([...OUTLET_WORDS, normalizeWord('العربية')]);
/** Words for a medium, before an outlet's name (صحيفة الاتحاد، قناة الجزيرة). */
const MEDIA = new Set(
  ['صحيفة', 'جريدة', 'قناة', 'موقع', 'شبكة', 'وكالة', 'مجلة', 'تلفزيون', 'إذاعة', 'راديو'].map(
    normalizeWord,
  ),
);

/** Words folded one by one, split on spaces. */
const foldWords = (s: string): string[] =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => normalizeWord(w));

/**
 * The forms the outlet of `site` is named by: its shown name and the name and Latin brand our
 * outlets table gives its domain, each also without the outlet words it ends with, and an acronym
 * (2 to 5 capitals: BBC, CNN, LBCI) also spelt as Arabic writes its letters. None for a page
 * without a name, nor from a domain shown as its name (example.com).
 */
export function outletForms(
  site: Site,
  isWord: (form: string) => boolean = () => true,
): OutletForms {
  const outlet = outletOf(hostOf(site.url));
  const names = [site.name, outlet?.name ?? '', outlet?.latin ?? ''].filter(
    (n) => !/^[\w.-]+\.[a-z]{2,}$/i.test(n.trim()),
  );
  const forms: OutletForms = { strong: new Set(), weak: new Set() };
  const add = (words: string[]) => {
    if (!words.length) return;
    const form = words.join(' ');
    // (one Arabic word is weak only where it is also a word, `isWord`: الاتحاد، الجزيرة — not
    // هسبريس, named behind a preposition alone: لهسبريس)
    if (words.length === 1 && /^[\u0621-\u064a]+$/.test(form) && isWord(form)) forms.weak.add(form);
    else forms.strong.add(form);
  };
  for (const name of names) {
    // CNNArabic is CNN Arabic.
    const words = name
      .replace(/([A-Z]{2,})(?=[A-Z][a-z])/g, '$1 ')
      .replace(/([a-z])(?=[A-Z])/g, '$1 ')
      .split(/[\s.]+/)
      .filter(Boolean);
    for (let end = words.length; end > 0; end--) {
      const part = words.slice(0, end);
      add(foldWords(part.join(' ')));
      if (!SITE_WORDS.has(normalizeWord(part.at(-1)!))) break;
    }
    for (const w of words)
      if (/^[A-Z]{2,5}$/.test(w) && !GENERIC_CAPITALS.has(w)) {
        forms.strong.add(w.toLowerCase());
        forms.strong.add([...w.toLowerCase()].map((c) => LATIN_LETTER_NAMES[c]).join(' '));
      }
  }
  return forms;
}

/** Whether folded `words` are the outlet: a form, behind a medium's word if it is a weak one. */
function isOutletName(words: string[], forms: OutletForms): boolean {
  const medium = words.length > 1 && MEDIA.has(words[0]!);
  const rest = medium ? words.slice(1) : words;
  let end = rest.length;
  for (;;) {
    const name = rest.slice(0, end).join(' ');
    if (forms.strong.has(name) || (medium && forms.weak.has(name))) return true;
    if (end <= 1 || !OUTLET_WORDS.has(rest[end - 1]!)) return false;
    end--;
  }
}

/**
 * Whether an entity of `type` named `names` (its name and the surfaces it is found by) is the
 * outlet named by `forms`: one of its names is the outlet's, with the outlet's words after it
 * (بي بي سي نيوز) and behind a one-letter preposition too (لبي بي سي). Never a place.
 */
export function isOwnOutlet(type: string, names: string[], forms: OutletForms): boolean {
  if (type === 'LOC' || (!forms.strong.size && !forms.weak.size)) return false;
  return names.some((name) => {
    const words = foldWords(name);
    if (isOutletName(words, forms)) return true;
    return (
      /^[لبو]../.test(words[0] ?? '') &&
      isOutletName([words[0]!.slice(1), ...words.slice(1)], forms)
    );
  });
}

/** Whether `text` (a title) names the outlet of `forms`, behind a one-letter preposition too. */
export function namesOutlet(text: string, forms: OutletForms): boolean {
  const words = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => normalizeWord(w));
  const bare = words.map((w) => (/^[لبو]../.test(w) ? w.slice(1) : w));
  for (const ws of [words, bare]) {
    const line = ` ${ws.join(' ')} `;
    if ([...forms.strong].some((f) => line.includes(` ${f} `))) return true;
    if (ws.some((w, i) => forms.weak.has(w) && i > 0 && MEDIA.has(bare[i - 1]!))) return true;
  }
  return false;
}

/**
 * Where the article writes the outlet's name of several words (المصدر أونلاين، سودان تربيون), as
 * `[first, last]` token indices of each sentence: a name the tagger finds inside it (أونلاين as a
 * person, سودان as a place) is a piece of the outlet's name, not an entity. A one-letter
 * preposition on the first word aside (لسودان تربيون).
 */
export function outletSpans(
  sentences: { text: string }[][],
  forms: OutletForms,
): { sentence: number; first: number; last: number }[] {
  const long = [...forms.strong].map((f) => f.split(' ')).filter((ws) => ws.length >= 2);
  const out: { sentence: number; first: number; last: number }[] = [];
  if (!long.length) return out;
  sentences.forEach((tokens, s) => {
    const words = tokens.map((t) => normalizeWord(t.text));
    for (let i = 0; i < words.length; i++)
      for (const ws of long) {
        const first = words[i]!;
        // (ل before the article writes لل: للمصدر أونلاين)
        const behind = [first.slice(1), ...(/^لل/.test(first) ? [`ا${first.slice(1)}`] : [])];
        if (first !== ws[0] && !(/^[لبو]/.test(first) && behind.includes(ws[0]!))) continue;
        if (ws.every((w, j) => j === 0 || words[i + j] === w))
          out.push({ sentence: s, first: i, last: i + ws.length - 1 });
      }
  });
  return out;
}

/**
 * Whether a mention lies inside the outlet's name where the article writes it (outletSpans):
 * strictly inside, or the whole name where the article quotes the outlet — لـ«الشرق الأوسط» —
 * not where it names a place the outlet is named after (في منطقة الشرق الأوسط on aawsat.com),
 * which isOwnOutlet decides. Undefined where the article never writes the name.
 */
export function outletMentions(
  sentences: { text: string; end: number }[][],
  forms: OutletForms,
): ((m: { sentence: number; firstToken: number; end: number }) => boolean) | undefined {
  const spans = outletSpans(sentences, forms);
  if (!spans.length) return undefined;
  const quoted = (sentence: number, first: number) => {
    const before = sentences[sentence]![first - 1]?.text ?? '';
    return /^[«"“]$/.test(before) || before === 'لـ';
  };
  return (m) =>
    spans.some((o) => {
      if (o.sentence !== m.sentence || o.first > m.firstToken) return false;
      const end = sentences[o.sentence]![o.last]!.end;
      const whole = o.first === m.firstToken && end === m.end;
      return end >= m.end && (!whole || quoted(o.sentence, o.first));
    });
}
