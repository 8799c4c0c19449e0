/**
 * Places and the bodies named by them, late in document.ts (issue 13): a municipality or a
 * Moroccan commune is the body that governs its place (بلدية الكويت، جماعة عين الشقف), a council
 * of one always (مجلس جماعة فاس، مجلس مدينة حمص), and a place the article names inside a body's
 * name is the place where it also stands on its own (مستشفى الوكرة … في الوكرة).
 */
import { ORG_HEADS } from './name-words';
import { IN_PLACE } from './not-names';
import { ROLE_WORDS } from './roles';
import { claim, isArabicWord, isOneOf } from './tag-edits';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** A municipality, and a Moroccan commune (جماعة فاس، جماعة عين الشقف). */
const MUNICIPALITIES = set(['بلدية', 'جماعة']);
/** A council (مجلس جماعة فاس، مجلس مدينة حمص، مجلس بلدي المحرق). */
const COUNCIL = set(['مجلس']);
/** What a council before a place is of (مجلس بلدي، مجلس مدينة). */
const COUNCIL_OF = set(['بلدي', 'مدينة', 'محافظة']);
const CITY = normalizeWord('مدينة');
const GREATER = normalizeWord('الكبرى');
const WITH = normalizeWord('مع');
/** A municipality's officials and bodies (عميد بلدية بنغازي، مجلس بلدية، فرق بلدية الكويت). */
const OFFICE = set(['عميد', 'مجلس', 'لجنة', 'فرق', 'موظفي', 'موظفو', 'عمال']);

/**
 * A municipality is the body that governs its place (بلدية الكويت، بلدية مدينة الشارقة، بلدية إربد
 * الكبرى): «بلدية» and the place after it are claimed as one organisation, late (document.ts),
 * over the place the earlier passes found. Not where the article only places something in it — ب
 * or في before it with no office or official just before (ببلدية سيدي عيسى, the commune): there
 * the place stays a place.
 */
export function claimMunicipalities(sentences: string[][], tags: string[][]): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (t[k] !== 'O') continue;
      const n = normalizeWord(tokens[k]!);
      const bare = 'وبلف'.includes(n[0]!) && MUNICIPALITIES.has(n.slice(1)) ? n.slice(1) : n;
      // A council of a city, a municipality or a commune is a body, whatever its place (مجلس
      // مدينة حمص، مجلس بلدي المحرق).
      if (isOneOf(tokens[k]!, COUNCIL)) {
        const of = t[k + 1] === 'O' && COUNCIL_OF.has(normalizeWord(tokens[k + 1] ?? ''));
        const at = of ? k + 2 : k + 1;
        const headed = t[at] === 'B-LOC' && (of || COUNCIL_OF.has(normalizeWord(tokens[at]!)));
        if (headed) {
          let end = at + 1;
          while (t[end] === 'I-LOC') end++;
          claim(t, k, end, 'ORG');
          k = end - 1;
        }
        continue;
      }
      if (!MUNICIPALITIES.has(bare)) continue;
      let at = k + 1;
      if (t[at] === 'O' && normalizeWord(tokens[at]!) === CITY) at++;
      if (t[at] !== 'B-LOC') continue;
      let end = at + 1;
      while (t[end] === 'I-LOC') end++;
      if (t[end] === 'O' && normalizeWord(tokens[end] ?? '') === GREATER) end++;
      // The body where it acts or has officials: an office or an official just before (رئيس
      // بلدية، مدير مكتب الإعلام ببلدية), a verb it is the subject of before or after it (ذكرت
      // بلدية الكويت، بلدية بنغازي تبدأ، أن بلدية الكويت أحالت), with whom (بالتعاون مع بلدية).
      // Otherwise the place (وتقع بلدية بنت جبيل، على مستوى بلدية عين وسارة، ببلدية سيدي عيسى).
      const office = tokens
        .slice(Math.max(0, k - 3), k)
        .some(
          (w) => ROLE_WORDS.has(normalizeWord(w)) || isOneOf(w, ORG_HEADS) || isOneOf(w, OFFICE),
        );
      const before = tokens[k - 1] ?? '';
      const after = tokens[end] ?? '';
      const acts =
        n === bare &&
        ((t[k - 1] === 'O' && isArabicWord(before) && /^[وف]?[^ت]{2,}ت$/.test(before)) ||
          normalizeWord(before) === WITH ||
          (t[end] === 'O' &&
            isArabicWord(after) &&
            (/^[تي].{2,}/.test(after) || /^.{2,}ت$/.test(after))));
      if (!office && !acts) continue;
      // (its council is the body: مجلس | جماعة فاس)
      if (k > 0 && t[k - 1] === 'O' && isOneOf(tokens[k - 1]!, COUNCIL)) k--;
      claim(t, k, end, 'ORG');
      k = end - 1;
    }
  });
}

