/**
 * Where a name begins and ends within the span the tagger gave it (issue 13), and its type: words
 * that never begin or end a name trimmed (function and common words, Darija's particles in an
 * article written in Darija, adverbs with tanween), a verb after a name cut off, letters of a name
 * spelt out taken in, an illness typed MISC, a family name the tagger left out taken in, a title
 * before a name dropped, a known first name before it taken in. Used by entities.ts for each span.
 */
import { stripClitics } from './clitics';
import {
  COMMON_WORDS,
  DARIJA_AMBIGUOUS,
  DISEASES,
  LETTER_NAMES,
  NEVER_INSIDE,
} from './common-words';
import { isFirstNameIn } from './document';
import { familyChecks } from './family-names';
import { wordChecks } from './word-checks';
import { isCommonNoun, type Magnitude } from './first-word';
import { FUNCTION_WORDS, HAMZA_AN } from './function-words';
import { gazKey } from './gazetteer';
import { givenNameBefore, isLeadingVerb } from './given-before';
import { familyAfter, isIntroduced, listedPerson } from './introduced-names';
import { isKnownWhole } from './known-names';
import { quotedAt } from './named-after';
import { isInstitutionHead, NAME_LINKS, TIME_WORDS } from './name-words';
import { ROLE_NOUNS } from './roles';
import { DEFINITE_GIVEN } from './presented-persons';
import { isSeatHead } from './seats';
import type { Tagger } from './model';
import type { EntityType, Span } from './tags';
import type { Token } from './tokenize';
import {
  AGES,
  COMPOUND_GIVEN_LAST,
  COMPOUND_SECOND,
  LINKS,
  LINKS_WRITTEN,
  MAYOR,
  ORDINAL_WORDS,
  WORDS_BEFORE_NAMES,
  TITLES_OF,
} from './bound-words';
import { normalizeWord } from '../text/normalize';

/** A name's bounds in its sentence (`b` exclusive) and its type. */
export interface NameBounds {
  a: number;
  b: number;
  type: EntityType;
}

const FOR = normalizeWord('أجل');
/**
 * The bounds of the names in one article's spans, for `tagger`'s lexicon and lists; `darija`: the
 * article is written in Darija (common-words.ts `isDarija`).
 */
