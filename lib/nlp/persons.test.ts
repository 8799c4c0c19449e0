/**
 * Well-known persons from our own list (data/gazetteers/persons.tsv, in the known names): claimed
 * by their full names whatever the tagger made of them, never over a preposition, one entity under
 * their other names, and the list's malformed lines reported.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { buildKnownNames } from './known-names-build';

const tagger = loadTagger();
const header = 'name\ttype\tvariants\tcategory\n';

describe('persons from the curated list', () => {
  it('a listed person the tagger misses is found whole (news dev: علي كرتي)', () => {
    const es = extractEntities(
      tagger,
      'واعتبر وزير الدولة بوزارة الخارجية علي كرتي تصريحات رايس تهديدا مبطنا لبلاده .',
    );
    expect(es.filter((e) => e.type === 'PER').map((e) => e.name)).toContain('علي كرتي');
  });

  it('the preposition على is no علي of the list, unless the name goes on (Egyptian spelling)', () => {
    const persons = (text: string) =>
      extractEntities(tagger, text)
        .filter((e) => e.type === 'PER')
        .map((e) => e.name);
    // علي أمين and علي حمية are on the list; علي عبد العال too.
    expect(persons('شن المندوب هجوما عنيفا على أمين الأمم المتحدة بسبب التقرير.')).toEqual([]);
    expect(persons('وأكد البيان إصرار الشعب على حماية الوحدة الوطنية.')).toEqual([]);
    expect(persons('وقال على عبد العال إن المجلس سيناقش القانون.')).toEqual(['على عبد العال']);
  });

  it('a preposition that folding reads as a name’s word is never part of a person', () => {
    const persons = (text: string) =>
      extractEntities(tagger, text)
        .filter((e) => e.type === 'PER')
        .map((e) => e.name);
    // حازم إمام، محمد إمام، حاتم علي are on the list; أمام and على as written are prepositions.
    expect(persons('دعا البيان إلى اتخاذ موقف حازم أمام الانتهاكات الإسرائيلية.')).toEqual([]);
    expect(persons('وقف محمد أمام القاضي وقال إنه بريء.')).toEqual([]);
    expect(persons('وحصل حاتم على الجائزة الأولى في المسابقة.')).toEqual([]);
    // …and علي before a common word with the article is the preposition as some papers write it.
    expect(persons('وحرص الرئيس علي الأمين العام للحزب.')).toEqual([]);
  });

  it('the forms of one listed person are one entity in an article', () => {
    const es = extractEntities(
      tagger,
      'وصل أبو محمد الجولاني إلى دمشق. وقال أحمد الشرع إن سوريا للجميع.',
    );
    expect(es.filter((e) => e.type === 'PER').map((e) => `${e.name} ${e.count}`)).toEqual([
      'أبو محمد الجولاني 2',
    ]);
  });

  it('keeps a listed person whose words the unlabelled text reads as words', () => {
    // Half its words read mostly with the article in the unlabelled text (العباس): NERAr's entry
    // alone is not kept.
    const nerar = [{ file: 'dico-mono-PERS.norm', type: 'PER' as const, text: 'mHmwd EbAs\n' }];
    const alone = JSON.parse(buildKnownNames(nerar, tagger.lexicon).json) as { PER: string[] };
    expect(alone.PER).not.toContain('محمود عباس');
    const { json, problems } = buildKnownNames(nerar, tagger.lexicon, {
      curated: { file: 'persons.tsv', text: `${header}محمود عباس\tPER\tأبو مازن\thead-of-state\n` },
    });
    expect(problems).toEqual([]);
    expect((JSON.parse(json) as { PER: string[] }).PER).toEqual(['ابو مازن', 'محمود عباس']);
  });

  it('the forms of one listed person are one alias group (أبو محمد الجولاني / أحمد الشرع)', () => {
    const { json } = buildKnownNames([], tagger.lexicon, {
      curated: {
        file: 'persons.tsv',
        text: `${header}أبو محمد الجولاني\tPER\tأحمد الشرع\tarmed-group-leader\n`,
      },
    });
    const d = JSON.parse(json) as { PER: string[]; aliases: string[][] };
    expect(d.PER).toEqual(['ابو محمد الجولاني', 'احمد الشرع']);
    expect(d.aliases).toContainEqual(['ابو محمد الجولاني', 'احمد الشرع']);
  });

  it('a listed person is a person even where NERAr has the name as a place', () => {
    const { json } = buildKnownNames(
      [{ file: 'dico-mono-LOC.norm', type: 'LOC', text: 'mySAl Ewn\n' }],
      tagger.lexicon,
      {
        curated: { file: 'persons.tsv', text: `${header}ميشال عون\tPER\tميشيل عون\tpolitician\n` },
      },
    );
    const d = JSON.parse(json) as { PER: string[]; LOC: string[] };
    expect(d.PER).toEqual(expect.arrayContaining(['ميشال عون', 'ميشيل عون']));
    expect(d.LOC).not.toContain('ميشال عون');
  });

  it('a name our lists give two types is reported with its line', () => {
    const { problems } = buildKnownNames([], tagger.lexicon, {
      curated: [
        {
          file: 'organisations.tsv',
          text: `${header}مجموعة ماجد الفطيم\tORG\tماجد الفطيم\tcompany\n`,
        },
        { file: 'persons.tsv', text: `${header}ماجد الفطيم\tPER\t\tbusiness\n` },
      ],
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.reason}`)).toEqual([
      'persons.tsv:2 also listed as ORG ("ماجد الفطيم")',
    ]);
  });

  it('a person named by one word, or of another type, is reported with its line', () => {
    const { json, problems } = buildKnownNames([], tagger.lexicon, {
      curated: {
        file: 'persons.tsv',
        text: `${header}عبد المجيد تبون\tPER\t\thead-of-state\nتبون\tPER\t\thead-of-state\nنزار بركة\tPER\tبركة\tpolitician\nعزيز أخنوش\tPERSON\t\thead-of-government\n`,
      },
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.reason}`)).toEqual([
      'persons.tsv:3 a person named by one word (only full names are claimed)',
      'persons.tsv:4 a person named by one word (only full names are claimed)',
      'persons.tsv:5 type "PERSON" is not ORG, LOC, PER or MISC',
    ]);
    expect((JSON.parse(json) as { PER: string[] }).PER).toEqual(['عبد المجيد تبون']);
  });
});
