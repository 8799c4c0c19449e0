/**
 * Rules over an article's tags, after the document pass and before grouping (entities.ts): names
 * the product wants that the tagger's training corpus does not label, or labels by convention in
 * ways a reader would not expect.
 *
 * - Public bodies, national bodies and ministries (body-rules.ts, run here at each untagged word).
 *   ANERcorp tags ministries O (43 of 43 in its train part), so the tagger never learnt them; this
 *   rule is therefore outside the tagger's scores (`npm run eval`).
 * - A name in quotes after a word for an organisation (and at most one more word) is that
 *   organisation's name (منظمة “معاهدة الأمن الجماعي”، وكالة أنباء “إنترفاكس”).
 * - A first name the article gives a person elsewhere belongs to the person where it stands just
 *   before their name again (قاسم توكاييف … قاسم جومارت توكاييف).
 * - A compound first name alone (عبد الله, أبو بكر) followed by one more word that ends the clause
 *   takes that word as the family name (العقيد عبد الله حلاوة لـ…).
 * - After an artist's or player's title, a word without the article is a name (الفنانة يسرا):
 *   these titles come before names, and an adjective after them takes the article.
 *
 * - A first name, آل and a family are one person (تركي آل الشيخ).
 * - A person's name after the head of an institution's or a place's name belongs to that name
 *   (جامعة جونز هوبكنز is an organisation; مطار الملك خالد a place).
 *
 * - A title in quotes after فيلم، مسلسل، كتاب … is a work (MISC), whatever the tagger made of it.
 * - A place goes on with a direction after it (كوريا الشمالية، أفريقيا الوسطى).
 * - A name split by a middle initial and its full stop is one person (جون إف. كينيدي).
 *
 * Most rules claim only tokens the tagger left untagged; those for آل, a name after an
 * institution's head, a work in quotes and a middle initial also retype the spans they take in.
 */
import { stripClitics } from './clitics';
import { claim, free, isArabicWord, isDefinite, isOneOf } from './tag-edits';
import { LETTER_NAMES } from './common-words';
import { FUNCTION_WORDS } from './function-words';
import { normalizeWord } from '../text/normalize';
import {
  CLAUSE_ENDS,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_ADJECTIVES,
  PLACE_DIRECTIONS,
  OF_PLACE,
  TIME_WORDS,
  WORK_HEADS,
} from './name-words';
import {
  CLOSE_QUOTES,
  headBefore,
  namedAfter,
  namedAfterAt,
  OPEN_QUOTES,
  RANK_TITLES,
} from './named-after';
import { claimBodyAt } from './body-rules';
import { spans } from './tags';

const MAX_QUOTED = 6;
const CITY = new Set([normalizeWord('مدينة')]);
/** A city of medicine is an institution, a city of sport a place (مدينة الملك فهد الطبية). */
const CITIES_OF = new Map(
  [
    ['الطبية', 'ORG'],
    ['الرياضية', 'LOC'],
  ].map(([w, type]) => [normalizeWord(w!), type!]),
);
const COMPOUND_FIRST = new Set(['عبد', 'ابو', 'ابي', 'ابن'].map(normalizeWord));
const SUNSET = normalizeWord('المغرب');
const PRAYER = new Set(['صلاة', 'أذان', 'آذان'].map(normalizeWord));

/** The closing quote of the one at `open`, at most MAX_QUOTED tokens on; -1 if none. */
function closingQuote(tokens: string[], open: number): number {
  for (let close = open + 1; close < tokens.length && close - open - 1 <= MAX_QUOTED; close++)
    if (CLOSE_QUOTES.has(tokens[close]!)) return close;
  return -1;
}

/**
 * Returns new tags for the sentences of one article. `isFirstName(token)` says whether a token is a
 * known first name (from the gazetteer); `isRare(token)` whether the unlabelled text hardly knows
 * the word (a foreign name).
 */
