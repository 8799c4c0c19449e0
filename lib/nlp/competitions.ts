/**
 * Competitions and other events named after what they are of (issue 13): دوري أبطال أوروبا is an
 * event, not the organisation or place in its name; and national teams. Runs after the other
 * passes of lib/nlp/document.ts but not-names.ts.
 */
import { FUNCTION_WORDS } from './function-words';
import { isSportsText } from './clubs';
import { normalizeWord } from '../text/normalize';
import { claim, isArabicWord, isOneOfNormal, readsAsRelation } from './tag-edits';
import { spans } from './tags';
import { NOT_OF_RELATION } from './place-heads';

/** Words that head a competition's name, in the construct state (دوري، كأس، بطولة). */
const COMPETITION_HEADS = new Set(['دوري', 'كأس', 'بطولة'].map(normalizeWord));
/**
 * Words that head the names of other events — festivals, fairs, forums, prizes — whose names the
 * passes claim as organisations (مهرجان القاهرة السينمائي الدولي، معرض القاهرة الدولي للكتاب):
 * events too, as readers and annotators take them.
 */
const EVENT_HEADS = new Set(
  // (not منتدى: منتدى غاز شرق المتوسط is an organisation)
  ['مهرجان', 'معرض', 'صالون', 'ملتقى', 'ماراثون', 'جائزة'].map(normalizeWord),
);
/** What a competition is of, named without a name of its own (كأس العالم، دوري الأبطال). */
const OF_ALL = new Set(
  ['العالم', 'الأمم', 'العرب', 'الخليج', 'القارات', 'الأبطال', 'السوبر', 'الملك', 'الأمير'].map(
    normalizeWord,
  ),
);
/** Words that say which edition rather than name it (كأس العالم | الماضية). */
const NOT_EDITION = new Set(
  ['الماضي', 'الماضية', 'الحالي', 'الحالية', 'المقبلة', 'الجارية', 'التالية'].map(normalizeWord),
);
/** A year after an event's name is the edition's (كأس العالم 2026). */
export const YEAR = /^(19|20)\d\d$/;
/** A national team, before its country (منتخب النيجر، لمنتخب مصر). */
const TEAM = normalizeWord('منتخب');
const BALL = normalizeWord('لكرة');
/** Games a team plays (لكرة القدم، لكرة السلة …). */
const GAMES = new Set(['القدم', 'السلة', 'اليد', 'الطائرة'].map(normalizeWord));

/** The league, with the article and a proclitic or two (الدوري، بالدوري، للدوري، وفي الدوري). */
const THE_LEAGUE = /^[وف]?[بك]?(ال|لل)دوري$/;
/** What follows a league's name as part of it (الممتاز، للمحترفين). */
const LEAGUE_TAILS = new Set(
  ['الممتاز', 'للمحترفين', 'للمحترفات', 'للنخبة', 'للسيدات', 'للشباب', 'للناشئين'].map(
    normalizeWord,
  ),
);

/** At most this many words between the head and the name it is of (دوري أبطال أوروبا). */
const COMPETITION_GAP = 1;
/** And at most this many words in that name. */
const COMPETITION_NAME = 4;

/**
 * A competition is not the organisation, place or person it is named after: دوري أبطال أوروبا،
 * كأس الاتحاد الأوروبي، بطولة أستراليا المفتوحة are events (MISC), head included — whatever the
 * tagger or the known names made of them (NERAr lists دوري أبطال أوروبا as an organisation,
 * ANERcorp tags its أوروبا a place), with the year of the edition after them (كأس العالم 2026);
 * so are festivals, fairs and prizes the passes claimed (مهرجان القاهرة السينمائي الدولي); and in
 * a match report منتخب before a country is the team. Runs after the other passes but not-names.ts.
 */
