/**
 * An article's tags as the product computes them: the tagger sentence by sentence, then the
 * document pass (consistency.ts), the name rules (name-rules.ts), places after an area's head
 * (place-heads.ts), names joined where the tagger
 * cut them (name-joins.ts), bodies the article names twice (repeated-bodies.ts) and the known
 * names (known-names.ts). Shared by the entity extraction, `npm run ner` and `npm run eval`, so the
 * scores printed are the product's.
 */
import { memoizeWord } from '../text/memo';
import { joinRepeatedFamilyNames } from './repeated-family';
import { stripClitics } from './clitics';
import { propagate } from './consistency';
import { gazKey } from './gazetteer';
import { claimClubs, claimIntroducedClubs, isSportsText } from './clubs';
import { claimKnownNames } from './claim-known-names';
import { dictionaryWord, isKnownWhole } from './known-names';
import type { Tagger } from './model';
import { claimCompetitions } from './competitions';
import { completeBodyNames } from './body-tails';
import { claimHospitals } from './hospitals';
import { claimLaws } from './laws';
import {
  joinNames,
  joinCompoundFirstNames,
  joinNationalFamilyNames,
  joinPlaceFirstNames,
  joinUnknownFamilyNames,
} from './name-joins';
import {
  splitOrganisationsBehindPrepositions,
  splitPersonsAfterOrganisations,
  splitBodiesOverAnd,
  splitPlacesBeforePersons,
  splitFamilyNamePairs,
  splitPersonsOverAnd,
} from './name-splits';
import { claimLatinNames } from './latin-names';
import { clearNotNames } from './not-names';
import { claimListedPersons } from './listed-persons';
import { claimListedPlaces } from './listed-places';
import { claimInstitutionsNamedByPlaces, claimPlacesAfterHeads } from './place-heads';
import { claimMunicipalities, claimPlacesNamedInBodies } from './place-bodies';
import { claimRepeatedBodies } from './repeated-bodies';
import { claimHeadlineName } from './headline-name';
import { applyNameRules } from './name-rules';
import { claimFacilities } from './facilities';
import { joinTitledNamesAfter } from './named-after';
import { claimConstructBodies } from './construct-bodies';
import { joinSeats } from './seats';
import { joinAdjacentPersons, joinFatherNames } from './given-before';
import { claimCompanies } from './companies';
import { normalizeWord } from '../text/normalize';
import { isInstitutionHead } from './name-words';
import { claimPresentedPersons, joinGivenNamesBefore } from './presented-persons';
import { FUNCTION_WORDS } from './function-words';

/**
 * Tags the sentences (token texts) of one document. A sentence `shouldTag` refuses (another
 * language in the Arabic script) stays untagged and takes no part in the later passes' claims.
 */
export function tagDocument(
  tagger: Tagger,
  sentences: string[][],
  shouldTag: (words: string[]) => boolean = () => true,
  headline = false,
): string[][] {
  const first = sentences.map((words) =>
    shouldTag(words) ? tagger.tag(words) : words.map(() => 'O'),
  );
  // The first sentence is the article's headline: who speaks before its colon is named in the
  // text too, where the document pass finds them.
  if (headline && first.length && shouldTag(sentences[0]!)) {
    const magnitude = (form: string) => tagger.lexicon.frequency(form)?.magnitude ?? -1;
    first[0] = claimHeadlineName(sentences[0]!, first[0]!, {
      isPlace: (words) => tagger.gazetteer.kindOf(gazKey(words)) === 'LOC',
      isNameStart: (token) => isFirstNameIn(tagger, token) || tagger.knownNames.isNameWord(token),
      isRare: (token) => {
        const n = normalizeWord(token);
        const bare = n.startsWith('ال') && n.length > 4 ? n.slice(2) : n;
        return (
          n.length >= 4 &&
          magnitude(n) <= 1 &&
          magnitude(bare) <= 1 &&
          !tagger.gazetteer.kindOf(gazKey([token]))
        );
      },
    });
  }
  return secondPass(tagger, sentences, first);
}

