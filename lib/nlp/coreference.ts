/**
 * One entity, one entry (issue 13): groups of mentions (keyed by their normalised, clitic-free
 * words) that name the same entity are joined under the fullest name, and groups that are common
 * words rather than names are left out. Runs per article after tagging (entities.ts).
 *
 * Joined:
 * - a person's family name, with or without the article, to their full name (البشير → عمر البشير),
 *   also of several words (فون دير لاين → أورسولا فون دير لاين);
 * - a first name alone to the one person of the article who bears it (ميريل → ميريل ستريب);
 * - spellings of one foreign name that differ by a letter or two (بوشنل / بوشنيل، هوليود / هوليوود);
 * - a name without its head word to the name with it (الاتحاد الاشتراكي → حزب الاتحاد الاشتراكي،
 *   غزة → قطاع غزة);
 * - an organisation named with one word fewer, an area's word (أمانة جدة → أمانة محافظة جدة),
 *   and a team without الوطني، الأول or its game (المنتخب العراقي);
 * - the start of exactly one longer place or organisation (الإمارات → الإمارات العربية المتحدة,
 *   بي بي سي → بي بي سي نيوز);
 * - names a dictionary gives for one entity (الناتو / حلف شمال الأطلسي, السعودية / المملكة العربية
 *   السعودية: lib/nlp/known-names.ts);
 * - the end of a longer organisation of initials, whatever its type (بي سي → بي بي سي);
 * - (before these, in entities.ts: another name the article gives in parentheses, قسد after قوات
 *   سوريا الديمقراطية, ميدو after أحمد حسام — lib/nlp/article-aliases.ts).
 *
 * Left out (single words): a common word (COMMON_WORDS), a miscellaneous name the unlabelled text
 * knows as a common word (دولار، سائح), a noun with a possessive suffix (جنوبه), an adjective that
 * takes the article in running text but stands here without it (صحيفة سعودية), and a word the
 * unlabelled text uses as often with the article as without (المشهد، وجه، فيروس) — unless the
 * gazetteer knows it as a name.
 */
import { POLICE_UNITS } from './body-tails';
import { COMMON_WORDS, NEVER_ALONE } from './common-words';
import type { Lexicon } from './lexicon';
import { possessiveBase } from './first-word';
import { normalizeWord } from '../text/normalize';
import { DESCRIPTORS, DIRECTIONS, LOC_HEADS, ORG_HEADS } from './name-words';
import { PLACE_ENDS } from './mention-types';
import { nisbaForms } from './nisba';
import type { EntityType } from './tags';

const DESCRIPTOR_KEYS = new Set(DESCRIPTORS.map(normalizeWord));
/** Words a team's name goes without (المنتخب الوطني المغربي is المنتخب المغربي). */
const TEAM_WORDS = new Set(['وطني', 'اول']);
const TEAM = 'منتخب';
const BALL = 'لكره';
/** A place's heads, and قطاع: غزة is قطاع غزة in the same article. */
const PLACE_HEADS = new Set([...LOC_HEADS, normalizeWord('قطاع')]);

/** Names of one type and length beyond which spellings are not compared (see joinGroups). */
const MAX_VARIANT_BUCKET = 400;
/** Distinct names beyond which a page's names are not joined at all (see joinGroups). */
const MAX_JOINED = 1500;

/** What coreference needs of a mention. */
export interface GroupMention {
  type: EntityType;
  surface: string;
}

/** A word without the article, where what remains is a word (البشير → بشير). */
export function bare(word: string): string {
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * What the longer name of one event adds after its start (bare words): a year, its game, the
 * adjectives of its kind (كأس العالم 2026، الدوري اللبناني لكرة القدم، مهرجان برلين السينمائي
 * الدولي، الدوري المصري الممتاز) — and a country's adjective (joinGroups' isNationality: دوري روشن
 * السعودي للمحترفين).
 */
const EVENT_TAILS =
  /^([0-9]{4}|لسنه|لعام|لكره|قدم|سله|يد|طائره|سينمائي|دولي|ممتاز|عالمي|سنوي|للمحترفين|محترفين)$/;

/** Whether two words are spellings of one foreign name: one letter apart, or two for long words. */
function variantWords(a: string, b: string): boolean {
  if (a === b) return true;
  // (numbers are no spellings of one another: كأس العالم 2022 and 2026)
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || a[0] !== b[0]) return false;
  return editDistance(a, b, 2) <= (shorter >= 7 ? 2 : 1);
}

