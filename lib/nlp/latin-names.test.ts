import { describe, expect, it } from 'vitest';
import { claimLatinNames } from './latin-names';
import { extractEntities } from './entities';
import { loadTagger } from '../../tools/model-file';

const seq = (s: string) => s.split(' ');
const claim = (sentences: string[], tags?: string[]) => {
  const s = sentences.map(seq);
  const t = tags ? tags.map(seq) : s.map((x) => x.map(() => 'O'));
  claimLatinNames(s, t);
  return t.map((x) => x.join(' '));
};

describe('an organisation named in Latin letters after its kind', () => {
  it('is that organisation, in quotes or brackets too', () => {
    expect(claim(['منافسة من شركة Volocopter الألمانية'])).toEqual(['O O O B-ORG O']);
    expect(claim(['نقل موقع قناة ( SWR ) الألمانية'])).toEqual(['O O O O B-ORG O O']);
    expect(claim(['تعاقدت مع شركة « OpenAI » أمس'])).toEqual(['O O O O B-ORG O O']);
  });

  it('with one word of the head between, a name of several words, and the names listed after', () => {
    expect(claim(['في شركة الأبحاث CB Insights إن'])).toEqual(['O O O B-ORG I-ORG O']);
    expect(claim(['ومن شركتي Terrafugia و Joby Aviation الأميركيتين'])).toEqual([
      'O O B-ORG O B-ORG I-ORG O',
    ]);
    expect(claim(['جهاز الاستخبارات MI 6 وشركة Boeing'])).toEqual(['O O O O O B-ORG']);
  });

  it('and wherever the article names it again in the same letters', () => {
    expect(
      claim(['من شركة Volocopter الألمانية', 'وتقول Volocopter إن', 'نظام Volo City']),
    ).toEqual(['O O B-ORG O', 'O B-ORG O', 'O O O']);
  });

  it('not without a head, not a lower-case word, not over the tagger’s own names', () => {
    for (const s of [
      'صدر الصورة، EPA-EFE / REX / Shutterstock',
      'سيارة I-Pace الجديدة',
      'موقع phonemes حيث',
      'مثل Balea و Cien Care',
      'في شركة',
      'إلى شركة X / Open',
      'وقع المنتخب في مجموعة F مع',
      'عبر شبكة Wi-Fi مجانية',
      'عبر موقع GPS للمستخدم',
      'مؤسسة OSF / 1',
    ])
      expect(claim([s])).toEqual([
        seq(s)
          .map(() => 'O')
          .join(' '),
      ]);
    expect(claim(['شركة Volocopter Daimler'], ['O B-PER I-PER'])).toEqual(['O B-PER I-PER']);
    // (at the end of the sentence, too)
    expect(claim(['شركة Volocopter'])).toEqual(['O B-ORG']);
  });

  it('caps a name at four words', () => {
    expect(claim(['شركة Alpha Beta Gamma Delta Epsilon هنا'])).toEqual([
      'O B-ORG I-ORG I-ORG I-ORG O O',
    ]);
  });
});

describe('through the shipped model', () => {
  const tagger = loadTagger();
  it('lists the companies an article names in Latin letters', () => {
    const text =
      'ستواجه السيارة منافسة من شركة Volocopter الألمانية المدعومة من شركات Daimler. ' +
      'وقالت Volocopter إن طائرتها جاهزة للطيران في دبي.';
    const entities = extractEntities(tagger, text, 'سيارة طائرة جديدة');
    const volocopter = entities.find((e) => e.name === 'Volocopter');
    expect(volocopter?.type).toBe('ORG');
    expect(volocopter?.count).toBe(2);
    expect(entities.find((e) => e.name === 'Daimler')?.type).toBe('ORG');
  });
});
