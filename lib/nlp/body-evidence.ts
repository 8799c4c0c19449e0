/**
 * What shows that a head as often a verbal or common noun names a body (construct-bodies.ts): the
 * sentence makes it act or gives it staff. A department is often named once, with no adjective of
 * relation or purpose to close its name (إدارة مكافحة المخدرات، مديرية شؤون العشائر، إدارة معادلة
 * الشهادات), or closed by an adjective that describes as well (إدارة الشؤون الزراعية، إدارة الأرصاد
 * الجوية) — and then it is the subject of a body's verb just before it (أعلنت، باشرت، جددت،
 * نفذتها) or has a head or staff just before it (مدير إدارة …، موظف في إدارة …، ممثلة في إدارة …).
 * Not a verb that as often takes the verbal noun as its object (بدأت إدارة الملف، واصلت، قررت),
 * nor فرق, "difference" as often as "teams" (لا فرق في إدارة الموارد).
 */
import { isOneOf } from './tag-edits';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Verbs a body is the subject of, feminine as its head, with an object pronoun or without. */
const BODY_VERBS = set(
  [
    'أعلنت',
    'أكدت',
    'أوضحت',
    'ذكرت',
    'قالت',
    'أفادت',
    'باشرت',
    'جددت',
    'دعت',
    'حذرت',
    'نفذت',
    'ضبطت',
    'أصدرت',
    'نظمت',
    'توقعت',
    'كشفت',
    'نفت',
    'طالبت',
    'أطلقت',
    'رصدت',
    'تلقت',
    'أحالت',
    'أغلقت',
    'سجلت',
    'أشارت',
    'افتتحت',
  ].flatMap((v) => [v, `${v}ه`, `${v}ها`]),
);

/** A body's head or staff, just before its name (مدير إدارة الشؤون الزراعية). */
const HEADS_OF = set(['مدير', 'مديرة', 'رئيس', 'رئيسة', 'مديري', 'مدراء']);

/** Staff in a body, with في between (موظف في إدارة معادلة الشهادات، ممثلة في إدارة …). */
const STAFF_IN = set([
  'موظف',
  'موظفة',
  'موظفي',
  'موظفو',
  'ضابط',
  'ضباط',
  'عناصر',
  'فريق',
  'ممثلة',
  'ممثلا',
  // (in the accusative too: كانوا ضباطا في إدارة البحث الجنائي)
  'موظفا',
  'ضابطا',
  'ضباطا',
]);
const IN = normalizeWord('في');

/**
 * The heads this evidence is read for: departments and authorities (not a board, an office or a
 * faculty, which the head of an institution has: رئيس مجلس الإدارة، مدير مكتب الصحة، عميد كلية;
 * nor هيئة, as often a team: طالبت هيئة الدفاع).
 */
export const DEPARTMENTS = set(['إدارة', 'مديرية', 'سلطة']);

/** Whether the sentence makes the body whose head is at `k` act, or gives it a head or staff. */
export function bodyShown(tokens: string[], tags: string[], k: number): boolean {
  const before = tokens[k - 1] ?? '';
  if (tags[k - 1] !== 'O') return false;
  if (isOneOf(before, BODY_VERBS) || isOneOf(before, HEADS_OF)) return true;
  return (
    normalizeWord(before) === IN && tags[k - 2] === 'O' && isOneOf(tokens[k - 2] ?? '', STAFF_IN)
  );
}
