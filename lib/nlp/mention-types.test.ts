/**
 * An entity's type from its mentions (mention-types.ts): a place wherever the article writes an
 * area's word before one of them, with the shipped model; never a person's name.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import type { Mention } from './entities';
import { typeOfMentions } from './mention-types';
import { normalizeWord } from '../text/normalize';

const tagger = loadTagger();
const found = (text: string) =>
  extractEntities(tagger, text).map((e) => `${e.type}:${e.name}×${e.count}`);

const mention = (type: Mention['type'], area?: string): Mention => ({
  start: 0,
  end: 1,
  surface: 'تيميمون',
  words: ['تيميمون'],
  type,
  sentence: 0,
  firstToken: 1,
  ...(area ? { area: normalizeWord(area) } : {}),
});

describe('an entity’s type', () => {
  it('is the vote of its mentions, a tie to a person, place or organisation over MISC', () => {
    const none = () => false;
    expect(typeOfMentions([mention('PER'), mention('PER'), mention('LOC')], none, none)).toBe(
      'PER',
    );
    expect(typeOfMentions([mention('MISC'), mention('ORG')], none, none)).toBe('ORG');
  });

  it('is a place where an area’s word stands before one of its mentions', () => {
    const none = () => false;
    const all = () => true;
    expect(
      typeOfMentions([mention('PER'), mention('PER'), mention('PER', 'بولاية')], none, none),
    ).toBe('LOC');
    expect(typeOfMentions([mention('ORG', 'ولاية')], none, none)).toBe('LOC');
    // (a person's words after قضاء still make the place: قضاء أبي الخصيب)
    expect(typeOfMentions([mention('PER'), mention('PER', 'قضاء')], none, all)).toBe('LOC');
    // (not a person's words after ولاية, a term of office too: ولاية ترامب)
    expect(typeOfMentions([mention('PER'), mention('PER', 'ولاية')], none, all)).toBe('PER');
    // (nor a person the dictionary lists, whatever the area's word)
    expect(typeOfMentions([mention('PER'), mention('PER', 'حي')], all, all)).toBe('PER');
    // (an event stays one)
    expect(typeOfMentions([mention('MISC', 'ولاية')], none, none)).toBe('MISC');
  });

  it('in an article: بولاية تيميمون makes its other mentions the place', () => {
    const text =
      'منح 200 ألف هكتار جديدة للاستثمار في الحبوب بأدرار وتيميمون والمنيعة. وفي بلدية تينركوك بولاية تيميمون ، قال الفلاح عبد القادر إن الأرض جيدة. وتقع أراض جديدة في ولايات أدرار وتيميمون والمنيعة.';
    expect(found(text)).toContain('LOC:تيميمون×3');
    expect(found('وانتقد خصومه ولاية ترامب الثانية. وقال ترامب إن الاقتصاد قوي.')).toContain(
      'PER:ترامب×2',
    );
    // (nor a body a list knows or a body's head names, after an area word in its other sense)
    expect(
      found('وقرر مجلس الأمن تمديد ولاية اليونيفيل عاما آخر. وقالت اليونيفيل إن الوضع هادئ.'),
    ).toContain('ORG:اليونيفيل×2');
    expect(
      found(
        'ويتوقع المحللون محافظة البنك المركزي المصري على أسعار الفائدة. وقال البنك المركزي المصري إن التضخم تراجع.',
      ),
    ).toContain('ORG:البنك المركزي المصري×2');
  });

  it('is a place where its name ends on an English word for a park, a square or a street', () => {
    expect(
      found('قبل وقفة احتجاجية أقيمت في سان أنطونيو بارك، قال ماسون إسكاميلا إن الخبر صدمه.'),
    ).toContain('LOC:سان أنطونيو بارك×1');
    expect(found('تجمع المحتجون في هايد بارك وسط لندن أمس.')).toContain('LOC:هايد بارك×1');
    // (and not the city it is named after: coreference.ts keeps them apart)
    expect(
      found(
        'يعيش الطيار في سان أنطونيو منذ عامين. وقبل وقفة أقيمت في سان أنطونيو بارك، قال صديقه إن سان أنطونيو حزينة.',
      ),
    ).toEqual(expect.arrayContaining(['LOC:سان أنطونيو×2', 'LOC:سان أنطونيو بارك×1']));
    // (not a person named so, nor a body the lists know)
    expect(
      found('وقال المخرج البريطاني نيك بارك إن الفيلم جاهز. وأضاف بارك أن العرض قريب.'),
    ).toContain('PER:نيك بارك×2');
    // (a name that only begins so is what it is: وول ستريت جورنال)
    expect(found('وقالت صحيفة وول ستريت جورنال إن الشركة خسرت.')).toContain(
      'ORG:وول ستريت جورنال×1',
    );
  });
});
