/**
 * Our list of administrative places (issue 13): names of several words join the curated places,
 * names of one word are claimed alone only where nothing says they are also words; a line the
 * build cannot read is reported with its number.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADER, adminMajorPlaces, readAdminPlaces } from './admin-places-build';
import { buildKnownNames, type LineProblem } from './known-names-build';
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
    ),
    [],
  );
  const freq: Record<string, { magnitude: number; article: number }> = {
    زقازيق: { magnitude: 2, article: 3 }, // written with the article: the town
    منيا: { magnitude: 2, article: 0 }, // mostly without it: another word (منيا)
  };
  const keys = adminMajorPlaces(
    rows,
    (f) => freq[f],
    (k) => k === 'بغداد', // the unlabelled text's common word here
    (k) => k === 'خليل', // a given name
  );

  it('keeps a one-word name nothing marks as a word', () => {
    expect(keys).toContain('مسقط');
    expect(keys).toContain('زقازيق');
  });

  it('leaves out a name marked common, a common word, and an article-dropped key that reads otherwise', () => {
    expect(keys).not.toContain('صور');
    expect(keys).not.toContain('بغداد');
    expect(keys).not.toContain('خليل');
    expect(keys).not.toContain('منيا');
  });

  it('never takes a name of several words (those are matched whole)', () => {
    expect(keys.some((k) => k.includes(' '))).toBe(false);
    expect(keys).toEqual(['زقازيق', 'مسقط']);
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
        ),
      },
      majorPlaces: { geonames: { file: 'g.tsv', text: '' }, rows: [] },
    });
    expect(problems).toEqual([]);
    const d = JSON.parse(json) as KnownNamesFile & { LOC: string[]; majorPlaces: string[] };
    expect(d.LOC).toContain('راس الخيمه');
    expect(d.majorPlaces).toEqual(['ظفار']);
    expect(d.LOC).not.toContain('منى');
    expect(d.LOC).not.toContain('شيخ زايد');
    const names = new KnownNames(d);
    expect(names.match(['في', 'رأس', 'الخيمة'].map(dictionaryWord), 1)).toMatchObject({
      type: 'LOC',
      length: 2,
    });
    expect(names.majorPlace('وظفار', () => true)).toBe('ظفار');
    expect(names.majorPlace('منى', () => true)).toBeUndefined();
  });
});
