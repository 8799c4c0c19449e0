/** A person the text introduces by who they are (lib/nlp/introduced-names.ts), with the shipped model. */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { familyAfter, isIntroduced } from './introduced-names';
import { tokenize } from './tokenize';

const tagger = loadTagger();
const persons = (text: string) =>
  extractEntities(tagger, text)
    .filter((e) => e.type === 'PER')
    .map((e) => e.name);

describe('a person introduced by a title, a word for them or a role and its body', () => {
  it('keeps the family name after a given and a father’s name, though it is also a word', () => {
    expect(
      persons('وقال رئيس قسم الطوارئ الدكتور ياسر عوني الشاعر إن المستشفى "يحتاج إلى دعم".'),
    ).toEqual(['ياسر عوني الشاعر']);
    expect(
      persons('وقال مدير التشغيل، المهندس عثمان بابكر الأمين، لـ«سودان تربيون» إن المحطة توقفت.'),
    ).toEqual(['عثمان بابكر الأمين']);
    // (a role and the body it serves in, the body tagged; a family name without the article)
    expect(persons('وقال رئيس بلدية بنت جبيل عفيف حسن بزي لـ«النهار» إن الناس خائفون.')).toEqual([
      'عفيف حسن بزي',
    ]);
    // (a compound given name; after the family name the tagger's extension gave it)
    expect(
      persons(
        'وقال التاجر عبد السلام المبروك الورفلي، الذي احترق مخزنه بالكامل، إن الخسائر كبيرة.',
      ),
    ).toEqual(['عبد السلام المبروك الورفلي']);
  });

  it('takes in a given name before it, one the Maghreb and Sudan write with the article too', () => {
    expect(
      persons(
        'وقال مدرب المحرق خليفة جاسم البنعلي في تصريح لـ«البلاد» عقب المباراة إن الأداء جيد.',
      ),
    ).toEqual(['خليفة جاسم البنعلي']);
    expect(
      persons('وقال المواطن الطيب حامد آدم، وهو صاحب مخبز في السوق، إن الأسعار ارتفعت.'),
    ).toEqual(['الطيب حامد آدم']);
  });

  it('not the verb’s object, a plural, a time or a title after the name', () => {
    expect(persons('وأدان محافظ تعز نبيل شمسان الجريمة، ووصفها بأنها جريمة نكراء.')).toEqual([
      'نبيل شمسان',
    ]);
    expect(persons('كما هنأ الرئيس محمود عباس الناجحين، في اتصالات هاتفية.')).toEqual([
      'محمود عباس',
    ]);
    expect(persons('وقال المتحدث أحمد حسن الثلاثاء إن الوفد وصل.')).toEqual(['أحمد حسن']);
    // (after a verb that takes an object, the object before a comma; a person the lists know)
    expect(persons('وتفقد محافظ الجيزة أحمد راشد الموقع، واستمع إلى شرح.')).toEqual(['أحمد راشد']);
    expect(persons('واستقبل الرئيس محمود عباس الوفد، وبحث معه التطورات.')).toEqual(['محمود عباس']);
    // (a noun with a possessive pronoun)
    expect(persons('وواصل القاضي طارق البيطار تحقيقاته، رغم الضغوط.')).toEqual(['طارق البيطار']);
  });
});

describe('familyAfter', () => {
  const checks = {
    isGivenName: (w: string) => ['أحمد', 'ياسر'].includes(w),
    isNationality: (w: string) => w === 'المصري',
    magnitude: (f: string) => (f === 'امس' ? 3 : 0),
    isListedPerson: (w: string[]) => w.join(' ') === 'ياسر عباس',
  };
  const after = (sentence: string, a: number, b: number) => {
    const tokens = tokenize(sentence);
    const tags = tokens.map((_, i) => (i === a ? 'B-PER' : i > a && i < b ? 'I-PER' : 'O'));
    return isIntroduced(tokens, tags, a, a) && familyAfter(tokens, tags, a, b, checks);
  };

  it('asks for an introduction, two names before, a word of names and the clause going on', () => {
    expect(after('قال الدكتور أحمد حسن الشاعر إن', 2, 4)).toBe(true);
    expect(after('قال الدكتور أحمد حسن قمصية ،', 2, 4)).toBe(true);
    // (no introduction; the first word no given name; three names already)
    expect(after('قال أحمد حسن الشاعر إن', 1, 3)).toBe(false);
    expect(after('قال الدكتور سمير حسن الشاعر إن', 2, 4)).toBe(false);
    expect(after('قال الدكتور أحمد حسن علي الشاعر إن', 2, 5)).toBe(false);
    // (the clause does not go on; a nationality; a common word without the article)
    expect(after('قال الدكتور أحمد حسن الشاعر الكبير', 2, 4)).toBe(false);
    expect(after('قال الدكتور أحمد حسن المصري إن', 2, 4)).toBe(false);
    expect(after('قال الدكتور أحمد حسن أمس إن', 2, 4)).toBe(false);
    // (a person the lists know by the two names; before a comma, no verb of saying before)
    expect(after('قال الدكتور ياسر عباس الشاعر إن', 2, 4)).toBe(false);
    expect(after('زار الدكتور أحمد حسن الموقع ،', 2, 4)).toBe(false);
    expect(after('قال الدكتور أحمد حسن الشاعر ،', 2, 4)).toBe(true);
  });
});
