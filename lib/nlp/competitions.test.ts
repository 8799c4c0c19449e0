import { describe, expect, it } from 'vitest';
import { claimCompetitions } from './competitions';

const words = (s: string) => s.split(' ');
const seq = (s: string) => s.split(' ');

describe('competitions', () => {
  const claimed = (s: string, tags: string) => {
    const t = [seq(tags)];
    claimCompetitions([words(s)], t);
    return t[0];
  };

  it('a fair or a festival named by its place, an adjective of relation and what it is for', () => {
    const placed = (s: string, tags: string, places: string[] = []) => {
      const t = [seq(tags)];
      claimCompetitions([words(s)], t, false, (w) => places.includes(w));
      return t[0]!.join(' ');
    };
    expect(placed('في معرض القاهرة الدولي للكتاب أمس', 'O O B-LOC O O O')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC O',
    );
    // (a place the tagger left untagged that the gazetteer knows; two purposes)
    expect(placed('لمعرض مسقط الدولي للكتاب في', 'O O O O O', ['مسقط'])).toBe(
      'B-MISC I-MISC I-MISC I-MISC O',
    );
    expect(placed('انطلق مهرجان جرش للثقافة والفنون أمس', 'O O B-LOC O O O')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC O',
    );
    // (an event's name found without its head takes it)
    expect(placed('من معرض القاهرة الدولي للكتاب ،', 'O O B-MISC I-MISC I-MISC O')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC O',
    );
    // (a verb after it is no second purpose: معرض دمشق | والتقى)
    expect(placed('وزار الوزير معرض دمشق والتقى عددا', 'O O O B-LOC O O')).toBe('O O O B-LOC O O');
    // (the place alone is where the fair is: معرض | في القاهرة; no place: nothing)
    expect(placed('افتتح معرض القاهرة أمس', 'O O B-LOC O')).toBe('O O B-LOC O');
    expect(placed('افتتح معرض الكتاب الدولي', 'O O O O')).toBe('O O O O');
  });

  it('what an event is for goes on with its adjectives, whatever found the name before it', () => {
    const placed = (s: string, tags: string) => {
      const t = [seq(tags)];
      claimCompetitions([words(s)], t);
      return t[0]!.join(' ');
    };
    // (the name found without its head, the head's name claimed whole, the place alone)
    expect(placed('مهرجان الأقصر للسينما الأفريقية أمس', 'O B-MISC O O O')).toBe(
      'B-MISC I-MISC I-MISC I-MISC O',
    );
    expect(placed('جائزة كتارا للرواية العربية في', 'B-ORG I-ORG O O O')).toBe(
      'B-MISC I-MISC I-MISC I-MISC O',
    );
    expect(placed('مهرجان تونس للخزف والحرف اليدوية أمس', 'O B-LOC O O O O')).toBe(
      'B-MISC I-MISC I-MISC I-MISC I-MISC O',
    );
    // (not a word of time after it, nor before what it is for: مهرجان القاهرة | الماضي)
    expect(placed('مهرجان القاهرة الماضي للسينما', 'B-ORG I-ORG O O')).toBe('B-MISC I-MISC O O');
    expect(placed('مهرجان القاهرة للسينما الماضي', 'B-ORG I-ORG O O')).toBe(
      'B-MISC I-MISC I-MISC O',
    );
    // (no word of time or order behind لل; no adjective that describes the person after it)
    expect(placed('مهرجان جرش لليوم الثالث', 'B-MISC I-MISC O O')).toBe('B-MISC I-MISC O O');
    expect(placed('جائزة كتارا للرواية الروائي السوداني أمير', 'B-ORG I-ORG O O O B-PER')).toBe(
      'B-MISC I-MISC I-MISC O O B-PER',
    );
    expect(placed('جائزة نوبل الكيميائي المصري أحمد', 'B-ORG I-ORG O O B-PER')).toBe(
      'B-MISC I-MISC O O B-PER',
    );
  });

  it('a national team takes its game (المنتخب المغربي لكرة القدم), not what follows otherwise', () => {
    expect(claimed('دشن المنتخب المغربي لكرة القدم ملعبا', 'O B-ORG I-ORG O O O')).toEqual(
      seq('O B-ORG I-ORG I-ORG I-ORG O'),
    );
    expect(claimed('دشن المنتخب المغربي لكرة جديدة', 'O B-ORG I-ORG O O')).toEqual(
      seq('O B-ORG I-ORG O O'),
    );
  });

  it('a competition the tagger or the known names called an organisation is an event, head and all', () => {
    expect(claimed('المؤهلة لدوري أبطال أوروبا في', 'O B-ORG I-ORG I-ORG O')).toEqual(
      seq('O B-MISC I-MISC I-MISC O'),
    );
  });

  it('the head and the name it is of, one word apart at most (ANERcorp tags أوروبا a place)', () => {
    expect(claimed('فاز بكأس الاتحاد الأوروبي مرتين', 'O O B-ORG I-ORG O')).toEqual(
      seq('O B-MISC I-MISC I-MISC O'),
    );
    expect(claimed('في دوري أبطال أوروبا لكرة', 'O O O B-LOC O')).toEqual(
      seq('O B-MISC I-MISC I-MISC O'),
    );
    // Two words apart, or a name of more than four words: not the competition's.
    expect(claimed('دوري هذا الموسم إسبانيا', 'O O O B-LOC')).toEqual(seq('O O O B-LOC'));
    expect(claimed('بطولة أ ب ج د هـ', 'O B-ORG I-ORG I-ORG I-ORG I-ORG')).toEqual(
      seq('O B-ORG I-ORG I-ORG I-ORG I-ORG'),
    );
  });

  it('a country’s league, and a league’s name with its country and its tail', () => {
    const nationality = (w: string) => ['اللبناني', 'السعودي', 'المصري'].includes(w);
    const league = (s: string, tags: string) => {
      const t = [seq(tags)];
      claimCompetitions([words(s)], t, true, () => false, nationality);
      return t[0]!.join(' ');
    };
    // (not its game: the league is named without it)
    expect(league('انطلاق الدوري اللبناني لكرة القدم أمس', 'O O O O O O')).toBe(
      'O B-MISC I-MISC O O O',
    );
    expect(league('في الدوري المصري الممتاز هذا', 'O O O O O')).toBe('O B-MISC I-MISC I-MISC O');
    expect(league('ضمن دوري روشن السعودي للمحترفين ،', 'O O B-ORG O O O')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC O',
    );
    // (its sponsor untagged too, where its country's adjective or its tail closes it — not a
    // word with the article, nor a league's name without a close)
    expect(league('ضمن دوري روشن السعودي للمحترفين ،', 'O O O O O O')).toBe(
      'O B-MISC I-MISC I-MISC I-MISC O',
    );
    expect(league('بلقب دوري زين الممتاز للمرة', 'O O O O O')).toBe('O B-MISC I-MISC I-MISC O');
    expect(league('في دوري رمضاني للشباب', 'O O O O')).toBe('O O O O');
    // (nor outside a sports text: فحص دوري شامل للسيدات)
    const checkup = [seq('O O O O O')];
    claimCompetitions(
      [words('حملة فحص دوري شامل للسيدات')],
      checkup,
      false,
      () => false,
      nationality,
    );
    expect(checkup[0]!.join(' ')).toBe('O O O O O');
    expect(league('في دوري الدرجة الممتاز', 'O O O O')).toBe('O O O O');
    // (not outside a sports text: الدوري is also "periodic")
    const t = [seq('O O O O O')];
    claimCompetitions(
      [words('الاجتماع الدوري الخليجي سيعقد غدا')],
      t,
      false,
      () => false,
      (w) => ['الخليجي'].includes(w),
    );
    expect(t[0]!.join(' ')).toBe('O O O O O');
    // (not the league alone, the leagues, nor an adjective that is no country's)
    for (const [s, t] of [
      ['عاد الدوري بعد', 'O O O'],
      ['الدوريات السعودي', 'O O'],
      ['الدوري الممتاز في', 'O O O'],
    ])
      expect(league(s!, t!)).toBe(t);
  });

  it('a definite head (بالدوري الإسباني) or a word merely like one is left alone', () => {
    expect(claimed('فاز بالدوري ريال مدريد', 'O O B-ORG I-ORG')).toEqual(seq('O O B-ORG I-ORG'));
    expect(claimed('قال دوريان غراي', 'O B-PER I-PER')).toEqual(seq('O B-PER I-PER'));
  });
});
