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
export function claimClubs(
  d: KnownNames,
  sentences: string[][],
  tags: string[][],
  sports = isSportsText(sentences),
  isPlace: (word: string) => boolean = () => false,
): void {
  if (!sports) return;
  tags.forEach((t, si) => {
    const words = sentences[si]!;
    for (const s of spans(t)) {
      // (a city with a masculine nationality adjective after it is its club — the city's would
      // be feminine: ليون الفرنسي، وليون الفرنسي as the tagger read a person; مدينة ليون الفرنسية;
      // named by the city, as the tagger's own clubs are too: نانت الفرنسي is نانت)
      // (the adjective inside a span of two, or right after a span of one)
      const adjective = s.end - s.start === 2 ? s.start + 1 : s.end - s.start === 1 ? s.end : -1;
      if (
        s.type !== 'MISC' &&
        adjective > 0 &&
        (adjective < s.end || t[adjective] === 'O') &&
        /^ال.+ي$/.test(normalizeWord(words[adjective] ?? '')) &&
        d.isNationality(words[adjective]!) &&
        (isCity(d, words[s.start]!) || isPlace(words[s.start]!))
      ) {
        // (the club by its name, as ميلان | الإيطالي: the adjective says whose it is)
        t[s.start] = 'B-ORG';
        t[adjective] = 'O';
        continue;
      }
      if (s.type !== 'LOC') continue;
      const club = ['نادي', ...sentences[si]!.slice(s.start, s.end)].join(' ');
      if (isKnownWhole(d, club))
        for (let k = s.start; k < s.end; k++) t[k] = t[k]!.replace('LOC', 'ORG');
    }
  });
}

/** Whether a word names a city or a town, as written or behind a one-letter proclitic (ليون، وليون). */
function isCity(d: KnownNames, word: string): boolean {
  return d.isOneWordPlace(word) || (/^[وبلف]/.test(word) && d.isOneWordPlace(word.slice(1)));
}

/** Words that introduce a club by name in a match report (فريق الهلال، على ضيفه الاتفاق). */
const CLUB_INTRODUCERS = new Set(
  ['فريق', 'نادي', 'ضيفه', 'مضيفه', 'غريمه', 'منافسه', 'مستضيفه'].map(normalizeWord),
);

/** Whether a word introduces a club (فريق، لفريق، بضيفه). */
export function introducesClub(token: string | undefined): boolean {
  if (token === undefined) return false;
  const n = normalizeWord(token);
  return CLUB_INTRODUCERS.has(n) || ('وبلف'.includes(n[0]!) && CLUB_INTRODUCERS.has(n.slice(1)));
}

/**
 * In a match report, a club named by a common word (الهلال، النصر، النجمة، الاتفاق): one definite
 * word the tagger left untagged after a word that introduces a club (فريق الهلال، على ضيفه
 * الاتفاق) is the club — and so is that word alone wherever else the article uses it untagged,
 * not followed by an adjective that makes it something else (الاتحاد اللبناني). Changes `tags` in
 * place; a text that is no match report is left as it was.
 */
export function claimIntroducedClubs(
  sentences: string[][],
  tags: string[][],
  sports = isSportsText(sentences),
): void {
  // (a match report, by a word only a match has: الفريق is also a general's rank, هدف a goal)
  if (!sports || !sentences.some((s) => s.some((w) => MATCH_WORDS.has(normalizeWord(w))))) return;
  const clubs = new Set<string>();
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 1; k < tokens.length; k++) {
      if (!clubIntroducedAt((i) => tokens[i], k) || t[k - 1] !== 'O') continue;
      const club = tokens[k]!;
      // (one word: فريق العمل الحكومي, فريق الإنقاذ are no clubs — nor a word before its adjective)
      if (t[k] !== 'O' || !isClubWord(club) || isDefiniteAdjective(tokens[k + 1])) continue;
      // (after a rival's word a nationality is no club: منافسه الكونغولي، ضيفه المغربي)
      if (
        !/^(و|ل|ب)?(فريق|نادي)$/.test(normalizeWord(tokens[k - 1]!)) &&
        /ي$/.test(normalizeWord(club))
      )
        continue;
      clubs.add(normalizeWord(club));
      t[k] = 'B-ORG';
    }
  });
  if (!clubs.size) return;
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k < tokens.length; k++)
      if (
        t[k] === 'O' &&
        clubs.has(normalizeWord(tokens[k]!)) &&
        !isDefiniteAdjective(tokens[k + 1])
      )
        t[k] = 'B-ORG';
  });
}

/** A definite Arabic word of a club's name: not a word of the match (الفريق، المباراة …). */
const isClubWord = (token: string) => {
  const n = normalizeWord(token);
  return (
    /^ال[\u0621-\u064a]{2,}$/.test(n) && !SPORTS_WORDS.has(n) && !NOT_CLUBS.has(n) && !RIVAL.has(n)
  );
};
/** A definite word after the club's that describes it rather than another thing. */
const isDefiniteAdjective = (token: string | undefined) =>
  token !== undefined && /^ال[\u0621-\u064a]{2,}(ي|ية|يه)$/.test(normalizeWord(token));
/** Words only a match report has. */
const MATCH_WORDS = new Set(
  ['مباراة', 'المباراة', 'الدوري', 'دوري', 'الملعب', 'ملعب', 'الشوط', 'بهدف', 'بهدفين'].map(
    normalizeWord,
  ),
);
/** Definite words after فريق that are no club (فريق الإنقاذ، فريق العمل، الفريق الطبي). */
const NOT_CLUBS = new Set(
  [
    'العمل',
    'الإنقاذ',
    'البحث',
    'التحقيق',
    'الدفاع',
    'الخبراء',
    'المفاوضين',
    'الرئيس',
    'الإسعاف',
    'الأول',
    'الثاني',
    'الضيف',
    'المضيف',
    'الخصم',
    'التحكيم',
    'الكرة',
    'القرن',
    'الأمن',
    'الوساطة',
    'التفاوض',
    'الطبي',
    'الفني',
    'الإداري',
  ].map(normalizeWord),
);
/** A rival's adjectives between the word that introduces a club and its name (غريمه التقليدي). */
const RIVAL = new Set(
  ['التقليدي', 'اللدود', 'العنيد', 'المباشر', 'الجديد', 'القوي'].map(normalizeWord),
);

/**
 * Whether the word at `k` (`word(i)`: a sentence's word at `i`, undefined out of it) stands where
 * a club is introduced by name (فريق X، غريمه التقليدي X).
 */
export function clubIntroducedAt(word: (i: number) => string | undefined, k: number): boolean {
  if (introducesClub(word(k - 1))) return true;
  return RIVAL.has(normalizeWord(word(k - 1) ?? '')) && introducesClub(word(k - 2));
}
