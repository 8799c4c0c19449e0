import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { joinNames, joinNationalFamilyNames } from './name-joins';

const seq = (s: string) => s.split(' ');
/** Words the unlabelled text hardly knows, for these tests. */
const rare = new Set(['تليغراف', 'جورنال', 'بوريس', 'ستريت', 'البريطانية']);
/** Joins one sentence; `lists.orgs` are the organisations behind a preposition. */
const join = (sentence: string, tags: string, lists: { orgs?: Set<string> } = {}) => {
  const t = [seq(tags)];
  joinNames(
    [seq(sentence)],
    t,
    (token) => rare.has(token),
    undefined,
    undefined,
    (w) => lists.orgs?.has(w) ?? false,
  );
  return t[0]!.join(' ');
};

describe('names joined where the tagger cut them', () => {
  it('gives a person the word after a linking word the name ended with', () => {
    expect(join('وقال أشرف بن عبد السلام إن', 'O B-PER I-PER I-PER O O')).toBe(
      'O B-PER I-PER I-PER I-PER O',
    );
    expect(join('التقى محمد بن سلمان أمس', 'O B-PER I-PER O O')).toBe('O B-PER I-PER I-PER O');
    // Not a function word, a word with a proclitic, punctuation, or a word already tagged.
    expect(join('قال محمد بن في', 'O B-PER I-PER O')).toBe('O B-PER I-PER O');
    expect(join('قال محمد بن وقال', 'O B-PER I-PER O')).toBe('O B-PER I-PER O');
    expect(join('قال محمد بن .', 'O B-PER I-PER O')).toBe('O B-PER I-PER O');
    expect(join('قال محمد بن تونس', 'O B-PER I-PER B-LOC')).toBe('O B-PER I-PER B-LOC');
    // A place or an organisation ending with such a word is left as it is.
    expect(join('في بئر أبو سلام', 'O B-LOC I-LOC O')).toBe('O B-LOC I-LOC O');
  });

  it('ends a Turkish or Persian family name with its suffix', () => {
    expect(join('منح هاكان شالهان أوغلو التقدم', 'O B-PER I-PER O O')).toBe(
      'O B-PER I-PER I-PER O',
    );
    expect(join('قال داود اوغلو', 'O B-PER O')).toBe('O B-PER I-PER');
    // Not after a place, and not when nothing was tagged before it.
    expect(join('في أنقرة أوغلو', 'O B-LOC O')).toBe('O B-LOC O');
    expect(join('قال أوغلو', 'O O')).toBe('O O');
  });

  it("takes a media name's foreign words after the one the tagger found", () => {
    expect(join('في صحيفة صنداي تليغراف :', 'O O B-ORG O O')).toBe('O O B-ORG I-ORG O');
    expect(join('لصحيفة وول ستريت جورنال أن', 'O B-ORG O O O')).toBe('O B-ORG I-ORG I-ORG O');
    expect(join('في صحيفة صنداي تليغراف :', 'O O B-ORG B-ORG O')).toBe('O O B-ORG I-ORG O');
    // …but not into an organisation of several words after it.
    expect(join('صحيفة صنداي تليغراف جورنال', 'O B-ORG B-ORG I-ORG')).toBe('O B-ORG B-ORG I-ORG');
    // A word the unlabelled text knows is not a foreign name (صحيفة الأهرام اليوم), nor a word
    // with the article, however rare (an adjective).
    expect(join('صحيفة ديلي ميل البريطانية', 'O B-ORG I-ORG O')).toBe('O B-ORG I-ORG O');
    expect(join('صحيفة الأهرام اليوم', 'O B-ORG O')).toBe('O B-ORG O');
    // Without a media head before it, an organisation keeps its span.
    expect(join('شركة صنداي تليغراف', 'O B-ORG O')).toBe('O B-ORG O');
  });

  it('ends a radio at أف أم and keeps the person named after it apart', () => {
    expect(join('لمراسلة جوهرة أف أم نسرين علوش إن', 'O B-PER I-PER I-PER I-PER I-PER O')).toBe(
      'O B-ORG I-ORG I-ORG B-PER I-PER O',
    );
    expect(join('إذاعة موزاييك إف إم', 'O B-ORG I-ORG I-ORG')).toBe('O B-ORG I-ORG I-ORG');
    // The letters alone, or أم alone (mother), are no radio.
    expect(join('قالت أم كلثوم', 'O B-PER I-PER')).toBe('O B-PER I-PER');
  });

  it('gives a person named several times the word with the article that follows each time', () => {
    const sentences = ['قال مولاي حفيظ العلمي إن', 'وأضاف حفيظ العلمي أمس', 'ويرى حفيظ العلمي'];
    const t = [seq('O O B-PER O O'), seq('O B-PER O O'), seq('O B-PER O')];
    joinNames(sentences.map(seq), t, () => false);
    expect(t.map((x) => x.join(' '))).toEqual([
      'O B-PER I-PER I-PER O',
      'O B-PER I-PER O',
      'O B-PER I-PER',
    ]);
    // Twice, only a rare word (الشرفي, not الحرب).
    const twice = [seq('O B-PER O'), seq('O B-PER O')];
    joinNames([seq('قال نتنياهو الحرب'), seq('وقاد نتنياهو الحرب')], twice, () => false);
    expect(twice).toEqual([seq('O B-PER O'), seq('O B-PER O')]);
    const rareTwice = [seq('O B-PER O'), seq('O B-PER O')];
    joinNames([seq('قال حفيظ الشرفي'), seq('وأضاف حفيظ الشرفي')], rareTwice, (w) => w === 'شرفي');
    expect(rareTwice).toEqual([seq('O B-PER I-PER'), seq('O B-PER I-PER')]);
    // Not once, not when another word follows elsewhere, not a day, not a nationality.
    const once = [seq('O B-PER O')];
    joinNames([seq('قال حفيظ العلمي')], once, () => false);
    expect(once[0]).toEqual(seq('O B-PER O'));
    const mixed = [seq('O B-PER O'), seq('O B-PER O')];
    joinNames([seq('قال حفيظ العلمي'), seq('قال حفيظ الخميس')], mixed, () => false);
    expect(mixed).toEqual([seq('O B-PER O'), seq('O B-PER O')]);
    // Not a word the article uses elsewhere too (نتنياهو الحرب … الحرب).
    const war = [seq('O B-PER O O O'), seq('O B-PER O O'), seq('O O O')];
    joinNames(
      [
        seq('أعلن نتنياهو الحرب على حماس'),
        seq('وقاد نتنياهو الحرب بنفسه'),
        seq('وطالت الحرب المدينة'),
      ],
      war,
      () => false,
    );
    expect(war[0]).toEqual(seq('O B-PER O O O'));
    const day = [seq('O B-PER O'), seq('O B-PER O')];
    joinNames([seq('قال ماكرون الخميس'), seq('وقال ماكرون الخميس')], day, () => false);
    expect(day).toEqual([seq('O B-PER O'), seq('O B-PER O')]);
    const nationality = [seq('O B-PER O'), seq('O B-PER O')];
    joinNames(
      [seq('قال ماكرون الفرنسي'), seq('وقال ماكرون الفرنسي')],
      nationality,
      () => false,
      (token) => token === 'الفرنسي',
    );
    expect(nationality).toEqual([seq('O B-PER O'), seq('O B-PER O')]);
  });

  it('takes مولاي into the name after it, not into a place', () => {
    expect(join('استقبل مولاي رشيد الوفد', 'O O B-PER O')).toBe('O B-PER I-PER O');
    expect(join('في مولاي إدريس', 'O O B-LOC')).toBe('O O B-LOC');
    // Not where the dictionary knows the joined words as a place (الأمير مولاي رشيد, the prince;
    // مولاي رشيد is also a town) — unless a place's head is before them.
    const prince = [seq('استقبل الأمير مولاي رشيد الوفد')];
    prince[0] = ['O', 'O', 'O', 'B-PER', 'O'];
    joinNames(
      [seq('استقبل الأمير مولاي رشيد الوفد')],
      prince,
      () => false,
      () => false,
      (w) => w.join(' ') === 'مولاي رشيد',
    );
    expect(prince[0]).toEqual(['O', 'O', 'O', 'B-PER', 'O']);
    // …and a square named after him is a place (بساحة مولاي الحسن).
    expect(join('مظلة بساحة مولاي الحسن بالعاصمة', 'O O O B-PER O')).toBe('O B-LOC I-LOC I-LOC O');
  });

  it('takes out of initials a person the article names alone', () => {
    const sentences = ['وصفت شبكة سي إن إن ترامب بأنه', 'وقال ترامب إن'];
    const t = [seq('O O B-ORG I-ORG I-ORG I-ORG O'), seq('O B-PER O')];
    joinNames(sentences.map(seq), t, () => false);
    expect(t[0]!.join(' ')).toBe('O O B-ORG I-ORG I-ORG B-PER O');
    // Not where the article names no such person, nor after a name that is not initials.
    const alone = [seq('O O B-ORG I-ORG I-ORG I-ORG O')];
    joinNames([seq('وصفت شبكة سي إن إن ترامب بأنه')], alone, () => false);
    expect(alone[0]!.join(' ')).toBe('O O B-ORG I-ORG I-ORG I-ORG O');
    const words = [seq('O B-ORG I-ORG I-ORG O'), seq('O B-PER O')];
    joinNames([seq('قال جامعة جونز هوبكنز إن'), seq('قال هوبكنز إن')], words, () => false);
    expect(words[0]!.join(' ')).toBe('O B-ORG I-ORG I-ORG O');
  });

  it('a nationality right after a name of two words is its family name', () => {
    const nat = new Set([
      'السوداني',
      'البريطاني',
      'الأرجنتينيين',
      'العراقي',
      'السوري',
      'الإسرائيلية',
      'الإسباني',
      'الصربي',
      'الأردني',
    ]);
    const fam = (sentence: string, tags: string) => {
      const t = [seq(tags)];
      joinNationalFamilyNames([seq(sentence)], t, (w) => nat.has(w));
      return t[0]!.join(' ');
    };
    expect(fam('ترأس محمد شياع السوداني الاجتماع', 'O B-PER I-PER O O')).toBe(
      'O B-PER I-PER I-PER O',
    );
    // Not after one word, nor a plural, nor "of British nationality", nor one before the name.
    expect(fam('قال شياع السوداني إن', 'O B-PER O O')).toBe('O B-PER O O');
    expect(fam('هيغوين وفرناندو غاغو الأرجنتينيين', 'B-PER B-PER I-PER O')).toBe(
      'B-PER B-PER I-PER O',
    );
    expect(fam('أبو عبد الله البريطاني الجنسية', 'B-PER I-PER I-PER O O')).toBe(
      'B-PER I-PER I-PER O O',
    );
    expect(fam('رئيس الوزراء العراقي محمد شياع', 'O O O B-PER I-PER')).toBe('O O O B-PER I-PER');
    // Nor after a noun it is the genitive of, a feminine form, or before the next person.
    expect(fam('نظام بشار الأسد السوري', 'O B-PER I-PER O')).toBe('O B-PER I-PER O');
    expect(fam('قالت بنيامين نتنياهو الإسرائيلية', 'O B-PER I-PER O')).toBe('O B-PER I-PER O');
    expect(fam('هزم نوفاك ديوكوفيتش الإسباني رافائيل نادال', 'O B-PER I-PER O B-PER I-PER')).toBe(
      'O B-PER I-PER O B-PER I-PER',
    );
    // Nor the last of a list whose person before it has a nationality of their own — a title's
    // nationality is not one (والعاهل الأردني ومحمد شياع السوداني).
    expect(fam('القمة والعاهل الأردني ومحمد شياع السوداني رئيس', 'O O O B-PER I-PER O O')).toBe(
      'O O O B-PER I-PER I-PER O',
    );
    expect(
      fam(
        'فاز نوفاك ديوكوفيتش الصربي وكارلوس ألكاراز الإسباني أمس',
        'O B-PER I-PER O B-PER I-PER O O',
      ),
    ).toBe('O B-PER I-PER O B-PER I-PER O O');
  });

  it('takes out of a person the organisation they speak to or work for, behind its preposition', () => {
    const orgs = new Set(['لرويترز', 'لإنفيديا']);
    const split = (sentence: string, tags: string) => join(sentence, tags, { orgs });
    expect(split('وقال عبد السلام الفيتوري لرويترز إن', 'O B-PER I-PER I-PER I-PER O')).toBe(
      'O B-PER I-PER I-PER B-ORG O',
    );
    expect(split('التنفيذي لإنفيديا جنسن هوانغ الاتفاق', 'O B-PER I-PER I-PER O')).toBe(
      'O B-ORG B-PER I-PER O',
    );
    // A person of two words is left whole (لرويترز alone is no person's name to keep).
    expect(split('قال الفيتوري لرويترز', 'O B-PER I-PER')).toBe('O B-PER I-PER');
  });

  it('makes a website of a name ending in دوت كوم, whatever the tagger made of it', () => {
    expect(join('وذكر موقع وياكم دوت كوم أن', 'O O B-PER I-PER I-PER O')).toBe(
      'O O B-ORG I-ORG I-ORG O',
    );
    expect(join('وذكر موقع وياكم دوت كوم أن', 'O O O B-PER I-PER O')).toBe(
      'O O B-ORG I-ORG I-ORG O',
    );
    expect(join('موقع العربية دوت نت محمد علي', 'O B-ORG I-ORG I-ORG I-ORG I-ORG')).toBe(
      'O B-ORG I-ORG I-ORG B-ORG I-ORG',
    );
    // Not after a function word, nor "dot" alone.
    expect(join('قال إن دوت كوم', 'O O O O')).toBe('O O O O');
    expect(join('قال وياكم دوت', 'O B-PER I-PER')).toBe('O B-PER I-PER');
  });

  it('takes nothing on bad input', () => {
    const empty: string[][] = [[]];
    joinNames([[]], empty, () => true);
    expect(empty).toEqual([[]]);
    expect(join('بن', 'B-PER')).toBe('B-PER');
    expect(join('x'.repeat(10_000), 'B-PER')).toBe('B-PER');
  });
});

describe('with the shipped model, in an article', () => {
  const tagger = loadTagger();
  const names = (text: string) => extractEntities(tagger, text).map((e) => `${e.type}:${e.name}`);

  it('finds the whole names the tagger cut', () => {
    const text =
      'وقال المتحدث أشرف بن عبد السلام إن الاتفاق تم أمس. ' +
      'وحضر الندوة عدد من الأساتذة بينهم وعبد المجيد الشرفي. ' +
      'وذكرت صحيفة صنداي تليغراف أن الحكومة ستعلن القرار.';
    const found = names(text);
    expect(found).toContain('PER:أشرف بن عبد السلام');
    expect(found).toContain('PER:عبد المجيد الشرفي');
    expect(found).toContain('ORG:صنداي تليغراف');
    expect(found).not.toContain('PER:أشرف بن عبد');
  });

  it('does not take على misspelt علي into a name after عبد', () => {
    const found = names(
      'وكان الدكتور عبد العاطي قد التقى الوفد أمس. كما أكد عبد العاطي علي ضرورة بذل الجهد.',
    );
    expect(found.filter((n) => n.includes('العاطي'))).toEqual(['PER:عبد العاطي']);
  });
});
