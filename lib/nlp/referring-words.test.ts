/** Words that name an entity of the article by its kind alone (lib/nlp/referring-words.ts). */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { referringWords } from './referring-words';
import { tokenize } from './tokenize';

const tagger = loadTagger();
const found = (text: string) =>
  extractEntities(tagger, text).map((e) => ({ name: e.name, count: e.count, aliases: e.aliases }));

describe('a word that names the article’s one entity of its kind', () => {
  it('is one more mention of it, no alias, and never its name', () => {
    const saudi = found(
      'أعلنت وزارة الصحة في المملكة العربية السعودية تسجيل حالات جديدة. وقال المتحدث إن المملكة تعمل على مواجهة المرض، وأضاف أن السعودية ستستضيف مؤتمرا. وتستعد المملكة لموسم الحج.',
    ).find((e) => e.name === 'المملكة العربية السعودية');
    expect(saudi).toEqual({
      name: 'المملكة العربية السعودية',
      count: 4,
      aliases: ['السعودية'],
    });
    // (a ministry, the World Cup)
    const entities = found(
      'أصدرت وزارة الصحة بيانا عن الوباء. وقالت الوزارة إن الحالات تراجعت. وتأهل المنتخب إلى كأس العالم 2026 وسيلعب في المونديال.',
    );
    expect(entities.find((e) => e.name === 'وزارة الصحة')?.count).toBe(2);
    expect(entities.find((e) => e.name === 'كأس العالم 2026')?.count).toBe(2);
  });

  it('never names the entity, even where the article names it once in one word', () => {
    const saudi = found(
      'زار الوفد السعودية أمس. وقال المتحدث إن المملكة تدعم الحوار، وإن المملكة ستواصل جهودها، وإن المملكة حريصة على الاستقرار.',
    ).find((e) => e.aliases.includes('المملكة') || e.name === 'المملكة' || e.name === 'السعودية');
    expect(saudi?.name).toBe('السعودية');
    expect(saudi?.count).toBe(4);
    // (a word of time or a relative pronoun after the word is no adjective)
    const ministry = found(
      'أصدرت وزارة الصحة بيانا عن الوباء. وقالت الوزارة الأحد إن الحالات تراجعت.',
    ).find((e) => e.name === 'وزارة الصحة');
    expect(ministry?.count).toBe(2);
  });

  it('not a word as often common or another body of the kind (الحركة "traffic")', () => {
    const hamas = found(
      'وقالت حركة حماس إنها ترحب بالمبادرة. وعادت الحركة إلى طبيعتها في الشوارع.',
    );
    expect(hamas.find((e) => e.name === 'حركة حماس')?.count).toBe(1);
  });

  it('not where the article names two of that kind, or none', () => {
    const two = found(
      'أعلنت وزارة الصحة ووزارة الداخلية خطة مشتركة. وقالت الوزارة إن الخطة تبدأ غدا.',
    );
    expect(two.find((e) => e.name === 'وزارة الصحة')?.count).toBe(1);
    expect(two.find((e) => e.name === 'وزارة الداخلية')?.count).toBe(1);
    expect(found('وقالت الوزارة إن الخطة تبدأ غدا.')).toEqual([]);
  });
});

describe('referringWords', () => {
  const refs = (text: string, groups: string[]) => {
    const sentence = tokenize(text);
    const tags = sentence.map(() => 'O');
    return referringWords([sentence], [tags], groups, () => 'LOC').map((r) => [
      sentence[r.token]!.text,
      r.into,
    ]);
  };

  it('reads the word behind its proclitics, with the article only, not before an adjective', () => {
    expect(refs('في المملكة وبالمملكة وللمملكة', ['مملكه العربيه السعوديه'])).toEqual([
      ['المملكة', 'مملكه العربيه السعوديه'],
      ['وبالمملكة', 'مملكه العربيه السعوديه'],
      ['وللمملكة', 'مملكه العربيه السعوديه'],
    ]);
    // (a kingdom named by its country's name alone; not مملكة without the article, nor المملكة
    // المتحدة; not where the article names no kingdom)
    expect(refs('زار مملكة بعيدة ثم المملكة المتحدة', ['مغرب'])).toEqual([]);
    expect(refs('قالت المملكة', ['مغرب'])).toEqual([['المملكة', 'مغرب']]);
    expect(refs('قالت المملكة', ['مصر'])).toEqual([]);
    // (nor a group of another type than the word's)
    const sentence = tokenize('قالت المملكة');
    expect(referringWords([sentence], [['O', 'O']], ['مغرب'], () => 'ORG')).toEqual([]);
  });
});
