/**
 * Names the tagger ran together, split again (name-splits.ts): organisations behind a preposition,
 * two persons' family names side by side.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import {
  splitBodiesOverAnd,
  splitFamilyNamePairs,
  splitOrganisationsBehindPrepositions,
  splitPlacesBeforePersons,
} from './name-splits';

const seq = (s: string) => s.split(' ');
/** The organisations this test's dictionary knows. */
const ORGS = ['بي بي سي', 'الأمم المتحدة', 'سكاي نيوز', 'سي إن إن', 'منظمة العفو الدولية'].map(seq);
/** As the dictionary reads words: the first also with its لـ read as the article (لأمم: الأمم). */
const known = (words: string[]) => {
  const firsts = [words[0], words[0]?.replace(/^ل/, 'ال')];
  const o = ORGS.find((o) => o.every((w, i) => (i ? words[i] === w : firsts.includes(w))));
  return o?.length ?? 0;
};
const split = (sentence: string, tags: string) => {
  const t = [seq(tags)];
  splitOrganisationsBehindPrepositions([seq(sentence)], t, known, (w) => w === 'ماسون');
  return t[0]!.join(' ');
};

describe('an organisation of several words behind its preposition', () => {
  it('is cut from the speaker the tagger ran into it, who is a person', () => {
    expect(split('قال ماسون إسكاميلا لبي بي سي إن', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O')).toBe(
      'O B-PER I-PER B-ORG I-ORG I-ORG O',
    );
    expect(split('قال جون سميث لسكاي نيوز إن', 'O B-PER I-PER I-PER I-PER O')).toBe(
      'O B-PER I-PER B-ORG I-ORG O',
    );
  });

  it('takes back the word of its preposition the tagger left out', () => {
    expect(split('وقال بريان لبي بي سي نيوز إنه', 'O B-PER O B-MISC I-MISC I-MISC O')).toBe(
      'O B-PER B-ORG I-ORG I-ORG I-ORG O',
    );
    // …and leaves the person the tagger read after it a person (المحلل لبي بي سي فرانك غاردنر).
    expect(split('المحلل لبي بي سي فرانك غاردنر إن', 'O O B-PER I-PER I-PER I-PER O')).toBe(
      'O B-ORG I-ORG I-ORG B-PER I-PER O',
    );
  });

  it('takes the organisation past the span the tagger ended inside it, over untagged words', () => {
    expect(split('أيمن الصفدي لسي إن إن إن الأردن', 'B-PER I-PER I-PER O O O B-LOC')).toBe(
      'B-PER I-PER B-ORG I-ORG I-ORG O B-LOC',
    );
  });

  it('splits an organisation the dictionary knows whole from the one behind the preposition', () => {
    expect(
      split('وقالت منظمة العفو الدولية لبي بي سي إن', 'O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O'),
    ).toBe('O B-ORG I-ORG I-ORG B-ORG I-ORG I-ORG O');
  });

  it("leaves an organisation's own genitive, a tagged word and an unknown body alone", () => {
    expect(split('اجتماعات الجمعية العامة للأمم المتحدة', 'O B-ORG I-ORG I-ORG I-ORG')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG',
    );
    // (an organisation that would run on over words tagged otherwise)
    expect(split('وقال بريان لبي بي سي', 'O B-PER I-PER B-MISC I-MISC')).toBe(
      'O B-PER I-PER B-MISC I-MISC',
    );
    expect(split('قال ماسون إسكاميلا لبي سي إن', 'O B-ORG I-ORG I-ORG I-ORG O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
  });

  it('gives the reader the speaker and the outlet apart, through the shipped model', () => {
    const names = extractEntities(
      loadTagger(),
      'قال ماسون إسكاميلا لبي بي سي إن صديقه آرون بوشنل كان هادئا. وقال بريان سبنسر لبي بي سي نيوز إنه لم يكن يتحدث كثيرا عن غزة.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining(['PER:ماسون إسكاميلا', 'PER:بريان سبنسر', 'ORG:بي بي سي نيوز']),
    );
    expect(names.filter((n) => n.includes('بي سي'))).toEqual(['ORG:بي بي سي نيوز']);
  });
});

describe('two persons’ family names side by side', () => {
  const pairs = (sentences: [string, string][]) => {
    const tags = sentences.map(([, t]) => seq(t));
    splitFamilyNamePairs(
      sentences.map(([w]) => seq(w)),
      tags,
    );
    return tags.map((t) => t.join(' '));
  };
  const named: [string, string][] = [
    ['قال عبد الفتاح البرهان إن', 'O B-PER I-PER I-PER O'],
    ['قائد القوات محمد حمدان دقلو', 'O O B-PER I-PER I-PER'],
  ];

  it('are two persons where the article names each in full and one by that word alone', () => {
    expect(
      pairs([
        ...named,
        ['وقال البرهان إنه', 'O B-PER O'],
        ['ويتهم البرهان دقلو بارتكاب', 'O B-PER I-PER O'],
      ]).at(-1),
    ).toBe('O B-PER B-PER O');
  });

  it('stay one where the article names neither alone, or the pair ends a full name', () => {
    expect(pairs([...named, ['ويتهم البرهان دقلو بارتكاب', 'O B-PER I-PER O']]).at(-1)).toBe(
      'O B-PER I-PER O',
    );
    // (a name ending in حمدان makes each word the end of another person's name: only the full
    // name محمد حمدان دقلو keeps the pair whole)
    expect(
      pairs([
        ...named,
        ['وقال البرهان إنه', 'O B-PER O'],
        ['وحضر خالد حمدان الاجتماع', 'O B-PER I-PER O'],
        ['والتقى حمدان دقلو بالوفد', 'O B-PER I-PER O'],
      ]).at(-1),
    ).toBe('O B-PER I-PER O');
  });

  it('stay one where both words end one person’s name only', () => {
    expect(
      pairs([
        ['قال أحمد البرهان إن', 'O B-PER I-PER O'],
        ['وقال البرهان إنه', 'O B-PER O'],
        ['ويتهم البرهان البرهان بارتكاب', 'O B-PER I-PER O'],
      ]).at(-1),
    ).toBe('O B-PER I-PER O');
  });

  it('stay one where the list of known names holds the pair, or it begins with a first name', () => {
    const sentences: [string, string][] = [
      ['قال حسام حسن إن الفريق جاهز', 'O B-PER I-PER O O O'],
      ['وشارك محمد إبراهيم في المباراة', 'O B-PER I-PER O O'],
      ['وأضاف حسن أن', 'O B-PER O'],
      ['وأكد إبراهيم حسن أن', 'O B-PER I-PER O'],
    ];
    const split = (listed: boolean, first: boolean) => {
      const tags = sentences.map(([, t]) => seq(t));
      splitFamilyNamePairs(
        sentences.map(([w]) => seq(w)),
        tags,
        (words) => listed && words.join(' ') === 'إبراهيم حسن',
        (word) => first && word === 'إبراهيم',
      );
      return tags.at(-1)!.join(' ');
    };
    expect(split(false, false)).toBe('O B-PER B-PER O');
    expect(split(true, false)).toBe('O B-PER I-PER O');
    expect(split(false, true)).toBe('O B-PER I-PER O');
  });

  it('the product counts each person’s mentions (ويتهم البرهان دقلو)', () => {
    const es = extractEntities(
      loadTagger(),
      'التقى رئيس مجلس السيادة السوداني عبد الفتاح البرهان اليوم في بورتسودان وفدا أمميا. وقال البرهان إن الجيش لن يتفاوض مع قائد قوات الدعم السريع محمد حمدان دقلو. ويتهم البرهان دقلو بارتكاب انتهاكات.',
    );
    const persons = es.filter((e) => e.type === 'PER').map((e) => `${e.name} ${e.count}`);
    expect(persons).toEqual(['عبد الفتاح البرهان 3', 'محمد حمدان دقلو 2']);
  });
});

describe('two bodies over و and a head', () => {
  const splitAnd = (sentence: string, tags: string) => {
    const t = [seq(tags)];
    splitBodiesOverAnd([seq(sentence)], t);
    return t[0]!.join(' ');
  };
  it('are two organisations', () => {
    expect(splitAnd('ومنها بنك الخليج وبنك برقان ،', 'O B-ORG I-ORG I-ORG I-ORG O')).toBe(
      'O B-ORG I-ORG B-ORG I-ORG O',
    );
    expect(
      splitAnd('وزارة الصحة ووزارة التربية وجامعة دمشق', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG'),
    ).toBe('B-ORG I-ORG B-ORG I-ORG B-ORG I-ORG');
    const found = extractEntities(
      loadTagger(),
      'وأعلن بنك الخليج وبنك برقان عن نتائجهما. وارتفع سهم بنك برقان.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toEqual(expect.arrayContaining(['ORG:بنك برقان', 'ORG:بنك الخليج']));
  });
  it('not a second field with the article, a head the span ends on, nor a centre of a hospital', () => {
    expect(splitAnd('وزارة الشباب والرياضة', 'B-ORG I-ORG I-ORG')).toBe('B-ORG I-ORG I-ORG');
    expect(splitAnd('هيئة الإذاعة ومدينة', 'B-ORG I-ORG I-ORG')).toBe('B-ORG I-ORG I-ORG');
    expect(
      splitAnd('مستشفى الملك فيصل التخصصي ومركز الأبحاث', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG'),
    ).toBe('B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG');
  });
});

describe('a country behind its preposition at the start of a person', () => {
  const found = (text: string) =>
    extractEntities(loadTagger(), text).map((e) => `${e.type}:${e.name}`);
  it('is the place, and the person begins after it', () => {
    const t = [seq('O O B-PER I-PER I-PER I-PER')];
    splitPlacesBeforePersons(
      [seq('السفير الألماني بأفغانستان هانز أوليش سيدت')],
      t,
      (w) => w === 'بأفغانستان',
      () => false,
      () => false,
    );
    expect(t[0]!.join(' ')).toBe('O O B-LOC B-PER I-PER I-PER');
    expect(
      found('وقال السفير الألماني بأفغانستان هانز أوليش سيدت إن الحكومة ستفقد سيطرتها.'),
    ).toEqual(expect.arrayContaining(['LOC:أفغانستان', 'PER:هانز أوليش سيدت']));
  });
  it('not a given name that begins with ل or ب, nor a person a list knows whole', () => {
    for (const [text, person] of [
      ['وصرح المدرب باولو روبرتو فالكاو للصحفيين بأن الفريق جاهز.', 'باولو'],
      ['وقال الكاتب بيرم محمود التونسي إن القصيدة نشرت عام 1930.', 'بيرم'],
      ['وكتبت الناشطة لينا بن مهني في تدوينة على صفحتها.', 'لينا بن مهني'],
      ['وقال المهندس باهر محمد عبد الله إن المشروع تأخر.', 'باهر'],
    ]) {
      const names = found(text!);
      expect(names.some((n) => n.startsWith(`PER:${person}`))).toBe(true);
      expect(names.filter((n) => n.startsWith('LOC:'))).toEqual([]);
    }
  });
});
