/**
 * Names the tagger ran together, split again over its tags (issue 13); run by the joins
 * (name-joins.ts) and after the known names (document.ts):
 *
 * - an organisation's initials and the person named after them (سي إن إن | ترامب);
 * - a person and the organisation they speak to, behind its preposition (الفيتوري | لرويترز);
 * - two persons over و (رزان الخطيب | وعمر الزعبي);
 * - an organisation the dictionary knows and the person after it (الأمم المتحدة | الطاهر السني);
 * - an organisation of several words behind its preposition, cut from a name or cut in two
 *   (ماسون إسكاميلا | لبي بي سي; ل | بي بي سي نيوز);
 * - two persons' family names side by side (البرهان | دقلو);
 * - two bodies over و and a head (بنك الخليج | وبنك برقان).
 */
import { LETTER_NAMES } from './common-words';
import { isInstitutionHead, OUTLET_SUFFIXES, PERSON_TITLES } from './name-words';
import { ROLE_WORDS } from './roles';
import { claim } from './tag-edits';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

/**
 * The tagger runs an organisation's initials into the person named after them (شبكة سي إن إن
 * ترامب بأنه …); where the article names that word alone as a person, it is that person.
 */
export function splitPersonsFromInitials(sentences: string[][], tags: string[][]): void {
  const persons = new Set<string>();
  sentences.forEach((tokens, s) => {
    for (const sp of spans(tags[s]!))
      if (sp.type === 'PER') persons.add(normalizeWord(tokens[sp.start]!));
  });
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      const last = sp.end - 1;
      if (sp.type !== 'ORG' || last - sp.start < 2) continue;
      if (!persons.has(normalizeWord(tokens[last]!))) continue;
      if (!tokens.slice(sp.start, last).every((w) => LETTER_NAMES.has(normalizeWord(w)))) continue;
      claim(t, sp.start, last, 'ORG');
      claim(t, last, sp.end, 'PER');
    }
  });
}

/**
 * The tagger runs a person into the organisation they speak to or work for, written with its
 * preposition (قال عبد السلام الفيتوري لرويترز، الرئيس التنفيذي لإنفيديا جنسن هوانغ): a first or
 * last word that `isOrgBehindPreposition` knows so is that organisation, and the rest the person.
 */
export function splitOrganisationsFromPersons(
  sentences: string[][],
  tags: string[][],
  isOrgBehindPreposition: (token: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      if (sp.type !== 'PER' || sp.end - sp.start < 3) continue;
      if (isOrgBehindPreposition(tokens[sp.end - 1]!)) {
        claim(t, sp.start, sp.end - 1, 'PER');
        claim(t, sp.end - 1, sp.end, 'ORG');
      } else if (isOrgBehindPreposition(tokens[sp.start]!)) {
        claim(t, sp.start, sp.start + 1, 'ORG');
        claim(t, sp.start + 1, sp.end, 'PER');
      }
    }
  });
}

/**
 * Two persons the tagger ran together over و, in place: a person's span of two words or more,
 * then a word that is و and a word of people's names (not such a word beginning with و itself:
 * وليد، وائل، وهبة) and one word more at least, is two persons (المهندسان رزان الخطيب | وعمر
 * الزعبي), or a title with و between them (ريهام عز الدين والفنان شريف منصور: the title is
 * neither's). `isNameWord(word)` says whether a word is a first or family name; `isWholeName(word)`
 * the same of the whole word, from a longer list (names of one word that begin with و).
 */
export function splitPersonsOverAnd(
  sentences: string[][],
  tags: string[][],
  isNameWord: (word: string) => boolean,
  isWholeName: (word: string) => boolean = isNameWord,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      if (sp.type !== 'PER') continue;
      let from = sp.start;
      for (let j = sp.start + 2; j < sp.end; j++) {
        const w = tokens[j]!;
        const rest = normalizeWord(w.slice(1));
        // (and a title between them, which is neither's: ريهام عز الدين | والفنان | شريف منصور)
        if (
          w.startsWith('و') &&
          j + 1 < sp.end &&
          (PERSON_TITLES.has(rest) || ROLE_WORDS.has(rest))
        ) {
          claim(t, from, j, 'PER');
          t[j] = 'O';
          from = j + 1;
          j++;
          continue;
        }
        // (a compound first name too: وعبد الرحمن، وأبو بكر)
        const named = isNameWord(w.slice(1)) || rest === 'عبد' || rest === 'ابو';
        // (the second person of two words at least; a name beginning with و stays: وهبة، والي)
        // (و twice begins no name: ووليد is و + وليد)
        const whole = isWholeName(w) && !w.startsWith('وو');
        if (w.length < 4 || !w.startsWith('و') || j + 1 >= sp.end || whole || !named) continue;
        claim(t, from, j, 'PER');
        from = j;
        j++;
      }
      if (from > sp.start) claim(t, from, sp.end, 'PER');
    }
  });
}

