/**
 * A local body named with its seat (issue 13): a directorate, a branch, a regional union or a
 * public company is one of many of its kind, and the place after it, behind ب or في, is part of its
 * name — مديرية الزراعة في درعا، الاتحاد الجهوي للشغل بقابس، شركة الصرف الصحي بالإسكندرية،
 * الإدارة العامة للتعليم بمحافظة الأحساء، كلية الطب في جامعة اليرموك. Courts have their own rule (courts.ts). Run after the bodies are claimed.
 *
 * Not a body whose name already says which one it is: a ministry or a national authority (وزارة
 * الصحة في غزة is the ministry, and so is فرع وزارة الشؤون الإسلامية بمنطقة جازان), a body with a place, a person or a nationality in its name (مكتب
 * الأمم المتحدة في جنيف، شركة الخليج المتحدة في دبي، جمعية الهلال الأحمر الليبي في زوارة).
 */
import { TIME_WORDS } from './name-words';
import { claim, isDefinite, isOneOfNormal } from './tag-edits';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Heads of bodies of which every region or city has one (with or without the article). */
const LOCAL_HEADS = set([
  'مديرية',
  'المديرية',
  'دائرة',
  'فرع',
  'إدارة',
  'الإدارة',
  'المؤسسة',
  'الشركة',
  'شركة',
  'المندوبية',
  'مندوبية',
  'نيابة',
  'مكتب',
  'المكتب',
  'مصلحة',
  'المصلحة',
]);

/** Heads that are local only with a word saying so (الاتحاد الجهوي للشغل; not الاتحاد الأوروبي). */
const LOCAL_WITH_WORD = set([
  'الاتحاد',
  'الهيئة',
  'المجلس',
  'النقابة',
  'اتحاد',
  'هيئة',
  'مجلس',
  'غرفة',
  'نقابة',
]);
const LOCAL_WORDS = set([
  'الجهوي',
  'الجهوية',
  'المحلي',
  'المحلية',
  'البلدي',
  'الإقليمي',
  'الإقليمية',
]);

/** An area's head between the preposition and the place (بمحافظة الأحساء، في منطقة جازان). */
const AREA_HEADS = set(['محافظة', 'منطقة', 'ولاية', 'مدينة', 'إقليم', 'عمالة', 'قضاء']);

const IN = normalizeWord('في');
const FACULTY = set(['كلية']);
const UNIVERSITY = normalizeWord('جامعة');

/** What the caller knows of a word inside a body's name. */
export interface SeatWords {
  /** A place, a person's name or a nationality: the body is already told apart by it. */
  isTelling: (word: string) => boolean;
  /** Whether words name a country: a national body's, no local seat (في الولايات المتحدة). */
  isCountry: (words: string[]) => boolean;
  /** Whether a word (without a proclitic) is a place the gazetteer knows. */
  isPlace?: (word: string) => boolean;
  /** Whether the dictionary knows a name among words (الأمم المتحدة). */
  names: (words: string[]) => boolean;
}

/** The index after the seat that begins at `k`, or -1: ب or في, an area's head, the place. */
function seatEnd(
  tokens: string[],
  t: string[],
  k: number,
  kind: 'LOC' | 'ORG',
  isCountry: (words: string[]) => boolean,
  isPlace?: (word: string) => boolean,
): number {
  const n = normalizeWord(tokens[k] ?? '');
  let at = k;
  if (n === IN && t[k] === 'O') {
    at = k + 1;
    const next = normalizeWord(tokens[at] ?? '');
    if (kind === 'LOC' && t[at] === 'O' && AREA_HEADS.has(next)) at++;
  } else if (n.startsWith('ب')) {
    // (the place behind its ب, بقابس; or بمحافظة / بمنطقة before it)
    if (kind === 'LOC' && t[at] === 'O' && AREA_HEADS.has(n.slice(1))) at++;
  } else return -1;
  // (a place the gazetteer knows behind its ب that the tagger left untagged: بقابس)
  if (
    kind === 'LOC' &&
    at === k &&
    t[at] === 'O' &&
    isPlace !== undefined &&
    isPlace(tokens[at]!.slice(1))
  )
    return isCountry([tokens[at]!]) ? -1 : at + 1;
  // (tagged, behind its ب too: بصفاقس، بجامعة دمشق)
  if (t[at] !== `B-${kind}`) return -1;
  if (kind === 'ORG' && normalizeWord(tokens[at]!).replace(/^ب/, '') !== UNIVERSITY) return -1;
  let end = at + 1;
  while (t[end] === `I-${kind}`) end++;
  return kind === 'LOC' && isCountry(tokens.slice(at, end)) ? -1 : end;
}

