/**
 * Readers of the annotated corpora (data/ner/): one token per line, a tag in the last column, a
 * blank line between sentences, `# ` comment lines skipped. Tags are mapped to PER/LOC/ORG/MISC.
 */

/** One annotated sentence. */
export interface Sentence {
  tokens: string[];
  tags: string[];
}

/**
 * WikiFANE/NewsFANE fine classes → coarse type (data/README.md, from the corpus's own guide).
 * `Group` (nationalities, ethnic and religious groups) is not a person: MISC.
 */
const FANE: Record<string, string> = {
  Politician: 'PER',
  Athlete: 'PER',
  Businessperson: 'PER',
  Artist: 'PER',
  Scientist: 'PER',
  Police: 'PER',
  Religious_PER: 'PER',
  Engineer: 'PER',
  Lawyer: 'PER',
  Other_PER: 'PER',
  Government: 'ORG',
  Commercial: 'ORG',
  Educational: 'ORG',
  Media: 'ORG',
  Religious_ORG: 'ORG',
  Sports: 'ORG',
  'Medical-Science': 'ORG',
  Entertainment: 'ORG',
  'Non-Governmental': 'ORG',
  Continent: 'LOC',
  Nation: 'LOC',
  'State-or-Province': 'LOC',
  'County-or-District': 'LOC',
  'Population-Center': 'LOC',
  'GPE-Cluster': 'LOC',
  'Water-Body': 'LOC',
  'Land-Region-Natural': 'LOC',
  Celestial: 'LOC',
  'Building-Grounds': 'LOC',
  'Subarea-Facility': 'LOC',
  Airport: 'LOC',
  Path: 'LOC',
  Plant: 'LOC',
  Group: 'MISC',
};

/** Maps a corpus tag to ours: PERS→PER, MIS*→MISC, FANE fine classes→coarse; unknown → O. */
export function mapTag(raw: string): string {
  if (raw === 'O' || raw.length < 3 || raw[1] !== '-') return 'O';
  const bio = raw[0] === 'I' ? 'I' : 'B';
  const cls = raw.slice(2);
  let type: string | undefined;
  if (cls === 'PERS' || cls === 'PER') type = 'PER';
  else if (cls === 'LOC' || cls === 'ORG') type = cls;
  else if (cls.startsWith('MIS')) type = 'MISC';
  else type = FANE[cls];
  return type ? `${bio}-${type}` : 'O';
}

/** Parses a corpus file's text. */
export function parseConll(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  const flush = () => {
    if (cur.tokens.length) out.push(cur);
    cur = { tokens: [], tags: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('# ')) continue;
    const trimmed = line.replace(/\u200e/g, '').trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols.length < 2) continue;
    cur.tokens.push(cols[0]!);
    cur.tags.push(mapTag(cols[cols.length - 1]!));
  }
  flush();
  return out;
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'ي', 'نا', 'كم', 'كما', 'كن']);
const isArabicWord = (w: string) => /^[\u0620-\u064a\u0671-\u06d3]/.test(w);

/**
 * A sentence of a corpus that writes clitics as words of their own (FANE: `و المساواة`، `عاصمة ها`)
 * written as running text is (`والمساواة`، `عاصمتها`), so that it can be trained on with text whose
 * clitics stay attached. A joined word takes the tag of the word the clitic leans on, or the
 * clitic's where it begins or goes on a name (`و` inside حركة العدل و المساواة).
 */
export function joinClitics(s: Sentence): Sentence {
  const tokens: string[] = [];
  const tags: string[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    let w = s.tokens[i]!;
    let tag = s.tags[i]!;
    // Proclitics (one or two: و ب) onto the next Arabic word.
    let j = i;
    let prefix = '';
    let prefixTag = '';
    while (PROCLITICS.has(s.tokens[j]!) && j + 1 < s.tokens.length && prefix.length < 2) {
      prefix += s.tokens[j];
      prefixTag ||= s.tags[j]!;
      j++;
    }
    if (prefix && isArabicWord(s.tokens[j]!) && !PROCLITICS.has(s.tokens[j]!)) {
      w = prefix + s.tokens[j]!;
      tag = prefixTag !== 'O' ? prefixTag : s.tags[j]!;
      i = j;
    }
    // An enclitic onto the word before (عاصمة ها → عاصمتها).
    if (ENCLITICS.has(w) && tokens.length && isArabicWord(tokens.at(-1)!) && tag === 'O') {
      tokens.push(`${tokens.pop()!.replace(/ة$/, 'ت')}${w}`);
      continue;
    }
    tokens.push(w);
    tags.push(tag);
  }
  return { tokens, tags };
}
