import { describe, expect, it } from 'vitest';
import { readWordStream } from './word-stream';

describe('the word stream of the unlabelled text', () => {
  it('numbers the forms seen often enough by frequency, rarer ones past them, paragraphs by -1', () => {
    const s = readWordStream('القاهرة مدينة وباريس مدينة\n\nباريس مدينة كبيرة', 2);
    // The tagger's forms: the article and و stripped (القاهرة → قاهره, وباريس → باريس).
    expect(s.words).toEqual(['مدينه', 'باريس']); // normalised: ة → ه
    expect(s.counts).toEqual([3, 2]);
    expect(s.withArticle).toEqual([0, 0]);
    const rare = s.words.length;
    expect([...s.stream]).toEqual([-1, rare, 0, 1, 0, -1, 1, 0, rare]);
    expect([s.tokens, s.forms]).toEqual([7, 4]);
  });

  it('counts a form with the article apart from its count', () => {
    const s = readWordStream('الجيش جيش الجيش', 1);
    expect(s.words).toEqual(['جيش']);
    expect(s.withArticle).toEqual([2]);
  });
});
