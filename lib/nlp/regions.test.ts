/**
 * Regions and provinces named in several words (data/gazetteers/regions.tsv, in the known names):
 * found whole whatever the tagger made of them, and one entity under their other names.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { buildKnownNames } from './known-names-build';

const tagger = loadTagger();

describe('regions from the curated list', () => {
  it('a Moroccan region is a place, and its Darija name is the same place', () => {
    const es = extractEntities(
      tagger,
      'قرر مجلس جهة الدار البيضاء سطات إطلاق مشاريع جديدة. ويقول سكان كازا سطات إن المشاريع تأخرت، ' +
        'فيما تنتظر جهة درعة تافيلالت دورها.',
    );
    const forms = (e: (typeof es)[number]) => [e.name, ...e.aliases];
    const casa = es.filter((e) => forms(e).some((f) => f.includes('سطات')));
    expect(casa).toHaveLength(1);
    expect(casa[0]!.type).toBe('LOC');
    expect(forms(casa[0]!)).toEqual(expect.arrayContaining(['كازا سطات']));
    const draa = es.filter((e) => forms(e).some((f) => f.includes('درعة تافيلالت')));
    expect(draa.map((e) => e.type)).toEqual(['LOC']);
  });

  it('a Tunisian governorate named like a person is a place (بن عروس)', () => {
    const es = extractEntities(
      tagger,
      'أعلنت السلطات في ولاية بن عروس عن افتتاح سوق جديدة في بن عروس.',
    );
    expect(es.map((e) => e.type)).toEqual(['LOC']);
    // …shown without the kind of area, which the article also leaves out.
    expect(es[0]!.name).toBe('بن عروس');
    expect(es[0]!.aliases).toContain('ولاية بن عروس');
  });

  it('a malformed line of either curated list is reported with its file and line', () => {
    const header = 'name\ttype\tvariants\tcategory\n';
    const { problems } = buildKnownNames([], tagger.lexicon, {
      curated: [
        { file: 'organisations.tsv', text: `${header}غوغل\tORG\tجوجل\ttech\n` },
        {
          file: 'regions.tsv',
          text: `${header}جهة الشرق\tLOC\t\tMA-region\nسوس ماسة\tREGION\t\tMA\n`,
        },
      ],
    });
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['regions.tsv:3']);
  });
});