/**
 * A tagger's answers about single words, kept with it: every pass of every article asks them of
 * the same words (a tagger never changes once loaded).
 */
const wordAnswers = new WeakMap<
  Tagger,
  {
    names: Tagger['knownNames'];
    first: (name: string) => boolean;
    given: (word: string) => boolean;
  }
>();
function answersOf(tagger: Tagger) {
  let a = wordAnswers.get(tagger);
  // (made again if the tagger's dictionary was replaced after loading, as the loaders assign it)
  if (!a || a.names !== tagger.knownNames) {
    a = {
      names: tagger.knownNames,
      first: memoizeWord((name) => {
        const kind = tagger.gazetteer.kindOf(gazKey(name.split(' ')));
        return kind === 'FIRST' || kind === 'PER';
      }),
      given: memoizeWord((word) => {
        const n = normalizeWord(word);
        if (FUNCTION_WORDS.has(n)) return false;
        const magnitude = tagger.lexicon.frequency(n)?.magnitude ?? -1;
        return (
          isFirstNameIn(tagger, word) || (tagger.knownNames.isGivenName(word) && magnitude <= 2)
        );
      }),
    };
    wordAnswers.set(tagger, a);
  }
  return a;
}

/** Whether the tagger's gazetteer knows `name` as a first name or a person. */
export function isFirstNameIn(tagger: Tagger, name: string): boolean {
  return answersOf(tagger).first(name);
}

/**
 * Whether a word is a given name: the gazetteer's first names, or one that begins listed persons
 * (KnownNames.isGivenName) and that the unlabelled text does not use everywhere (شركة begins a
 * listed person); never a function word.
 */
export function isGivenNameIn(tagger: Tagger, word: string): boolean {
  return answersOf(tagger).given(word);
}

