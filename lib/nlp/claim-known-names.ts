/**
 * The known names (known-names.ts) claimed in an article after tagging (issue 13). A name the
 * tagger left untagged is claimed with the dictionary's type (فيسبوك، صندوق النقد الدولي; one word
 * only for an organisation); a name the tagger cut short is completed when the dictionary's name
 * covers its spans whole; a one-word name the tagger typed otherwise takes the dictionary's type
 * (تويتر: ORG, not MISC). Split from known-names.ts.
 */
import { PREPOSITION_AS_NAME } from './function-words';
import { dictionaryKey, dictionaryWord, type KnownNames } from './known-names';
import { headBefore, namedAfter, RANK_TITLES } from './named-after';
import { isOneOf } from './tag-edits';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

/**
 * Whether a word reads as a one-letter preposition or conjunction and a word the unlabelled text
 * knows better (بأوروبا), by `mayCut` as for the large cities.
 */
function behindPreposition(
  word: string,
  mayCut: (token: string, city: string) => boolean,
): boolean {
  const w = normalizeWord(word);
  return 'وبلفك'.includes(w[0] ?? '') && mayCut(word, w.slice(1));
}

const MINISTER_TITLES = new Set(['وزير', 'وزيرة', 'وزيري', 'وزراء'].map(normalizeWord));

/** The preposition على as written (PREPOSITION_AS_NAME; onPreposition). */
const ALA = /^[وف]?على$/u;

/**
 * Whether a person's name the dictionary matched at `i` may be claimed where its first word reads
 * as the preposition على: in three words at least (على عبد العال, as Egyptian papers spell علي);
 * in two, written على only as spelt and before a word that is no common word (not هجوما على أمين
 * الأمم المتحدة، على حماية for علي حمية), written علي — also how some papers write the preposition
 * — not before a common word with the article (حرص علي الأمين العام).
 */
function onPreposition(
  tokens: string[],
  i: number,
  listed: { length: number; variant?: boolean } | undefined,
  isCommon: (token: string) => boolean,
): boolean {
  if (!listed || listed.length >= 3) return true;
  const next = tokens[i + 1]!;
  // (علي with its ي is mostly the name: only a common word with the article after it makes it the
  // preposition — علي الأمين العام — not علي خامنئي)
  if (/^[وف]?علي$/u.test(tokens[i]!)) return !(isCommon(next) && /^[وفبلك]?ال/u.test(next));
  return !ALA.test(tokens[i]!) || (!listed.variant && !isCommon(next));
}

/**
 * Whether the word at `i` reads as a masculine adjective of relation after the untagged noun with
 * the article before it (اللون الرمادي "grey", not Ramadi). Not one in ية: a town named so is as
 * often a verb's object after its subject (اقتحم المستوطنون العيزرية).
 */
function adjectiveAfterNoun(tokens: string[], t: string[], i: number): boolean {
  if (i === 0 || t[i - 1] !== 'O') return false;
  const word = normalizeWord(tokens[i]!).replace(/^[وف](?=ال)/u, '');
  const before = normalizeWord(tokens[i - 1]!);
  return /^ال.{2,}ي$/u.test(word) && /^[وف]?(?:[بك]?ال|لل).{2,}/u.test(before);
}

