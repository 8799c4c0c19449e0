/**
 * Claims of the known names where the context says what the list cannot (issue 13): a club and its
 * city, a person the list names by a nationality, a minister's portfolio, a place named after a
 * person. The rest of the claims are tested in variants.test.ts and major-places.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { claimKnownNames } from './claim-known-names';
import { extractEntities } from './entities';
import { KnownNames } from './known-names';
import { buildKnownNames } from './known-names-build';

const d = new KnownNames({
  ORG: ['سسكا', 'ناتو', 'خارجيه الامريكيه'], // keys: the first word without its article
  LOC: [],
  PER: ['ليون الفرنسي', 'سانتياغو برنابيو'],
  nationalities: ['الفرنسي'],
});
/** Claims over one sentence; `knownBetter` are words the unlabelled text knows better without their first letter. */
const claim = (sentence: string, tags: string, knownBetter: string[] = [], sports = true) =>
  claimKnownNames(
    d,
    [sentence.split(' ')],
    [tags.split(' ')],
    () => false,
    (word) => knownBetter.includes(word),
    sports,
  )[0]!.join(' ');

describe('known names in context', () => {
  it('takes the city after a one-word organisation into its name in a football article (سسكا موسكو)', () => {
    expect(claim('حقق سسكا موسكو الروسي فوزا', 'O O B-LOC O O')).toBe('O B-ORG I-ORG O O');
    // Elsewhere a verb, its subject and its object: طالب الناتو روسيا بسحب قواتها.
    expect(claim('طالب الناتو روسيا بسحب', 'O O B-LOC O', [], false)).toBe('O B-ORG B-LOC O');
    // Not a place behind a preposition the unlabelled text knows better (قائد الناتو بأوروبا),
    // nor a place of two words, nor one the tagger did not find.
    expect(claim('قائد الناتو بأوروبا أمس', 'O O B-LOC O', ['بأوروبا'])).toBe('O B-ORG B-LOC O');
    expect(claim('حقق سسكا موسكو الكبرى فوزا', 'O O B-LOC I-LOC O')).toBe('O B-ORG B-LOC I-LOC O');
    expect(claim('حقق سسكا اليوم فوزا', 'O O O O')).toBe('O B-ORG O O');
  });

  it('does not make a place the tagger found a person the list names by a nationality', () => {
    expect(claim('حقق ليون الفرنسي فوزه', 'O B-LOC O O')).toBe('O B-LOC O O');
    // …where the tagger saw nothing, the list still speaks.
    expect(claim('حقق ليون الفرنسي فوزه', 'O O O O')).toBe('O B-PER I-PER O');
  });

  it('keeps a person the tagger found where only a small place is named so (رمطان لعمامرة)', () => {
    const villages = new KnownNames({ ORG: [], LOC: ['لعمامره'], majorPlaces: ['ليون'] });
    const one = (sentence: string, tags: string) =>
      claimKnownNames(villages, [sentence.split(' ')], [tags.split(' ')])[0]!.join(' ');
    expect(one('وقال لعمامرة إن', 'O B-PER O')).toBe('O B-PER O');
    expect(one('وصل إلى لعمامرة أمس', 'O O B-ORG O')).toBe('O O B-LOC O');
  });

  it('leaves a minister’s portfolio unclaimed (وزير الخارجية الأمريكية)', () => {
    expect(claim('قال وزير الخارجية الأمريكية إن', 'O O O O O')).toBe('O O O O O');
    expect(claim('قالت ووزيرة الخارجية الأمريكية إن', 'O O O O O')).toBe('O O O O O');
    expect(claim('قالت الخارجية الأمريكية إن', 'O O O O')).toBe('O B-ORG I-ORG O');
  });

  it('makes a person named after a place’s head that place (ملعب سانتياغو برنابيو)', () => {
    expect(claim('على ملعب سانتياغو برنابيو', 'O O O O')).toBe('O B-LOC I-LOC I-LOC');
    expect(claim('صرح سانتياغو برنابيو', 'O O O')).toBe('O B-PER I-PER');
    // A head with the article names no one after it.
    expect(claim('على الملعب سانتياغو برنابيو', 'O O O O')).toBe('O O B-PER I-PER');
  });
});

