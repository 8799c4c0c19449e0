/**
 * The given name the tagger left just before a person's name (issue 13), taken in by
 * name-bounds.ts: a first name the lists know, one after a word for who the person is or after a
 * title and the body it heads, and the next person's given name behind و in a list of people.
 * Split from name-bounds.ts.
 */
import { LEADING_VERBS, PERSON_NOUNS } from './bound-words';
import { hasArticle, stripClitics } from './clitics';
import { isIntroduced } from './introduced-names';
import { DEFINITE_GIVEN } from './presented-persons';
import { NAME_HEADS } from './name-words';
import { PLACE_FIRST_WORDS } from './place-heads';
import { ROLE_NOUNS } from './roles';
import { claim, isOneOfNormal } from './tag-edits';
import { spans, type Span } from './tags';
import type { Token } from './tokenize';
import { normalizeWord } from '../text/normalize';

/** A verb a person's name follows (قال، أمر), with و or ف, written with its hamza or without. */
const LEADING_NORMAL = new Set([...LEADING_VERBS].map(normalizeWord));
export const isLeadingVerb = (word: string) => {
  const n = normalizeWord(word);
  return LEADING_NORMAL.has(n) || (/^[وف]/.test(n) && LEADING_NORMAL.has(n.slice(1)));
};

/** Words of company spelt as given names (رفقة "with"), never a given name after a title. */
const COMPANY = new Set(['رفقة', 'برفقة', 'صحبة', 'بصحبة'].map(normalizeWord));

/** Words that head places named after people (سد أحمد الحنصالي، بئر علي بن خليفة، شارع …). */
const PLACE_HEADS = new Set(['سد', 'جسر', 'نهر', 'بحر', 'حقل', 'قصر'].map(normalizeWord));
const headsPlace = (word: string) => {
  const n = normalizeWord(word);
  return PLACE_HEADS.has(n) || PLACE_FIRST_WORDS.has(n) || NAME_HEADS.has(n);
};

/** What the span's checks say of a word or of the token at `k`. */
export interface GivenChecks {
  isFirstName: (word: string) => boolean;
  isGivenName: (word: string) => boolean;
  isGiven: (k: number) => boolean;
  edgeWord: (k: number) => boolean;
  /** How many times ten the unlabelled text uses a form, or −1. */
  magnitude: (form: string) => number;
}

/**
 * Where a person's name that the tagger began at `a` (its span's start) begins once the given
 * name before it is taken in: `a - 1`, or `a`.
 */
