/** Persons the article presents that the tagger left untagged (lib/nlp/presented-persons.ts). */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { claimPresentedPersons, joinGivenNamesBefore } from './presented-persons';

const tagger = loadTagger();
const found = (text: string) => extractEntities(tagger, text).map((e) => `${e.type}:${e.name}`);

/** The rule alone over untagged words, with toy evidence: given names and rare words listed. */
const claimed = (sentence: string, tags?: string) => {
  const tokens = sentence.split(' ');
  const t = tags ? tags.split(' ') : tokens.map(() => 'O');
  const given = new Set(['محمود', 'سلمى', 'هيثم', 'صباح', 'لي']);
  // (عون is a word of names; جريمة is known, الجريمة too)
  claimPresentedPersons([tokens], [t], {
    isGiven: (w) => given.has(w),
    isNameWord: (w) => ['بناني', 'الحاج', 'عون'].includes(w),
    magnitude: (w) => ({ بصل: 2, أمس: 3, الجريمة: 3, جريمة: 3 })[w] ?? -1,
  });
  return t.join(' ');
};

describe('a person the article presents', () => {
  it('after a verb of saying, a title or a role, up to where the clause goes on', () => {
    expect(claimed('اعتبرت سلمى بناني ، المديرة')).toBe('O B-PER I-PER O O');
    // (a word the unlabelled text knows a little ends a name only right before لـ, a comma, إن)
    expect(claimed('وقال المتحدث محمود بصل لـ الجزيرة')).toBe('O O B-PER I-PER O O');
    expect(claimed('وقال المتحدث محمود بصل الجريمة')).toBe('O O O O O');
    // (a given name the tagger found alone goes on)
    expect(claimed('والدكتور هيثم الحاج علي رئيس الهيئة', 'O B-PER O O O O')).toBe(
      'O B-PER I-PER I-PER O O',
    );
  });

  it('a first name no list knows, after a title or a role, with one more word before the clause goes on', () => {
    // (unseen in the unlabelled text: جوزاف، عاصمي; the family name the tagger found alone joins)
    expect(claimed('رئيس الجمهورية جوزاف عون قد شدد')).toBe('O O B-PER I-PER O O');
    expect(claimed('الجنرال عاصمي غويتا قد دعا', 'O O B-PER O O')).toBe('O B-PER I-PER O O');
    expect(claimed('الوزير جوزاف عون ، المكلف')).toBe('O B-PER I-PER O O');
    // (not after a verb of saying, nor without the clause going on right after two words)
    expect(claimed('وقال جوزاف عون إن')).toBe('O O O O');
    expect(claimed('رئيس الجمهورية جوزاف عون الأمين')).toBe('O O O O O');
    expect(claimed('رئيس الجمهورية جوزاف عون بصل قد')).toBe('O O O O O O');
    // (not a word the unlabelled text knows, unless a word of names before one with the article)
    expect(claimed('رئيس الجمهورية الجريمة عون قد')).toBe('O O O O O');
    expect(claimed('الوزير بصل بناني قد')).toBe('O O O O');
  });

  it('a relative, a colleague or a trade presents a person; علي after such a word is the name', () => {
    expect(claimed('وزميلها محمود بناني ، أمس')).toBe('O B-PER I-PER O O');
    expect(claimed('قال المحامي علي بناني ، لـ')).toBe('O O B-PER I-PER O O');
    expect(claimed('وصلت زوجته علي بناني ،')).toBe('O O B-PER I-PER O');
    // (not علي before a word the unlabelled text knows, nor where the clause goes on: the
    // preposition misspelt after a subject)
    expect(claimed('وأكد علي الجريمة ،')).toBe('O O O O');
    expect(claimed('واعتدى السائق علي بناني في الطريق')).toBe('O O O O O O');
    // (nor a noun with another pronoun or none: زميلنا is "our colleague" too, but زميل alone is
    // no one's)
    expect(claimed('وزميل محمود بناني ، أمس')).toBe('O O O O O');
  });

  it('a father’s name that ends like an accusative or a feminine noun, before a family name', () => {
    // (between the given name and a family name of relation or a tribe's plural, before the clause
    // goes on; the family name hardly known)
    expect(claimed('الدكتور محمود عودة المجالي إن', 'O B-PER O O O')).toBe('O B-PER I-PER I-PER O');
    expect(claimed('المهندس محمود عودة الطراونة إن', 'O B-PER O O O')).toBe(
      'O B-PER I-PER I-PER O',
    );
    // (not before a word of everyday use, nor where the clause does not end)
    expect(claimed('المهندس محمود عودة الجريمة إن', 'O B-PER O O O')).toBe('O B-PER O O O');
    expect(claimed('المهندس محمود عودة المجالي في', 'O B-PER O O O')).toBe('O B-PER O O O');
    // (a judge presents a person too)
    expect(claimed('أوضح القاضي علي بناني ، أن')).toBe('O O B-PER I-PER O O');
  });

  it('a listed given name set off by commas, up to the closing comma', () => {
    expect(claimed('صاحب معصرة ، محمود بناني ، بأن')).toBe('O O O B-PER I-PER O O');
    // (not without the closing comma, nor over a word the unlabelled text knows, nor an unlisted
    // first name)
    expect(claimed('صاحب معصرة ، محمود بناني بأن')).toBe('O O O O O O');
    expect(claimed('في ، محمود الجريمة ،')).toBe('O O O O O');
    expect(claimed('في ، جوزاف بناني ،')).toBe('O O O O O');
  });

  it('not without a word that presents them, nor over a word of time or a short word', () => {
    expect(claimed('وشاهد سلمى بناني ، المديرة')).toBe('O O O O O');
    expect(claimed('قابوس قال صباح أمس الرئيس')).toBe('O O O O O');
    expect(claimed('قالت لي بناني ،')).toBe('O O O O');
  });

  it('is found by the product in running text', () => {
    expect(
      found(
        'وقال المتحدث باسم الدفاع المدني في غزة محمود بصل لـ"الجزيرة نت" إن طواقمه بدأت العمل.',
      ),
    ).toContain('PER:محمود بصل');
    expect(found('والدكتور هيثم الحاج علي رئيس الهيئة، الذي أكد أن الدورة ناجحة.')).toContain(
      'PER:هيثم الحاج علي',
    );
  });
});