/**
 * Joins the groups that name one entity, in place. `typeOf` gives a group's type (the vote of its
 * mentions).
 */
export function joinGroups<M extends GroupMention>(
  groups: Map<string, M[]>,
  typeOf: (ms: M[]) => EntityType,
  aliasOf: (key: string) => number | undefined = () => undefined,
  isNationality: (bareWord: string) => boolean = () => false,
): void {
  // A page naming more entities than any article does (a list, a table, a dictionary) is not
  // joined: the joins compare names pairwise, which on such a page would take minutes.
  if (groups.size > MAX_JOINED) return;
  const types = new Map<string, EntityType>();
  const type = (k: string) => {
    let t = types.get(k);
    if (t === undefined) types.set(k, (t = typeOf(groups.get(k)!)));
    return t;
  };
  const join = (from: string, to: string) => {
    groups.set(to, [...groups.get(to)!, ...groups.get(from)!]);
    groups.delete(from);
    types.delete(to);
  };
  /** Keys still there, longest first (a snapshot: callers check `groups.has`). */
  const live = () =>
    [...groups.keys()].sort(
      (a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : a > b ? 1 : 0),
    );
  const wordsOf = new Map<string, string[]>();
  const bareWords = (k: string) => {
    let w = wordsOf.get(k);
    // (ابن and بن are one word of a name: ابن خلدون، عبد الرحمن بن خلدون)
    if (!w) wordsOf.set(k, (w = k.split(' ').map((x) => (x === 'ابن' ? 'بن' : bare(x)))));
    return w;
  };

  // Persons: the start of one longer name, family name, first name alone.
  const persons = live().filter((k) => type(k) === 'PER');
  for (const key of persons) {
    if (!groups.has(key)) continue;
    const words = bareWords(key);
    const longer = persons.filter(
      (k) => k !== key && groups.has(k) && bareWords(k).length > words.length,
    );
    // The start of one longer name (عبدربه منصور → عبدربه منصور هادي).
    if (words.length >= 2) {
      const starting = longer.filter((k) => words.every((w, i) => bareWords(k)[i] === w));
      if (starting.length === 1) {
        join(key, starting[0]!);
        continue;
      }
    }
    // A family name of several words, the end of one longer name (فون دير لاين → أورسولا فون
    // دير لاين; بن خلدون → عبد الرحمن بن خلدون).
    if (words.length >= 2) {
      const ending = longer.filter((k) => {
        const kw = bareWords(k);
        return words.every((w, i) => kw[kw.length - words.length + i] === w);
      });
      if (ending.length === 1) {
        join(key, ending[0]!);
        continue;
      }
    }
    if (words.length > 2) continue;
    const byFamily = longer.find((k) => {
      const kw = bareWords(k);
      return kw.at(-1) === words.at(-1) && words.every((w) => kw.includes(w));
    });
    if (byFamily) {
      join(key, byFamily);
      continue;
    }
    if (words.length === 1 && !key.startsWith('ال')) {
      const byFirst = longer.filter((k) => k.split(' ')[0] === key);
      if (byFirst.length === 1) join(key, byFirst[0]!);
    }
  }

  // Spelling variants of one name (same type, same length, one word a letter or two apart),
  // an organisation's descriptive head aside (صحيفة ديلي ميل and دايلي ميل).
  const core = (k: string) => {
    const w = k.split(' ');
    return w.length > 1 && DESCRIPTOR_KEYS.has(w[0]!) ? w.slice(1) : w;
  };
  const buckets = new Map<string, string[]>();
  for (const k of live()) {
    const b = `${type(k)} ${core(k).length}`;
    buckets.set(b, [...(buckets.get(b) ?? []), k]);
  }
  for (const keys of buckets.values()) {
    // (Pairs are compared: a page with more names of one type and length than any article has —
    // a list, a table — is not searched for spellings, which would take quadratic time.)
    if (keys.length > MAX_VARIANT_BUCKET) continue;
    for (let x = 0; x < keys.length; x++) {
      const key = keys[x]!;
      if (!groups.has(key)) continue;
      const words = core(key);
      for (let y = x + 1; y < keys.length; y++) {
        const other = keys[y]!;
        if (!groups.has(other)) continue;
        const ow = core(other);
        let differing = -1;
        let count = 0;
        for (let i = 0; i < words.length && count < 2; i++)
          if (words[i] !== ow[i]) {
            differing = i;
            count++;
          }
        if (count !== 1 || !variantWords(words[differing]!, ow[differing]!)) continue;
        const [from, to] =
          groups.get(key)!.length > groups.get(other)!.length ? [other, key] : [key, other];
        join(from, to);
        if (from === key) break;
      }
    }
  }

  // A national team named by its country or by its adjective (منتخب إسبانيا، المنتخب الإسباني):
  // one, under the name more mentions give.
  const teamOf = (k: string) => {
    const ws = bareWords(k);
    if (ws.length !== 2 || ws[0] !== TEAM || type(k) !== 'ORG') return undefined;
    if (isNationality(ws[1]!)) return ws[1];
    const adjective = nisbaForms(ws[1]!)[0];
    return adjective !== undefined && isNationality(adjective) ? adjective : undefined;
  };
  const byTeam = new Map<string, string>();
  for (const key of live()) {
    const team = teamOf(key);
    if (team === undefined) continue;
    const other = byTeam.get(team);
    if (other === undefined || !groups.has(other)) byTeam.set(team, key);
    else if (groups.get(other)!.length >= groups.get(key)!.length) join(key, other);
    else {
      join(other, key);
      byTeam.set(team, key);
    }
  }

  // Places and organisations: head word, start of one longer name, end of initials.
  const all = live();
  for (const key of [...all].reverse()) {
    if (!groups.has(key)) continue;
    const t = type(key);
    // (an event only as the start of one longer name: الدوري اللبناني → الدوري اللبناني لكرة القدم)
    if (t !== 'LOC' && t !== 'ORG' && t !== 'MISC') continue;
    const words = bareWords(key);
    const longer = all.filter(
      (k) => k !== key && groups.has(k) && bareWords(k).length > words.length,
    );
    const heads = t === 'ORG' ? ORG_HEADS : PLACE_HEADS;
    // The name after one or more head words (حزب الاتحاد الاشتراكي، شبه جزيرة القرم).
    // (…and a nationality after it: النادي الأهلي المصري is الأهلي)
    const withHead =
      t !== 'MISC' &&
      longer.find((k) => {
        const all = bareWords(k);
        const kw =
          all.length > words.length + 1 && isNationality(all.at(-1)!) ? all.slice(0, -1) : all;
        let h = 0;
        while (h < kw.length - words.length && heads.has(kw[h]!)) h++;
        return h > 0 && h === kw.length - words.length && kw.slice(h).join(' ') === words.join(' ');
      });
    if (withHead) {
      join(key, withHead);
      continue;
    }
    // An organisation named with one word fewer, an area's word (أمانة جدة → أمانة محافظة جدة،
    // بلدية الشارقة → بلدية مدينة الشارقة): the only longer one of its kind that reads so. (Not a
    // place: البنك المركزي may be another country's than بنك الكويت المركزي.)
    if (t === 'ORG' && words.length >= 2) {
      const fewer = longer.filter((k) => {
        let kw = bareWords(k);
        // (…or without a police station's kind: شرطة البصرة → قيادة شرطة محافظة البصرة)
        if (kw[0] !== words[0] && POLICE_UNITS.has(kw[0]!)) kw = kw.slice(1);
        if (type(k) === 'ORG' && kw.join(' ') === words.join(' ')) return true;
        if (type(k) !== 'ORG' || kw.length !== words.length + 1 || kw[0] !== words[0]) return false;
        const i = kw.findIndex((w, j) => w !== words[j]);
        const dropped = kw[i]!;
        return (
          i > 0 &&
          kw.slice(i + 1).join(' ') === words.slice(i).join(' ') &&
          PLACE_HEADS.has(dropped)
        );
      });
      // (a team named without الوطني، الأول or its game: المنتخب العراقي → المنتخب الوطني
      // العراقي لكرة القدم)
      const team = (ws: string[]) =>
        (ws.at(-2) === BALL ? ws.slice(0, -2) : ws).filter((w) => !TEAM_WORDS.has(w)).join(' ');
      const teams =
        words[0] === TEAM
          ? longer.filter((k) => type(k) === 'ORG' && team(bareWords(k)) === team(words))
          : [];
      if (fewer.length === 1 || (!fewer.length && teams.length === 1)) {
        join(key, fewer[0] ?? teams[0]!);
        continue;
      }
    }
    {
      const starting = longer.filter((k) => {
        const kw = bareWords(k);
        return (
          type(k) === t &&
          words.every((w, i) => kw[i] === w) &&
          !DIRECTIONS.has(kw[words.length]!) &&
          !DIRECTIONS.has(`ال${kw[words.length]!}`) &&
          // (a park or a square is not the city it is named after: سان أنطونيو بارك)
          !PLACE_ENDS.has(kw.at(-1)!) &&
          // (an event only with its year, its game or the adjectives of its kind after it:
          // الدوري الإسباني للسيدات and قانون الأحوال الشخصية الجعفري are other events and laws)
          (t !== 'MISC' ||
            kw.slice(words.length).every((w) => EVENT_TAILS.test(w) || isNationality(w)))
        );
      });
      if (starting.length === 1) {
        join(key, starting[0]!);
        continue;
      }
    }
  }
  // Names a dictionary gives for one entity (الناتو / حلف شمال الأطلسي; أبو محمد الجولاني / أحمد
  // الشرع; المنتدى الاقتصادي العالمي / منتدى دافوس), joined under the longer.
  const byAlias = new Map<string, string>();
  for (const key of live()) {
    const t = type(key);
    const id = aliasOf(key);
    if (id === undefined) continue;
    const into = byAlias.get(`${t} ${id}`);
    if (into && groups.has(into)) join(key, into);
    else byAlias.set(`${t} ${id}`, key);
  }
  // The end of a name of initials, whatever type it was given (بي سي → بي بي سي).
  for (const key of live().reverse()) {
    const words = key.split(' ');
    if (!groups.has(key) || words.length < 2 || !words.every((w) => w.length <= 3)) continue;
    const ending = live().filter(
      (k) =>
        k !== key &&
        type(k) === 'ORG' &&
        k.endsWith(` ${key}`) &&
        k.split(' ').every((w) => w.length <= 3),
    );
    if (ending.length === 1) join(key, ending[0]!);
  }
}