/**
 * A person the tagger ran on from an organisation (مندوب ليبيا لدى الأمم المتحدة الطاهر السني),
 * in place: where an organisation's span begins with a whole organisation the dictionary knows
 * (`knownOrganisation(words)`: how many of the words it names, 0 for none) and two words or more
 * follow it, the first a word of people's names, those words are a person — not adjectives of the
 * body (مجلس الأمن القومي السعودي: an adjective of relation first, a nationality among them).
 */
export function splitPersonsAfterOrganisations(
  sentences: string[][],
  tags: string[][],
  knownOrganisation: (words: string[]) => number,
  isNameWord: (word: string) => boolean,
  isNationality: (word: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      if (sp.type !== 'ORG' || sp.end - sp.start < 4) continue;
      const known = knownOrganisation(tokens.slice(sp.start, sp.end));
      const at = sp.start + known;
      if (
        known < 2 ||
        sp.end - at < 2 ||
        !isNameWord(tokens[at]!) ||
        /^ال.{2,}ي$/.test(normalizeWord(tokens[at]!)) ||
        tokens.slice(at, sp.end).some(isNationality)
      )
        continue;
      claim(t, sp.start, at, 'ORG');
      claim(t, at, sp.end, 'PER');
    }
  });
}

/** Words that may follow an outlet's name as part of it (بي بي سي نيوز، سي إن إن عربية). */
const OUTLET_TAILS = new Set([
  ...OUTLET_SUFFIXES,
  ...['الإخبارية', 'الإخباري', '24'].map(normalizeWord),
]);

/**
 * An organisation of several words the dictionary knows, written with the preposition لـ or بـ on
 * its first word (قال ماسون إسكاميلا لبي بي سي), in place: the tagger runs the speaker into it
 * (also when the organisation goes on past the span: أيمن الصفدي لسي | إن إن), or leaves the
 * preposition's word out of it (لبي | بي سي نيوز). `knownOrganisation(words)`: how many of the
 * words, the first without its preposition, the dictionary names as one organisation (0 for
 * none). The words before it in the span are a person's, if the tagger read them so or
 * `isPersonStart` says their first word begins a person's name — or an organisation of their
 * own, if the dictionary names them whole (منظمة العفو الدولية | لبي بي سي) — and not an
 * organisation's own genitive (الجمعية العامة للأمم المتحدة). After the organisation, an
 * outlet's word (نيوز) is its own; the rest of a span that began inside it keeps its type (the
 * person the tagger read into it: لبي بي سي | فرانك غاردنر), and of one it ended, is left out.
 */
export function splitOrganisationsBehindPrepositions(
  sentences: string[][],
  tags: string[][],
  knownOrganisation: (words: string[]) => number,
  isPersonStart: (word: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      // The preposition's word inside the span (after its first word), or just before it.
      for (let k = Math.max(0, sp.start - 1); k < sp.end; k++) {
        if (k === sp.start) continue;
        const w = tokens[k]!;
        if (!/^[لب]/.test(w) || w.length < 3 || (k < sp.start && t[k] !== 'O')) continue;
        const known = knownOrganisation([w.slice(1), ...tokens.slice(k + 1, k + 6)]);
        const orgEnd = k + known;
        if (known < 2 || orgEnd <= sp.start) continue;
        // (past the span, only over untagged words)
        if (t.slice(sp.end, orgEnd).some((x) => x !== 'O')) break;
        if (k > sp.start) {
          const before = tokens.slice(sp.start, k);
          const type =
            sp.type === 'PER' || isPersonStart(before[0]!)
              ? 'PER'
              : knownOrganisation(before) === before.length
                ? 'ORG'
                : undefined;
          if (!type) break;
          claim(t, sp.start, k, type);
        }
        let end = orgEnd;
        while (end < sp.end && OUTLET_TAILS.has(normalizeWord(tokens[end]!))) end++;
        claim(t, k, end, 'ORG');
        if (end < sp.end && k < sp.start) claim(t, end, sp.end, sp.type);
        else for (let j = end; j < sp.end; j++) t[j] = 'O';
        break;
      }
    }
  });
}