/** joinGivenNamesBefore alone, with toy evidence. */
const joined = (sentence: string, tags: string) => {
  const t = tags.split(' ');
  const given = new Set(['يوسف', 'سعيد', 'كريم', 'لقاء']);
  const nameWords = new Set([
    'رنا',
    'سرى',
    'كريم',
    'غياب',
    'روضة',
    'يوسف',
    'سعيد',
    'الطيب',
    'الأمين',
  ]);
  joinGivenNamesBefore([sentence.split(' ')], [t], {
    isGiven: (w) => given.has(w),
    isNameWord: (w) => nameWords.has(w),
    magnitude: (w) => ({ رنا: 1, سرى: 2, كريم: 2, ريم: 2, غياب: 2, روضة: 2 })[w] ?? -1,
  });
  return t.join(' ');
};

describe('a given name the tagger left before a father’s name', () => {
  it('joins the person, after punctuation, a place or a word with the article', () => {
    expect(joined('المرشحة رنا يوسف عيتاني أن', 'O O B-PER I-PER O')).toBe('O B-PER I-PER I-PER O');
    expect(joined('الأنبار سرى عبد الستار الدليمي', 'B-LOC O B-PER I-PER I-PER')).toBe(
      'B-LOC B-PER I-PER I-PER I-PER',
    );
    // (كريم is no ك + ريم)
    expect(joined('وهم : كريم سعيد عبد العال', 'O O O B-PER I-PER I-PER')).toBe(
      'O O B-PER I-PER I-PER I-PER',
    );
    // (a given name with the article the Maghreb and Sudan give, before عبد or a given name;
    // not a title or an adjective with the article: الأمين)
    expect(joined('المزارع الطيب عبد الله محمد ،', 'O O B-PER I-PER I-PER O')).toBe(
      'O B-PER I-PER I-PER I-PER O',
    );
    expect(joined('المزارع الأمين عبد الله محمد ،', 'O O B-PER I-PER I-PER O')).toBe(
      'O O B-PER I-PER I-PER O',
    );
    // (a given name of a list that no list of name words holds is as often a noun whose
    // genitive the person is: لقاء | أحمد الشرع)
    expect(joined('التلفزيون لقاء يوسف عيتاني ،', 'O O B-PER I-PER O')).toBe('O O B-PER I-PER O');
    // (after what is done to a person, whose genitive they are: استدعاء كريم عادل البنا)
    expect(joined('المفاجأة استدعاء كريم سعيد عبد العال ،', 'O O O B-PER I-PER I-PER O')).toBe(
      'O O B-PER I-PER I-PER I-PER O',
    );
    // (…a given name of the lists: not a word of names that is a trade, ضم جناح | محمد)
    expect(joined('المفاجأة ضم روضة سعيد عبد العال ،', 'O O O B-PER I-PER I-PER O')).toBe(
      'O O O B-PER I-PER I-PER O',
    );
    // (a given name of two words written joined, which no list holds: عبدالقوي)
    expect(joined('الخدمات عبدالقوي سعيد المخلافي ،', 'O O B-PER I-PER O')).toBe(
      'O B-PER I-PER I-PER O',
    );
  });

  it('not a noun the person is the genitive of, nor before a one-word name', () => {
    // (غياب is a word of names the unlabelled text knows no better than رنا: only the word
    // before it, a noun in the construct state, says it is no given name here)
    expect(joined('إمكانية غياب يوسف عيتاني عن', 'O O B-PER I-PER O')).toBe('O O B-PER I-PER O');
    expect(joined('وضريح روضة يوسف عيتاني', 'O O B-PER I-PER')).toBe('O O B-PER I-PER');
    expect(joined('المرشحة رنا عيتاني أن', 'O O B-PER O')).toBe('O O B-PER O');
    // (nor before a family name alone: the next word must be a given name)
    expect(joined('المرشحة رنا عيتاني العبد أن', 'O O B-PER I-PER O')).toBe('O O B-PER I-PER O');
  });
});