/** Tags with the known names of each sentence claimed (see the module's comment). */
export function claimKnownNames(
  d: KnownNames,
  sentences: string[][],
  tags: string[][],
  isCommon: (token: string) => boolean = () => false,
  mayCut: (token: string, city: string) => boolean = () => true,
  sports = false,
  isFrequent: (token: string) => boolean = () => false,
): string[][] {
  return sentences.map((tokens, s) => {
    const t = [...tags[s]!];
    const spanList = spans(t);
    // (a town abroad names a club of the continental cups in sports news: دايغو)
    const isTown = (key: string | undefined) => key !== undefined && !(sports && d.townAbroad(key));
    const folded = tokens.map(dictionaryWord);
    for (let i = 0; i < tokens.length; i++) {
      if (!/\p{L}/u.test(tokens[i]!)) continue;
      const listed = d.match(folded, i);
      // A place of one word matters only where no list has the word or lists it as a place of
      // one word (asked only there: every token is asked).
      const one = listed === undefined || (listed.length === 1 && listed.type === 'LOC');
      if (listed === undefined && t[i] !== 'O') continue;
      const large = one && d.majorPlace(tokens[i]!, mayCut) !== undefined;
      // (or, untagged, a town of our list, not right after a person's name, whose family name it
      // may be: منير فؤاد شاتيلا, nor written with vowel marks, which a verb may carry: سيّرت)
      const major =
        large ||
        (one &&
          t[i] === 'O' &&
          !/-PER$/.test(t[i - 1] ?? '') &&
          !/[\u064b-\u0652]/u.test(tokens[i]!) &&
          isTown(d.townPlace(tokens[i]!, mayCut)));
      const m = listed ?? (major ? { length: 1, type: 'LOC' as const } : undefined);
      // (our one-word organisations written with أ or آ are no word written with إ: إبل, camels,
      // is no أبل)
      if (m?.length === 1 && d.isBare(folded[i]!) && /^[وفبلك]?إ/.test(tokens[i]!)) continue;
      if (
        !m ||
        (m.type === 'PER' && !onPreposition(tokens, i, listed, isCommon)) ||
        // (no name of the lists holds a preposition as written: الجبل على مسافة، موقف حازم أمام)
        tokens
          .slice(i, i + m.length)
          .some((w, k) => PREPOSITION_AS_NAME.test(w) && (k > 0 || !ALA.test(w)))
      )
        continue;
      // A name found with a long vowel more or less is a foreign name spelt otherwise (وست
      // بروميتش، أتلتكو مدريد، بأقاليم الحوز), never a name's first word followed by words the
      // tagger left untagged that the unlabelled text knows well (`isFrequent`): والقضاء عليه is no
      // قضاء عالية.
      const after = tokens.slice(i + 1, i + m.length);
      if (listed?.variant && after.some((w, k) => t[i + 1 + k] === 'O' && isFrequent(w))) continue;
      const end = i + m.length;
      // A listed person whose first word the tagger ran into the organisation of two words or
      // more before it (زعيم حزب العمال كير | ستارمر): the organisation ends where the person
      // begins. (One word before with the article is no organisation's name, a noun the title
      // ends with: المدير العام للمنظمة | تيدروس أدهانوم غيبريسوس.)
      const ranInto = spanList.find((sp) => sp.start < i && sp.end > i && sp.end <= end);
      const nounBefore =
        ranInto !== undefined &&
        i - ranInto.start === 1 &&
        /^[وف]?(ال|لل|بال)/.test(normalizeWord(tokens[ranInto.start]!));
      if (
        m.type === 'PER' &&
        m.length >= 2 &&
        ranInto &&
        ranInto.type === 'ORG' &&
        (i - ranInto.start >= 2 || nounBefore) &&
        // (not an institution named after a titled person: مؤسسة الشيخ محمد بن راشد آل مكتوم)
        !RANK_TITLES.has(normalizeWord(tokens[i - 1]!)) &&
        !namedAfter(tokens[ranInto.start]!) &&
        !listed?.variant &&
        // (the rest of the person the tagger found apart goes with it: تيدروس | أدهانوم غيبريسوس)
        spanList.every(
          (sp) =>
            sp === ranInto ||
            sp.end <= i ||
            sp.start >= end ||
            (sp.type === 'PER' && sp.start > i && sp.end <= end),
        )
      ) {
        for (let k = ranInto.start; k < i; k++)
          t[k] = nounBefore ? 'O' : `${k === ranInto.start ? 'B' : 'I'}-ORG`;
        for (let k = i; k < end; k++) t[k] = `${k === i ? 'B' : 'I'}-PER`;
        i = end - 1;
        continue;
      }
      const inside = spanList.filter((sp) => sp.start < end && sp.end > i);
      const whole = inside.every((sp) => sp.start >= i && sp.end <= end);
      // One untagged word is claimed only for an organisation: the places list holds villages
      // named like common words (الخميس، كبيرة، أمس).
      // Nor a word the unlabelled text knows as a common word (الوطن، المستقبل، مساء).
      // (Our own list's one-word organisations are claimed all the same: مايكروسوفت، يوتيوب; and
      // so are the large cities the unlabelled text uses as places: بسوسة، فمكناس.)
      // Nor a portfolio after a minister's title: وزير الخارجية الأمريكية names a person, and
      // his ministry is no entity of the article there.
      const untagged =
        inside.length === 0 &&
        !(m.type === 'ORG' && i > 0 && isOneOf(tokens[i - 1]!, MINISTER_TITLES)) &&
        (m.length > 1 ||
          (m.type === 'ORG' &&
            (d.isCurated(dictionaryKey([tokens[i]!])) || !isCommon(tokens[i]!))) ||
          (m.type === 'LOC' && major && !adjectiveAfterNoun(tokens, t, i)));
      // A one-word name the tagger typed otherwise, or several words covering its spans whole.
      // (A place the tagger found stays a place where only NERAr calls it an organisation: its
      // list holds countries for their national teams, انكلترا.)
      // (Only the lists retype: a large city's name the tagger read as something else stays so.)
      // (Nor a person the list names by a nationality after one word where the tagger saw a place
      // or an organisation: ليون الفرنسي is the club; NERAr lists it as a person.)
      const retype =
        listed !== undefined &&
        whole &&
        inside.length > 0 &&
        !(
          m.type === 'PER' &&
          inside.some((sp) => sp.type !== 'PER') &&
          d.isNationality(tokens[end - 1]!)
        ) &&
        (m.length > 1 ||
          (inside.length === 1 &&
            inside[0]!.type !== m.type &&
            // (a person the tagger found stays a person where only a small place is named so:
            // رمطان لعمامرة; NERAr's places hold villages named like families)
            !(inside[0]!.type === 'PER' && m.type === 'LOC' && !large) &&
            !(
              inside[0]!.type === 'LOC' &&
              m.type === 'ORG' &&
              !d.isCurated(dictionaryKey([tokens[i]!]))
            )));
      if (untagged || retype) {
        // A place named after a person is that person after a title of rank (الأمير مولاي رشيد،
        // الشيخ زايد; the towns مولاي رشيد and الشيخ زايد are named after them).
        // A person's name after the head of a place or an institution named after them is that
        // place or institution (ملعب سانتياغو برنابيو; as name-rules.ts does for the tagger's).
        const head = m.type === 'PER' ? headBefore(tokens, t, i) : undefined;
        const named = head?.type;
        if (head && !head.quoted) i = head.at;
        const type =
          named ??
          (m.type === 'LOC' && i > 0 && RANK_TITLES.has(normalizeWord(tokens[i - 1]!))
            ? 'PER'
            : m.type);
        // In a football article, a one-word organisation and the city right after it are one name
        // (سسكا موسكو، ايك اثينا: clubs named by their city; elsewhere طالب الناتو روسيا is a
        // verb, its subject and its object).
        let last = end;
        // (Not a place behind a preposition: قائد الناتو بأوروبا.)
        if (
          sports &&
          type === 'ORG' &&
          m.length === 1 &&
          t[end] === 'B-LOC' &&
          t[end + 1] !== 'I-LOC' &&
          !behindPreposition(tokens[end]!, mayCut)
        )
          last = end + 1;
        for (let k = i; k < last; k++) t[k] = `${k === i ? 'B' : 'I'}-${type}`;
        i = last - 1;
      }
    }
    return t;
  });
}
