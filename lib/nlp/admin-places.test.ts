/**
 * Our list of administrative places (issue 13): names of several words join the curated places,
 * names of one word are claimed alone only where nothing says they are also words; a line the
 * build cannot read is reported with its number.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADER, adminMajorPlaces, readAdminPlaces } from './admin-places-build';
import { buildKnownNames, type LineProblem } from './known-names-build';
import { claimKnownNames } from './claim-known-names';
import { extractEntities } from './entities';
import { loadTagger } from '../../tools/model-file';
import { dictionaryWord, KnownNames, type KnownNamesFile } from './known-names';
import { Lexicon } from './lexicon';

const file = (...rows: string[]) => [ADMIN_HEADER, ...rows, ''].join('\n');

describe('readAdminPlaces', () => {
  it('reads the rows and reports each malformed line with its number', () => {
    const problems: LineProblem[] = [];
    const rows = readAdminPlaces(
      'a.tsv',
      file(
        'رأس الخيمة\tLOC\tراس الخيمة\tAE:region\t0',
        'صور\tLOC\t\tLB:city\t1',
        'مسقط\tLOC\t\tOM',
        'الزقازيق\tORG\t\tEG:city\t0',
        'سبها\tLOC\t\tLY:town\tyes',
        'Sabha\tLOC\t\tLY:town\t0',
        'إربد\tLOC\t\tjordan\t0',
        'عين-الدفلى\tLOC\t\tDZ:region\t0',
      ),
      problems,
    );
    expect(rows.map((r) => [r.forms, r.common, r.line])).toEqual([
      [['رأس الخيمة', 'راس الخيمة'], false, 2],
      [['صور'], true, 3],
      [['عين الدفلى'], false, 9],
    ]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [4, 'not 5 tab-separated columns'],
      [5, 'type "ORG" is not LOC'],
      [6, 'common "yes" is not 0 or 1'],
      [7, 'a name that is not in Arabic letters'],
      [8, 'category "jordan" is not CC:level'],
    ]);
  });

  it('reports a missing header', () => {
    const problems: LineProblem[] = [];
    readAdminPlaces('a.tsv', 'name\ttype\tvariants\tcategory\nصور\tLOC\t\tLB:city\t1\n', problems);
    expect(problems[0]).toMatchObject({ line: 1, reason: expect.stringContaining('header') });
  });
});

describe('adminMajorPlaces', () => {
  const rows = readAdminPlaces(
    'a.tsv',
    file(
      'مسقط\tLOC\t\tOM:capital\t0',
      'صور\tLOC\t\tLB:city\t1',
      'بغداد\tLOC\t\tIQ:capital\t0',
      'الزقازيق\tLOC\t\tEG:city\t0',
      'الخليل\tLOC\t\tPS:city\t0',
      'المنيا\tLOC\t\tEG:region\t0',
      'كفر الشيخ\tLOC\t\tEG:region\t0',
      'معربة\tLOC\t\tSY:town\t0',
      'عقابا\tLOC\t\tPS:town\t0',
      'المعصرة\tLOC\t\tPS:town\t0',
      'الحوز\tLOC\t\tMA:district\t0',
      'مسحة\tLOC\t\tPS:town\t0',
      'كانو\tLOC\t\tNG:city\t0',
      'كوبر\tLOC\t\tXX:town\t0',
      'قربة\tLOC\t\tTN:city\t0',
      'وربة\tLOC\t\tYE:district\t0',
      'جدة\tLOC\t\tSA:city\t0',
      'الكردي\tLOC\t\tEG:city\t0',
      'باخموت\tLOC\t\tUA:city\t0',
      'دورتموند\tLOC\t\tDE:city\t0',
      'برلين\tLOC\t\tDE:capital\t0',
      'كولا\tLOC\t\tIN:city\t0',
    ),
    [],
  );
  const freq: Record<string, { magnitude: number; article: number }> = {
    زقازيق: { magnitude: 2, article: 3 }, // written with the article: the town
    منيا: { magnitude: 2, article: 0 }, // mostly without it: another word (منيا)
    معربه: { magnitude: 1, article: 2 }, // a participle, often with the article
    عقاب: { magnitude: 2, article: 1 }, // عقابا is its accusative
    معصره: { magnitude: 1, article: 2 }, // "a press", as often with the article as without
    حوز: { magnitude: 1, article: 2 },
    مسحه: { magnitude: 1, article: 1 }, // "a touch", now and then with the article
    كانو: { magnitude: 2, article: 1 },
    كانوا: { magnitude: 4, article: 0 }, // كانو is its misspelling
    قربه: { magnitude: 1, article: 1 },
    قرب: { magnitude: 3, article: 0 }, // قربه "near him"
    ربه: { magnitude: 2, article: 0 }, // وربه "and his lord"
    جده: { magnitude: 2, article: 0 },
    جد: { magnitude: 3, article: 1 }, // جدة is named as often: kept
    كولا: { magnitude: 1, article: 0 }, // a word the text knows: no town abroad
  };
  const abroad = new Set<string>();
  const keys = adminMajorPlaces(
    rows,
    (f) => freq[f],
    (k) => k === 'بغداد', // the unlabelled text's common word here
    (k) => k === 'خليل' || k === 'كوبر', // words of people's names
    (w) => w === 'الكردي', // a nationality word
    abroad,
  );

  it('keeps a one-word name nothing marks as a word', () => {
    expect(keys).toContain('مسقط');
    expect(keys).toContain('الزقازيق');
  });

  it('keeps a town abroad, but of a football country only its capital (دورتموند names its club)', () => {
    expect(keys).toContain('باخموت');
    expect(keys).toContain('برلين');
    expect(keys).not.toContain('دورتموند');
    // (a word the unlabelled text knows is no town abroad; the towns abroad are told apart)
    expect(keys).not.toContain('كولا');
    expect([...abroad]).toEqual(['باخموت']);
  });

  it('leaves out a name marked common, a common word, and an article-dropped key that reads otherwise', () => {
    expect(keys).not.toContain('صور');
    expect(keys).not.toContain('بغداد');
    expect(keys).not.toContain('خليل');
    expect(keys).not.toContain('منيا');
  });

  it('leaves out a word the unlabelled text often writes with the article, or an accusative of a word it knows', () => {
    expect(keys).not.toContain('معربه');
    expect(keys).not.toContain('عقابا');
  });

  it('a village written with the article that the text also reads without it is a word; a district is its name', () => {
    expect(keys).not.toContain('المعصره');
    expect(keys).toContain('الحوز');
  });

  it('a town is no name word, a city or district no word with a possessive or after و far commoner than the place, nor a nationality', () => {
    expect(keys).not.toContain('كوبر');
    expect(keys).not.toContain('قربه');
    expect(keys).not.toContain('وربه');
    expect(keys).not.toContain('الكردي');
    expect(keys).toContain('جده');
  });

  it('a village the text sometimes writes with the article, or a plural verb without its last alif, is a word', () => {
    expect(keys).not.toContain('مسحه');
    expect(keys).not.toContain('كانو');
  });

  it('never takes a name of several words (those are matched whole)', () => {
    expect(keys.some((k) => k.includes(' '))).toBe(false);
    expect(keys).toEqual(['الحوز', 'الزقازيق', 'باخموت', 'برلين', 'جده', 'مسقط']);
  });
});

describe('buildKnownNames with admin places', () => {
  it('lists several-word names as places with their variants, one-word ones as claimed alone, a row marked common not at all', () => {
    const lexicon = Lexicon.fromRows([]);
    const { json, problems } = buildKnownNames([], lexicon, {
      adminPlaces: {
        file: 'admin-places.tsv',
        text: file(
          'رأس الخيمة\tLOC\tراس الخيمة\tAE:region\t0',
          'ظفار\tLOC\t\tOM:region\t0',
          'منى\tLOC\t\tSA:area\t1',
          'الشيخ زايد\tLOC\t\tEG:city\t1',
          'أبو سليم\tLOC\t\tLY:area\t0',
          'أبو ديس\tLOC\t\tPS:town\t0',
          'دورتموند\tLOC\t\tDE:city\t0',
          'الجم\tLOC\t\tTN:city\t0',
        ),
      },
      majorPlaces: { geonames: { file: 'g.tsv', text: '' }, rows: [] },
      givenNames: { file: 'given.tsv', text: 'name\tgender\tregions\nسليم\tm\tall\n' },
    });
    expect(problems).toEqual([]);
    const d = JSON.parse(json) as KnownNamesFile & { LOC: string[]; townPlaces: string[] };
    expect(d.LOC).toContain('راس الخيمه');
    expect(d.townPlaces).toEqual(['ظفار']);
    expect(d.majorPlaces).toEqual([]);
    expect(d.LOC).not.toContain('منى');
    expect(d.LOC).not.toContain('شيخ زايد');
    // (a kunya before a given name is a man as often: أبو سليم; أبو ديس stays)
    expect(d.LOC).toContain('ابو ديس');
    expect(d.LOC).not.toContain('ابو سليم');
    // (a city abroad that is no capital names its club; the article and two letters, a word)
    expect(d.townPlaces).not.toContain('دورتموند');
    expect(d.townPlaces).not.toContain('الجم');
    const names = new KnownNames(d);
    expect(names.match(['في', 'رأس', 'الخيمة'].map(dictionaryWord), 1)).toMatchObject({
      type: 'LOC',
      length: 2,
    });
    // Behind a proclitic where the unlabelled text knows the whole word no better than the town
    // (`mayCut(a, b)`: a is known less than b) — two words it never counted included.
    expect(names.townPlace('وظفار', () => false)).toBe('ظفار');
    expect(names.townPlace('وظفار', (a) => a === 'ظفار')).toBeUndefined();
    expect(names.majorPlace('ظفار', () => true)).toBeUndefined();
    expect(names.townPlace('منى', () => true)).toBeUndefined();
    // Claimed where the tagger saw nothing, not right after a person's name (his family's).
    const claim = (tokens: string[], tags: string[]) =>
      claimKnownNames(
        names,
        [tokens],
        [tags],
        () => true,
        () => false,
      )[0];
    expect(claim(['زار', 'ظفار', 'أمس'], ['O', 'O', 'O'])).toEqual(['O', 'B-LOC', 'O']);
    expect(claim(['زار', 'بظفار'], ['O', 'O'])).toEqual(['O', 'B-LOC']);
    // (nor a word written with vowel marks, as a verb may be)
    expect(claim(['زار', 'ظَفار'], ['O', 'O'])).toEqual(['O', 'O']);
    expect(claim(['قال', 'سالم', 'ظفار', 'إن'], ['O', 'B-PER', 'O', 'O'])).toEqual([
      'O',
      'B-PER',
      'O',
      'O',
    ]);
  });
});

describe('with the shipped model and names', () => {
  const tagger = loadTagger();
  it('a town named once after a conjunction is found, and shown without it', () => {
    const found = extractEntities(
      tagger,
      'تتكدس النفايات في شوارع الشويفات وعرمون وخلدة، بعدما أقفل الأهالي مدخل المطمر احتجاجا على الروائح.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('LOC:خلدة');
    expect(found).not.toContain('LOC:وخلدة');
  });

  it('a listed town keeps a first letter that reads as a proclitic (براوة is no ب + راوة)', () => {
    const found = extractEntities(
      tagger,
      'وصلت القوات إلى مدينة براوة الساحلية، وقال سكان من براوة إن المعارك توقفت.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('LOC:براوة');
    expect(found).not.toContain('LOC:راوة');
  });
});
