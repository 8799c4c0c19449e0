/** Clubs named by their city (clubs.ts claimClubs). */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { claimClubs } from './clubs';
import { extractEntities } from './entities';

const seq = (s: string) => s.split(' ');
const tagger = loadTagger();
const claimed = (sentence: string, tags: string) => {
  const t = [seq(tags)];
  claimClubs(tagger.knownNames, [seq(sentence)], t, true);
  return t[0]!.join(' ');
};

describe('a city with a masculine nationality adjective in a sports text', () => {
  it('is its club, by the city’s name, whether the tagger read a person or a place', () => {
    expect(claimed('أبرزها دورتموند الألماني وليون الفرنسي ،', 'O B-ORG O B-PER I-PER O')).toBe(
      'O B-ORG O B-ORG O O',
    );
    expect(claimed('خسر أمام ليون الفرنسي أمس', 'O O B-LOC O O')).toBe('O O B-ORG O O');
    const found = extractEntities(
      tagger,
      'وأشارت التقارير إلى اهتمام أندية أخرى باللاعب، أبرزها بوروسيا دورتموند الألماني وليون الفرنسي، غير أن رغبته في اللعب بالدوري الإنجليزي حسمت الصفقة. وسجل اللاعب هدفين في المباراة الأخيرة أمام الفريق.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('ORG:ليون');
    // (a club the tagger found with its adjective is named by its city too, and a city only the
    // gazetteer knows is one as well)
    expect(claimed('إلى نانت الفرنسي في', 'O B-ORG I-ORG O')).toBe('O B-ORG O O');
    const clubs = extractEntities(
      tagger,
      'انتقل اللاعب إلى نانت الفرنسي في صفقة بلغت قيمتها 10 ملايين يورو، بعدما رفض عرضا من بوردو الفرنسي. وسجل اللاعب هدفين في المباراة الأولى مع الفريق في الدوري.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(clubs).toEqual(expect.arrayContaining(['ORG:نانت', 'ORG:بوردو']));
  });
  it('not with a feminine adjective (the city), nor a word that is no city', () => {
    expect(claimed('في مدينة ليون الفرنسية أمس', 'O O B-LOC I-LOC O')).toBe('O O B-LOC I-LOC O');
    expect(claimed('قال ماجد المصري أمس', 'O B-PER I-PER O')).toBe('O B-PER I-PER O');
  });
});
