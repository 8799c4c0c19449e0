/** Hospitals and medical complexes by name (lib/nlp/hospitals.ts), and the cities of medicine. */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { claimHospitals } from './hospitals';
import { normalizeWord } from '../text/normalize';

const seq = (s: string) => s.split(' ');
const claimed = (sentence: string, tags?: string) => {
  const tokens = seq(sentence);
  const t = [tags ? seq(tags) : tokens.map(() => 'O')];
  claimHospitals([tokens], t, {
    isRare: (w) => ['عدان', 'منى'].map(normalizeWord).includes(w),
    isGiven: (w) => ['ناصر', 'كمال', 'شامل'].includes(w),
    isNameWord: (w) => w === 'عدوان',
    isNationality: (w) => ['التركي', 'الإسرائيلي'].includes(w),
  });
  return t[0]!.join(' ');
};

describe('a hospital', () => {
  it('is مستشفى and a word of a name, with the adjective its name ends with', () => {
    expect(claimed('مدير مستشفى العدان إن')).toBe('O B-ORG I-ORG O');
    expect(claimed('إلى مستشفى منى الطوارئ .')).toBe('O B-ORG I-ORG I-ORG O');
    expect(claimed('إلى مستشفى الثورة العام في')).toBe('O B-ORG I-ORG I-ORG O');
    expect(claimed('إلى مجمع ناصر الطبي في')).toBe('O B-ORG I-ORG I-ORG O');
    // (behind a proclitic; a given name with its family name, not half a name)
    expect(claimed('وتوفي بمستشفى العدان بعد')).toBe('O B-ORG I-ORG O');
    expect(claimed('ونقل المصاب لمجمع ناصر الطبي في')).toBe('O O B-ORG I-ORG I-ORG O');
    expect(claimed('وهاجموا مستشفى كمال عدوان في')).toBe('O B-ORG I-ORG I-ORG O');
    expect(claimed('بناء مستشفى شامل في')).toBe('O O O O');
    // (one the tagger found goes on with its adjective)
    expect(claimed('في مستشفى ابن خلدون العام .', 'O B-ORG I-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    // (two adjectives at most; a country's before another)
    expect(claimed('في مستشفى رفيديا الجراحي الحكومي بمدينة', 'O B-ORG I-ORG O O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(claimed('وفي مستشفى طوباس التركي الحكومي ،', 'O B-ORG I-ORG O O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O',
    );
    expect(claimed('إلى مستشفى الشفاء الإسرائيلي .', 'O B-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG O O',
    );
    // (not العام of a time after the adjective)
    expect(claimed('افتتح مستشفى ناصر الحكومي العام الماضي', 'O B-ORG I-ORG O O O')).toBe(
      'O B-ORG I-ORG I-ORG O O',
    );
  });

  it('not مستشفى and a common word alone, a complex without its adjective, nor an adjective alone', () => {
    for (const s of [
      'إلى مستشفى الأطفال في',
      'وأقيم مستشفى ميداني .',
      'في مجمع ناصر السكني',
      'إلى مستشفى العام',
      'المستشفى العدان',
    ])
      expect(claimed(s)).toBe(
        seq(s)
          .map(() => 'O')
          .join(' '),
      );
  });

  it('is found by the product, as are cities of medicine and sport named after a king', () => {
    const found = extractEntities(
      loadTagger(),
      'وقال مدير مستشفى العدان إن الحالة مستقرة. ونقل المصاب لمجمع ناصر الطبي. وأجريت العملية في مدينة الملك فهد الطبية بالرياض. وتقام المباراة في مدينة الملك عبدالله الرياضية بجدة.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('ORG:مستشفى العدان');
    expect(found).toContain('ORG:مجمع ناصر الطبي');
    expect(found).toContain('ORG:مدينة الملك فهد الطبية');
    expect(found).toContain('LOC:مدينة الملك عبدالله الرياضية');
    expect(found.some((e) => e.startsWith('PER:'))).toBe(false);
  });

  it('bad input: no sentence, a head at the end — nothing changes, nothing throws', () => {
    const none: string[][] = [];
    claimHospitals([], none, { isRare: () => true, isGiven: () => true, isNameWord: () => true });
    expect(none).toEqual([]);
    expect(claimed('مستشفى')).toBe('O');
    expect(claimed('ونقل الجرحى إلى مستشفى')).toBe('O O O O');
  });
});