describe('building the list', () => {
  it('drops a person spelt like one of its organisations (وست بروميتش beside ويست بروميتش)', () => {
    const { json } = buildKnownNames(
      [
        { file: 'x.ORG', type: 'ORG', text: 'wyst brwmyt$\n' },
        { file: 'x.PERS', type: 'PER', text: 'wst brwmyt$\nbyb gwArdywlA\n' },
      ],
      loadTagger().lexicon,
    );
    const lists = JSON.parse(json) as { ORG: string[]; PER: string[] };
    expect(lists.ORG).toEqual(['ويست بروميتش']);
    expect(lists.PER).toEqual(['بيب غوارديولا']);
  });
});

describe('countries', () => {
  it('the shipped dictionary knows countries by their short and official names, behind a proclitic', () => {
    const names = loadTagger().knownNames;
    expect(names.isCountry(['الولايات', 'المتحدة'])).toBe(true);
    expect(names.isCountry(['بالولايات', 'المتحدة'])).toBe(true);
    expect(names.isCountry(['المملكة', 'العربية', 'السعودية'])).toBe(true);
    expect(names.isCountry(['تونس'])).toBe(true);
    // (cities and regions are not countries)
    expect(names.isCountry(['درعا'])).toBe(false);
    expect(names.isCountry(['الإسكندرية'])).toBe(false);
    expect(names.isCountry([])).toBe(false);
  });

  it('the build lists the countries it is given', () => {
    const { json, counts } = buildKnownNames([], loadTagger().lexicon, {
      countries: [{ name: 'تونس', official: 'الجمهورية التونسية' }],
    });
    const built = new KnownNames(JSON.parse(json));
    expect(counts.countries).toBe(2);
    expect(built.isCountry(['الجمهورية', 'التونسية'])).toBe(true);
    expect(built.isCountry(['سوسة'])).toBe(false);
  });
});

