import { describe, expect, it } from 'vitest';
import { headedPlace } from './area-words';
import { claimInstitutionsNamedByPlaces, claimPlacesAfterHeads } from './place-heads';
import { normalizeWord } from '../text/normalize';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';

const seq = (s: string) => s.split(' ');
/** Both passes, in document.ts's order. */
const claim = (sentences: string[], tags: string[]) => {
  const t = tags.map(seq);
  claimPlacesAfterHeads(sentences.map(seq), t);
  claimInstitutionsNamedByPlaces(sentences.map(seq), t);
  return t.map((x) => x.join(' '));
};

describe('an institution named by its place', () => {
  it('is that institution, with a word between and its adjectives of relation', () => {
    expect(claim(['قضت محكمة جنايات القاهرة المنعقدة في'], ['O O O B-LOC O O'])).toEqual([
      'O B-ORG I-ORG I-ORG O O',
    ]);
    expect(claim(['افتتح مهرجان القاهرة السينمائي الدولي دورته'], ['O O B-LOC O O O'])).toEqual([
      'O B-ORG I-ORG I-ORG I-ORG O',
    ]);
  });

  it('a company or a bank too, not what it is for nor who owns it', () => {
    expect(claim(['أعلنت شركة نفط البصرة توقف'], ['O O O B-LOC O'])).toEqual([
      'O B-ORG I-ORG I-ORG O',
    ]);
    expect(claim(['تطالب شركة نفط نيبال الحكومية بأن'], ['O O O B-LOC O O'])).toEqual([
      'O B-ORG I-ORG I-ORG O O',
    ]);
    expect(claim(['قال بنك الكويت الوطني إن'], ['O O B-LOC O O'])).toEqual([
      'O B-ORG I-ORG I-ORG O',
    ]);
    expect(claim(['إنشاء بنك للعيون بمصر قبل'], ['O O O B-LOC O'])).toEqual(['O O O B-LOC O']);
    expect(claim(['رئيس شركة الرباط الجهة للتهيئة'], ['O O B-LOC O O'])).toEqual(['O O B-LOC O O']);
  });

  it('not with the article, nor two words between, nor another head', () => {
    for (const [s, t] of [
      ['قالت المحكمة القاهرة', 'O O B-LOC'],
      ['محكمة جنايات شمال القاهرة', 'O O O B-LOC'],
      ['وصل وفد القاهرة', 'O O B-LOC'],
    ])
      expect(claim([s!], [t!])).toEqual([t]);
  });
});

describe('an organisation introduced by its kind in quotes', () => {
  it('is that organisation where the tagger took the same words for a person', () => {
    expect(
      claim(
        ['أعلنت شركة « هيوماين » أمس', 'وقال رئيس « هيوماين » إن', 'تعتمد هيوماين على'],
        ['O O O B-ORG O O', 'O O O B-PER O O', 'O B-PER O'],
      ),
    ).toEqual(['O O O B-ORG O O', 'O O O B-ORG O O', 'O B-ORG O']);
  });

  it('not without the quotes: a company named after its founder, a coach’s team', () => {
    expect(claim(['أسس شركة ديمورا', 'وقال ديمورا إن'], ['O O B-ORG', 'O B-PER O'])).toEqual([
      'O O B-ORG',
      'O B-PER O',
    ]);
  });
});