export function claimCompetitions(
  sentences: string[][],
  tags: string[][],
  sports = isSportsText(sentences),
  isPlace: (token: string) => boolean = () => false,
  isNationality: (token: string) => boolean = () => false,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < tokens.length; k++) {
      // A country's league: الدوري اللبناني، الدوري المصري الممتاز — an event, the
      // country's adjective and what follows a league's name (not الدوري alone, nor الدوريات).
      // (in a sports text only: الدوري is also "periodic", الاجتماع الدوري الخليجي)
      if (
        sports &&
        t[k] === 'O' &&
        t[k + 1] === 'O' &&
        THE_LEAGUE.test(normalizeWord(tokens[k]!)) &&
        isNationality(tokens[k + 1]!)
      ) {
        const end = leagueEnd(tokens, t, k + 2);
        claim(t, k, end, 'MISC');
        k = end - 1;
        continue;
      }
      // The head as written, or behind a one-letter proclitic (لدوري، ببطولة, not بالدوري).
      const n = normalizeWord(tokens[k]!);
      // A national team is an organisation, not its country: منتخب | النيجر.
      // (in a match report only: منتخب is also "elected", رئيس منتخب لمصر)
      if (sports && (n === TEAM || n.slice(1) === TEAM) && t[k] === 'O' && t[k + 1] === 'B-LOC') {
        let end = k + 2;
        while (t[end] === 'I-LOC') end++;
        claim(t, k, end, 'ORG');
        k = end - 1;
        continue;
      }
      // A national team named with its game: المنتخب المغربي | لكرة القدم.
      if ((n === TEAM || n === `ال${TEAM}`) && t[k] === 'B-ORG') {
        let end = k + 1;
        while (t[end] === 'I-ORG') end++;
        if (
          t[end] === 'O' &&
          t[end + 1] === 'O' &&
          normalizeWord(tokens[end]!) === BALL &&
          GAMES.has(normalizeWord(tokens[end + 1] ?? ''))
        ) {
          claim(t, k, end + 2, 'ORG');
          end += 2;
        }
        k = end - 1;
        continue;
      }
      const event = isOneOfNormal(n, EVENT_HEADS);
      if (event) {
        // (a festival's or a fair's name the passes claimed whole is an event: retyped)
        const here = spans(t).find((sp) => sp.start === k);
        if (here && here.type !== 'PER' && here.end - here.start >= 2) {
          // (with what it is for and its adjectives after it: مهرجان الأقصر | للسينما الأفريقية)
          const end = withYear(tokens, eventTail(tokens, t, here.end));
          claim(t, k, end, 'MISC');
          k = end - 1;
        } else if (!here) {
          const end = placedEventEnd(tokens, t, k, isPlace);
          if (end > 0) {
            claim(t, k, withYear(tokens, end), 'MISC');
            k = end - 1;
          }
        }
        continue;
      }
      if (!isOneOfNormal(n, COMPETITION_HEADS)) continue;
      // (of the world, the nations, the champions …: كأس العالم 2026، بطولة العالم، دوري الأبطال)
      if (t[k] === 'O' && t[k + 1] === 'O' && OF_ALL.has(normalizeWord(tokens[k + 1] ?? ''))) {
        let end = k + 2;
        // (a king's or a prince's cup, with his name: كأس الأمير محمد بن سلمان)
        if (t[end] === 'B-PER') {
          end++;
          while (t[end] === 'I-PER') end++;
        }
        while (
          t[end] === 'O' &&
          /^ال.{2,}(ي|ية|يه)$/.test(normalizeWord(tokens[end] ?? '')) &&
          !NOT_EDITION.has(normalizeWord(tokens[end]!))
        )
          end++;
        claim(t, k, withYear(tokens, end), 'MISC');
        k = end - 1;
        continue;
      }
      // (a league's name goes on with its country's adjective and its tail: دوري روشن | السعودي
      // للمحترفين، دوري زين | الممتاز)
      const league = n === normalizeWord('دوري') || n.slice(1) === normalizeWord('دوري');
      const tail = (end: number) =>
        withYear(tokens, league ? leagueEnd(tokens, t, end, isNationality) : end);
      const here = spans(t).find((sp) => sp.start === k);
      if (here) {
        if (here.end - here.start >= 2) {
          const end = tail(here.end);
          claim(t, k, end, 'MISC');
          k = end - 1;
        } else k = here.end - 1;
        continue;
      }
      if (t[k] !== 'O') continue;
      // (a league named by a sponsor the tags left out, closed by its country's adjective or
      // its tail: دوري روشن السعودي للمحترفين، دوري زين الممتاز — in a sports text, and not an
      // adjective: دوري is also "periodic", فحص دوري مجاني للسيدات)
      const sponsor = normalizeWord(tokens[k + 1] ?? '');
      const closed =
        sports &&
        league &&
        t[k + 1] === 'O' &&
        isArabicWord(tokens[k + 1] ?? '') &&
        !/ي$/.test(sponsor) &&
        !sponsor.startsWith('ال') &&
        !FUNCTION_WORDS.has(sponsor)
          ? leagueEnd(tokens, t, k + 2, isNationality)
          : k + 2;
      if (closed > k + 2) {
        const end = withYear(tokens, closed);
        claim(t, k, end, 'MISC');
        k = end - 1;
        continue;
      }
      for (let gap = 0; gap <= COMPETITION_GAP; gap++) {
        const start = k + 1 + gap;
        if (gap > 0 && (t[start - 1] !== 'O' || !isArabicWord(tokens[start - 1]!))) break;
        const name = spans(t).find((sp) => sp.start === start);
        if (!name) continue;
        if (name.type !== 'MISC' && name.end - name.start <= COMPETITION_NAME) {
          const end = tail(name.end);
          claim(t, k, end, 'MISC');
          k = end - 1;
        }
        break;
      }
    }
  });
}

