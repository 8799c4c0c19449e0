/** What orders an article's entities: who acts in the story, after a verb of saying or acting. */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { actsAt } from './ranking';
import { tokenize } from './tokenize';

const at = (sentence: string, word: string) => {
  const tokens = tokenize(sentence);
  return actsAt(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
};

describe('actsAt', () => {
  it('a name a few words after a verb of saying or acting, with و or ف before it too', () => {
    expect(at('وأعلنت وزارة الصحة عن حالات جديدة', 'وزارة')).toBe(true);
    expect(at('وقال الرئيس التنفيذي أحمد سالم إن الأرباح ارتفعت', 'أحمد')).toBe(true);
    expect(at('فاستقبل الملك الوفد', 'الملك')).toBe(true);
    // (a verb that begins with و itself: وافق, وقّع)
    expect(at('وافق البرلمان على القانون', 'البرلمان')).toBe(true);
  });

  it('its object too: what the verb acts on is in the story', () => {
    expect(at('زار الوفد مقر وزارة الصحة', 'وزارة')).toBe(true);
  });

  it('not a noun written like a verb once folded, nor across a punctuation mark', () => {
    // (هنا "here" folds like هنأ, رأي "opinion" like رأى; وجه and عقد are nouns as often)
    expect(at('ونحن هنا في بيروت منذ أسبوع', 'بيروت')).toBe(false);
    expect(at('وفق استطلاع رأي أجرته جامعة بيرزيت', 'جامعة')).toBe(false);
    expect(at('صمد في وجه التهديدات في مضيق هرمز', 'مضيق')).toBe(false);
    expect(at('قال ، إن الوفد في لندن', 'لندن')).toBe(false);
    // (and no word at all: a name not found in the sentence)
    expect(at('أعلنت وزارة الصحة', 'غائب')).toBe(false);
  });

  it('not a name in a sentence without such a verb, nor four words or more after it', () => {
    expect(at('زار الوزير أمس برفقة الوفد مقر وزارة الصحة', 'وزارة')).toBe(false);
    expect(at('كشفت نتائج استطلاع نشرته صحيفة الغد', 'صحيفة')).toBe(false);
    expect(at('في مؤتمر وزارة الصحة أمس', 'وزارة')).toBe(false);
    expect(at('الوزير التقى أمس في مكتبه وفد نقابة الأطباء', 'نقابة')).toBe(false);
    expect(at('بدأ أحمد العمل', 'أحمد')).toBe(false);
  });
});

describe('ranking', () => {
  it('of two bodies named once each, the one that acts comes first, though named later', () => {
    const ranked = extractEntities(
      loadTagger(),
      'استفاد المشروع من دعم جامعة القاهرة في السنوات الماضية. وأعلنت جامعة الإسكندرية أمس عن بدء التسجيل في البرنامج.',
    ).map((e) => e.name);
    expect(ranked).toEqual(['جامعة الإسكندرية', 'جامعة القاهرة']);
  });
});