describe('a place after an area’s head', () => {
  it('is a place whatever the tagger made of it, with the first word it left out', () => {
    expect(claim(['في بلدية سيدي عامر ،'], ['O O O B-PER O'])).toEqual(['O O B-LOC I-LOC O']);
    expect(claim(['مع محافظة صلاح الدين .'], ['O O B-PER I-PER O'])).toEqual(['O O B-LOC I-LOC O']);
    expect(claim(['من بلدية بني يلمان'], ['O O B-ORG I-ORG'])).toEqual(['O O B-LOC I-LOC']);
  });

  it('takes a place’s first word and the word after it where the tagger saw nothing', () => {
    expect(
      claim(
        ['حادث بين عين الملح وسيدي عامر', 'في بلدية عين الملح .'],
        ['O O O O O O', 'O O O O O'],
      ),
    ).toEqual(['O O B-LOC I-LOC O O', 'O O B-LOC I-LOC O']);
    // Not a function word after it, nor without the head.
    expect(claim(['في بلدية عين من'], ['O O O O'])).toEqual(['O O O O']);
    expect(claim(['رأى بعين الملح'], ['O O O'])).toEqual(['O O O']);
  });

  it('and so are the article’s other mentions of that name', () => {
    expect(
      claim(
        ['في بلدية سيدي عامر', 'قال أحد سكان وسيدي عامر إن'],
        ['O O O B-PER', 'O O O O B-PER O'],
      ),
    ).toEqual(['O O B-LOC I-LOC', 'O O O B-LOC I-LOC O']);
  });

  it('a place of one word too, as written or behind a proclitic, where the tagger saw nothing', () => {
    // (الشويفات: a word the unlabelled text hardly knows, claimed after بلدية)
    const rare = (sentences: string[], tags: string[]) => {
      const t = tags.map(seq);
      claimPlacesAfterHeads(sentences.map(seq), t, (w) => /شويفات|^بحنين$/.test(w));
      return t;
    };
    expect(
      rare(
        ['قالت بلدية الشويفات إن', 'وأهالي الشويفات يشكون', 'وصل إلى بالشويفات أمس'],
        ['O O O O', 'O O O', 'O O O O'],
      ),
    ).toEqual([
      ['O', 'O', 'B-LOC', 'O'],
      ['O', 'B-LOC', 'O'],
      ['O', 'O', 'B-LOC', 'O'],
    ]);
    // (as written: بحنين keeps its ب — حنين "longing" and تغني حنين stay words)
    expect(
      rare(
        ['قالت بلدية بحنين إن', 'ويشعر المغتربون بحنين إلى الوطن', 'وأهالي بحنين يشكون'],
        ['O O O O', 'O O O O O', 'O O O'],
      ),
    ).toEqual([
      ['O', 'O', 'B-LOC', 'O'],
      ['O', 'O', 'B-LOC', 'O', 'O'],
      ['O', 'B-LOC', 'O'],
    ]);
    // (nor after a demonstrative: هذه الشويفات is no place's mention)
    expect(rare(['في بلدية الشويفات', 'وتعد هذه الشويفات'], ['O O O', 'O O O'])[1]).toEqual([
      'O',
      'O',
      'O',
    ]);
    // (not a word the tagger gave another type, nor a word merely containing it)
    expect(
      rare(
        ['في منطقة الشويفات', 'قال الشويفاتي إن', 'قال مسؤول الشويفاتي'],
        ['O O O', 'O B-PER O', 'O O O'],
      ),
    ).toEqual([
      ['O', 'O', 'B-LOC'],
      ['O', 'B-PER', 'O'],
      ['O', 'O', 'O'],
    ]);
  });

  it('after a word that means something else too, only with a place’s first word', () => {
    expect(
      claim(['خلال ولاية ترامب الأولى', 'وقال ترامب إنه'], ['O O B-PER O', 'O B-PER O']),
    ).toEqual(['O O B-PER O', 'O B-PER O']);
    expect(claim(['من دائرة نتنياهو المقربة'], ['O O B-PER O'])).toEqual(['O O B-PER O']);
    expect(claim(['في ولاية سيدي بوزيد'], ['O O O B-PER'])).toEqual(['O O B-LOC I-LOC']);
    // (a group is no area: جماعة الإخوان stays an organisation)
    expect(claim(['قادة جماعة الإخوان'], ['O O B-ORG'])).toEqual(['O O B-ORG']);
  });

  it('a single rare word after a district’s, a camp’s or an ambiguous area’s word, or a dual', () => {
    const rare = (w: string) =>
      ['الجبايش', 'الشميسي', 'السبخة', 'البليدة'].map(normalizeWord).includes(w);
    const heads = (s: string, t: string, listed: (w: string) => boolean = () => false) => {
      const tags = [seq(t)];
      claimPlacesAfterHeads(
        [seq(s)],
        tags,
        (w) => rare(`ال${w}`) || rare(w),
        () => false,
        listed,
      );
      return tags[0]!.join(' ');
    };
    expect(heads('قرب قضاء الجبايش في', 'O O O O')).toBe('O O B-LOC O');
    expect(heads('بحي الشميسي في', 'O O O')).toBe('O B-LOC O');
    expect(heads('في مقاطعتي السبخة والميناء', 'O O O O')).toBe('O O B-LOC O');
    expect(heads('أسواق ولاية البليدة ،', 'O O O O')).toBe('O O B-LOC O');
    // (not an adjective without the article, a person's name after a term of office, nor after
    // محلية, "local" as often)
    const person = (w: string) => w === 'تبون';
    const terms = (s: string, t: string) => {
      const tags = [seq(t)];
      claimPlacesAfterHeads(
        [seq(s)],
        tags,
        () => true,
        () => false,
        () => false,
        person,
      );
      return tags[0]!.join(' ');
    };
    expect(terms('دخول منطقة ملغومة في', 'O O O O')).toBe('O O O O');
    expect(terms('خلال ولاية تبون الثانية', 'O O O O')).toBe('O O O O');
    expect(terms('صحيفة محلية موزمبيقية إن', 'O O O O')).toBe('O O O O');
    expect(terms('أسواق ولاية البليدة ،', 'O O O O')).toBe('O O B-LOC O');
    // (a village's name may end so: قرية عرابة)
    expect(terms('في قرية عرابة جنوب', 'O O O O')).toBe('O O B-LOC O');
    // (not a common word after them, nor after دائرة, a department as often: دائرة الأفلاج)
    expect(heads('قضاء العطلة في', 'O O O')).toBe('O O O');
    expect(heads('مدير دائرة الجبايش', 'O O O')).toBe('O O O');
    // (a place the dictionary lists after a head that is only an area's; not after ولاية)
    const listed = (w: string) => w === 'طوخ';
    expect(heads('التابعة لمحافظة طوخ', 'O O O', listed)).toBe('O O B-LOC');
    expect(heads('خلال ولاية طوخ', 'O O O', listed)).toBe('O O O');
  });

  it('a neighbourhood or a camp the tagger took for a person', () => {
    expect(claim(['في حي الشيخ جراح'], ['O O B-PER I-PER'])).toEqual(['O O B-LOC I-LOC']);
    expect(claim(['داخل مخيم عين الحلوة'], ['O O B-ORG I-ORG'])).toEqual(['O O B-LOC I-LOC']);
  });

  it('leaves a person alone without such a head, or after a head with the article', () => {
    expect(claim(['وقال صلاح الدين إن'], ['O B-PER I-PER O'])).toEqual(['O B-PER I-PER O']);
    expect(claim(['رئيس البلدية صلاح الدين'], ['O O B-PER I-PER'])).toEqual(['O O B-PER I-PER']);
  });
});