/**
 * Whether a group of one word is a common word rather than a name. `inGazetteer` says whether the
 * gazetteer knows the word as a name.
 */
export function isCommonWordGroup(
  key: string,
  type: EntityType,
  surfaces: string[],
  lexicon: Lexicon,
  inGazetteer: boolean,
): boolean {
  const words = key.split(' ');
  if (words.every((w) => COMMON_WORDS.has(w) || NEVER_ALONE.has(w))) return true;
  if (words.length > 1) return false;
  const letters = key.replace(/[^\p{L}]/gu, '');
  if (/^[\u0600-\u06ff]+$/.test(letters) && letters.length < 3) return true;
  if (COMMON_WORDS.has(key)) return true;
  const f = lexicon.frequency(key);
  if (surfaces.length && surfaces.every((s) => possessive(s, lexicon))) return true;
  if (!f || f.magnitude < 2) return false;
  const definite = surfaces.filter((s) => normalizeWord(s).startsWith('ال')).length;
  // An adjective that takes the article in running text, here without it (صحيفة سعودية) — even
  // where the gazetteer knows the definite name (السعودية).
  if (f.article === 3 && definite === 0) return true;
  if (inGazetteer) return false;
  if (type === 'MISC') return true;
  // An indefinite accusative written without its tanween (هدفا): a noun that takes the article, plus ا.
  if (
    key.endsWith('ا') &&
    definite === 0 &&
    (lexicon.frequency(key.slice(0, -1))?.article ?? 0) >= 2 &&
    (lexicon.frequency(key.slice(0, -1))?.magnitude ?? 0) >= 2
  )
    return true;
  // As often with the article as without: a common noun (المشهد، بوجه عام، فيروس).
  return f.article === 2;
}

/** Whether a word is a known noun under a possessive suffix written with ه (جنوبه، مديرته). */
function possessive(surface: string, lexicon: Lexicon): boolean {
  const base = possessiveBase(surface);
  return base !== undefined && (lexicon.frequency(base)?.magnitude ?? -1) >= 2;
}