export function givenNameBefore(
  sentence: Token[],
  tags: string[],
  sp: Span,
  a: number,
  b: number,
  c: GivenChecks,
): number {
  if (a === 0 || a !== sp.start || tags[a - 1] !== 'O') return a;
  const before = sentence[a - 1]!.text;
  // A known first name just before a person's name belongs to it (قاسم جومارت توكاييف) —
  // unless it is a preposition spelt like one (على / علي), or the end of another name
  // (نادية بن يوسف | وعبد الرحمن لعزيزي). So is a given name the lists give that the unlabelled
  // text hardly uses as a word, before a name of two words (حواء | آدم إسحاق، سامية | عبد الرحيم
  // منصور) — not a word that heads a place named after a person (سد | أحمد الحنصالي).
  // After a word for who the person is (المواطن خليفة راشد النقبي، الطالب يزن خالد العبادي),
  // a given name the lists know goes too, though it is also a word.
  // So after a title and the body it heads (رئيس المحكمة عمر عطا بنديال).
  // (not a word of company spelt as a given name: رئيس الجمهورية رفقة | عبد العزيز جراد)
  const titleOfBody = (k: number) =>
    k > 0 &&
    isOneOfNormal(normalizeWord(sentence[k - 1]!.text), ROLE_NOUNS) &&
    tags[k] === 'O' &&
    /^(ال|لل)/.test(normalizeWord(sentence[k]!.text));
  const afterPersonNoun =
    a > 1 &&
    (isOneOfNormal(normalizeWord(sentence[a - 2]!.text), PERSON_NOUNS) ||
      titleOfBody(a - 2) ||
      // (or a title, a role, a role and the body it serves in: الدكتور فضل | علي ناصر الحوشبي،
      // مدرب المحرق خليفة | جاسم البنعلي)
      isIntroduced(sentence, tags, a - 1, sp.start)) &&
    b - a >= 2 &&
    // (that word before is evidence enough for a given name the unlabelled text also knows as a
    // word: خليفة)
    (c.isGiven(a - 1) || c.isGivenName(before) || DEFINITE_GIVEN.has(normalizeWord(before)));
  if (
    (c.isFirstName(before) ||
      (b - a >= 2 &&
        c.isGiven(a - 1) &&
        c.magnitude(normalizeWord(before)) <= 1 &&
        !headsPlace(before)) ||
      afterPersonNoun) &&
    // (with the article, only a given name the Maghreb and Sudan write so, after such a word:
    // المواطن الطيب | حامد آدم)
    (!normalizeWord(before).startsWith('ال') ||
      (afterPersonNoun && DEFINITE_GIVEN.has(normalizeWord(before)))) &&
    !c.edgeWord(a - 1) &&
    !COMPANY.has(normalizeWord(before)) &&
    !/ى$/.test(before) &&
    // (nor a verb spelt like one: عندما أمر | آبي أحمد)
    !isLeadingVerb(before)
  )
    return a - 1;
  // In a list of people, the next one's given name behind و the tagger left out (أحمد سامي
  // غنيم وشريف | محمود عبد الرازق، فيصل الشريدة، ونوف | يعقوب الرومي): right after a person's
  // name, or after it and a comma, a given name the lists know; entities.ts reads the و off. (A
  // comma alone begins the next clause as often, with و and its verb: في الرياض، وشهد | محمد بن
  // سلمان توقيع.)
  const rest = before.slice(1);
  // (or a comma on both sides of the name, or before its age: ، ونوف يعقوب الرومي، ومشعل …،
  // وإسلام صبري حسن (26 عاما))
  const afterPerson =
    /-PER$/.test(tags[a - 2] ?? '') ||
    (a > 2 &&
      /^[،,]$/.test(sentence[a - 2]!.text) &&
      (/-PER$/.test(tags[a - 3]!) || /^[،,(]$/.test(sentence[b]?.text ?? '')));
  if (
    a > 1 &&
    b - a >= 2 &&
    /^و[\u0621-\u064a]{3,}$/.test(before) &&
    afterPerson &&
    (c.isFirstName(rest) || c.isGivenName(rest)) &&
    !isLeadingVerb(rest)
  )
    return a - 1;
  return a;
}

/**
 * A father's given name the tagger left between a person's given name and a family name it tagged
 * apart (عبد الرؤوف | مفتاح | البرعصي, where the article names البرعصي alone later): one person, in
 * place. The first span is a given name — one word the lists give, or two beginning with عبد or
 * أبو (not a person of two words: عقيلة صالح | مفتاح البرعصي are two) — the second one word.
 */
export function joinFatherNames(
  sentences: string[][],
  tags: string[][],
  isGiven: (token: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      const k = sp.end;
      if (sp.type !== 'PER' || sp.end - sp.start > 2 || t[k] !== 'O') continue;
      const given =
        sp.end - sp.start === 1
          ? isGiven(tokens[sp.start]!)
          : /^(عبد|أبو|ابو)$/.test(normalizeWord(tokens[sp.start]!));
      if (!given) continue;
      if (t[k + 1] !== 'B-PER' || t[k + 2] === 'I-PER') continue;
      // (no word with the article, nor one behind و: الظاهر بيبرس والسلطان قلاوون are two)
      const n = normalizeWord(tokens[k]!);
      if (stripClitics(n).prefix.includes('ال') || !isGiven(tokens[k]!)) continue;
      if (/^[وف]/.test(n) && isGiven(tokens[k]!.slice(1))) continue;
      claim(t, sp.start, k + 2, 'PER');
    }
  });
}

/** The most words of a person the join below makes. */
const MAX_JOINED = 6;

/**
 * Two persons the tagger found side by side, nothing between them, are one (كمال قليجدار | أوغلو،
 * مريم السيد | عبد الهادى، شيروان | رسول محمد): a list of people puts و or a comma between its
 * names. Not a second behind و or ل (تامر حسني | ومحمد حماقي; an outlet: الموسوي | للسومرية نيوز).
 * Titles the first took in go later, in name-bounds.ts (معالي | مطر الطاير).
 */
export function joinAdjacentPersons(sentences: string[][], tags: string[][]): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    const sp = spans(t);
    for (let k = 0; k + 1 < sp.length; k++) {
      const a = sp[k]!;
      const b = sp[k + 1]!;
      if (a.type !== 'PER' || b.type !== 'PER' || a.end !== b.start) continue;
      if (/^[ول]/.test(normalizeWord(tokens[b.start]!)) || b.end - a.start > MAX_JOINED) continue;
      // (nor after a title or a word with the article alone, unless a given name written so:
      // الإمام | علي بن الحسين، للإمام | علي; but الصادق | محمد الأزرق)
      const first = stripClitics(normalizeWord(tokens[a.start]!));
      const titled = hasArticle(first.prefix) && !DEFINITE_GIVEN.has(`ال${first.stem}`);
      if (a.end - a.start === 1 && titled) continue;
      // (nor one word after a full name, the verb's object: هنأ محمد شياع السوداني | المشهداني)
      const compound = tokens.slice(a.start, a.end).filter((w) => /^(عبد|أبو|ابو)$/.test(w)).length;
      if (b.end - b.start === 1 && a.end - a.start - compound >= 3) continue;
      t[b.start] = 'I-PER';
      // (the joined span may join the next one too)
      sp[k + 1] = { ...b, start: a.start };
    }
  });
}
