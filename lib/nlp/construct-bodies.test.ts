import { describe, expect, it } from 'vitest';
import { claimConstructBodies } from './construct-bodies';
import { normalizeWord } from '../text/normalize';

const seq = (s: string) => s.split(' ');
const NATIONALITIES = new Set(
  ['الروسية', 'الهندية', 'التركية', 'الالمانية', 'الصينية'].map(normalizeWord),
);
const isNationality = (w: string) => NATIONALITIES.has(normalizeWord(w));
/** The tags after the pass, for one sentence (untagged unless `tags` says otherwise). */
const claim = (sentence: string, tags?: string) => {
  const s = seq(sentence);
  const t = [tags ? seq(tags) : s.map(() => 'O')];
  claimConstructBodies([s], t, isNationality);
  return t[0]!.join(' ');
};
/** The words claimed as one organisation, or '' for none. */
const claimed = (sentence: string, tags?: string) => {
  const t = claim(sentence, tags).split(' ');
  return seq(sentence)
    .filter((_, i) => t[i]!.endsWith('-ORG'))
    .join(' ');
};

describe('an institution named by a head in the construct state', () => {
  it('is closed by adjectives of relation, a nationality among them', () => {
    expect(claimed('وأعلنت رئيسة لجنة الانتخابات المركزية الروسية ، إيلا')).toBe(
      'لجنة الانتخابات المركزية الروسية',
    );
    expect(claimed('استقبل مستشفى الصداقة التعليمي بمديرية الشيخ')).toBe('مستشفى الصداقة التعليمي');
    expect(claimed('من طرف صندوق الضمان المركزي في إطار')).toBe('صندوق الضمان المركزي');
    // (a one-letter proclitic on the head, a noun in the construct state before the field)
    expect(claimed('التابع لمنظمة أبحاث الفضاء الهندية في مدينة')).toBe(
      'لمنظمة أبحاث الفضاء الهندية',
    );
  });

  it('takes a place the tags hold whole, and the adjectives that follow a name’s own', () => {
    expect(claim('المتحدث لتجمع مكة المكرمة الصحي عبدالله', 'O O B-LOC I-LOC O B-PER')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG B-PER',
    );
    expect(claimed('من مدرسة بنات الرمثا الثانوية الشاملة في محافظة', 'O O O B-LOC O O O O')).toBe(
      'مدرسة بنات الرمثا الثانوية الشاملة',
    );
    expect(claimed('من مدرسة الرمثا الثانوية للبنات في المرتبة', 'O O B-LOC O O O O')).toBe(
      'مدرسة الرمثا الثانوية للبنات',
    );
  });

  it('is closed by a second field joined by و, or by what it is for, without an adjective', () => {
    expect(claimed('مضيفا أن مجلس الإنماء والإعمار وعد منذ')).toBe('مجلس الإنماء والإعمار');
    expect(claimed('دعم عاجل من مكتب الصحة العامة والسكان بعدن')).toBe('مكتب الصحة العامة والسكان');
    expect(claimed('والتحق بفرقة مدينة تونس للمسرح حيث شارك', 'O O O B-LOC O O O')).toBe(
      'بفرقة مدينة تونس للمسرح',
    );
  });

  it('is no name without a close', () => {
    for (const s of [
      'وأعلن مجلس الإدارة الجديد خطته',
      'وقالت وكالة الأنباء الرسمية إن الرئيس',
      'وقال مصدر في مستشفى الولادة الحكومي إن',
      'وقال مكتب الرئيس الفرنسي إن الزيارة',
    ])
      expect(claimed(s)).toBe('');
  });

  it('is not what the sentence says after it, nor a person’s title', () => {
    // (a purpose after an adjective is what the body does here)
    expect(claimed('بتنظيم مجلس دبي الرياضي للحدث الذي', 'O O B-LOC O O O O')).toBe(
      'مجلس دبي الرياضي',
    );
    expect(claimed('وقالت إدارة الرئيس الأمريكي دونالد ترامب', 'O O O O B-PER I-PER')).toBe('');
    expect(claimed('وطالبت هيئة الدفاع المحامي سمير بالإفراج', 'O O O O B-PER O')).toBe('');
  });

  it('is no name where the head is read as a verbal noun or a position', () => {
    for (const s of [
      'تحسين إدارة الفيضانات والسيطرة عليها أمرا',
      'وأدوات لإدارة عمليات التثبيت والمهام الإدارية للنظام',
      'بحيث يكون مركز الشمس والقمر على استقامة',
      'بعد تجمع المياه والحصى في الوادي',
      'إدارة الأعمال الموجه للمتخصصين في',
      'تقديم الخدمات في مصلحة الشعب اللبناني أولا',
    ])
      expect(claimed(s)).toBe('');
  });

  it('leaves a company a nationality only describes', () => {
    expect(claimed('كانت فولكسفاغن شركة السيارات الالمانية الرائدة في السوق')).toBe('');
    // …but not a committee named so
    expect(claimed('التي أعلنتها لجنة الانتخابات الهندية اليوم')).toBe('لجنة الانتخابات الهندية');
  });

  it('never takes words another name holds', () => {
    expect(claim('وقال مجلس الأمن الدولي إن', 'O B-ORG I-ORG I-ORG O')).toBe(
      'O B-ORG I-ORG I-ORG O',
    );
    expect(claim('وقال مستشفى الأمل محمد العلي', 'O O O B-PER I-PER')).toBe('O O O B-PER I-PER');
  });

  it('a city’s council, a definite head with two adjectives of relation', () => {
    expect(claimed('بدأ مجلس مدينة داريا في ريف', 'O O O B-LOC O O')).toBe('مجلس مدينة داريا');
    expect(claimed('طالب المجلس البلدي المركزي خلال جلسته')).toBe('المجلس البلدي المركزي');
    // (a meeting is no body: الجمعية العمومية العادية)
    expect(claimed('وأقرت الجمعية العمومية العادية توزيع الأرباح')).toBe('');
  });

  it('a head before the rest of its name the tagger found, not before another body', () => {
    expect(claim('« تجمع الرياض الصحي الأول » يدشن', 'O O B-ORG I-ORG I-ORG O O')).toBe(
      'O B-ORG I-ORG I-ORG I-ORG O O',
    );
    expect(claim('مكتب منظمة الصحة العالمية في', 'O B-ORG I-ORG I-ORG O')).toBe(
      'O B-ORG I-ORG I-ORG O',
    );
    expect(claim('إدارة البنك المركزي التونسي قررت', 'O B-ORG I-ORG I-ORG O')).toBe(
      'O B-ORG I-ORG I-ORG O',
    );
  });

  it('a company of a region named by what it does after it', () => {
    const gulf = new Set(['الخليجيه']);
    const s = seq('حددت شركة المخازن المبردة الخليجية للخدمات اللوجستية القابضة النطاق');
    const t = [s.map(() => 'O')];
    claimConstructBodies([s], t, (w) => gulf.has(normalizeWord(w)));
    expect(s.filter((_, i) => t[0]![i] !== 'O').join(' ')).toBe(
      'شركة المخازن المبردة الخليجية للخدمات اللوجستية القابضة',
    );
  });
});

