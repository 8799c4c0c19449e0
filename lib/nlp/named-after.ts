/**
 * Names given after a person (issue 13): a university, a newspaper, an airport or a camp named
 * like someone (جامعة جونز هوبكنز، صحيفة صنداي تايمز، مخيم أبو شوك) — the head words, the type of
 * the whole name, and where a head stands before a name (name-rules.ts, name-joins.ts,
 * known-names.ts, place-heads.ts).
 */
import { stripClitics } from './clitics';
import { isInstitutionHead } from './name-words';
import { isOneOf } from './tag-edits';
import { normalizeWord } from '../text/normalize';

/** Heads of names given after a person, and the type of the whole name. */
export const NAMED_AFTER = new Map<string, string>(
  [
    ['جامعة', 'ORG'],
    ['مؤسسة', 'ORG'],
    ['مركز', 'ORG'],
    ['مستشفى', 'ORG'],
    ['مدرسة', 'ORG'],
    ['كلية', 'ORG'],
    ['معهد', 'ORG'],
    ['مكتبة', 'ORG'],
    ['متحف', 'ORG'],
    // Media and companies are named after people too, and their foreign names read as people's
    // (راديو فايف لايف، صحيفة صنداي تايمز، شركة فورد).
    ['راديو', 'ORG'],
    ['إذاعة', 'ORG'],
    ['قناة', 'ORG'],
    ['صحيفة', 'ORG'],
    ['جريدة', 'ORG'],
    ['مجلة', 'ORG'],
    ['وكالة', 'ORG'],
    ['شركة', 'ORG'],
    ['مطار', 'LOC'],
    ['ملعب', 'LOC'],
    ['استاد', 'LOC'],
    ['ستاد', 'LOC'],
    ['شارع', 'LOC'],
    ['ساحة', 'LOC'],
    ['ميدان', 'LOC'],
    ['جسر', 'LOC'],
    ['مسجد', 'LOC'],
    ['ميناء', 'LOC'],
    ['طريق', 'LOC'],
    ['مركب', 'LOC'],
    ['مجمع', 'LOC'],
    ['قاعة', 'LOC'],
    ['مسرح', 'LOC'],
    ['قاعدة', 'LOC'],
    ['محطة', 'LOC'],
    // (a camp named like a person: مخيم أبو شوك; not معسكر, a party's or a team's camp as often:
    // معسكر دونالد ترامب)
    ['مخيم', 'LOC'],
  ].map(([w, t]) => [normalizeWord(w!), t!]),
);

/**
 * The type of the name `token` heads when a person's name follows it (NAMED_AFTER), as written,
 * without its clitics, or behind a one-letter preposition (بساحة، لجامعة، بمطار); never with the
 * article (المجلة).
 */
export function namedAfter(token: string): string | undefined {
  const head = normalizeWord(token);
  const { stem, prefix } = stripClitics(head);
  // A head with the article names no one after it: مصورة المجلة آني ليبوفيتز is the magazine's
  // photographer (a name after a head is its genitive, and a head in the construct state has none).
  if (prefix.includes('ال')) return undefined;
  return (
    NAMED_AFTER.get(head) ??
    NAMED_AFTER.get(stem) ??
    ('وبلفك'.includes(head[0] ?? '') ? NAMED_AFTER.get(head.slice(1)) : undefined)
  );
}

/** Titles of rank before a person's name (الأمير، الملك، الشيخ …). */
export const RANK_TITLES = new Set(
  ['الأمير', 'الأميرة', 'الملك', 'الملكة', 'الشيخ', 'الشيخة', 'السلطان', 'الإمام'].map(
    normalizeWord,
  ),
);

const ROAD = normalizeWord('طريق');
const ABOUT = /^[وف]?عن$/u;
/**
 * Heads named after a person only with a title of rank between (طريق الملك فهد، قاعدة الملك
 * عبد العزيز). (Not قصر at all: قصر الأمير … is where a prince lives as often as a place's name.)
 */