/**
 * Whether an organisation the tagger named with في after its indefinite head names its seat (مكتب
 * الثروة السمكية في محافظة عدن): name-bounds.ts cuts other names at في (مذيعة في بي بي سي).
 */
export function isSeatHead(word: string): boolean {
  const n = normalizeWord(word);
  return (
    isOneOfNormal(n, LOCAL_HEADS) || isOneOfNormal(n, LOCAL_WITH_WORD) || isOneOfNormal(n, FACULTY)
  );
}

/** A word of a local body's name after its head: الزراعة، للتعليم، والأملاك، لمياه (الشرب). */
function nameWord(tokens: string[], j: number): boolean {
  const w = tokens[j] ?? '';
  const n = normalizeWord(w);
  if (TIME_WORDS.has(n)) return false;
  if (isDefinite(w)) return true;
  if (/^(لل|وال|ول?ال)/.test(n) && n.length > 4) return true;
  // (an indefinite word behind ل before the definite one it is joined to: لمياه الشرب)
  return /^ل[^ا]/.test(n) && n.length > 3 && isDefinite(tokens[j + 1] ?? '');
}

/**
 * Heads of a local body the tagger left out, found by its seat alone: a directorate, a
 * prosecution, a regional delegation, or a general administration (الإدارة العامة، المؤسسة
 * العامة، المديرية الجهوية) — not a word that is as often a common noun before a place (دائرة العنف
 * في دارفور، إدارة الأزمة في غزة، مصلحة المواطنين في عدن، المكتب الرئيسي في الدوحة).
 */
const UNTAGGED_HEADS = set(['مديرية', 'نيابة', 'مندوبية', 'المندوبية']);
const GENERAL_HEADS = set(['الإدارة', 'المؤسسة', 'المديرية', 'الهيئة', 'الشركة']);
const GENERAL = set(['العامة', 'الجهوية', 'العامه']);

/** Joins local bodies and faculties to their seat (see the file's comment). */
export function joinSeats(sentences: string[][], tags: string[][], words: SeatWords): void {
  // (a place, a person, a nationality or a name the dictionary knows: the body is told apart
  // by it — مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في غزة)
  const telling = (tokens: string[], a: number, b: number) =>
    tokens.slice(a, b).some((w) => words.isTelling(w)) || words.names(tokens.slice(a, b));
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t).reverse()) {
      if (sp.type !== 'ORG' || sp.end - sp.start < 2) continue;
      const head = normalizeWord(tokens[sp.start]!);
      const inner = tokens.slice(sp.start + 1, sp.end).map(normalizeWord);
      const faculty = isOneOfNormal(head, FACULTY);
      const local =
        isOneOfNormal(head, LOCAL_HEADS) ||
        (isOneOfNormal(head, LOCAL_WITH_WORD) && inner.some((w) => LOCAL_WORDS.has(w)));
      if (!faculty && !local) continue;
      if (!faculty && telling(tokens, sp.start + 1, sp.end)) continue;
      // (a brand is no kind of body: شركة هواوي في الرياض is Huawei, in Riyadh)
      if (
        !faculty &&
        !tokens.slice(sp.start + 1, sp.end).every((_, i) => nameWord(tokens, sp.start + 1 + i))
      )
        continue;
      const end = seatEnd(
        tokens,
        t,
        sp.end,
        faculty ? 'ORG' : 'LOC',
        words.isCountry,
        words.isPlace,
      );
      if (end < 0) continue;
      claim(t, sp.start, end, 'ORG');
    }
    // A local body the tagger left out, told by its seat: its head, the words of its name (one
    // to five), the seat (مديرية الزراعة في درعا، الإدارة العامة للتعليم بمحافظة الأحساء).
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (t[k] !== 'O') continue;
      const head = normalizeWord(tokens[k]!);
      const general =
        isOneOfNormal(head, GENERAL_HEADS) && GENERAL.has(normalizeWord(tokens[k + 1]!));
      const local = isOneOfNormal(head, UNTAGGED_HEADS) || general;
      if (!local && !isOneOfNormal(head, LOCAL_WITH_WORD)) continue;
      for (
        let j = k + 1;
        j < tokens.length && j - k <= 5 && t[j] === 'O' && nameWord(tokens, j);
        j++
      ) {
        const end = seatEnd(tokens, t, j + 1, 'LOC', words.isCountry, words.isPlace);
        if (end < 0) continue;
        const inner = tokens.slice(k + 1, j + 1).map(normalizeWord);
        if (!local && !inner.some((w) => LOCAL_WORDS.has(w))) break;
        if (telling(tokens, k + 1, j + 1)) break;
        claim(t, k, end, 'ORG');
        k = end - 1;
        break;
      }
    }
  });
}