/** Where a place stands: after not-names' prepositions, and near, between, north of … */
const WHERE_PLACE = new Set([
  ...IN_PLACE,
  ...set(['قرب', 'بين', 'شمال', 'جنوب', 'شرق', 'غرب', 'فيها', 'منها']),
]);

/** Heads of institutions named by the place they serve (مستشفى الوكرة، مركز سبها الطبي). */
const PLACED_HEADS = set([
  'مستشفى',
  'مركز',
  'محكمة',
  'شرطة',
  'مديرية',
  'بلدية',
  'جامعة',
  'مطار',
  'ميناء',
  'غرفة',
  'بنك',
  'مصرف',
  'مدرسة',
  'كلية',
  'أمانة',
  'نيابة',
  'قسم',
  'دائرة',
  'نادي',
  'ملعب',
  'محطة',
  'مهرجان',
  'معرض',
]);

/**
 * A place the article names inside an institution's name (مستشفى الوكرة، مركز سبها الطبي) and
 * elsewhere on its own where a place stands, and the tagger saw nothing (في الوكرة، بالوكرة): the
 * place there too (not الإطار of قوى الإطار التنسيقي where it acts: أعلن الإطار). A word of the gazetteer's places only (`isPlace`), late
 * in document.ts.
 */
export function claimPlacesNamedInBodies(
  sentences: string[][],
  tags: string[][],
  isPlace: (token: string) => boolean,
): void {
  const inside = new Set<string>();
  // (not a word the article also begins a body's or a person's name with: الإطار التنسيقي)
  const begins = new Set<string>();
  sentences.forEach((tokens, s) => {
    for (const sp of spans(tags[s]!)) {
      if (sp.type !== 'LOC') begins.add(normalizeWord(tokens[sp.start]!));
      // (an institution named by its place — a hospital, a court, a municipality, a fair — not a
      // party or a movement named by an ideal: حزب الكرامة … الحق في الكرامة)
      if ((sp.type === 'ORG' || sp.type === 'MISC') && isOneOf(tokens[sp.start]!, PLACED_HEADS))
        for (let k = sp.start + 1; k < sp.end; k++)
          if (isPlace(tokens[k]!)) inside.add(normalizeWord(tokens[k]!));
    }
  });
  for (const w of begins) inside.delete(w);
  if (!inside.size) return;
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    tokens.forEach((token, k) => {
      if (t[k] !== 'O') return;
      const n = normalizeWord(token);
      // (where a place stands: after في، من، إلى …, behind ب, or behind و after a place)
      const whole = inside.has(n) && WHERE_PLACE.has(normalizeWord(tokens[k - 1] ?? ''));
      const behind =
        !inside.has(n) &&
        inside.has(n.slice(1)) &&
        (n[0] === 'ب' || (n[0] === 'و' && /-LOC$/.test(t[k - 1] ?? '')));
      if (whole || behind) claim(t, k, k + 1, 'LOC');
    });
  });
}
