import { describe, expect, it } from 'vitest';
import { claimMunicipalities, claimPlacesNamedInBodies } from './place-bodies';

const seq = (s: string) => s.split(' ');

describe('a municipality', () => {
  const municipal = (sentence: string, tags: string) => {
    const t = [seq(tags)];
    claimMunicipalities([seq(sentence)], t);
    return t[0]!.join(' ');
  };

  it('is the body that governs its place, with مدينة and الكبرى', () => {
    expect(municipal('ذكرت بلدية الكويت أن', 'O O B-LOC O')).toBe('O B-ORG I-ORG O');
    expect(municipal('أعلنت بلدية مدينة الشارقة بدء', 'O O O B-LOC O')).toBe(
      'O B-ORG I-ORG I-ORG O',
    );
    expect(municipal('وقال رئيس بلدية إربد الكبرى إن', 'O O O B-LOC O O')).toBe(
      'O O B-ORG I-ORG I-ORG O',
    );
    expect(municipal('بلدية بنغازي تبدأ صيانة', 'O B-LOC O O')).toBe('B-ORG I-ORG O O');
    expect(municipal('بالتعاون مع بلدية الكويت', 'O O O B-LOC')).toBe('O O B-ORG I-ORG');
    // (behind ب or في after an office or an official: the body still)
    expect(municipal('مدير مكتب الإعلام ببلدية بنغازي ،', 'O O O O B-LOC O')).toBe(
      'O O O B-ORG I-ORG O',
    );
  });

  it('stays a place where the article only places something in it', () => {
    expect(municipal('في حي الشعبة ببلدية سيدي عيسى ،', 'O O O O B-LOC I-LOC O')).toBe(
      'O O O O B-LOC I-LOC O',
    );
    expect(municipal('يسكن في بلدية الشويفات منذ', 'O O O B-LOC O')).toBe('O O O B-LOC O');
    // (…or only says where it lies: a place)
    expect(municipal('وتقع بلدية بنت جبيل على', 'O O B-LOC I-LOC O')).toBe('O O B-LOC I-LOC O');
    expect(municipal('على مستوى بلدية عين وسارة جنوب', 'O O O B-LOC I-LOC O')).toBe(
      'O O O B-LOC I-LOC O',
    );
    // (nor without a place after it)
    expect(municipal('أعلنت البلدية أن', 'O O O')).toBe('O O O');
  });

  it('a Moroccan commune too, and a council of a commune, a municipality or a city', () => {
    expect(municipal('وصادقت جماعة عين الشقف على', 'O O B-LOC I-LOC O')).toBe(
      'O B-ORG I-ORG I-ORG O',
    );
    expect(municipal('دورة أكتوبر لمجلس جماعة فاس ،', 'O O O O B-LOC O')).toBe(
      'O O B-ORG I-ORG I-ORG O',
    );
    expect(municipal('وقال رئيس مجلس مدينة حمص إن', 'O O O B-LOC I-LOC O O')).toBe(
      'O O B-ORG I-ORG I-ORG O O',
    );
    expect(municipal('ناقش مجلس بلدي المحرق أمس', 'O O O B-LOC O')).toBe('O B-ORG I-ORG I-ORG O');
    // (not a commune where the article only places something in it, nor a council before a
    // place of no such word: مجلس | دبي الرياضي is another pass's)
    expect(municipal('يقطن في جماعة أسني منذ', 'O O O B-LOC O')).toBe('O O O B-LOC O');
    expect(municipal('أعلن مجلس دبي الرياضي', 'O O B-LOC O')).toBe('O O B-LOC O');
  });
});

describe('a place named inside a body’s name and on its own', () => {
  const named = (sentences: string[], tags: string[], places = ['الوكرة', 'الإطار']) => {
    const t = tags.map(seq);
    claimPlacesNamedInBodies(sentences.map(seq), t, (w) => places.includes(w));
    return t.map((x) => x.join(' '));
  };

  it('is the place where a place stands: after في، behind ب, behind و after a place', () => {
    expect(
      named(
        ['نقل إلى مستشفى الوكرة أمس', 'المراكز في الوكرة والوكير', 'وسكان بالوكرة'],
        ['O O B-ORG I-ORG O', 'O O O O', 'O O'],
      ),
    ).toEqual(['O O B-ORG I-ORG O', 'O O B-LOC O', 'O B-LOC']);
    expect(named(['مستشفى الوكرة', 'بين الخور والوكرة'], ['B-ORG I-ORG', 'O B-LOC O'])).toEqual([
      'B-ORG I-ORG',
      'O B-LOC B-LOC',
    ]);
  });

  it('not a word of a party’s name, named by an ideal (حزب الكرامة … الحق في الكرامة)', () => {
    expect(
      named(['وقال حزب الكرامة في', 'الحق في الكرامة'], ['O B-ORG I-ORG O', 'O O O'], ['الكرامة']),
    ).toEqual(['O B-ORG I-ORG O', 'O O O']);
  });

  it('not where it acts, nor a word the article begins a body’s name with', () => {
    expect(named(['مستشفى الوكرة', 'وأعلنت الوكرة'], ['B-ORG I-ORG', 'O O'])).toEqual([
      'B-ORG I-ORG',
      'O O',
    ]);
    expect(
      named(
        ['الإطار التنسيقي يحسم', 'اتفاق قوى الإطار التنسيقي', 'التصويت داخل الإطار'],
        ['B-ORG I-ORG O', 'O B-ORG I-ORG I-ORG', 'O O O'],
      ),
    ).toEqual(['B-ORG I-ORG O', 'O B-ORG I-ORG I-ORG', 'O O O']);
  });
});
