/**
 * Competitions named after what they are of (issue 13): دوري أبطال أوروبا is an event, not the
 * organisation or place in its name. Runs after the other passes of lib/nlp/document.ts.
 */
import { normalizeWord } from '../text/normalize';
import { claim, isArabicWord } from './tag-edits';
import { spans } from './tags';

/** Words that head a competition's name, in the construct state (دوري، كأس، بطولة). */
const COMPETITION_HEADS = new Set(['دوري', 'كأس', 'بطولة'].map(normalizeWord));
/** At most this many words between the head and the name it is of (دوري أبطال أوروبا). */
const COMPETITION_GAP = 1;
/** And at most this many words in that name. */
const COMPETITION_NAME = 4;

/**
 * A competition is not the organisation, place or person it is named after: دوري أبطال أوروبا،
 * كأس الاتحاد الأوروبي، بطولة أستراليا المفتوحة are events (MISC), head included — whatever the
 * tagger or the known names made of them (NERAr lists دوري أبطال أوروبا as an organisation,
 * ANERcorp tags its أوروبا a place). Runs last, over the other passes' tags.
 */
export function claimCompetitions(sentences: string[][], tags: string[][]): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < tokens.length; k++) {
      // The head as written, or behind a one-letter proclitic (لدوري، ببطولة, not بالدوري).
      const n = normalizeWord(tokens[k]!);
      if (
        !COMPETITION_HEADS.has(n) &&
        !('وبلفك'.includes(n[0]!) && COMPETITION_HEADS.has(n.slice(1)))
      )
        continue;
      const here = spans(t).find((sp) => sp.start === k);
      if (here) {
        if (here.type !== 'MISC' && here.end - here.start >= 2) claim(t, k, here.end, 'MISC');
        k = here.end - 1;
        continue;
      }
      if (t[k] !== 'O') continue;
      for (let gap = 0; gap <= COMPETITION_GAP; gap++) {
        const start = k + 1 + gap;
        if (gap > 0 && (t[start - 1] !== 'O' || !isArabicWord(tokens[start - 1]!))) break;
        const name = spans(t).find((sp) => sp.start === start);
        if (!name) continue;
        if (name.type !== 'MISC' && name.end - name.start <= COMPETITION_NAME) {
          claim(t, k, name.end, 'MISC');
          k = name.end - 1;
        }
        break;
      }
    }
  });
}