const TITLED_ONLY = new Set(['طريق', 'قاعدة'].map(normalizeWord));

/** namedAfter of the token at `at`, in its sentence: عن طريق is "by way of" (عن طريق مروان الشماخ). */
export function namedAfterAt(tokens: string[], at: number): string | undefined {
  if (
    at > 0 &&
    stripClitics(normalizeWord(tokens[at]!)).stem === ROAD &&
    ABOUT.test(tokens[at - 1]!)
  )
    return undefined;
  return namedAfter(tokens[at]!);
}

/** Quotes that open a name. */
export const OPEN_QUOTES = new Set(['“', '"', '«', '„', '‘']);
export const CLOSE_QUOTES = new Set(['”', '"', '»', '’']);
/** Whether the tokens around a name are an opening and a closing quote (a title: «…»). */
export const quotedAt = (before?: { text: string }, after?: { text: string }): boolean =>
  OPEN_QUOTES.has(before?.text ?? '') && CLOSE_QUOTES.has(after?.text ?? '');

/**
 * The head a name starting at `start` is named after (namedAfter), right before it or before the
 * quote it opens with (استاد " سانتياغو برنابيو "), untagged: its type, where it stands, and
 * whether the name is quoted (then the head stays out of it).
 */
export function headBefore(
  tokens: string[],
  tags: string[],
  start: number,
): { type: string; at: number; quoted: boolean } | undefined {
  const quoted = start >= 2 && OPEN_QUOTES.has(tokens[start - 1]!);
  let at = quoted ? start - 2 : start - 1;
  if (at < 0 || tags[at] !== 'O' || (quoted && tags[start - 1] !== 'O')) return undefined;
  // (a title of rank between them: شارع الشيخ محمد بن زايد، استاد الملك فهد — before a person
  // only: مركز الشيخ زويد is a district, الشيخ زويد a place)
  const titled =
    !quoted &&
    at > 0 &&
    tags[at - 1] === 'O' &&
    !tags[start]!.endsWith('LOC') &&
    RANK_TITLES.has(normalizeWord(tokens[at]!));
  if (titled) at--;
  // (a road or a base is named after a person only with a title of rank: طريق الملك فهد, not في
  // طريق دونالد ترامب نحو الرئاسة, قاعدة بشار الأسد الشعبية)
  if (!titled && isOneOf(tokens[at]!, TITLED_ONLY)) return undefined;
  const type = namedAfterAt(tokens, at);
  return type ? { type, at, quoted } : undefined;
}

/** Titles that always stand before a person's name (مولاي إسماعيل، سيدي محمد، الملك فهد). */
const TITLES_BEFORE_NAMES = new Set(
  [...RANK_TITLES, ...['مولاي', 'سيدي'].map(normalizeWord)].map(normalizeWord),
);

/**
 * An institution the tagger ended on the title of the person it is named after, in place: an
 * organisation or place whose last word is such a title and the person right after it are one
 * name (جامعة مولاي | إسماعيل، جامعة سيدي | محمد بن عبد الله، مستشفى الملك | فهد) — the title
 * right after the head.
 */
export function joinTitledNamesAfter(sentences: string[][], tags: string[][]): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 1; k + 1 < tokens.length; k++) {
      if (!/^I-(ORG|LOC)$/.test(t[k]!) || t[k + 1] !== 'B-PER') continue;
      if (!TITLES_BEFORE_NAMES.has(normalizeWord(tokens[k]!))) continue;
      // (the title right after an institution's head: جامعة مولاي | إسماعيل — not a place whose
      // name ends on it, كفر الشيخ | جمال نور الدين، شرم الشيخ | محمد بن زايد)
      if (!t[k - 1]!.startsWith('B-') || !isInstitutionHead(tokens[k - 1]!)) continue;
      const type = t[k]!.slice(2);
      let end = k + 1;
      while (t[end] === 'B-PER' || t[end] === 'I-PER') {
        t[end] = `I-${type}`;
        end++;
        if (t[end] === 'B-PER') break;
      }
      k = end - 1;
    }
  });
}
