/**
 * Checks of single words at a name's edges (name-bounds.ts), made once per article for a tagger's
 * lists and lexicon: a Darija verb, a verb in the imperfect, a family name, a word bound to a
 * preposition and a pronoun, a common word a body's name never goes on with.
 */
import { gazKey } from './gazetteer';
import { dictionaryWord, isKnownWhole } from './known-names';
import type { Tagger } from './model';
import { normalizeWord } from '../text/normalize';

/** The checks for `tagger`'s lists and lexicon, in an article written in Darija or not. */
export function wordChecks(tagger: Tagger, darija: boolean) {
  const magnitude = (form: string) => tagger.lexicon.frequency(form)?.magnitude ?? -1;
  const names = tagger.knownNames;
  const isWhole = (word: string) => isKnownWhole(names, word);
  // Darija's present marker كـ before an imperfect (كيعاني، كتحرش، كنقولو), on a word Modern
  // Standard Arabic does not know (كينيا، كيفن are in the lexicon).
  // Outside an article written in Darija, only where the rest is a word Modern Standard Arabic
  // knows (كيقول: يقول) and the whole no word of people's names (كيليان مبابي, كنيدي).
  const isDarijaVerb = (token: string) => {
    const n = normalizeWord(token);
    if (!/^ك[يتن]/.test(n) || n.length < 4 || tagger.lexicon.frequency(n) !== undefined)
      return false;
    return darija || (magnitude(n.slice(1)) >= 1 && !names.isNameWord(token));
  };
  // (its dual or plural too, where the singular is a word of the same kind seen at least ten
  // times: يحلمان، يقولون — يحلم، يقول)
  const isImperfectVerb = (token: string, least = 2): boolean => {
    const n = normalizeWord(token);
    if (
      least === 2 &&
      /^[يت][\u0621-\u064a]{3,}(ان|ون)$/.test(n) &&
      isImperfectVerb(n.slice(0, -2), 1)
    )
      return !names.isNameWord(n) && tagger.gazetteer.kindOf(gazKey([token])) === undefined;
    const f = tagger.lexicon.frequency(n);
    // (of three letters too, after ي or ت: يرى، يجب، تقع)
    const short = /^[يت][\u0621-\u064a]{2}$/.test(n);
    return (
      (/^[يتن][\u0621-\u064a]{3,}$/.test(n) || short) &&
      f !== undefined &&
      f.magnitude >= least &&
      f.article === 0 &&
      !names.isNameWord(n) &&
      tagger.gazetteer.kindOf(gazKey([token])) === undefined &&
      !isWhole(token)
    );
  };
  // A family name after a first name: a name the gazetteer knows, or a rare word with the article.
  const isFamilyName = (token: string) => {
    const n = normalizeWord(token);
    // (not a dual or a plural: محمد بن سلمان | الرائدين)
    if (/^ال.{3,}(ين|ون)$/.test(n)) return false;
    const kind = tagger.gazetteer.kindOf(gazKey([token]));
    if (kind === 'FIRST' || kind === 'LAST' || kind === 'PER') return true;
    return n.startsWith('ال') && n.length > 4 && magnitude(n.slice(2)) <= 1;
  };
  // A word with a preposition (ب ل ك) and a pronoun after it, on a noun the unlabelled text
  // knows well (بمقعده، بوحدها): never a name's word — names take neither. (As written: ة, which
  // folding makes ه, is no pronoun.)
  const boundWord = (surface: string) => {
    const m = /^[وف]?[بلك]([\u0621-\u064a]{2,}?)(ه|ها|هم|هما|هن|كم)$/.exec(
      surface.replace(/[\u064b-\u065f\u0640]/g, ''),
    );
    return (
      m !== null &&
      // (يه ends foreign names: فوشيه is no ف + وشي + ه)
      !(m[2] === 'ه' && m[1]!.endsWith('ي')) &&
      magnitude(normalizeWord(m[1]!)) >= 2 &&
      !names.isNameWord(surface) &&
      !isWhole(surface)
    );
  };
  // A common word without the article that names nothing (يحسم، قمة): the sentence, not a name.
  const ranOn = (token: string) => {
    const n = normalizeWord(token);
    return (
      /^[\u0621-\u064a]{3,}$/.test(n) &&
      !/^(ال|[وفبلك])/.test(n) &&
      magnitude(n) >= 1 &&
      !names.isNameWord(token) &&
      tagger.gazetteer.kindOf(gazKey([token])) === undefined &&
      names.match([dictionaryWord(token)], 0) === undefined &&
      !isWhole(token)
    );
  };
  return { isDarijaVerb, isImperfectVerb, isFamilyName, boundWord, ranOn };
}
