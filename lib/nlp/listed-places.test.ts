/** Places in a list of places (lib/nlp/listed-places.ts). */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { claimListedPlaces } from './listed-places';

const places = new Set(['مالي', 'غات', 'إفران']);
const claimed = (sentence: string, tags: string) => {
  const t = [tags.split(' ')];
  claimListedPlaces([sentence.split(' ')], t, (w) => places.has(w));
  return t[0]!.join(' ');
};

describe('the first place of a list of places', () => {
  it('is a place where the lists know it, behind ب or ل too', () => {
    expect(claimed('انسحاب مالي وبوركينا فاسو والنيجر', 'O O B-LOC I-LOC B-LOC')).toBe(
      'O B-LOC B-LOC I-LOC B-LOC',
    );
    expect(claimed('ثلوج بإفران وأزيلال وميدلت', 'O O B-LOC B-LOC')).toBe('O B-LOC B-LOC B-LOC');
  });

  it('not before a word that is no place, nor a word the lists do not know, nor an adjective', () => {
    expect(claimed('دعم مالي وعسكري للجيش', 'O O O O')).toBe('O O O O');
    expect(claimed('زار الوفد وأزيلال أمس', 'O O B-LOC O')).toBe('O O B-LOC O');
    expect(claimed('الدعم المالي والأردن يراقب', 'O O B-LOC O')).toBe('O O B-LOC O');
    expect(claimed('أغلقت معابر باب غات واليعربية أمس', 'O O O O B-LOC O')).toBe('O O O O B-LOC O');
  });

  it('is found by the product in running text', () => {
    const names = extractEntities(
      loadTagger(),
      'أعلنت انسحاب مالي وبوركينا فاسو والنيجر من المنظمة الإقليمية.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('LOC:مالي');
  });
});