/** The passes after the tagger, over its tags (`first`) for the sentences of one document. */
export function secondPass(tagger: Tagger, sentences: string[][], first: string[][]): string[][] {
  const names = tagger.knownNames;
  const magnitude = (form: string) => tagger.lexicon.frequency(form)?.magnitude ?? -1;
  const isFirstName = (name: string) => isFirstNameIn(tagger, name);
  const isGiven = (token: string) => isGivenNameIn(tagger, token);
  // Too common to claim alone: carries the article, or seen a hundred times or more in the
  // unlabelled text (مساء، تشرين; فيسبوك and تويتر are seen fewer).
  // Nor a word read more often as a one-letter proclitic and a common word (وست: "and six").
  const isCommonToken = (token: string) => {
    const n = normalizeWord(token);
    const { stem, prefix } = stripClitics(n);
    if (prefix.includes('ال') || magnitude(stem) >= 2) return true;
    const rest = n.slice(1);
    return 'وبلفك'.includes(n[0]!) && magnitude(rest) >= 2 && magnitude(rest) > magnitude(n);
  };
  const isRare = (token: string) => magnitude(normalizeWord(token)) < 1;
  const isNationality = (token: string) => names.isNationality(token);
  const ruled = applyNameRules(
    sentences,
    propagate(sentences, first),
    isFirstName,
    isRare,
    (token) => magnitude(normalizeWord(token)) >= 3,
    isNationality,
  );
  claimPresentedPersons(sentences, ruled, {
    isGiven,
    isNameWord: (token) => names.isNameWord(token),
    magnitude,
  });
  // (a word the gazetteer knows as a place, as written, that the unlabelled text does not use
  // everywhere: الجيزة, not المدينة)
  // (and as written: no preposition before it, بإيطاليا، للعيون)
  const isPlace = (token: string) => {
    const n = normalizeWord(token);
    const { prefix } = stripClitics(n);
    return (
      (prefix === '' || prefix === 'ال') &&
      tagger.gazetteer.kindOf(gazKey([token])) === 'LOC' &&
      magnitude(n.startsWith('ال') ? n.slice(2) : n) <= 2
    );
  };
  // (a place of one word the dictionary lists — طوخ، الهراويين — after an unambiguous head only)
  const isListedPlace = (token: string) => {
    const m = names.match([dictionaryWord(token)], 0);
    return m?.type === 'LOC' && m.length === 1;
  };
  // (a person's name, which a term of office may come before: ولاية تبون، ولاية الدبيبة)
  const isPersonWord = (token: string) => {
    const kind = tagger.gazetteer.kindOf(gazKey([token]));
    return (
      names.isNameWord(token) ||
      names.isFamilyName(token) ||
      kind === 'PER' ||
      kind === 'LAST' ||
      kind === 'FIRST'
    );
  };
  claimPlacesAfterHeads(sentences, ruled, isRare, isPlace, isListedPlace, isPersonWord);
  claimLatinNames(sentences, ruled);
  joinNames(
    sentences,
    ruled,
    isRare,
    isNationality,
    (words) => {
      const m = names.match(words.map(dictionaryWord), 0);
      return m?.type === 'LOC' && m.length === words.length;
    },
    (token) => {
      const w = dictionaryWord(token);
      if (!'لب'.includes(w[0] ?? '') || isKnownWhole(names, token)) return false;
      const m = names.match([w.slice(1)], 0);
      return m?.type === 'ORG' && m.length === 1;
    },
  );
  claimRepeatedBodies(sentences, ruled, isNationality);
  // (whether the article is about the game: read once, by the known names, clubs and events)
  const sports = isSportsText(sentences);
  const tags = claimKnownNames(
    names,
    sentences,
    ruled,
    isCommonToken,
    // A word is cut at its proclitic into a city only if the unlabelled text knows the word whole
    // less often than the city (بسوسة 5 times, سوسة 24: cut; باكرا 23, أكرا 16: not).
    (token, city) => magnitude(normalizeWord(token)) < magnitude(normalizeWord(city)),
    sports,
    (token) => magnitude(stripClitics(normalizeWord(token)).stem) >= 2,
  );
  claimInstitutionsNamedByPlaces(sentences, tags, isPlace);
  claimConstructBodies(sentences, tags, isNationality);
  joinCompoundFirstNames(sentences, tags, isGiven);
  joinTitledNamesAfter(sentences, tags);
  joinNationalFamilyNames(sentences, tags, isNationality, isFirstName);
  joinPlaceFirstNames(sentences, tags, isNationality, (token) => names.isNameWord(token));
  claimListedPersons(
    sentences,
    tags,
    (word) => isFirstName(word),
    // (a word the article often takes: صباح، أمين، بطل)
    (word) => (tagger.lexicon.frequency(normalizeWord(word))?.article ?? 0) >= 1,
  );
  joinUnknownFamilyNames(
    sentences,
    tags,
    (name) => {
      const words = name.split(' ');
      // (a first name, or a person's name of one word: مبارك)
      if (words.length === 1) return isFirstName(name);
      return words.length === 2 && ['عبد', 'ابو'].includes(normalizeWord(words[0]!));
    },
    (word) => {
      const n = normalizeWord(word);
      const forms = [n, stripClitics(n).stem, ...('وفبلك'.includes(n[0]!) ? [n.slice(1)] : [])];
      return (
        forms.every((f) => tagger.lexicon.frequency(f) === undefined) &&
        !tagger.gazetteer.kindOf(gazKey([word]))
      );
    },
  );
  joinFatherNames(sentences, tags, isGiven);
  joinAdjacentPersons(sentences, tags);
  joinGivenNamesBefore(sentences, tags, {
    isGiven,
    isNameWord: (token) => names.isNameWord(token),
    magnitude,
  });
  joinRepeatedFamilyNames(
    sentences,
    tags,
    (token) => {
      const n = normalizeWord(token);
      if (names.isNameWord(token)) return true;
      if (n.startsWith('ال')) return /ي$/.test(n) || magnitude(n.slice(2)) <= 2;
      // (an adverb in the accusative is none: مجددا، ساخرا، لاحقا)
      return !n.endsWith('ا') && magnitude(n) <= 2;
    },
    isNationality,
  );
  // (how many of the words the dictionary names as one organisation, 0 for none)
  const knownOrganisation = (words: string[]) => {
    const m = names.match(words.map(dictionaryWord), 0);
    return m?.type === 'ORG' ? m.length : 0;
  };
  splitPersonsAfterOrganisations(
    sentences,
    tags,
    knownOrganisation,
    (word) => names.isNameWord(word),
    isNationality,
  );
  splitOrganisationsBehindPrepositions(
    sentences,
    tags,
    knownOrganisation,
    // (a first word without the article that a list of names knows — ماسون — and that heads no
    // institution or place: جامعة بيرزيت بالاتحاد الأوروبي)
    (word) =>
      !normalizeWord(word).startsWith('ال') &&
      (isFirstName(word) || names.isNameWord(word)) &&
      !isInstitutionHead(word),
  );
  const isNameWord = (word: string) => {
    const kind = tagger.gazetteer.kindOf(gazKey([word]));
    // (عمر is listed as a family name)
    return kind === 'FIRST' || kind === 'PER' || kind === 'LAST';
  };
  splitPersonsOverAnd(
    sentences,
    tags,
    isNameWord,
    (word) => isNameWord(word) || names.isNameWord(word),
  );
  splitBodiesOverAnd(sentences, tags);
  // (a country, or a place the gazetteer knows, behind its preposition — not a given name that
  // begins so: لينا، باهر)
  splitPlacesBeforePersons(
    sentences,
    tags,
    (word) => names.isCountry([word]) || isPlace(word.slice(1)),
    (word) => isFirstName(word) || isNameWord(word) || names.isNameWord(word),
    (words) => isKnownWhole(names, words.join(' ')),
  );
  splitFamilyNamePairs(
    sentences,
    tags,
    (words) => {
      const m = names.match(words.map(dictionaryWord), 0);
      return m?.type === 'PER' && m.length === words.length;
    },
    (word) =>
      !normalizeWord(word).startsWith('ال') && tagger.gazetteer.kindOf(gazKey([word])) === 'FIRST',
  );
  claimFacilities(sentences, tags, magnitude);
  claimClubs(names, sentences, tags, sports, isPlace);
  claimIntroducedClubs(sentences, tags, sports);
  claimCompetitions(sentences, tags, sports, isPlace, (token) => names.isNationality(token));
  claimLaws(sentences, tags);
  claimCompanies(sentences, tags, { magnitude });
  claimMunicipalities(sentences, tags);
  claimPlacesNamedInBodies(sentences, tags, isPlace);
  claimListedPlaces(
    sentences,
    tags,
    (word) =>
      names.isCountry([word]) ||
      isPlace(word) ||
      names.majorPlace(word, () => true) !== undefined ||
      names.townPlace(word, () => true) !== undefined,
  );
  joinSeats(sentences, tags, {
    isTelling: (word) => {
      const kind = tagger.gazetteer.kindOf(gazKey([word]));
      return kind === 'LOC' || kind === 'PER' || kind === 'FIRST' || isNationality(word);
    },
    isCountry: (words) => names.isCountry(words),
    isPlace,
    names: (words) => {
      const d = words.map(dictionaryWord);
      return d.some((_, i) => {
        const m = names.match(d, i);
        return m !== undefined && m.length >= 2;
      });
    },
  });
  claimHospitals(sentences, tags, {
    isRare: (token) => magnitude(normalizeWord(token)) < 1,
    isGiven,
    isNameWord: (token) => names.isNameWord(token),
    isNationality,
  });
  // (a name that begins with ل is no noun behind it: مصرف لبنان، جامعة لندن)
  completeBodyNames(
    sentences,
    tags,
    isNationality,
    (token) => {
      const kind = tagger.gazetteer.kindOf(gazKey([token]));
      return (
        kind !== undefined ||
        names.isNameWord(token) ||
        names.match([dictionaryWord(token)], 0) !== undefined ||
        magnitude(normalizeWord(token).slice(1)) < 1
      );
    },
    (form) => magnitude(form) >= 1,
  );
  clearNotNames(sentences, tags, isNationality);
  return tags;
}
