/** The page's own outlet among its names (own-outlet.ts), alone and through the shipped model. */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { isOwnOutlet, namesOutlet, outletForms, outletSpans } from './own-outlet';

const bbc = { name: 'BBC News عربي', url: 'https://www.bbc.com/arabic/articles/c720dxj8dq8o' };
const cnn = { name: 'CNNArabic', url: 'https://example.com/a' };
const jazeera = { name: 'الجزيرة نت', url: 'https://www.aljazeera.net/news/1' };
const ittihad = { name: 'الاتحاد', url: 'https://www.alittihad.ae/news/1' };
const alyaum = { name: 'اليوم', url: 'https://www.alyaum.com/articles/1' };

describe('outletForms', () => {
  it('reads a Latin acronym as Arabic spells its letters, and a name without its outlet words', () => {
    expect([...outletForms(bbc).strong]).toEqual(
      expect.arrayContaining(['bbc news عربي', 'bbc news', 'bbc', 'بي بي سي']),
    );
    // (CNNArabic written as one word; the table knows CNN's own Arabic service by its domain)
    expect([...outletForms(cnn).strong]).toEqual(expect.arrayContaining(['cnn', 'سي ان ان']));
    expect([
      ...outletForms({ name: 'x', url: 'https://arabic.cnn.com/middle-east' }).strong,
    ]).toEqual(expect.arrayContaining(['cnn بالعربيه', 'cnn']));
  });

  it('keeps a name of one Arabic word apart, as one that needs a medium before it', () => {
    const forms = outletForms(jazeera);
    expect([...forms.strong]).toEqual(['الجزيره نت', 'al jazeera']);
    expect([...forms.weak]).toEqual(['الجزيره']);
  });

  it('takes no brand from generic capitals, a domain or a page without a name', () => {
    expect([...outletForms({ name: 'Chouf TV', url: 'not a url' }).strong]).toEqual(['chouf tv']);
    expect(outletForms({ name: 'AL JAZEERA', url: 'not a url' }).strong.has('al')).toBe(false);
    const none = outletForms({ name: 'example.com', url: 'https://example.com/a' });
    expect([none.strong.size, none.weak.size]).toEqual([0, 0]);
    const empty = outletForms({ name: '', url: 'not a url' });
    expect([empty.strong.size, empty.weak.size]).toEqual([0, 0]);
  });
});

describe('isOwnOutlet', () => {
  it('finds the outlet by its name, its service words and a one-letter preposition', () => {
    const forms = outletForms(bbc);
    expect(isOwnOutlet('ORG', ['بي بي سي نيوز'], forms)).toBe(true);
    expect(isOwnOutlet('ORG', ['بي بي سي'], forms)).toBe(true);
    expect(isOwnOutlet('PER', ['لبي بي سي'], forms)).toBe(true);
    expect(isOwnOutlet('ORG', ['CNN بالعربية'], outletForms(cnn))).toBe(true);
  });

  it('finds a one-word outlet only after a word for a medium', () => {
    expect(isOwnOutlet('ORG', ['قناة الجزيرة'], outletForms(jazeera))).toBe(true);
    expect(isOwnOutlet('ORG', ['الجزيرة', 'صحيفة الجزيرة'], outletForms(jazeera))).toBe(true);
    expect(isOwnOutlet('ORG', ['الجزيرة نت'], outletForms(jazeera))).toBe(true);
    // The club and the European Union on the pages of الجزيرة and الاتحاد.
    expect(isOwnOutlet('ORG', ['الجزيرة', 'نادي الجزيرة'], outletForms(jazeera))).toBe(false);
    expect(isOwnOutlet('ORG', ['الاتحاد الأوروبي', 'الاتحاد'], outletForms(ittihad))).toBe(false);
  });

  it('leaves other outlets, other names that begin alike and places alone', () => {
    const forms = outletForms(bbc);
    // ABC News (أي بي سي نيوز), and a fragment of the BBC's name
    expect(isOwnOutlet('ORG', ['أي بي سي نيوز'], forms)).toBe(false);
    expect(isOwnOutlet('ORG', ['بي سي'], forms)).toBe(false);
    expect(isOwnOutlet('ORG', ['بي بي سي ووزارة'], forms)).toBe(false);
    expect(isOwnOutlet('ORG', ['سي إن إن'], forms)).toBe(false);
    // The Arabian Peninsula on Al Jazeera's site is a place, and العربية is no outlet word after a name.
    expect(isOwnOutlet('LOC', ['الجزيرة نت'], outletForms(jazeera))).toBe(false);
    expect(isOwnOutlet('ORG', ['قناة الجزيرة العربية'], outletForms(jazeera))).toBe(false);
  });
});

describe('namesOutlet', () => {
  it('finds the outlet in a title as whole words, behind a preposition too', () => {
    expect(namesOutlet('بي بي سي تعتذر عن خطأ', outletForms(bbc))).toBe(true);
    expect(namesOutlet('اعتذار لبي بي سي', outletForms(bbc))).toBe(true);
    expect(namesOutlet('(CNN) تعيد هيكلة قسمها', outletForms(cnn))).toBe(true);
    expect(namesOutlet('إسرائيل تغلق مكتب قناة الجزيرة', outletForms(jazeera))).toBe(true);
    expect(namesOutlet('أي بي سي تعتذر', outletForms(bbc))).toBe(false);
    expect(namesOutlet('آرون بوشنيل: أصدقاء الطيار', outletForms(bbc))).toBe(false);
  });

  it('does not take a one-word name used as a common word or a place for the outlet', () => {
    expect(namesOutlet('أسعار الذهب اليوم في السعودية', outletForms(alyaum))).toBe(false);
    expect(namesOutlet('توتر في شبه الجزيرة الكورية', outletForms(jazeera))).toBe(false);
  });
});