/**
 * The end of an event named by its place after its head, or 0: the place (tagged, or one the
 * gazetteer knows; a name the passes read as an event from the place on too), then adjectives
 * of relation, what it is for, or both — one of them at least (معرض القاهرة الدولي للكتاب، معرض مسقط الدولي للكتاب،
 * مهرجان جرش للثقافة والفنون).
 */
function placedEventEnd(
  tokens: string[],
  t: string[],
  k: number,
  isPlace: (token: string) => boolean,
): number {
  let end = k + 1;
  if (t[end] === 'B-MISC') {
    // (an event's name the passes found without its head: معرض | القاهرة الدولي للكتاب)
    end++;
    while (t[end] === 'I-MISC') end++;
    return eventTail(tokens, t, end);
  }
  if (t[end] === 'B-LOC') {
    end++;
    while (t[end] === 'I-LOC') end++;
  } else if (t[end] === 'O' && isPlace(tokens[end] ?? '')) end++;
  else return 0;
  const adjectives = end;
  end = eventTail(tokens, t, end);
  // (the place alone is no event's name: مهرجان | القاهرة hosts it)
  return end > adjectives ? end : 0;
}

/**
 * The end of what follows an event's name from `end`, untagged: adjectives of relation (الدولي),
 * then what it is for, from لل, with a second purpose from وال or ولل and adjectives of relation
 * between (للسينما الأفريقية، للخزف والحرف اليدوية، للرواية العربية) — not a verb after it
 * (معرض دمشق | والتقى), nor a word of time or order (مهرجان القاهرة | الماضي).
 */
function eventTail(tokens: string[], t: string[], end: number): number {
  const relation = (i: number) =>
    t[i] === 'O' && readsAsRelation(tokens[i]) && !NOT_OF_RELATION.has(normalizeWord(tokens[i]!));
  const from = end;
  while (relation(end)) end++;
  // (adjectives before a person describe the person: جائزة نوبل | الكيميائي المصري أحمد زويل)
  if (t[end] === 'B-PER') return from;
  const purpose = (i: number, first: boolean) =>
    t[i] === 'O' &&
    (first ? /^لل.{3,}/ : /^(ولل|وال).{3,}/).test(normalizeWord(tokens[i] ?? '')) &&
    !NOT_PURPOSES.has(normalizeWord(tokens[i]!));
  if (!purpose(end, true)) return end;
  const adjectives = end;
  end++;
  while (purpose(end, false) || relation(end)) end++;
  // (…and after what it is for: جائزة كتارا للرواية | الروائي السوداني أمير تاج السر)
  if (t[end] === 'B-PER') {
    end = adjectives + 1;
    while (purpose(end, false)) end++;
  }
  return end;
}

/** Words of time and order behind لل, no purpose (مهرجان جرش | لليوم الثالث، للمرة الخامسة). */
const NOT_PURPOSES = new Set(
  ['لليوم', 'للعام', 'للمرة', 'للسنة', 'للأسبوع', 'للشهر', 'للموسم', 'للدورة', 'للمشاركة'].map(
    normalizeWord,
  ),
);

/**
 * The end of a league's name from `end`: its country's adjective (when `isNationality` is given:
 * دوري روشن | السعودي), then what follows a league's name — الممتاز، للمحترفين — once, untagged.
 * Not its game: الدوري الإنجليزي الممتاز | لكرة القدم, الدوري الأوروبي | لكرة القدم are named
 * without it (our annotations of real news texts).
 */
function leagueEnd(
  tokens: string[],
  t: string[],
  end: number,
  isNationality?: (token: string) => boolean,
): number {
  if (isNationality && t[end] === 'O' && isNationality(tokens[end] ?? '')) end++;
  if (t[end] === 'O' && LEAGUE_TAILS.has(normalizeWord(tokens[end] ?? ''))) end++;
  return end;
}

/** The end of an event's name from `end`, over the year of its edition if one follows. */
function withYear(tokens: string[], end: number): number {
  return YEAR.test(tokens[end] ?? '') ? end + 1 : end;
}
