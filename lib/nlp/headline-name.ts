/**
 * A headline's speaker or place before its colon (issue 13): «NAME: what they said». Split from
 * name-rules.ts, whose helpers it uses.
 */
import { stripClitics } from './clitics';
import { FUNCTION_WORDS } from './function-words';
import { claim, free, isArabicWord } from './tag-edits';
import { normalizeWord } from '../text/normalize';

/** What the headline rule needs to know of words. */
export interface HeadlineWords {
  /** A place the gazetteer knows (all the words before the colon). */
  isPlace: (words: string[]) => boolean;
  /** A word that begins people's names (a first name, a word of people's names). */
  isNameStart: (token: string) => boolean;
  /** A word the unlabelled text hardly knows as anything else (a family name, a foreign name). */
  isRare: (token: string) => boolean;
}

const COLONS = new Set([':', '：']);
/** At most this many words before a headline's colon name who speaks or where it happens. */
const MAX_HEADLINE_NAME = 3;

/**
 * A news headline of the form «NAME: what they said» (المعراج: سنواصل الارتباط بالدولار، باسم
 * مغنية: "تانغو" وطّد علاقتي): the words before the colon name the speaker, or the place the news
 * comes from. Claimed only when untagged, free of function words, and either a place the
 * gazetteer knows, a person's name of two or three words that begins with a name, or one word
 * the unlabelled text hardly knows (a family name). Returns the headline's new tags.
 */
export function claimHeadlineName(
  tokens: string[],
  tags: string[],
  words: HeadlineWords,
): string[] {
  const colon = tokens.findIndex((t) => COLONS.has(t));
  if (colon < 1 || colon > MAX_HEADLINE_NAME || !free(tags, 0, colon)) return tags;
  const name = tokens.slice(0, colon);
  if (!name.every(isArabicWord) || name.some((w) => FUNCTION_WORDS.has(normalizeWord(w))))
    return tags;
  const out = [...tags];
  if (words.isPlace(name)) claim(out, 0, colon, 'LOC');
  else if (
    (name.length >= 2 &&
      words.isNameStart(name[0]!) &&
      !stripClitics(normalizeWord(name[0]!)).prefix) ||
    (name.length === 1 && words.isRare(name[0]!))
  )
    claim(out, 0, colon, 'PER');
  return out;
}