/**
 * Two persons' family names side by side, which the tagger read as one person (ويتهم البرهان دقلو:
 * the verb's subject and object), in place: a person's span of two words, each the last word of
 * another person the document names in two words or more — two different persons — and not the
 * end of a name the document gives (حمدان دقلو in محمد حمدان دقلو), is two persons — where the
 * document also names one of the two by that word alone (وقال البرهان): a sister's name before
 * her brother's family name is no such pair (ميلاني هاملتون beside تشارلز هاملتون). Nor is a
 * person the list of known names holds (`isListedPerson`: إبراهيم حسن beside محمد إبراهيم and حسام
 * حسن), or one whose first word is a first name without the article (`isFirstName`), as Egyptian
 * names run.
 */
export function splitFamilyNamePairs(
  sentences: string[][],
  tags: string[][],
  isListedPerson: (words: string[]) => boolean = () => false,
  isFirstName: (word: string) => boolean = () => false,
): void {
  const names = new Set<string>();
  const alone = new Set<string>();
  sentences.forEach((tokens, s) => {
    for (const sp of spans(tags[s]!))
      if (sp.type === 'PER')
        (sp.end - sp.start >= 2 ? names : alone).add(
          tokens.slice(sp.start, sp.end).map(normalizeWord).join(' '),
        );
  });
  // (the persons whose name ends with a word, other than `pair` itself)
  const endingWith = (word: string, pair: string) =>
    [...names].filter((n) => n !== pair && n.endsWith(` ${word}`));
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      if (sp.type !== 'PER' || sp.end - sp.start !== 2) continue;
      const [a, b] = [tokens[sp.start]!, tokens[sp.start + 1]!].map(normalizeWord) as [
        string,
        string,
      ];
      const pair = `${a} ${b}`;
      const first = endingWith(a, pair);
      const second = endingWith(b, pair);
      if (
        !first.length ||
        !second.length ||
        second.some((n) => n.endsWith(` ${pair}`)) ||
        !first.some((n) => !second.includes(n)) ||
        !(alone.has(a) || alone.has(b)) ||
        isListedPerson(tokens.slice(sp.start, sp.end)) ||
        isFirstName(tokens[sp.start]!)
      )
        continue;
      claim(t, sp.start, sp.start + 1, 'PER');
      claim(t, sp.start + 1, sp.end, 'PER');
    }
  });
}

/**
 * Splits, in place, an organisation's span over و before another institution's head without the
 * article: two bodies listed as one (بنك الخليج | وبنك برقان، وزارة الصحة | ووزارة التربية) — the
 * head the span began with again, or one before a name without the article. Not a second field of
 * one name, which takes the article (وزارة الشباب والرياضة), nor a centre of a hospital's official
 * name (مستشفى الملك فيصل التخصصي ومركز الأبحاث).
 */
export function splitBodiesOverAnd(sentences: string[][], tags: string[][]): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      if (sp.type !== 'ORG') continue;
      let from = sp.start;
      for (let j = sp.start + 2; j + 1 < sp.end; j++) {
        const w = tokens[j]!;
        if (!w.startsWith('و') || w.startsWith('وال') || !isInstitutionHead(w.slice(1))) continue;
        // (the span's first head, behind its own و when it is a later part: ووزارة)
        const head = normalizeWord(w.slice(1));
        const first = normalizeWord(tokens[from]!);
        const again = head === first || (first.startsWith('و') && head === first.slice(1));
        if (!again && normalizeWord(tokens[j + 1]!).startsWith('ال')) continue;
        claim(t, from, j, 'ORG');
        from = j;
      }
      if (from > sp.start) claim(t, from, sp.end, 'ORG');
    }
  });
}

/**
 * Splits, in place, a country or a place the gazetteer knows, behind a one-letter preposition,
 * from the person the tagger ran it into (السفير الألماني بأفغانستان | هانز أوليش سيدت): no name
 * begins with a preposition and a country. `isPlaceBehind(word)`: the word is a country or a
 * place behind its preposition; `isNameWord(word)`: it is a word of people's names as written
 * (لينا، باهر، باولو are no ل + ينا, ب + اهر, ب + اولو); `isKnownWhole(words)`: a list names the
 * span whole (لينا بن مهني).
 */
export function splitPlacesBeforePersons(
  sentences: string[][],
  tags: string[][],
  isPlaceBehind: (word: string) => boolean,
  isNameWord: (word: string) => boolean,
  isKnownWhole: (words: string[]) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      if (sp.type !== 'PER' || sp.end - sp.start < 3) continue;
      const w = tokens[sp.start]!;
      if (!/^[بل]/.test(w) || w.length < 4 || isNameWord(w) || !isPlaceBehind(w)) continue;
      if (isKnownWhole(tokens.slice(sp.start, sp.end))) continue;
      claim(t, sp.start, sp.start + 1, 'LOC');
      claim(t, sp.start + 1, sp.end, 'PER');
    }
  });
}
