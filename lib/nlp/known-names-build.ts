/**
 * Builds the known-names dictionary (lib/nlp/known-names.json) from NERAr's typed dictionaries:
 * Buckwalter transliteration back to Arabic script, the tagger's normalisation, a name's first word
 * without the article (as the matcher looks it up), single words the unlabelled text uses as common
 * words left out, names listed under both types left out. Pure: the script does the file reading.
 */
import { COMMON_WORDS } from './common-words';
import type { Lexicon } from './lexicon';
import { dictionaryKey } from './known-names';

const BUCKWALTER: Record<string, string> = {
  "'": 'ء',
  '|': 'آ',
  '>': 'أ',
  '&': 'ؤ',
  '<': 'إ',
  '}': 'ئ',
  A: 'ا',
  b: 'ب',
  p: 'ة',
  t: 'ت',
  v: 'ث',
  j: 'ج',
  H: 'ح',
  x: 'خ',
  d: 'د',
  '*': 'ذ',
  r: 'ر',
  z: 'ز',
  s: 'س',
  $: 'ش',
  S: 'ص',
  D: 'ض',
  T: 'ط',
  Z: 'ظ',
  E: 'ع',
  g: 'غ',
  _: '',
  f: 'ف',
  q: 'ق',
  k: 'ك',
  l: 'ل',
  m: 'م',
  n: 'ن',
  h: 'ه',
  w: 'و',
  Y: 'ى',
  y: 'ي',
  '{': 'ا',
  // diacritics: dropped
  F: '',
  N: '',
  K: '',
  a: '',
  u: '',
  i: '',
  o: '',
  '~': '',
  '`': '',
};

/** Arabic script for a Buckwalter string, or undefined if it holds anything else. */
export function fromBuckwalter(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    if (ch === ' ') out += ' ';
    else if (ch in BUCKWALTER) out += BUCKWALTER[ch];
    else return undefined;
  }
  return out;
}

export interface NameFile {
  file: string;
  type: 'ORG' | 'LOC';
  text: string;
}

export interface LineProblem {
  file: string;
  line: number;
  reason: string;
  text: string;
}

const MAX_WORDS = 6;

/** The dictionary as stable JSON, the lines not used (with why), and counts kept per type. */
export function buildKnownNames(
  files: NameFile[],
  lexicon: Lexicon,
): { json: string; problems: LineProblem[]; counts: Record<'ORG' | 'LOC', number> } {
  const problems: LineProblem[] = [];
  const types = new Map<string, Set<'ORG' | 'LOC'>>();
  for (const f of files) {
    f.text.split('\n').forEach((raw, i) => {
      if (raw === '' && i === f.text.split('\n').length - 1) return;
      // Hyphens join the words of a place (tryfwr-kwysyA); a qualifier in brackets is not the name.
      const arabicField = raw
        .split('\t')[0]!
        .replace(/\([^)]*\)/g, ' ')
        .replace(/-/g, ' ')
        .trim()
        .replace(/\s+/g, ' ');
      const problem = (reason: string) =>
        problems.push({ file: f.file, line: i + 1, reason, text: raw });
      if (!arabicField) return problem('empty');
      const arabic = fromBuckwalter(arabicField);
      if (arabic === undefined) return problem('not Buckwalter transliteration');
      const words = arabic.split(' ').filter(Boolean);
      if (words.length > MAX_WORDS) return problem(`more than ${MAX_WORDS} words`);
      const key = dictionaryKey(words);
      if (!key) return problem('empty after normalisation');
      const set = types.get(key) ?? new Set();
      set.add(f.type);
      types.set(key, set);
    });
  }
  const kept: Record<'ORG' | 'LOC', string[]> = { ORG: [], LOC: [] };
  for (const [key, set] of types) {
    if (set.size !== 1) continue; // listed as both: the dictionary cannot say which
    if (!key.includes(' ') && isCommonWord(key, lexicon)) continue;
    kept[[...set][0]!].push(key);
  }
  for (const list of Object.values(kept)) list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    json: `${JSON.stringify(kept)}\n`,
    problems,
    counts: { ORG: kept.ORG.length, LOC: kept.LOC.length },
  };
}

/** A single word too common to be claimed as a name wherever it stands. */
function isCommonWord(key: string, lexicon: Lexicon): boolean {
  if (key.length < 3 || COMMON_WORDS.has(key)) return true;
  const f = lexicon.frequency(key);
  // Seen a thousand times or more, or a hundred with the article as often as without.
  return f !== undefined && (f.magnitude >= 3 || (f.magnitude >= 2 && f.article === 2));
}