export function makeNameBounds(
  tagger: Tagger,
  darija: boolean,
): (sentence: Token[], tags: string[], sp: Span) => NameBounds | undefined {
  const magnitude: Magnitude = (form) => tagger.lexicon.frequency(form)?.magnitude ?? -1;
  const names = tagger.knownNames;
  const isFirstName = (name: string) => isFirstNameIn(tagger, name);
  const isNationality = (word: string) => names.isNationality(word);
  const { isDarijaVerb, isImperfectVerb, isFamilyName, boundWord, ranOn } = wordChecks(
    tagger,
    darija,
  );
  return (sentence, tags, sp) => {
    let a = sp.start;
    let b = sp.end;
    const {
      isGiven,
      givenAndFatherBefore,
      familyEndsClause,
      bareFamilyEndsClause,
      familyWord,
      clauseGoesOnAfter,
      describedBy,
      isAli,
    } = familyChecks(tagger, sentence, sp);
    const edgeWord = (k: number) => {
      const surface = sentence[k]!.text;
      if (isAli(k)) return false;
      const n = normalizeWord(surface);
      if (boundWord(surface)) return true;
      // An adverb or accusative with tanween (أولاً، حالياً) never begins or ends a name.
      return (
        FUNCTION_WORDS.has(n) ||
        COMMON_WORDS.has(n) ||
        (darija && DARIJA_AMBIGUOUS.has(n)) ||
        /(اً|ًا)$/.test(surface)
      );
    };
    // A name the dictionary knows whole keeps its words (لينكد إن), as does a work's title between
    // quotes (رواية «بيت على الترعة»).
    const titled = sp.type === 'MISC' && quotedAt(sentence[sp.start - 1], sentence[sp.end]);
    const words = (from: number, to: number) => sentence.slice(from, to).map((t) => t.text);
    const knownWhole = (from: number, to: number) =>
      (titled && from <= sp.start && to >= sp.end) ||
      isKnownWhole(names, words(from, to).join(' '));
    if (!knownWhole(a, b)) {
      while (a < b && edgeWord(a)) a++;
      while (b > a && edgeWord(b - 1)) b--;
    }
    // A verb a person's name follows, which the tagger took into it (فيما رأى | العطار أن، الذي
    // أدار | بن عياد، أمر | آبي أحمد): never a name's first word.
    if (sp.type === 'PER' && b - a >= 2 && isLeadingVerb(sentence[a]!.text)) a++;
    // An honorific, a title of profession or a word for who the person is is no part of the name
    // it precedes (معالي | جاسم محمد البديوي، الفنان | محمد منير، الفلاح | عبد القادر بوزيد).
    if (sp.type === 'PER' && b - a >= 3 && WORDS_BEFORE_NAMES.has(normalizeWord(sentence[a]!.text)))
      a++;
    // A Moroccan Darija verb (كيعاني، كتحرش، كيقول: كـ before an imperfect) is not part of a name.
    // (never in a name a list knows whole: جيمي كيميل is no كـ + يميل)
    const listed = knownWhole(a, b);
    for (let k = a; k < b && !listed; k++)
      if (isDarijaVerb(sentence[k]!.text)) {
        b = k;
        break;
      }
    // A verb in the imperfect after a name ends it (غوغل يطلق، برادلي يعيد زكي): a common word
    // with its prefix that never takes the article and names no one.
    for (let k = a + 1; k < b && !listed; k++)
      if (isImperfectVerb(sentence[k]!.text)) {
        b = k;
        break;
      }
    // A body named with the article is never followed, within its name, by a common word without
    // it: the tagger ran on into the sentence (الاتحاد | يحسم دربي، الاتحاد | قمة الجولة) — not a
    // city after a club (الأهلي طرابلس), a word of names, a purpose (لكرة) or a dictionary name.
    if (
      sp.type === 'ORG' &&
      b - a >= 2 &&
      /^ال/.test(normalizeWord(sentence[a]!.text)) &&
      ranOn(sentence[a + 1]!.text)
    )
      b = a + 1;
    // …and what the verb leaves at the end is trimmed again (عمر لي | كيعرف: "Omar who knows").
    if (b < sp.end) while (b > a && edgeWord(b - 1)) b--;
    // A name spelt in letters takes the letters the tagger left beside it (أي بي سي, not بي سي).
    const isLetter = (k: number, proclitic = false) => {
      if (k < 0 || k >= sentence.length || tags[k] !== 'O') return false;
      const n = normalizeWord(sentence[k]!.text);
      return (
        LETTER_NAMES.has(n) || (proclitic && /^[وبلفك]/.test(n) && LETTER_NAMES.has(n.slice(1)))
      );
    };
    if (
      b > a &&
      sentence.slice(a, b).every((_, i) => LETTER_NAMES.has(normalizeWord(sentence[a + i]!.text)))
    ) {
      while (isLetter(a - 1)) a--;
      if (isLetter(a - 1, true)) a--;
      while (isLetter(b)) b++;
    }
    const acronym =
      b - a >= 3 &&
      sentence.slice(a, b).every((t, i) => {
        const n = normalizeWord(t.text);
        return LETTER_NAMES.has(n) || (i === 0 && LETTER_NAMES.has(n.slice(1)));
      });
    // (An organisation with a definite head is named with في: الدولة الإسلامية في العراق والشام;
    // not مذيعة في بي بي سي; nor is a local body with its seat: مكتب الثروة السمكية في محافظة عدن.)
    // (علي written with ي is the name Ali, as at the edges: خالد علي صقر.)
    // (Nor a name a list knows whole: مسجد بلال بن رباح في بيت لحم.)
    const start = a;
    for (let k = b - 2; k > start; k--)
      if (
        // (and أن / إن as written, with their hamza: صحيفة الاتحاد إن | الاتحاد الأوروبي)
        (NEVER_INSIDE.has(normalizeWord(sentence[k]!.text)) || HAMZA_AN.test(sentence[k]!.text)) &&
        !isAli(k) &&
        // (من أجل is inside names: البديل من أجل ألمانيا، الجمعية اللبنانية من أجل …)
        !(
          normalizeWord(sentence[k]!.text) === 'من' && normalizeWord(sentence[k + 1]!.text) === FOR
        ) &&
        !(
          sp.type === 'ORG' &&
          normalizeWord(sentence[k]!.text) === 'في' &&
          (normalizeWord(sentence[a]!.text).startsWith('ال') ||
            (k - a >= 2 &&
              isSeatHead(sentence[a]!.text) &&
              !names.isCountry(sentence.slice(k + 1, b).map((t) => t.text))))
        )
      ) {
        // (asked only here: most spans hold no such word)
        if (!knownWhole(start, b)) a = k + 1;
        break;
      }
    // An illness is not a person or a place (فيروس كورونا المستجد، يسرا بكورونا).
    // Three letters or more spelt out are an organisation's initials (بي بي سي، سي إن إن).
    let type = acronym && sp.type === 'MISC' ? 'ORG' : sp.type;
    for (let k = a; k < b; k++) {
      const n = normalizeWord(sentence[k]!.text);
      if (!DISEASES.has(n) && !DISEASES.has(stripClitics(n).stem) && !DISEASES.has(n.slice(1)))
        continue;
      if (k > a && type === 'PER') b = k;
      else type = 'MISC';
      break;
    }
    // A given name alone the tagger ended before a family name with the article the unlabelled
    // text hardly knows, where the clause goes on after it (عبدالعزيز | الفضلي لـ«الراي») — one of
    // relation, not a description (المتقاعد، النازحة، المتفوقات) nor an age (الثلاثيني).
    if (
      type === 'PER' &&
      b - a === 1 &&
      b === sp.end &&
      tags[b] === 'O' &&
      /^ال[\u0621-\u064a]+ي$/.test(sentence[b]?.text ?? '') &&
      !AGES.test(normalizeWord(sentence[b]!.text)) &&
      isFirstName(sentence[a]!.text) &&
      isFamilyName(sentence[b]!.text) &&
      !edgeWord(b) &&
      clauseGoesOnAfter(b + 1)
    )
      b++;
    if (type === 'PER' && b - a >= 2) {
      // A place after a name, glued to its preposition (محمد أبو خضير بالقدس), is not the name.
      const { prefix } = stripClitics(normalizeWord(sentence[b - 1]!.text));
      // (not a family name a list knows with the name: عبد الله بالخير)
      if (prefix.length > 2 && prefix.endsWith('ال') && !knownWhole(a, b)) b--;
      // A name that ends with a first name goes on with the family name the tagger left out
      // (عبدربه منصور هادي، علي عبدالله صالح، عبد المجيد الشرفي).
      const next = sentence[b];
      const endsWithFirstName =
        isFirstName(sentence[b - 1]!.text) ||
        (b - a >= 2 &&
          /^و?(عبد|أبو|ابو)$/.test(sentence[b - 2]!.text) &&
          // (its conjunction aside: بينهم … وعبد المجيد الشرفي; عبد and a word with the
          // article is always a first name: عبد الحميد، عبد السلام — but علي after it is
          // more often على misspelt: أكد عبد العاطي علي ضرورة)
          (/^و?عبد$/.test(sentence[b - 2]!.text) && /^ال/.test(sentence[b - 1]!.text)
            ? next?.text !== 'علي'
            : isFirstName(
                `${sentence[b - 2]!.text.replace(/^و(?=عبد|أبو|ابو)/, '')} ${sentence[b - 1]!.text}`,
              )));
      if (
        b === sp.end &&
        next &&
        tags[b] === 'O' &&
        /^[\u0621-\u064a]+$/.test(next.text) &&
        !edgeWord(b) &&
        ((endsWithFirstName && isFamilyName(next.text)) ||
          (givenAndFatherBefore(b) && (familyEndsClause(b) || bareFamilyEndsClause(b))))
      )
        b++;
      // (a person the text introduces by who they are, from a given and a father's name: الدكتور
      // ياسر عوني | الشاعر إن — introduced-names.ts)
      if (
        isIntroduced(sentence, tags, a, sp.start) &&
        familyAfter(sentence, tags, a, b, {
          isGivenName: (w) => isFirstName(w) || names.isGivenName(w),
          isNationality,
          magnitude,
          isListedPerson: (w) => listedPerson(names, w),
        })
      )
        b++;
      // (an adjective of relation the unlabelled text hardly knows, no nationality: الزوبي)
      const hardlyKnownNisba = (w: string) =>
        /^ال[\u0621-\u064a]{2,}ي$/.test(w) &&
        magnitude(normalizeWord(w).slice(2)) <= 1 &&
        !names.isNationality(w);
      // A name the tagger ended on بن، أبو، أيت goes on with the next word (الحسين أيت | علي،
      // خميس بن | علي); a compound given name (نور الدين، عبد الكريم) with the family name before
      // the clause goes on (نور الدين | شريط ،).
      const after = sentence[b];
      const word =
        after !== undefined &&
        tags[b] === 'O' &&
        /^[\u0621-\u064a]+$/.test(after.text) &&
        (isAli(b) || !edgeWord(b));
      if (b === sp.end && word && LINKS_WRITTEN.has(sentence[b - 1]!.text)) b++;
      else if (
        b === sp.end &&
        b - a === 2 &&
        word &&
        (COMPOUND_GIVEN_LAST.has(normalizeWord(sentence[b - 1]!.text)) ||
          /^(عبد|أبو|ابو)$/.test(sentence[a]!.text)) &&
        !ROLE_NOUNS.has(normalizeWord(after.text)) &&
        familyWord(after.text) &&
        clauseGoesOnAfter(b + 1)
      )
        b++;
      // (…and with a father's given name between them: عبد الحكيم | مفتاح الزوبي ،)
      else if (
        b === sp.end &&
        b - a === 2 &&
        word &&
        /^(عبد|أبو|ابو)$/.test(sentence[a]!.text) &&
        isGiven(b) &&
        tags[b + 1] === 'O' &&
        /^[\u0621-\u064a]+$/.test(sentence[b + 1]?.text ?? '') &&
        !edgeWord(b + 1) &&
        !ROLE_NOUNS.has(normalizeWord(sentence[b + 1]!.text)) &&
        (familyWord(sentence[b + 1]!.text) || hardlyKnownNisba(sentence[b + 1]!.text)) &&
        clauseGoesOnAfter(b + 2)
      )
        b += 2;
    }
    // A title in the construct state a long name's end took (the tagger, or the family name's
    // extension above), its genitive after it (مشعل الأحمد الجابر الصباح | أمير البلاد، محمد بن
    // عبدالعزيز | أمير منطقة جازان).
    if (
      sp.type === 'PER' &&
      b - a >= 3 &&
      TITLES_OF.has(normalizeWord(sentence[b - 1]!.text)) &&
      (/^B-(LOC|ORG)$/.test(tags[b] ?? '') ||
        (tags[b] === 'O' &&
          normalizeWord(sentence[b]?.text ?? '').startsWith('ال') &&
          !TIME_WORDS.has(normalizeWord(sentence[b]!.text))))
    )
      b--;
    // An institution's head with the article names no one after it (named-after.ts): before a
    // given name, it is the word the person's title ends with (الرئيس التنفيذي للشركة | فيصل بن
    // عبدالله الدوسري), and the rest a person.
    if (type !== 'PER' && b - a >= 2) {
      // (لل is ل and the article: للشركة)
      const { prefix, stem } = stripClitics(normalizeWord(sentence[a]!.text));
      const definite = prefix.includes('ال') || prefix.endsWith('لل');
      if (definite && isInstitutionHead(stem) && isGiven(a + 1)) {
        a++;
        type = 'PER';
      }
    }
    // A title or adjective the tagger took into a person's name (الشهيرة أوبرا وينفري،
    // مديرته كريستين لاغارد): a common word of the lexicon before two more words.
    // (Not a first name with the article before بن, أبو …: السعيد بن طيبة; nor one the lists know
    // as a given name before a given name: الفاتح حسن الأمين, الفريق الطيب محمد أحمد الخضر.)
    if (type === 'PER')
      while (
        b - a >= 3 &&
        isCommonNoun(sentence[a]!.text, magnitude) &&
        !LINKS.has(normalizeWord(sentence[a + 1]!.text)) &&
        !(
          (isFirstName(sentence[a]!.text) ||
            isGiven(a) ||
            (DEFINITE_GIVEN.has(normalizeWord(sentence[a]!.text)) && !describedBy(a - 1))) &&
          isGiven(a + 1)
        )
      )
        a++;
    // A place behind و, ب or ل after a person's name is no part of it (وليد | وسرت، محمد بن عبد
    // الله | بفاس): a word the gazetteer knows as a place once its letter is off, and does not
    // know whole.
    if (type === 'PER' && b - a >= 2) {
      const last = normalizeWord(sentence[b - 1]!.text);
      if (
        'وبل'.includes(last[0]!) &&
        last.length >= 4 &&
        tagger.gazetteer.kindOf(gazKey([last.slice(1)])) === 'LOC' &&
        // (a place the unlabelled text knows well: not نيس in بنيس، ونيس, family names)
        magnitude(last.slice(1)) >= 2 &&
        tagger.gazetteer.kindOf(gazKey([sentence[b - 1]!.text])) === undefined &&
        !names.isNameWord(sentence[b - 1]!.text)
      )
        b--;
    }
    // An ordinal without the article after a name is what the sentence says of the person (محمد
    // مرسي | أول رئيس منتخب).
    // (not after آل، بن: آل ثاني is a family)
    if (
      type === 'PER' &&
      b - a >= 3 &&
      ORDINAL_WORDS.has(normalizeWord(sentence[b - 1]!.text)) &&
      !NAME_LINKS.has(normalizeWord(sentence[b - 2]!.text))
    )
      b--;
    // A compound first name's second word begins no name: its first word goes with it (ومنة |
    // الله حمدى، نصر | الدين).
    if (
      type === 'PER' &&
      a === sp.start &&
      a > 0 &&
      tags[a - 1] === 'O' &&
      COMPOUND_SECOND.has(normalizeWord(sentence[a]!.text)) &&
      /^[\u0621-\u064a]{2,}$/.test(sentence[a - 1]!.text) &&
      !edgeWord(a - 1)
    )
      a--;
    // A city's mayor by title (أمين بغداد، أمين عمان) before two words or more: the title, not
    // the given name أمين.
    if (
      type === 'PER' &&
      b - a >= 4 &&
      MAYOR.has(normalizeWord(sentence[a]!.text)) &&
      tagger.gazetteer.kindOf(gazKey([sentence[a + 1]!.text])) === 'LOC'
    )
      a += 2;
    if (a === b || sentence.slice(a, b).every((t) => !/\p{L}/u.test(t.text))) return undefined;
    const isGivenName = (w: string) => names.isGivenName(w);
    const checks = { isFirstName, isGivenName, isGiven, edgeWord, magnitude };
    if (type === 'PER') a = givenNameBefore(sentence, tags, sp, a, b, checks);
    return { a, b, type: type as EntityType };
  };
}
