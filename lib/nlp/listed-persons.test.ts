import { describe, expect, it } from 'vitest';
import { claimListedPersons } from './listed-persons';

const FIRST = new Set(['محمد', 'علي', 'نيكول', 'امام', 'جمعة']);
const seq = (s: string) => s.split(' ');
const claim = (sentence: string, tags: string) => {
  const t = [seq(tags)];
  claimListedPersons([seq(sentence)], t, (w) => FIRST.has(w.replace(/^[أإآ]/, 'ا')));
  return t[0]!.join(' ');
};

describe('a person in a list of persons', () => {
  it('is claimed between the commas, after or before a person the tagger found', () => {
    expect(
      claim(
        'بمشاركة محمد منير ، وعلي الحجار ، ونيكول سابا .',
        'O B-PER I-PER O O O O B-PER I-PER O',
      ),
    ).toBe('O B-PER I-PER O B-PER I-PER O B-PER I-PER O');
    expect(claim('علي الحجار ، ونيكول سابا', 'O O O B-PER I-PER')).toBe(
      'B-PER I-PER O B-PER I-PER',
    );
    // (an item with more than the name is left: غنى علي الحجار)
    expect(claim('غنى علي الحجار ، ونيكول سابا', 'O O O O B-PER I-PER')).toBe(
      'O O O O B-PER I-PER',
    );
  });

  it('not a word alone, a word with the article, a preposition, nor an item with a verb', () => {
    for (const [s, t] of [
      ['قال محمد منير ، جمعة ، إن', 'O B-PER I-PER O O O O'],
      ['قال محمد منير ، الجمعة الماضية ، إن', 'O B-PER I-PER O O O O O'],
      ['عبدالفتاح حسين ، أمام النيابة ، حيث', 'B-PER I-PER O O O O O'],
      ['محمد منير ، علي أن يعود ، وقال', 'B-PER I-PER O O O O O O'],
      ['محمد منير ، وعلي الحجار يغني ويرقص ، وقال', 'B-PER I-PER O O O O O O O'],
    ])
      expect(claim(s!, t!)).toBe(t);
  });

  it('not an apposition after a clause, a time, an office, nor a common noun', () => {
    const FIRSTS = new Set(['صباح', 'أمين', 'بطل', 'محمد', 'علي']);
    const run = (sentence: string, tags: string, common = new Set<string>()) => {
      const t = [seq(tags)];
      claimListedPersons(
        [seq(sentence)],
        t,
        (w) => FIRSTS.has(w),
        (w) => common.has(w),
      );
      return t[0]!.join(' ');
    };
    for (const [s, t] of [
      ['قال أحمد أبو الغيط ، أمين عام الجامعة ، إن', 'O B-PER I-PER I-PER O O O O O O'],
      ['السيسي ، صباح اليوم ، رئيس الوزراء', 'B-PER O O O O O O'],
    ])
      expect(run(s!, t!)).toBe(t);
    expect(run('محمد صلاح ، بطل الدوري ، أكد', 'B-PER I-PER O O O O O', new Set(['بطل']))).toBe(
      'B-PER I-PER O O O O O',
    );
    // (the same item beside a person alone is listed)
    expect(run('محمد صلاح ، علي معلول ، أكد', 'B-PER I-PER O O O O O')).toBe(
      'B-PER I-PER O B-PER I-PER O O',
    );
  });

  it('not without a person beside it in the list', () => {
    const t = 'O O O O O O O O';
    expect(claim('زار الوفد القاهرة ، وعلي الحجار ، أمس', t)).toBe(t);
    // (the person must end the item before: here it begins it)
    expect(claim('محمد منير غنى ، وعلي الحجار', 'B-PER I-PER O O O O')).toBe('B-PER I-PER O O O O');
  });

  it('takes empty and one-token sentences', () => {
    const empty: string[][] = [[]];
    claimListedPersons([[]], empty, () => true);
    expect(empty).toEqual([[]]);
    expect(claim('،', 'O')).toBe('O');
  });
});
