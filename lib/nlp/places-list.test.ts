/**
 * Places of several words from our own list (data/gazetteers/places.tsv, in the known names):
 * claimed whole whatever the tagger made of them; a name found with a long vowel more or less is
 * never common words.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';

const tagger = loadTagger();
const names = (text: string) => extractEntities(tagger, text).map((e) => `${e.type}:${e.name}`);

describe('places from the curated list', () => {
  it('a camp, a prison and a quarter are found whole, not as the town or the family inside', () => {
    expect(names('وصل النازحون إلى مخيم الهول شرقي سوريا.')).toContain('LOC:مخيم الهول');
    expect(names('نقل المعتقلون إلى سجن صيدنايا قرب دمشق.')).toContain('LOC:سجن صيدنايا');
    expect(names('اقتحم مستوطنون حي الشيخ جراح في القدس.')).toContain('LOC:حي الشيخ جراح');
  });

  it('a place and its other name are one entity (مكة المكرمة / مكة)', () => {
    const es = extractEntities(
      tagger,
      'وصل الحجاج إلى مكة المكرمة أمس. وتستعد مكة لاستقبال مليوني حاج.',
    );
    expect(es.map((e) => `${e.type}:${e.name} ${e.count}`)).toEqual(['LOC:مكة المكرمة 2']);
  });

  it('a listed name is read whole: وادي غزة is no و + ادي غزة where the article has أدى', () => {
    const es = extractEntities(
      tagger,
      'أدى القصف الإسرائيلي إلى دمار كبير في وادي غزة، وقال السكان إن وادي غزة تضرر.',
    );
    expect(es.map((e) => `${e.type}:${e.name} ${e.count}`)).toEqual(['LOC:وادي غزة 2']);
  });

  it('a name the list writes without the article is not found in a word that has it', () => {
    // جبل مرة and النهر البارد's bare forms are listed; الجبل and النهر here are common nouns.
    expect(names('صعد المتسلقون إلى قمة الجبل مرة أخرى.')).toEqual([]);
    expect(names('يعد هذا الجبل أحد أعلى القمم في المنطقة.')).toEqual([]);
    expect(names('وصل الجيش إلى جبل مرة في دارفور.')).toContain('LOC:جبل مرة');
  });

  it('an emirate and its city are one place (إمارة دبي / دبي)', () => {
    const es = extractEntities(tagger, 'زار الوفد إمارة دبي. وقال مسؤول في دبي إن الاستثمار ينمو.');
    expect(es.map((e) => `${e.type}:${e.name} ${e.count}`)).toEqual(['LOC:دبي 2']);
  });

  it('a spelling with a long vowel more or less is a name, not common words the tagger left', () => {
    // «قضاء عالية» (Aley) is on the list; «والقضاء عليه» is "and eliminating it".
    expect(names('وتعمل الدولة على مكافحة الوباء والحد من انتشاره والقضاء عليه.')).toEqual([]);
  });
});