describe('a department the sentence makes act or gives staff (body-evidence.ts)', () => {
  it('is named without a close, or closed by an adjective that also describes', () => {
    expect(claimed('في عملية أمنية نفذتها إدارة مكافحة المخدرات في لواء الرمثا')).toBe(
      'إدارة مكافحة المخدرات',
    );
    expect(claimed('وهو موظف في إدارة معادلة الشهادات بالوزارة')).toBe('إدارة معادلة الشهادات');
    expect(claimed('وكانوا ضباطا في إدارة البحث الجنائي قبل')).toBe('إدارة البحث الجنائي');
    expect(claimed('بحسب ما أعلنته إدارة الأرصاد الجوية .')).toBe('إدارة الأرصاد الجوية');
    expect(claimed('وقال خالد ، مدير إدارة الشؤون الزراعية ، في تصريحات')).toBe(
      'إدارة الشؤون الزراعية',
    );
    expect(claimed('أوضحت مديرية شؤون اللاجئين السوريين في وزارة')).toBe(
      'مديرية شؤون اللاجئين السوريين',
    );
  });
  it('not without the evidence, nor a verbal noun a verb takes, nor one word after إدارة', () => {
    expect(claimed('وتحدث عن إدارة الشؤون الزراعية في البلاد')).toBe('');
    expect(claimed('تواجه إدارة مكافحة المخدرات صعوبات')).toBe('');
    expect(claimed('بدأت إدارة الملف النووي')).toBe('');
    expect(claimed('أعلنت إدارة الأزمة أمس')).toBe('');
    expect(claimed('الحكومة قررت إدارة الملف الاقتصادي بنفسها')).toBe('');
    expect(claimed('لا فرق في إدارة الموارد المائية بين الحكومتين')).toBe('');
  });
  it('not a board or an office its head has (رئيس مجلس الإدارة)', () => {
    expect(claimed('وقال رئيس مجلس الإدارة إن الأرباح')).toBe('');
    expect(claimed('وقال مدير مكتب الصحة إن')).toBe('');
  });
});
