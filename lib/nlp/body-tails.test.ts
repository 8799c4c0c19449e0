/** The ends of bodies' names the tagger cut short (lib/nlp/body-tails.ts). */
import { describe, expect, it } from 'vitest';
import { completeBodyNames } from './body-tails';

const seq = (s: string) => s.split(' ');
const nationalities = [
  'الأميركي',
  'الفلسطينية',
  'الإيطالي',
  'السوري',
  'العربي',
  'الروسية',
  'الجزائريين',
];
const completed = (sentence: string, tags: string) => {
  const t = [seq(tags)];
  completeBodyNames(
    [seq(sentence)],
    t,
    (w) => nationalities.includes(w),
    (w) => ['لبنان', 'لندن'].includes(w),
    (form) => ['قانوني', 'تشريعي', 'قضائي', 'اقتصادي', 'اجتماعي'].includes(form),
  );
  return t[0]!.join(' ');
};

describe("a name's adjectives of relation paired after و", () => {
  it('go with the name: after its last one, or after one the tagger left', () => {
    expect(
      completed('رئيس لجنة الشؤون التشريعية والقانونية ، إن', 'O B-ORG I-ORG I-ORG O O O'),
    ).toBe('O B-ORG I-ORG I-ORG I-ORG O O');
    expect(completed('محيط معهد العلوم القضائية والقانونية في', 'O B-ORG I-ORG O O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(
      completed(
        'عن كلية العلوم القانونية والاقتصادية والاجتماعية ظهر',
        'O B-ORG I-ORG I-ORG O O O',
      ),
    ).toBe('O B-ORG I-ORG I-ORG I-ORG I-ORG O');
  });

  it('not a noun in ية, one of another gender, a country’s, nor one alone', () => {
    for (const [s, tags] of [
      ['عناصر القوات المسلحة الملكية والوقاية المدنية', 'O B-ORG I-ORG I-ORG O O'],
      ['رئيس لجنة الشؤون التشريعية والقانوني ،', 'O B-ORG I-ORG I-ORG O O'],
      ['قصف الجيش العربي السوري والفلسطينية أمس', 'O B-ORG I-ORG I-ORG O O'],
      ['محيط معهد العلوم القضائية في', 'O B-ORG I-ORG O O'],
      // (a party's or a court's adjective tells which: two bodies)
      ['نواب الحزب الديمقراطي والجمهوري على', 'O B-ORG I-ORG O O'],
      ['وأصدرت المحكمة الدستورية والإدارية حكمها', 'O B-ORG I-ORG O O'],
    ])
      expect(completed(s!, tags!)).toBe(tags);
  });
});

describe('a name that ends on a noun in the construct state behind ل', () => {
  it('takes its genitive: a word with the article and its adjectives, or a place', () => {
    expect(completed('قالت هيئة المحطات لتوليد الكهرباء أمس', 'O B-ORG I-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(completed('إلى الاتحاد الوطني لطلبة المغرب وقفة', 'O B-ORG I-ORG I-ORG B-LOC O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(
      completed('الهيئة المديرة لأيام قرطاج السينمائية أمس', 'B-ORG I-ORG I-ORG B-LOC O O'),
    ).toBe('B-ORG I-ORG I-ORG I-ORG I-ORG O');
    // (the genitive the tagger took for a person's first word, before a person of two words)
    expect(
      completed(
        'هيئة المحطات لتوليد الكهرباء شريف حلمي إن',
        'B-ORG I-ORG I-ORG B-PER I-PER I-PER O',
      ),
    ).toBe('B-ORG I-ORG I-ORG I-ORG B-PER I-PER O');
  });

  it('not a word that is complete: with a pronoun, لل (the article), or before no genitive', () => {
    for (const [s, t] of [
      ['هيئة المحطات لأعضائها الكهرباء', 'B-ORG I-ORG I-ORG O'],
      ['هيئة المحطات للكهرباء العامة', 'B-ORG I-ORG I-ORG O'],
      ['هيئة المحطات لتوليد في', 'B-ORG I-ORG I-ORG O'],
      // (a trip's place is where the body goes: اللجنة الوزارية لزيارة | مصر)
      ['اللجنة الوزارية لزيارة مصر الأسبوع', 'B-ORG I-ORG I-ORG B-LOC O'],
      ['هيئة المحطات لتوليد الكهرباء محمد إن', 'B-ORG I-ORG I-ORG B-PER I-PER O'],
      // (a name that begins with ل, a word of time, whom it serves in a place)
      ['وأعلن مصرف لبنان الخميس أنه', 'O B-ORG I-ORG O O'],
      ['وقالت جامعة لندن الأربعاء إن', 'O B-ORG I-ORG O O'],
      ['هيئة المحطات لتوليد الأسبوع الماضي', 'B-ORG I-ORG I-ORG O O'],
      ['وقدمت هيئة الهلال الأحمر لسكان غزة', 'O B-ORG I-ORG I-ORG I-ORG B-LOC'],
    ])
      expect(completed(s!, t!)).toBe(t);
  });
});

describe('a public body’s name', () => {
  it('goes on with a country’s adjective or a masculine one of relation', () => {
    expect(completed('قرر مجلس الاحتياطي الفيدرالي الأميركي رفع', 'O B-ORG I-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(completed('منظمة الهلال الأحمر العربي السوري في', 'B-ORG I-ORG I-ORG O O O')).toBe(
      'B-ORG I-ORG I-ORG I-ORG I-ORG O',
    );
    expect(
      completed('وتطالب النقابة العامة التدريس الجامعي بتطبيق', 'O B-ORG I-ORG I-ORG O O'),
    ).toBe('O B-ORG I-ORG I-ORG I-ORG O');
    // (a committee's too: لجنة الانتخابات المركزية | الروسية)
    expect(
      completed('وأعلنت لجنة الانتخابات المركزية الروسية النتائج', 'O B-ORG I-ORG I-ORG O O'),
    ).toBe('O B-ORG I-ORG I-ORG I-ORG O');
  });

  it('not a feminine adjective of relation, a word of time, nor after a club or a party', () => {
    for (const [s, t] of [
      ['رئاسة مجلس السلم الأفريقي الدورية', 'O B-ORG I-ORG I-ORG O'],
      ['اجتماع مجلس الأمن الماضي', 'O B-ORG I-ORG O'],
      ['اجتماع مجلس الوزراء الأسبوعي', 'O B-ORG I-ORG O'],
      ['تقرير منظمة العفو الدولية السنوي', 'O B-ORG I-ORG I-ORG O'],
      ['مدرب نادي الهلال الإيطالي سيموني', 'O B-ORG I-ORG O B-PER'],
      ['حزب التجمع الوطني اليميني', 'B-ORG I-ORG I-ORG O'],
    ])
      expect(completed(s!, t!)).toBe(t);
  });
});

describe('a ministry’s second field after و', () => {
  it('is a verbal noun of the list, its genitive and adjectives', () => {
    expect(
      completed(
        'أعلنت وزارة التجارة الداخلية وضبط السوق الوطنية أمس',
        'O B-ORG I-ORG I-ORG O O O O',
      ),
    ).toBe('O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O');
    expect(completed('وزارة الثروة الزراعية وموارد المياه ،', 'B-ORG I-ORG I-ORG O O O')).toBe(
      'B-ORG I-ORG I-ORG I-ORG I-ORG O',
    );
  });

  it('not another noun (وزارة الداخلية وقوات الأمن: two), nor after another head', () => {
    for (const [s, t] of [
      ['وزارة الداخلية وقوات الأمن', 'B-ORG I-ORG O O'],
      ['شركة الخليج وتطوير المدن', 'B-ORG I-ORG O O'],
    ])
      expect(completed(s!, t!)).toBe(t);
  });
});

describe('bad input', () => {
  it('no sentence, an empty one, a body at the end: nothing changes, nothing throws', () => {
    const none: string[][] = [];
    completeBodyNames([], none);
    expect(none).toEqual([]);
    expect(completed('هيئة المحطات لتوليد', 'B-ORG I-ORG I-ORG')).toBe('B-ORG I-ORG I-ORG');
    expect(completed('وزارة', 'B-ORG')).toBe('B-ORG');
  });
});

describe("a sports body's name", () => {
  it('ends with its sport the tagger left', () => {
    expect(
      completed('نشرها الاتحاد العربي السوري لكرة القدم عبر', 'O B-ORG I-ORG I-ORG O O O'),
    ).toBe('O B-ORG I-ORG I-ORG I-ORG I-ORG O');
    expect(completed('وأعلن الاتحاد التونسي للسباحة أمس', 'O B-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG I-ORG O',
    );
    // (and the country's adjective the tagger left before it)
    expect(completed('وأعلن الاتحاد العربي السوري لكرة القدم عن', 'O B-ORG I-ORG O O O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG I-ORG O',
    );
    // (not another body's, nor a ball without its kind)
    expect(completed('وأعلن البنك المركزي للسباحة أمس', 'O B-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG O O',
    );
    expect(completed('وأعلن الاتحاد التونسي لكرة أمس', 'O B-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG O O',
    );
  });
});

describe('a police station', () => {
  it('is named with its kind before the police, as written', () => {
    expect(completed('وتلقى قسم شرطة بولاق الدكرور بلاغا', 'O O B-ORG I-ORG I-ORG O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    // (behind a proclitic it is as often a preposition and a noun: بقيادة "led by"; not another
    // body's head, nor a word the tags gave already)
    expect(completed('حملة مرورية بقيادة شرطة دبي في', 'O O O B-ORG I-ORG O')).toBe(
      'O O O B-ORG I-ORG O',
    );
    expect(completed('وقال قسم وزارة الصحة إن', 'O O B-ORG I-ORG O')).toBe('O O B-ORG I-ORG O');
    expect(completed('وقال قسم شرطة الدقي إن', 'O B-LOC B-ORG I-ORG O')).toBe(
      'O B-LOC B-ORG I-ORG O',
    );
  });

  it('a committee takes a feminine adjective only: a masculine one describes the person after', () => {
    expect(
      completed('رئيس اللجنة الأولمبية الدولية الألماني توماس', 'O B-ORG I-ORG I-ORG O B-PER'),
    ).toBe('O B-ORG I-ORG I-ORG O B-PER');
  });
});

describe('whom a body is for', () => {
  it('goes on with a second sound plural after و and the country’s adjective', () => {
    expect(
      completed(
        'وطالب الاتحاد العام للتجار والحرفيين الجزائريين بتخفيض',
        'O B-ORG I-ORG I-ORG O O O',
      ),
    ).toBe('O B-ORG I-ORG I-ORG I-ORG I-ORG O');
    // (not a word that begins the next clause, nor after a name that ends otherwise)
    expect(completed('ودعا الاتحاد العام للتجار والحكومة إلى', 'O B-ORG I-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG I-ORG O O',
    );
    expect(completed('ودعا الاتحاد العام والمواطنين إلى', 'O B-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG O O',
    );
  });
});