describe('extractEntities with the page site', () => {
  const tagger = loadTagger();
  const text =
    'قال ماسون إسكاميلا لبي بي سي إن صديقه آرون بوشنل كان هادئا. وقال بريان سبنسر لبي بي سي نيوز إنه لم يكن يتحدث كثيرا عن غزة.';
  const keys = (site?: typeof bbc, title = 'أصدقاء آرون بوشنل يتذكرونه') =>
    extractEntities(tagger, text, title, site).map((e) => e.name);

  it("leaves the page's own outlet out, and keeps it on another outlet's page", () => {
    expect(keys()).toEqual(expect.arrayContaining(['بي بي سي نيوز']));
    expect(keys({ name: 'سكاي نيوز عربية', url: 'https://www.skynewsarabia.com/x' })).toEqual(
      expect.arrayContaining(['بي بي سي نيوز']),
    );
    const own = keys(bbc);
    expect(own.some((n) => n.includes('بي بي سي'))).toBe(false);
    expect(own).toEqual(expect.arrayContaining(['آرون بوشنل', 'غزة']));
  });

  it('keeps the outlet when the title names it (an article about the outlet)', () => {
    expect(keys(bbc, 'بي بي سي تعتذر عن خطأ في تقرير')).toEqual(
      expect.arrayContaining(['بي بي سي نيوز']),
    );
  });

  it("keeps a body named by the outlet's one word on the outlet's page", () => {
    const names = extractEntities(
      tagger,
      'أعلن الاتحاد الأوروبي فرض عقوبات جديدة على روسيا. وقال جوزيب بوريل إن دول الاتحاد متفقة.',
      'بروكسل تفرض عقوبات',
      ittihad,
    ).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['الاتحاد الأوروبي']));
  });
});

describe('outletSpans', () => {
  const masdar = { name: 'المصدر أونلاين', url: 'https://almasdaronline.com/articles/1' };
  const words = (s: string) => s.split(' ').map((text) => ({ text }));

  it('finds the outlet’s name of several words in the sentences, behind a preposition too', () => {
    const forms = outletForms(masdar);
    expect(
      outletSpans([words('وقال لـ المصدر أونلاين إن'), words('وأفاد للمصدر أونلاين')], forms),
    ).toEqual([
      { sentence: 0, first: 2, last: 3 },
      { sentence: 1, first: 1, last: 2 },
    ]);
    // (not its words apart, nor a name of one word)
    expect(outletSpans([words('نشر المصدر الخبر أونلاين')], forms)).toEqual([]);
    expect(outletSpans([words('قالت الاتحاد')], outletForms(ittihad))).toEqual([]);
  });

  it('drops a name the tagger finds inside the outlet’s name', () => {
    const tagger = loadTagger();
    const text =
      'المصدر أونلاين - تعز - خاص\n\nارتفع عدد حالات الاشتباه بالكوليرا في مدينة تعز إلى 320 حالة ' +
      'خلال أسبوع، وسط تحذيرات من تفشي الوباء بسبب الحصار المفروض على المدينة وانهيار المنظومة ' +
      'الصحية.\n\nوقال مدير مكتب الصحة بتعز الدكتور عبد الرحيم قاسم السامعي لـ"المصدر أونلاين" إن ' +
      'أغلب الحالات سجلت في مديريات صالة والقاهرة والمظفر.';
    const names = (site?: { name: string; url: string }) =>
      extractEntities(tagger, text, 'ارتفاع حالات الكوليرا في تعز', site).map(
        (e) => `${e.type}:${e.name}`,
      );
    // (the tagger reads أونلاين as a person; on the outlet's own page it is a piece of its name)
    expect(names()).toContain('PER:أونلاين');
    expect(names(masdar).some((n) => n.includes('أونلاين'))).toBe(false);
    expect(names(masdar)).toEqual(
      expect.arrayContaining(['LOC:تعز', 'PER:عبد الرحيم قاسم السامعي']),
    );
  });

  it('keeps a place that is the whole of the outlet’s name (الشرق الأوسط on aawsat.com)', () => {
    const tagger = loadTagger();
    const aawsat = { name: 'الشرق الأوسط', url: 'https://aawsat.com/node/123' };
    const found = extractEntities(
      tagger,
      'وقال المسؤول في واشنطن إن الهدف خفض التصعيد في منطقة الشرق الأوسط. وأضاف أن الوضع في الشرق الأوسط خطير.',
      '',
      aawsat,
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('LOC:الشرق الأوسط');
    // (…but where the article quotes the outlet, the name is the outlet's)
    const quoted = extractEntities(
      tagger,
      'وقال مصدر دبلوماسي لـ«الشرق الأوسط» إن المفاوضات تعثرت في واشنطن.',
      '',
      aawsat,
    ).map((e) => e.name);
    expect(quoted).not.toContain('الشرق الأوسط');
    expect(quoted).toContain('واشنطن');
  });
});