export function applyNameRules(
  sentences: string[][],
  tags: string[][],
  isFirstName: (token: string) => boolean,
  isRare: (token: string) => boolean = () => false,
  isCommon: (token: string) => boolean = () => false,
  isNationality: (token: string) => boolean = () => false,
): string[][] {
  const out = tags.map((t) => [...t]);
  // First names the article gives its people: the first word of each person of several words.
  const firstNames = new Set<string>();
  sentences.forEach((tokens, i) => {
    for (const s of spans(out[i]!)) {
      const first = normalizeWord(tokens[s.start]!);
      // Not a title the tagger took into the name (الرئيس بوتين).
      if (s.type === 'PER' && s.end - s.start >= 2 && !first.startsWith('ال'))
        firstNames.add(first);
    }
  });
  // Organisations the tagger found, as their words with the head's clitics off (البنك التجاري).
  const namedAlone = new Set<string>();
  sentences.forEach((tokens, i) => {
    for (const s of spans(out[i]!))
      if (s.type === 'ORG' && s.end - s.start >= 2)
        namedAlone.add(
          tokens
            .slice(s.start, s.end)
            .map((w, j) => (j === 0 ? stripClitics(normalizeWord(w)).stem : normalizeWord(w)))
            .join(' '),
        );
  });
  sentences.forEach((tokens, i) => {
    const t = out[i]!;
    for (let k = 0; k < tokens.length; k++) {
      // HEAD “name”, or HEAD and one word “name” (وكالة أنباء “إنترفاكس”)
      const open = OPEN_QUOTES.has(tokens[k + 1] ?? '')
        ? k + 1
        : isArabicWord(tokens[k + 1] ?? '') && OPEN_QUOTES.has(tokens[k + 2] ?? '')
          ? k + 2
          : -1;
      // (a word opens the name: not the quote that closes another and a comma, حزب تقدم"، مبينا)
      if (open > 0 && isOneOf(tokens[k]!, ORG_HEADS) && /\p{L}/u.test(tokens[open + 1] ?? '')) {
        const close = closingQuote(tokens, open);
        // …whatever the tagger made of the words in the quotes (لمجلة "جون أفريك" is no person).
        const inside = spans(t).filter((s) => s.start < close && s.end > open);
        if (
          close > open + 1 &&
          free(t, k, open + 1) &&
          inside.every((s) => s.start > open && s.end <= close)
        ) {
          claim(t, open + 1, close, 'ORG');
          k = close;
          continue;
        }
      }
      // A work in quotes after what it is (فيلم "بياعة الجرايد"، مسلسل “خيانة عهد”), its
      // country's adjective between too (الفيلم السعودي "رمال ناعمة"): its title, not an
      // organisation or a person, whatever the tagger made of its words.
      const adjective =
        t[k + 1] === 'O' &&
        isNationality(tokens[k + 1] ?? '') &&
        OPEN_QUOTES.has(tokens[k + 2] ?? '');
      const quote = adjective ? k + 2 : k + 1;
      if (
        OPEN_QUOTES.has(tokens[quote] ?? '') &&
        // (with the article only before the adjective: البرنامج "يهدف إلى …" is a quotation)
        (isOneOf(tokens[k]!, WORK_HEADS) ||
          (adjective && WORK_HEADS.has(stripClitics(normalizeWord(tokens[k]!)).stem)))
      ) {
        const close = closingQuote(tokens, quote);
        const inside = spans(t).filter((s) => s.start < close && s.end > quote);
        if (close > quote + 1 && inside.every((s) => s.start > quote && s.end <= close)) {
          claim(t, quote + 1, close, 'MISC');
          k = close;
          continue;
        }
      }
      const last = claimBodyAt(tokens, t, k, namedAlone, isNationality);
      if (last >= 0) {
        k = last;
        continue;
      }
    }
    // الفنانة يسرا، الروائية النيجيرية شيماماندا نجوزي أديشي (a nationality between)
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (!isOneOf(tokens[k]!, PERSON_TITLES)) continue;
      if (t[k + 1] === 'O' && isNationality(tokens[k + 1]!) && k + 2 < tokens.length) k++;
      const name = tokens[k + 1]!;
      const n = normalizeWord(name);
      if (
        // (a rare word the tagger took for a place of one word is no place after a title)
        (t[k + 1] === 'O' || (t[k + 1] === 'B-LOC' && t[k + 2] !== 'I-LOC' && isRare(name))) &&
        isArabicWord(name) &&
        n.length >= 3 &&
        !stripClitics(n).prefix &&
        !FUNCTION_WORDS.has(n) &&
        // a word the unlabelled text uses everywhere is not a name unless it is a first name
        // (اللاعب رقم واحد، المذيع خلال مشاركته; but الفنانة مها أحمد)
        (!isCommon(name) || isFirstName(name))
      ) {
        t[k + 1] = 'B-PER';
        // …the person the tagger found right after is the same one (الفنانة مها أحمد).
        if (t[k + 2] === 'B-PER') t[k + 2] = 'I-PER';
      }
      // …and foreign names after a one-word name, words the unlabelled text hardly knows
      // (الممثلة ريز ويذرسبون، شيماماندا نجوزي أديشي), at most two.
      for (let j = k + 2; j <= k + 3 && t[j - 1]!.endsWith('PER'); j++) {
        const next = tokens[j];
        // (A rare word that merely begins like a clitic is a name too: ويذرسبون is not و + ذرسبون.)
        const clitic = next === undefined ? undefined : stripClitics(normalizeWord(next));
        if (
          t[k + 1] !== 'B-PER' ||
          next === undefined ||
          t[j] !== 'O' ||
          !isArabicWord(next) ||
          (clitic!.prefix && !isRare(clitic!.stem)) ||
          !isRare(next)
        )
          break;
        t[j] = 'I-PER';
      }
    }
    // A Gulf family name: a first name, آل and the family (تركي آل الشيخ، حمد آل ثاني).
    for (let k = 1; k + 1 < tokens.length; k++) {
      if (tokens[k]!.replace(/[\u064b-\u065f]/g, '') !== 'آل' || !isArabicWord(tokens[k + 1]!))
        continue;
      const first = tokens[k - 1]!;
      if (!isFirstName(first) || FUNCTION_WORDS.has(normalizeWord(first))) continue;
      // The name the first name ends (راشد بن محمد بن راشد آل مكتوم) is kept whole.
      const before = spans(t).find((s) => s.start < k && s.end >= k);
      const start = before && before.type === 'PER' ? before.start : k - 1;
      if (t[k] !== 'O' && !t[k]!.endsWith('PER')) continue;
      if (t[k + 1] !== 'O' && !t[k + 1]!.endsWith('PER')) continue;
      claim(t, start, k + 2, 'PER');
      k++;
    }
    // A person's name after the head of an institution's or a place's name is that institution
    // or place (جامعة جونز هوبكنز، مطار الملك خالد).
    // A place goes on with the direction that names it (كوريا الشمالية، أفريقيا الوسطى).
    for (const s of spans(t))
      if (
        s.type === 'LOC' &&
        t[s.end] === 'O' &&
        PLACE_DIRECTIONS.has(normalizeWord(tokens[s.end] ?? ''))
      )
        t[s.end] = 'I-LOC';
    // A middle initial and its full stop split a name in two (جون إف. كينيدي): one person.
    for (const s of spans(t)) {
      const next = s.end + 1;
      if (
        tokens[s.end] === '.' &&
        t[s.end] === 'O' &&
        LETTER_NAMES.has(normalizeWord(tokens[s.end - 1]!)) &&
        t[next]?.startsWith('B-') &&
        (s.type === 'PER' || t[next] === 'B-PER')
      ) {
        const after = spans(t).find((x) => x.start === next)!;
        claim(t, s.start, after.end, 'PER');
      }
    }
    for (const s of spans(t)) {
      // (the head the tagger took into the person's name: مستشفى العدان as one person — words
      // only, not a span across quotes)
      const inside =
        s.type === 'PER' &&
        s.end - s.start >= 2 &&
        tokens.slice(s.start, s.end).every((w) => isArabicWord(w))
          ? namedAfter(tokens[s.start]!)
          : undefined;
      const head = inside
        ? { at: s.start, type: inside, quoted: false }
        : headBefore(tokens, t, s.start);
      if (!head || (s.type !== 'PER' && !(s.type === 'LOC' && isOneOf(tokens[head.at]!, OF_PLACE))))
        continue;
      const { type } = head;
      // …with what the institution is for (مركز جون إف. كينيدي للفنون المسرحية).
      let end = s.end;
      if (type === 'ORG' && /^لل/.test(normalizeWord(tokens[end] ?? '')) && t[end] === 'O') {
        end++;
        while (end < tokens.length && end - s.end < 3 && t[end] === 'O' && isDefinite(tokens[end]!))
          end++;
      }
      // …and a place with the adjective that ends its name (استاد الملك فهد الدولي), an
      // institution with its adjective of relation (مستشفى الشيخ زايد التخصصي، مؤسسة حمد الطبية;
      // not a nationality, which says whose it is, nor a time).
      if (type === 'LOC' && t[end] === 'O' && isOneOf(tokens[end] ?? '', PLACE_ADJECTIVES)) end++;
      else if (
        type === 'ORG' &&
        t[end] === 'O' &&
        /^ال.{2,}(ي|يه)$/.test(normalizeWord(tokens[end] ?? '')) &&
        !isNationality(tokens[end]!) &&
        !isOneOf(tokens[end]!, TIME_WORDS)
      )
        end++;
      claim(t, head.quoted ? s.start : head.at, end, type);
    }
    // A head, a title of rank and a first name nobody tagged are a place or an institution named
    // after a king or a sheikh (استاد الملك فهد، مستشفى الملك خالد).
    for (let k = 0; k + 2 < tokens.length; k++) {
      // (…and a city of medicine or sport named so, with its adjective: مدينة الملك فهد الطبية،
      // مدينة الملك عبدالله الرياضية — a city alone is no such name)
      const city =
        /مدين/.test(tokens[k]!) && isOneOf(tokens[k]!, CITY)
          ? CITIES_OF.get(normalizeWord(tokens[k + 3] ?? ''))
          : undefined;
      const type = namedAfterAt(tokens, k) ?? city;
      if (!type || !RANK_TITLES.has(normalizeWord(tokens[k + 1]!))) continue;
      // (the first name untagged, or the person the tagger found: مدينة الملك | فهد)
      if (!free(t, k, k + 2)) continue;
      let end = k + 3;
      if (t[k + 2] === 'B-PER') while (t[end] === 'I-PER') end++;
      else if (t[k + 2] !== 'O' || !isFirstName(tokens[k + 2]!)) continue;
      if (city && t[end] === 'O' && CITIES_OF.has(normalizeWord(tokens[end]!))) end++;
      if (type === 'LOC' && t[end] === 'O' && isOneOf(tokens[end] ?? '', PLACE_ADJECTIVES)) end++;
      claim(t, k, end, type);
      k = end - 1;
    }
    for (const s of spans(t)) {
      if (s.type !== 'PER') continue;
      // A first name the article uses for a person, just before this person's name.
      const before = s.start - 1;
      if (before >= 0 && t[before] === 'O' && firstNames.has(normalizeWord(tokens[before]!))) {
        t[before] = 'B-PER';
        t[s.start] = 'I-PER';
      }
      // عبد الله + family name at the end of a clause.
      const words = tokens.slice(s.start, s.end).map(normalizeWord);
      const next = tokens[s.end];
      const after = tokens[s.end + 1];
      if (
        words.length === 2 &&
        COMPOUND_FIRST.has(words[0]!) &&
        isFirstName(`${tokens[s.start]} ${tokens[s.start + 1]}`) &&
        next !== undefined &&
        t[s.end] === 'O' &&
        isArabicWord(next) &&
        !stripClitics(normalizeWord(next)).prefix &&
        (after === undefined || !isArabicWord(after) || CLAUSE_ENDS.has(normalizeWord(after)))
      )
        t[s.end] = 'I-PER';
    }
    // The sunset prayer is no country (صلاة المغرب، أذان المغرب).
    for (const s of spans(t))
      if (
        s.type === 'LOC' &&
        s.end === s.start + 1 &&
        s.start > 0 &&
        normalizeWord(tokens[s.start]!) === SUNSET &&
        isOneOf(tokens[s.start - 1]!, PRAYER)
      )
        t[s.start] = 'O';
  });
  return out;
}