describe('given names', () => {
  it('our list makes a word a given name; its malformed lines are reported with their numbers', () => {
    const { json, problems, counts } = buildKnownNames([], loadTagger().lexicon, {
      givenNames: {
        file: 'given-names.tsv',
        text: [
          'name\tgender\tregions',
          'عبده\tm\tegypt,yemen',
          'حواء\tf\tall',
          'الطيب\tm\tsudan',
          'Rashid\tm\tgulf',
          'عبد الله\tm\tall',
          'عون\tx\tlevant',
          'عفيف\tm\teurope',
          'سجى\tf',
          '',
        ].join('\n'),
      },
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.reason}`)).toEqual([
      'given-names.tsv:4 not one word in Arabic letters without the article',
      'given-names.tsv:5 not one word in Arabic letters without the article',
      'given-names.tsv:6 not one word in Arabic letters without the article',
      'given-names.tsv:7 gender not m, f or u',
      'given-names.tsv:8 regions not among gulf, levant, iraq, egypt, sudan, maghreb, yemen, all',
      'given-names.tsv:9 not three fields separated by tabs',
    ]);
    expect(counts.given).toBe(2);
    const built = new KnownNames(JSON.parse(json));
    expect(built.isGivenName('عبده')).toBe(true);
    expect(built.isGivenName('حواء')).toBe(true);
    expect(built.isGivenName('عون')).toBe(false);
    // (a file without its header is reported at line 1)
    const headless = buildKnownNames([], loadTagger().lexicon, {
      givenNames: { file: 'g.tsv', text: 'عبده\tm\tall\n' },
    });
    expect(headless.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['g.tsv:1']);
  });

  it('the shipped list knows given names the persons’ list begins none with', () => {
    const shipped = loadTagger().knownNames;
    for (const w of ['عبده', 'حواء', 'عفيف', 'سجى']) expect(shipped.isGivenName(w), w).toBe(true);
    // (nor titles or common nouns, which our list leaves out)
    for (const w of ['معالي', 'قائد', 'لقاء', 'اعتماد'])
      expect(shipped.isGivenName(w), w).toBe(false);
    // (a word that ends a listed person is a family name: a term of office before it is no area)
    for (const w of ['تبون', 'الدبيبة']) expect(shipped.isFamilyName(w), w).toBe(true);
    expect(shipped.isFamilyName('البليدة')).toBe(false);
  });
});

describe('aliases', () => {
  it('a long name of one word is found in its group spelt with an inner long vowel more or less', () => {
    const names = new KnownNames({
      ORG: [],
      LOC: ['باخموت', 'ارتيموفسك', 'بورتو', 'بيرتو'],
      aliases: [
        ['ارتيموفسك', 'باخموت'],
        ['بورتو', 'بيرتو'],
      ],
    });
    const bakhmut = names.aliasOf('باخموت');
    expect(bakhmut).toBeDefined();
    expect(names.aliasOf('ارتيوموفسك')).toBe(bakhmut);
    expect(names.aliasOf('ارتموفسك')).toBe(bakhmut);
    // (not two vowels off, nor a short name: a vowel tells short words apart)
    expect(names.aliasOf('ارتيوموفيسك')).toBeUndefined();
    expect(names.aliasOf('بورتوا')).toBeUndefined();
    expect(names.aliasOf('برتو')).toBeUndefined();
    // (two spellings of one group share a skeleton; two groups sharing one find neither)
    const two = new KnownNames({
      ORG: ['مايكروسوفت', 'ميكروسوفت', 'ويندوزفون', 'ويندزوفون'],
      LOC: [],
      aliases: [['مايكروسوفت', 'ميكروسوفت'], ['ويندوزفون'], ['ويندزوفون']],
    });
    expect(two.aliasOf('مايكروسفت')).toBe(two.aliasOf('مايكروسوفت'));
    expect(two.aliasOf('ويندوزفن')).toBeUndefined();
  });
});

describe('towns abroad', () => {
  it('are claimed alone, but not in sports news, where they name clubs of the continental cups', () => {
    const towns = new KnownNames({
      ORG: [],
      LOC: [],
      townPlaces: ['دايغو', 'غاو'],
      townsAbroad: ['دايغو'],
    });
    const claimed = (sentence: string, sports: boolean) =>
      claimKnownNames(
        towns,
        [sentence.split(' ')],
        [sentence.split(' ').map(() => 'O')],
        () => false,
        () => false,
        sports,
      )[0]!.join(' ');
    expect(claimed('وصل الوفد إلى دايغو أمس', false)).toBe('O O O B-LOC O');
    expect(claimed('وتغلب الهلال على دايغو بهدفين', true)).toBe('O O O O O');
    expect(claimed('وتغلب الهلال في غاو بهدفين', true)).toBe('O O O B-LOC O');
  });
});

describe('one key for the names a dictionary gives one entity, in every article', () => {
  const keys = (text: string) =>
    extractEntities(loadTagger(), text).map((e) => `${e.key} ${e.name}`);
  it('an article that writes one name and one that writes another store the same key', () => {
    const nato = keys('وقال الناتو في بيان إن قواته مستعدة.');
    const alliance = keys('وقال الأمين العام لحلف شمال الأطلسي إن الحلف مستعد.');
    expect(nato).toHaveLength(1);
    expect(alliance).toHaveLength(1);
    expect(nato[0]!.split(' ')[0]).toBe(alliance[0]!.split(' ')[0]);
    // (each keeps the name its article writes)
    expect(nato[0]).toMatch(/ الناتو$/);
    expect(alliance[0]).toMatch(/ حلف شمال الأطلسي$/);
    const sharaa = keys('وأعلن أحمد الشرع أمس قرارا جديدا.');
    const jolani = keys('قال أبو محمد الجولاني في كلمة مصورة إن المعركة طويلة.');
    expect(sharaa[0]!.replace(/ أحمد الشرع$/, '')).toBe(
      jolani[0]!.replace(/ أبو محمد الجولاني$/, ''),
    );
  });

  it('not a place: its key is the one the place cards look up', () => {
    expect(keys('وصل الوفد إلى بريطانيا أمس.')[0]).toMatch(/^LOC:بريطانيا /);
  });
});
