/**
 * What is left out of an article's entities (issue 13), group by group after coreference: words
 * that are not names, and names too thin to tell a reader anything. Evidence: the lexicon of the
 * unlabelled text, the gazetteer, the known names and their word lists (known-names.json).
 */
import { AREA_WORDS_BEFORE } from './area-words';
import { isCommonWordGroup } from './coreference';
import { normalizeWord } from '../text/normalize';
import { gazKey } from './gazetteer';
import { isKnownWhole } from './known-names';
import { isOneOfNormal } from './tag-edits';
import type { Tagger } from './model';
import type { EntityType } from './tags';

/** Words of areas: those written before a place's name, and the city, the capital. */
const AREA_WORDS = new Set([...AREA_WORDS_BEFORE, ...['مدينة', 'عاصمة'].map(normalizeWord)]);

/** المدينة's last letters as normalised (مدينه). */
const MEDINA = normalizeWord('مدينة');

/**
 * Whether a word is an area's word alone, with the article or without, behind a proclitic too
 * (المدينة، للمدينة، بالمدينة، مدينة، وبلدة — بلدة and ولاية are no ب or و and a rest).
 */
function isAreaWord(word: string): boolean {
  return isOneOfNormal(normalizeWord(word).replace(/^([وفبلك]?ال|[وف]?لل)/, ''), AREA_WORDS);
}

/** Whether an article's normalised words name Mecca or Medina by name (مكة، المدينة المنورة). */
export const namesHolyCities = (words: string[]) =>
  words.some((w) => /^[وفبل]?(مكه|المكرمه|المنوره)$/.test(w));

/** What the article says around an entity that `isLeftOut` weighs. */
export interface LeftOutContext {
  /** The article gives a person a title or role. */
  presented?: boolean;
  /** A club the match report introduces by name (فريق النجمة). */
  introducedClub?: boolean;
  /** The article is written in Darija, and no area's word stands before the name. */
  darija?: boolean;
  /** The article names Mecca or Medina by name (مكة، المدينة المنورة). */
  holyCities?: boolean;
}

/**
 * Whether the entity keyed `key`, of `type`, named in the article as `surfaces` (one per mention,
 * the headline's included), is left out. `presented`: the article gives a person a title or role.
 */
export function isLeftOut(
  tagger: Tagger,
  key: string,
  type: EntityType,
  surfaces: string[],
  context: LeftOutContext = {},
): boolean {
  const { presented = false, introducedClub = false, darija = false, holyCities = false } = context;
  const names = tagger.knownNames;
  const isWhole = (word: string) => isKnownWhole(names, word);
  const magnitude = (form: string) => tagger.lexicon.frequency(form)?.magnitude ?? -1;
  // (our own list's one-word organisations count as known: يوتيوب)
  const inGazetteer = tagger.gazetteer.kindOf(key) !== undefined || names.isCurated(key);
  // (a club a match report introduces by name is no common word there: فريق النجمة)
  if (!introducedClub && isCommonWordGroup(key, type, surfaces, tagger.lexicon, inGazetteer))
    return true;
  // In an article written in Darija, a word with the article that no list knows is its noun, not a
  // place or a body (واش البوسان شي حاجة خايبة، على حساب الجندر ديالهوم): the tagger, trained on
  // the standard language, reads its words as names.
  if (
    darija &&
    type !== 'PER' &&
    !key.includes(' ') &&
    !inGazetteer &&
    !names.has(key) &&
    surfaces.every((x) => /^([وفبلك]?ال|لل)/.test(normalizeWord(x)))
  )
    return true;
  // An area's word alone, with the article or without (المدينة، العاصمة، مدينة) is the article's
  // word for a place it names, not a place — even where the gazetteer knows it (المدينة for
  // Medina, whose name is المدينة المنورة).
  // (المدينة is Medina where the article names Mecca or Medina by name: من مكة إلى المدينة)
  if (
    type === 'LOC' &&
    surfaces.length > 0 &&
    surfaces.every((x) => isAreaWord(x) && !(holyCities && normalizeWord(x).endsWith(MEDINA)))
  )
    return true;
  // A very common first name alone (محمد، عمر) that the article never completes tells a reader
  // nothing about who is meant.
  if (
    type === 'PER' &&
    !key.includes(' ') &&
    ['FIRST', 'PER'].includes(tagger.gazetteer.kindOf(key) ?? '') &&
    magnitude(key) >= 3
  )
    return true;
  // A nationality or a people (الأكراد، الروس، الليبية) is not an organisation, a place or a
  // person — unless it is also a place's name (السعودية).
  if (
    !key.includes(' ') &&
    surfaces.every((x) => names.isNationality(x)) &&
    tagger.gazetteer.kindOf(gazKey([key])) !== 'LOC'
  )
    return true;
  // A person named once, none of whose words is a word of anyone's name (no first or family
  // name, no transliterated name), is too little to list: a dialect verb or a phrase the tagger
  // read as a name (مايبقاش، حنا مزعمناش) rather than someone the article is about — unless the
  // article presents them by a title or role (المؤلفة النيجيرية شيماماندا نجوزي أديشي).
  if (
    type === 'PER' &&
    !presented &&
    surfaces.length === 1 &&
    !isWhole(surfaces[0]!) &&
    ![...key.split(' '), ...surfaces[0]!.split(/\s+/)].some(
      (w) =>
        names.isNameWord(w) ||
        // (or the gazetteer's first and family names: عبدالعزيز written joined)
        ['FIRST', 'LAST', 'PER'].includes(tagger.gazetteer.kindOf(gazKey([w])) ?? ''),
    )
  )
    return true;
  // Nor is one word for a person, named once (ليلي، مورس): no card can tell who it is, and the
  // article does not come back to them. (Tuned news texts: top-10 precision 83.6 → 85.6%.)
  if (type === 'PER' && surfaces.length === 1 && !key.includes(' ') && !isWhole(surfaces[0]!))
    return true;
  // Nor a place of one word named once that reads as an adjective of relation with the article
  // (التأديبي) and that no list knows: ANERcorp train tags 11 such words as places against 2,668
  // left untagged (its 33 organisations and 38 persons of this form stay: الإسماعيلي، المالكي).
  if (
    type === 'LOC' &&
    surfaces.length === 1 &&
    !key.includes(' ') &&
    /^(?:[وبلفك]?ال|لل)\S{2,}ي$/.test(normalizeWord(surfaces[0]!)) &&
    !isWhole(surfaces[0]!) &&
    tagger.gazetteer.kindOf(gazKey([surfaces[0]!])) === undefined
  )
    return true;
  // The same for one word of anything else (a drug, an event, a product) named once that no
  // list knows (الكوكايين): organisations and places named once stay — one word is often all
  // they need (تويتر، نابل). (Tuned news texts: top-10 precision 85.6 → 86.6%; dropping such
  // organisations or places gained less there.)
  if (
    type === 'MISC' &&
    surfaces.length === 1 &&
    !key.includes(' ') &&
    !isWhole(surfaces[0]!) &&
    tagger.gazetteer.kindOf(gazKey([surfaces[0]!])) === undefined
  )
    return true;
  return false;
}
