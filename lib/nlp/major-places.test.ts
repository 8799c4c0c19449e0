/**
 * Large cities named once, behind a proclitic, where the tagger saw nothing (issue 13): chosen at
 * build time from GeoNames by population and by how the unlabelled text uses the word, claimed
 * after tagging — never by cutting a word the unlabelled text knows whole.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { claimKnownNames } from './claim-known-names';
import { KnownNames } from './known-names';
import type { LineProblem } from './known-names-build';
import type { ClusterRow } from './lexicon';
import { selectMajorPlaces } from './major-places-build';

/** A GeoNames row: 19 columns, alternate names in the 4th, feature code 8th, population 15th. */
function geoRow(names: string[], population: number, code = 'PPLA'): string {
  const cols = Array<string>(19).fill('');
  cols[0] = '1';
  cols[1] = 'X';
  cols[3] = names.join(',');
  cols[6] = 'P';
  cols[7] = code;
  cols[14] = String(population);
  return cols.join('\t');
}

const row = (word: string, cls: number): ClusterRow => ({
  word,
  classes: [0, cls],
  count: 10,
  withArticle: 0,
});

// Class 1: places (four of them known); class 2: common words.
const rows: ClusterRow[] = [
  row('باريس', 1),
  row('لندن', 1),
  row('روما', 1),
  row('مدريد', 1),
  row('سوسه', 1),
  row('كان', 2),
  row('قال', 2),
  row('ذهب', 2),
  row('سنه', 2),
];
const known = ['باريس', 'لندن', 'روما', 'مدريد'];

describe('selectMajorPlaces', () => {
  it('keeps a large city used as places are, not a common word GeoNames also lists, nor a small town', () => {
    const problems: LineProblem[] = [];
    const text = [
      geoRow(['Sousse', 'سوسة'], 221_715),
      geoRow(['Cannes', 'كان'], 74_000, 'PPLC'), // a capital, but كان is a verb's class
      geoRow(['Tiny', 'روما'], 20_000, 'PPL'), // too small (whatever its class)
      geoRow(['Nowhere', 'زززز'], 500_000), // unknown to the unlabelled text: no evidence
    ].join('\n');
    const keys = selectMajorPlaces({ file: 'g.tsv', text }, rows, known, problems);
    expect(keys).toEqual(['سوسه']);
    expect(problems).toEqual([]);
  });

  it('keeps a country on the same test, whatever its size (مالي in a common word’s class is not)', () => {
    const countryRows = [...rows, row('تنزانيا', 1), row('مالي', 2)];
    const keys = selectMajorPlaces(
      { file: 'g.tsv', text: '' },
      countryRows,
      known,
      [],
      ['تنزانيا', 'مالي'],
    );
    expect(keys).toEqual(['تنزانيا']);
  });

  it('reports a malformed line with its number and reads the rest', () => {
    const problems: LineProblem[] = [];
    const text = [
      geoRow(['سوسة'], 221_715),
      'not\ta\tgeonames\trow',
      geoRow(['سوسة'], 221_715).replace('221715', 'many'),
    ].join('\n');
    const keys = selectMajorPlaces({ file: 'g.tsv', text }, rows, known, problems);
    expect(keys).toEqual(['سوسه']);
    expect(problems.map((p) => [p.file, p.line, p.reason])).toEqual([
      ['g.tsv', 2, 'not 19 tab-separated columns'],
      ['g.tsv', 3, 'population is not a whole number'],
    ]);
  });
});

describe('claiming a large city', () => {
  const d = new KnownNames({ ORG: [], LOC: [], majorPlaces: ['سوسه', 'اكرا'] });
  const claim = (tokens: string[], tags: string[], knownWords: string[] = []) =>
    claimKnownNames(
      d,
      [tokens],
      [tags],
      () => true, // every word common: the city is claimed all the same
      (w) => !knownWords.includes(w),
    )[0];

  it('claims it alone and behind a proclitic, where the tagger saw nothing', () => {
    expect(claim(['الهجمة', 'بسوسة', 'أمس'], ['O', 'O', 'O'])).toEqual(['O', 'B-LOC', 'O']);
    expect(claim(['زار', 'سوسة'], ['O', 'O'])).toEqual(['O', 'B-LOC']);
  });

  it('does not cut a word where the unlabelled text says not to (باكرا is not ب + أكرا)', () => {
    expect(claim(['جا', 'باكرا'], ['O', 'O'], ['باكرا'])).toEqual(['O', 'O']);
  });

  it('not a proclitic written before a hamza’s alif (وأدان is و + أدان, not the town وادان)', () => {
    const towns = new KnownNames({ ORG: [], LOC: [], majorPlaces: ['وادان', 'اوروبا'] });
    expect(towns.majorPlace('وادان', () => true)).toBe('وادان');
    expect(towns.majorPlace('وأدان', () => true)).toBeUndefined();
    expect(towns.majorPlace('بأوروبا', () => true)).toBe('اوروبا');
  });

  it('a town in ية after a subject with the article is the verb’s object, not an adjective (العيسوية)', () => {
    const towns = new KnownNames({ ORG: [], LOC: [], townPlaces: ['العيسويه'] });
    const claimTown = (tokens: string[]) =>
      claimKnownNames(
        towns,
        [tokens],
        [tokens.map(() => 'O')],
        () => true,
        () => false,
      )[0];
    expect(claimTown(['اقتحمت', 'قوات', 'الاحتلال', 'العيسوية'])).toEqual(['O', 'O', 'O', 'B-LOC']);
    // (but a masculine one is the adjective: اللون الرمادي is grey)
    const grey = new KnownNames({ ORG: [], LOC: [], townPlaces: ['الرمادي'] });
    const claimGrey = (tokens: string[]) =>
      claimKnownNames(
        grey,
        [tokens],
        [tokens.map(() => 'O')],
        () => true,
        () => false,
      )[0];
    expect(claimGrey(['اختاري', 'اللون', 'الرمادي'])).toEqual(['O', 'O', 'O']);
    expect(claimGrey(['وصلوا', 'إلى', 'الرمادي'])).toEqual(['O', 'O', 'B-LOC']);
  });

  it('leaves a name the tagger read otherwise as it was', () => {
    expect(claim(['قال', 'سوسة'], ['O', 'B-PER'])).toEqual(['O', 'B-PER']);
  });
});

describe('with the shipped model and names', () => {
  const tagger = loadTagger();
  it('a city named once behind a proclitic is among the places of the text; a word known whole more than the city is not cut', () => {
    const found = extractEntities(
      tagger,
      'تراجع عدد السياح بعد الهجمة الارهابية بسوسة قبل عامين، وقالت الوزارة إن الموسم سيكون أفضل.',
      '',
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('LOC:سوسة');
    const early = extractEntities(
      tagger,
      'قال إنه جا باكرا للخدمة وخرج معطل، وما لقا حتى واحد فالإدارة.',
      '',
    ).map((e) => e.name);
    expect(early.some((n) => n.includes('كرا'))).toBe(false);
  });

  it('countries are among the large places, never through a name with the article (هند is no الهند)', () => {
    const names = tagger.knownNames;
    const cut = () => true;
    expect(names.majorPlace('بأفغانستان', cut)).toBe('افغانستان');
    expect(names.majorPlace('وتنزانيا', cut)).toBe('تنزانيا');
    expect(names.majorPlace('هند', cut)).toBeUndefined();
    expect(names.majorPlace('مالي', cut)).toBeUndefined();
  });
});
