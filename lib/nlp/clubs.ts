/**
 * Clubs named by their city (issue 13): in a football article a place that names a club of the
 * dictionary is the club. Split from known-names.ts.
 */
import { stripClitics } from './clitics';
import { isKnownWhole, type KnownNames } from './known-names';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

/** Words of football reporting; an article with several of them is about the game. */
const SPORTS_WORDS = new Set(
  [
    'مباراة',
    'المباراة',
    'الدوري',
    'دوري',
    'هدف',
    'هدفا',
    'أهداف',
    'الأهداف',
    'المدرب',
    'مدرب',
    'لاعب',
    'اللاعب',
    'لاعبي',
    'الفريق',
    'النادي',
    'بطولة',
    'البطولة',
    'الكأس',
    'كأس',
    'الملعب',
  ].map(normalizeWord),
);

export function isSportsText(sentences: string[][]): boolean {
  let n = 0;
  for (const tokens of sentences)
    for (const token of tokens) {
      const w = normalizeWord(token);
      if ((SPORTS_WORDS.has(w) || SPORTS_WORDS.has(stripClitics(w).stem)) && ++n >= 4) return true;
    }
  return false;
}

/**
 * In a football article a place that names a club of the dictionary («نادي X») is the club
 * (برشلونة، ميلان); elsewhere it stays the city. Changes `tags` in place.
 */
export function claimClubs(d: KnownNames, sentences: string[][], tags: string[][]): void {
  if (!isSportsText(sentences)) return;
  tags.forEach((t, si) => {
    for (const s of spans(t)) {
      if (s.type !== 'LOC') continue;
      const club = ['نادي', ...sentences[si]!.slice(s.start, s.end)].join(' ');
      if (isKnownWhole(d, club))
        for (let k = s.start; k < s.end; k++) t[k] = t[k]!.replace('LOC', 'ORG');
    }
  });
}
