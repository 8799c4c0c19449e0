/**
 * How one word of an article is looked up among names of one word (issue 13): its dictionary forms
 * as a first word, and the large cities' and our towns' names it may be, as written or behind a
 * proclitic (KnownNames.majorPlace, KnownNames.townPlace). The words passed in are folded already
 * (known-names.ts dictionaryWord). Split from known-names.ts.
 */
import { stripClitics } from './clitics';
import { memoizeWord } from '../text/memo';

/**
 * A first word's dictionary forms: as written, without its clitics, without a one-letter
 * proclitic. Memoized: the array is shared, not to be changed.
 */
export const firstForms = memoizeWord((d: string): string[] => {
  const forms: string[] = [d.startsWith('ال') && d.length > 4 ? d.slice(2) : d];
  const { stem, prefix } = stripClitics(d);
  if (prefix && !forms.includes(stem)) forms.push(stem);
  if ('وبلفك'.includes(d[0] ?? '') && d.length >= 4) {
    const rest = d.slice(1);
    const form = rest.startsWith('ال') && rest.length > 4 ? rest.slice(2) : rest;
    if (!forms.includes(form)) forms.push(form);
  }
  return forms;
});

/** A one-letter proclitic written before a hamza's alif: the proclitic, not a name's letter. */
const HAMZA_AFTER_PROCLITIC = /^[وفبلك][أإآ]/u;

/** A normalised word without its one-letter proclitic (للمهدية → المهدية, بالمهدية → المهدية). */
export const behindProclitic = (w: string): string =>
  w.startsWith('لل') ? `ال${w.slice(2)}` : 'وبلفك'.includes(w[0] ?? '') ? w.slice(1) : w;

/**
 * The key in `places` (keys without the article) that `word`, folded `d`, names: as written, or
 * behind a proclitic `mayCut` allows (see KnownNames.majorPlace).
 */
export function placeIn(
  places: Set<string>,
  word: string,
  d: string,
  mayCut: (word: string, city: string) => boolean,
): string | undefined {
  if (!places.size) return undefined;
  // (a one-letter proclitic written before a hamza's alif is the proclitic: وأدان is و + أدان,
  // not the town وادان that folding makes of it)
  if (HAMZA_AFTER_PROCLITIC.test(word))
    return firstForms(d).find((f) => f !== d && places.has(f) && mayCut(word, f));
  const whole = firstForms(d)[0]!;
  if (places.has(whole)) return whole;
  return firstForms(d).find((f) => places.has(f) && mayCut(word, f));
}

/**
 * The town of `towns` (folded, with their article) that `word`, folded `d`, names: as written, or
 * behind one or two proclitics (بالمهدية، وبالمهدية، للمهدية) — not where the dictionary knows the
 * word whole (`knownWhole`: وجدة is no و + جدة), nor a word whose proclitic stands before a hamza's
 * alif matched whole (وأدان) — where the unlabelled text knows the whole word no better than the
 * town (`mayCut(a, b)`: a is known less than b; neither is counted with the article, and most
 * towns never are: بالمهدية، بعرسال).
 */
export function townIn(
  towns: Set<string>,
  word: string,
  d: string,
  knownWhole: () => boolean,
  mayCut: (word: string, city: string) => boolean,
): string | undefined {
  if (!towns.size) return undefined;
  if (towns.has(d) && !HAMZA_AFTER_PROCLITIC.test(word)) return d;
  if (!'وبلفك'.includes(d[0] ?? '') || d.length < 4 || knownWhole()) return undefined;
  const forms = [behindProclitic(d)];
  if ('وف'.includes(d[0]!) && 'بلك'.includes(forms[0]![0] ?? '') && forms[0]!.length >= 4)
    forms.push(behindProclitic(forms[0]!));
  return forms.find((f) => f.length >= 3 && towns.has(f) && !mayCut(f, word));
}
