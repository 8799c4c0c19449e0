import { describe, expect, it } from 'vitest';
import { groupStory, isRare, type StoryArticle } from './group';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

const art = (key: string, day: number, entityKeys: string[]): StoryArticle => ({
  key,
  at: T0 + day * DAY,
  entityKeys,
});

/** Document frequencies of a history of 1,000 articles: countries and capitals are common. */
const DF: Record<string, number> = {
  'LOC:مصر': 300,
  'LOC:القاهرة': 120,
  'PER:السيسي': 40,
  'ORG:الهيئة الوطنية للانتخابات': 6,
  'PER:محمد صلاح': 25,
  'ORG:ليفربول': 30,
  'PER:حازم عمر': 2,
};
const df = (k: string) => DF[k] ?? 1;
const keysOf = (members: { article: StoryArticle }[]) => members.map((m) => m.article.key);

describe('grouping an article with its story', () => {
  it('two stories that share only a common entity («مصر») stay apart', () => {
    const election = [
      art('e1', 0, ['PER:السيسي', 'LOC:مصر', 'ORG:الهيئة الوطنية للانتخابات']),
      art('e2', 2, ['ORG:الهيئة الوطنية للانتخابات', 'LOC:مصر']),
    ];
    const football = [
      art('f1', 1, ['PER:محمد صلاح', 'ORG:ليفربول', 'LOC:مصر']),
      art('f2', 3, ['PER:محمد صلاح', 'LOC:مصر', 'LOC:القاهرة']),
    ];
    const current = art('e3', 4, ['PER:السيسي', 'ORG:الهيئة الوطنية للانتخابات', 'LOC:مصر']);
    expect(keysOf(groupStory(current, [...election, ...football], df, 1000))).toEqual(['e2', 'e1']);
    const match = art('f3', 5, ['PER:محمد صلاح', 'ORG:ليفربول', 'LOC:مصر']);
    expect(keysOf(groupStory(match, [...election, ...football], df, 1000))).toEqual(['f2', 'f1']);
  });

  it('a story spread over three weeks stays together; a year-old article on it is another story', () => {
    const story = [0, 4, 9, 15, 21].map((d, i) =>
      art(`s${i}`, d, ['PER:السيسي', 'ORG:الهيئة الوطنية للانتخابات']),
    );
    const lastYear = art('old', -365, ['PER:السيسي', 'ORG:الهيئة الوطنية للانتخابات']);
    const current = art('now', 24, ['ORG:الهيئة الوطنية للانتخابات', 'PER:السيسي']);
    expect(keysOf(groupStory(current, [lastYear, ...story], df, 1000))).toEqual([
      's4',
      's3',
      's2',
      's1',
      's0',
    ]);
  });

  it('a new article joins its story, with the names it shares; one rare name is enough', () => {
    const story = [art('a', 0, ['PER:حازم عمر', 'LOC:القاهرة']), art('b', 1, ['PER:حازم عمر'])];
    const joined = groupStory(art('c', 2, ['PER:حازم عمر', 'LOC:مصر']), story, df, 1000);
    expect(keysOf(joined)).toEqual(['b', 'a']);
    expect(joined[1]!.shared).toEqual(['PER:حازم عمر']);
    // One common name alone links nothing.
    expect(groupStory(art('d', 2, ['LOC:القاهرة']), story, df, 1000)).toEqual([]);
  });

  it('rarity scales with the history: 2 articles or fewer, else one in 200, never a fifth', () => {
    expect(isRare(2, 10)).toBe(true);
    expect(isRare(3, 10)).toBe(false);
    // A history of five: no name is rare (two shared names are needed).
    expect(isRare(2, 5)).toBe(false);
    expect(isRare(500, 100_000)).toBe(true);
    expect(isRare(501, 100_000)).toBe(false);
  });

  it('bad input: a history of one article, 200 entities, clocks that jump backwards', () => {
    expect(groupStory(art('x', 0, ['LOC:مصر']), [], df, 1)).toEqual([]);
    // The current article itself among the candidates is not its own story.
    const self = art('x', 0, ['PER:حازم عمر', 'LOC:مصر']);
    expect(groupStory(self, [self], df, 1)).toEqual([]);
    const many = Array.from({ length: 200 }, (_, i) => `PER:شخص ${i}`);
    const wide = art('w', 0, many);
    const other = art('o', -1, many.slice(150));
    // Only the current article's most salient entities look for its story.
    expect(groupStory(wide, [other], () => 1000, 1000)).toEqual([]);
    expect(keysOf(groupStory(wide, [art('p', -1, many.slice(0, 2))], () => 1000, 1000))).toEqual([
      'p',
    ]);
    // An article dated after the current one (a clock set back when it was read) still joins.
    const later = art('later', 3, ['PER:حازم عمر']);
    expect(keysOf(groupStory(self, [later, art('before', -2, ['PER:حازم عمر'])], df, 50))).toEqual([
      'later',
      'before',
    ]);
  });
});
