/**
 * Spellings of one transliterated name (issue 13, "one entity, one entry"): a known name of several
 * words is found spelt with other inner long vowels, and two spellings in one article are one
 * entity, an organisation's descriptive head aside.
 */
import { describe, expect, it } from 'vitest';
import { joinGroups, type GroupMention } from './coreference';
import { claimKnownNames } from './claim-known-names';
import { dictionaryWord, KnownNames } from './known-names';
import { skeleton, spelledAlike } from './spelling';
import type { EntityType } from './tags';

const folded = (s: string) => s.split(' ').map(dictionaryWord);

describe('skeleton', () => {
  it('drops the inner long vowels, keeps the first and last letters and short words', () => {
    expect(skeleton('ويست')).toBe(skeleton('وست'));
    expect(skeleton('بوشنيل')).toBe(skeleton('بوشنل'));
    expect(skeleton('دايلي')).toBe(skeleton('ديلي'));
    expect(skeleton('سامي')).toBe('سمي'); // the last letter stays (a nisba, a name's ending)
    expect(skeleton('ابو')).toBe('ابو');
    expect(skeleton('لي')).toBe('لي');
  });
});

describe('spelledAlike', () => {
  it('is one inner long vowel more or less, nothing else', () => {
    expect(spelledAlike('ويست', 'وست')).toBe(true);
    expect(spelledAlike('ديلي', 'دايلي')).toBe(true);
    expect(spelledAlike('ميل', 'ميل')).toBe(true);
    // Vowels elsewhere, two vowels less, or a first or last letter: other words.
    expect(spelledAlike('صالح', 'صلاح')).toBe(false);
    expect(spelledAlike('وزيره', 'وزاره')).toBe(false);
    expect(spelledAlike('بيان', 'بن')).toBe(false);
    expect(spelledAlike('سامي', 'سام')).toBe(false);
    expect(spelledAlike('ابو', 'بو')).toBe(false);
  });
});

describe('a known name spelt otherwise', () => {
  const d = new KnownNames({
    ORG: ['ويست بروميتش', 'ديلي ميل', 'بيت الحكمه'],
    LOC: ['بيت الحاكمه', 'سوسه'],
  });

  it('is found when it has several words, and said to be a variant', () => {
    expect(d.match(folded('وست بروميتش'), 0)).toEqual({ length: 2, type: 'ORG', variant: true });
    expect(d.match(folded('فاز على وست بروميتش'), 2)).toMatchObject({ length: 2, type: 'ORG' });
    // The spelling listed is found as it is.
    expect(d.match(folded('ديلي ميل'), 0)).toEqual({ length: 2, type: 'ORG' });
  });

  it('is not found where its words differ by more than one long vowel each', () => {
    const people = new KnownNames({
      ORG: ['وزاره الخارجيه الامريكيه'],
      LOC: [],
      PER: ['صلاح علي', 'بن علي', 'طارق علي'],
    });
    for (const text of ['أكد صالح على أن', 'في بيان على موقعه', 'تلويح وزيرة الخارجية الأمريكية'])
      expect(people.match(folded(text), 1)).toBeUndefined();
    // A first name has no article: الطرق على is no طارق علي, spelt otherwise.
    expect(people.match(folded('هذه الطرق على اختلافها'), 1)).toBeUndefined();
    expect(people.match(folded('قال طرق علي إن'), 1)).toEqual({
      length: 2,
      type: 'PER',
      variant: true,
    });
    expect(people.match(folded('صلاح علي'), 0)).toEqual({ length: 2, type: 'PER' });
  });

  it('is not found for one word, nor where two types share the spelling', () => {
    expect(d.match(folded('سوسيه'), 0)).toBeUndefined();
    // بيت الحكمه (ORG) and بيت الحاكمه (LOC) share a skeleton: a third spelling is ambiguous.
    expect(d.match(folded('بيت الحكيمه'), 0)).toBeUndefined();
  });

  it('retypes a span the tagger found, and claims one it missed', () => {
    const claimed = (s: string, tags: string) =>
      claimKnownNames(d, [s.split(' ')], [tags.split(' ')])[0];
    expect(claimed('أمام وست بروميتش بهدف', 'O B-PER I-PER O')).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'O',
    ]);
    expect(claimed('أمام وست بروميتش بهدف', 'O O O O')).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });
});

describe('two spellings in one article', () => {
  interface M extends GroupMention {
    n: number;
  }
  const mention = (surface: string, type: EntityType, n: number): M => ({ surface, type, n });
  const typeOf = (ms: M[]) => ms[0]!.type;

  it('are one entity, a descriptive head aside (صحيفة ديلي ميل and دايلي ميل)', () => {
    const groups = new Map<string, M[]>([
      ['صحيفه ديلي ميل', [mention('صحيفة ديلي ميل', 'ORG', 1)]],
      ['دايلي ميل', [mention('دايلي ميل', 'ORG', 2)]],
    ]);
    joinGroups(groups, typeOf);
    expect([...groups.values()].map((ms) => ms.map((m) => m.n).sort())).toEqual([[1, 2]]);
  });

  it('but not two names that differ by more than a spelling, nor of two types', () => {
    const groups = new Map<string, M[]>([
      ['صحيفه ديلي ميل', [mention('صحيفة ديلي ميل', 'ORG', 1)]],
      ['ديلي تلغراف', [mention('ديلي تلغراف', 'ORG', 2)]],
      ['دايلي ميل', [mention('دايلي ميل', 'PER', 3)]],
    ]);
    joinGroups(groups, typeOf);
    expect(groups.size).toBe(3);
  });
});