describe('bad input', () => {
  it('no sentence, an empty sentence, one word, a head at the end: nothing changes, nothing throws', () => {
    const none: string[][] = [];
    claimPlacesAfterHeads([], none);
    expect(none).toEqual([]);
    const empty = [[]] as string[][];
    claimPlacesAfterHeads([[]], empty);
    expect(empty).toEqual([[]]);
    expect(claim(['بلدية'], ['O'])).toEqual(['O']);
    expect(claim(['في بلدية سيدي'], ['O O O'])).toEqual(['O O O']);
    expect(claim(['محكمة'], ['B-LOC'])).toEqual(['B-LOC']);
  });
});

describe('a place as the article writes it with its area’s word', () => {
  const tok = (s: string) => s.split(' ').map((text) => ({ text, start: 0, end: 0 }));
  it('is the area’s word and the mention, behind a proclitic too', () => {
    expect(headedPlace(tok('في محافظة الكرك مساء'), ['O', 'O', 'B-LOC', 'O'], 2, 'الكرك')).toEqual({
      headed: 'محافظة الكرك',
    });
    expect(headedPlace(tok('وقع بحي الروضة أمس'), ['O', 'O', 'B-LOC', 'O'], 2, 'الروضة')).toEqual({
      headed: 'حي الروضة',
    });
  });

  it('is nothing after another word, a tagged word or at the start', () => {
    expect(headedPlace(tok('في الكرك مساء'), ['O', 'B-LOC', 'O'], 1, 'الكرك')).toEqual({});
    expect(headedPlace(tok('محافظة الكرك'), ['B-LOC', 'I-LOC'], 1, 'الكرك')).toEqual({});
    expect(headedPlace(tok('الكرك'), ['B-LOC'], 0, 'الكرك')).toEqual({});
  });
});

describe("an area's word inside a person's span", () => {
  it('makes it a place, behind a preposition too, and the name without its ب', () => {
    expect(claim(['من سكان بمقاطعة عرفات إن'], ['O O B-PER I-PER O'])).toEqual([
      'O O B-LOC I-LOC O',
    ]);
    expect(claim(['وقال مختار قرية الكرامة إن'], ['O O B-PER I-PER O'])).toEqual([
      'O O B-LOC I-LOC O',
    ]);
    const found = extractEntities(
      loadTagger(),
      'وأفاد سكان بمقاطعة عرفات في نواكشوط أن المياه انقطعت منذ يومين.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('LOC:مقاطعة عرفات');
    expect(found.some((n) => n.includes('بمقاطعة'))).toBe(false);
  });
  it('not a word that is no area’s, and not a span of one word', () => {
    expect(claim(['قال محمد عرفات إن'], ['O B-PER I-PER O'])).toEqual(['O B-PER I-PER O']);
    expect(claim(['في قرية أمس'], ['O B-PER O'])).toEqual(['O B-PER O']);
    expect(claim(['رواية حي بن يقظان للفيلسوف'], ['O B-PER I-PER I-PER O'])).toEqual([
      'O B-PER I-PER I-PER O',
    ]);
  });
});
