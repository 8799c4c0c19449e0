/**
 * From text to ranked entities (issues 3 and 13): the title and text tagged, the document pass,
 * the name rules and the known names applied; each span trimmed to its name and read into a
 * mention (first-word.ts); mentions grouped by key and the groups of one entity joined, common
 * words dropped (coreference.ts); the role the text gives a person (roles.ts); and a salience
 * score (mentions, title and lead, spread, type) that orders them.
 */
import { stripClitics } from './clitics';
import { nonArabicShare, scriptStats } from '../pipeline/arabic-script';
import { DETECT_THRESHOLDS } from '../pipeline/thresholds';
import { joinGroups } from './coreference';
import { isLeftOut } from './left-out';
import { gazKey } from './gazetteer';
import type { Tagger } from './model';
import {
  COMMON_WORDS,
  DARIJA_AMBIGUOUS,
  DISEASES,
  isDarija,
  LETTER_NAMES,
  NEVER_INSIDE,
} from './common-words';
import { FUNCTION_WORDS } from './function-words';
import { compactNames, isCommonNoun, readFirstWord, type Magnitude } from './first-word';
import { roleBefore } from './roles';

import { isFirstNameIn, tagDocument } from './document';
import { aliasGroupOf, isKnownWhole } from './known-names';
import { DESCRIPTORS, PERSON_TITLES } from './name-words';
import { normalizeWord } from '../text/normalize';
import { spans, type EntityType } from './tags';
import { splitSentences, tokenize } from './tokenize';

/** One entity of an article. Offsets are into the analysed text. */
export interface Entity {
  key: string;
  name: string;
  type: EntityType;
  salience: number;
  mentions: { start: number; end: number }[];
  /** Times the article names it, its title included (`mentions` holds the text's only). */
  count: number;
  aliases: string[];
  role?: string;
}

/** Whether text in the Arabic script is Arabic rather than Persian, Urdu, Kurdish or Pashto. */
function isArabicLanguage(text: string): boolean {
  const stats = scriptStats(text);
  const decisive = stats.arabicOnly + stats.nonArabic;
  return (
    decisive < DETECT_THRESHOLDS.minDecisiveLetters / 2 ||
    nonArabicShare(stats) <= DETECT_THRESHOLDS.maxNonArabicLetterShare
  );
}

/** Words that describe what an organisation is rather than name it (صحيفة، قناة، شركة …). */
const DESCRIPTOR = new RegExp(`^(${DESCRIPTORS.join('|')})\\s+`, 'u');
const foldForName = (s: string) => s.split(/\s+/).map(normalizeWord).join(' ');

/** Prepositions inside a span: what comes before one is not part of the name (مذيعة في بي بي سي). */
/**
 * A person the article presents by their role (وزير الخارجية الروسي سيرغي لافروف) is an actor of the
 * story (tuned news texts: key recall 82.7 → 83.1%; 1, 1.5 and 2 gained one or two more there but
 * cost the fixture pages one).
 */
const ROLE_WEIGHT = 0.5;

interface Mention {
  start: number;
  end: number;
  surface: string;
  words: string[];
  type: EntityType;
  sentence: number;
  firstToken: number;
}

/**
 * Finds the entities of `text` with `tagger`, most salient first. `title` adds salience to the
 * entities it names; `paragraphs` (offsets of paragraph starts) measure spread.
 */
export function extractEntities(tagger: Tagger, text: string, title = ''): Entity[] {
  // The title is tagged with the text (a headline often names who the article is about in full,
  // تركي آل الشيخ); its mentions count, but offsets returned are into `text` only.
  // Persian, Urdu and other languages in the Arabic script are not tagged: the tagger knows Arabic
  // only, and reads their words as Arabic names (a page that slipped past detection, a quotation).
  if (!isArabicLanguage(`${title} ${text}`)) return [];
  const head = title.trim() ? `${title.trim().replace(/\s+/g, ' ')}\n\n` : '';
  const shift = head.length;
  const all = head + text;
  // An underscore joins the words of a hashtag (#باسم_مغنية): a space between names.
  const tokens = tokenize(all).filter((t) => t.text !== '_');
  const sentences = splitSentences(all, tokens);
  const magnitude: Magnitude = (form) => tagger.lexicon.frequency(form)?.magnitude ?? -1;
  const names = tagger.knownNames;
  const isWhole = (word: string) => isKnownWhole(names, word);
  const words = sentences.map((s) => s.map((t) => t.text));
  const tags = tagDocument(tagger, words, (w) => isArabicLanguage(w.join(' ')), !!head);
  const isFirstName = (name: string) => isFirstNameIn(tagger, name);
  // Darija's present marker كـ before an imperfect (كيعاني، كتحرش، كنقولو), on a word Modern
  // Standard Arabic does not know (كينيا، كيفن are in the lexicon).
  const isDarijaVerb = (token: string) => {
    const n = normalizeWord(token);
    return /^ك[يتن]/.test(n) && n.length >= 4 && tagger.lexicon.frequency(n) === undefined;
  };
  const isImperfectVerb = (token: string) => {
    const n = normalizeWord(token);
    const f = tagger.lexicon.frequency(n);
    return (
      /^[يتن][\u0621-\u064a]{3,}$/.test(n) &&
      f !== undefined &&
      f.magnitude >= 2 &&
      f.article === 0 &&
      !names.isNameWord(n) &&
      tagger.gazetteer.kindOf(gazKey([token])) === undefined &&
      !isWhole(token)
    );
  };
  // A family name after a first name: a name the gazetteer knows, or a rare word with the article.
  const isFamilyName = (token: string) => {
    const n = normalizeWord(token);
    const kind = tagger.gazetteer.kindOf(gazKey([token]));
    if (kind === 'FIRST' || kind === 'LAST' || kind === 'PER') return true;
    return n.startsWith('ال') && n.length > 4 && magnitude(n.slice(2)) <= 1;
  };
  // Words of the article (normalised, and without the article) as evidence for clitics.
  const vocab = new Set<string>();
  for (const t of tokens) {
    const n = normalizeWord(t.text);
    vocab.add(n);
    if (n.startsWith('ال')) vocab.add(n.slice(2));
  }
  const known = (stem: string) =>
    vocab.has(stem) || tagger.gazetteer.kindOf(gazKey([stem])) !== undefined;
  const normText = ` ${tokens.map((t) => normalizeWord(t.text)).join(' ')} `;
  // In an article written in Darija, its particles that are names elsewhere are particles.
  const darija = isDarija(tokens.map((t) => normalizeWord(t.text)));
  const mentions: Mention[] = [];
  sentences.forEach((sentence, si) => {
    for (const sp of spans(tags[si]!)) {
      let a = sp.start;
      let b = sp.end;
      const edgeWord = (k: number) => {
        const surface = sentence[k]!.text;
        // علي with ي is the name Ali; the preposition is written على.
        // (Before a word with the article it is the preposition mistyped: علي السوشيال ميديا.)
        if (
          /^علي$/.test(surface.replace(/[\u064b-\u065f]/g, '')) &&
          !normalizeWord(sentence[k + 1]?.text ?? '').startsWith('ال')
        )
          return false;
        const n = normalizeWord(surface);
        // An adverb or accusative with tanween (أولاً، حالياً) never begins or ends a name.
        return (
          FUNCTION_WORDS.has(n) ||
          COMMON_WORDS.has(n) ||
          (darija && DARIJA_AMBIGUOUS.has(n)) ||
          /(اً|ًا)$/.test(surface)
        );
      };
      // A name the dictionary knows whole keeps its words (لينكد إن).
      if (
        !isKnownWhole(
          names,
          sentence
            .slice(a, b)
            .map((t) => t.text)
            .join(' '),
        )
      ) {
        while (a < b && edgeWord(a)) a++;
        while (b > a && edgeWord(b - 1)) b--;
      }
      // A Moroccan Darija verb (كيعاني، كتحرش، كيقول: كـ before an imperfect) is not part of a name.
      for (let k = a; k < b; k++)
        if (isDarijaVerb(sentence[k]!.text)) {
          b = k;
          break;
        }
      // A verb in the imperfect after a name ends it (غوغل يطلق، برادلي يعيد زكي): a common word
      // with its prefix that never takes the article and names no one.
      for (let k = a + 1; k < b; k++)
        if (isImperfectVerb(sentence[k]!.text)) {
          b = k;
          break;
        }
      // …and what the verb leaves at the end is trimmed again (عمر لي | كيعرف: "Omar who knows").
      if (b < sp.end) while (b > a && edgeWord(b - 1)) b--;
      // A name spelt in letters takes the letters the tagger left beside it (أي بي سي, not بي سي).
      const isLetter = (k: number, proclitic = false) => {
        if (k < 0 || k >= sentence.length || tags[si]![k] !== 'O') return false;
        const n = normalizeWord(sentence[k]!.text);
        return (
          LETTER_NAMES.has(n) || (proclitic && /^[وبلفك]/.test(n) && LETTER_NAMES.has(n.slice(1)))
        );
      };
      if (
        b > a &&
        sentence.slice(a, b).every((_, i) => LETTER_NAMES.has(normalizeWord(sentence[a + i]!.text)))
      ) {
        while (isLetter(a - 1)) a--;
        if (isLetter(a - 1, true)) a--;
        while (isLetter(b)) b++;
      }
      const acronym =
        b - a >= 3 &&
        sentence.slice(a, b).every((t, i) => {
          const n = normalizeWord(t.text);
          return LETTER_NAMES.has(n) || (i === 0 && LETTER_NAMES.has(n.slice(1)));
        });
      for (let k = b - 2; k > a; k--)
        if (NEVER_INSIDE.has(normalizeWord(sentence[k]!.text))) {
          a = k + 1;
          break;
        }
      // An illness is not a person or a place (فيروس كورونا المستجد، يسرا بكورونا).
      // Three letters or more spelt out are an organisation's initials (بي بي سي، سي إن إن).
      let type = acronym && sp.type === 'MISC' ? 'ORG' : sp.type;
      for (let k = a; k < b; k++) {
        const n = normalizeWord(sentence[k]!.text);
        if (!DISEASES.has(n) && !DISEASES.has(stripClitics(n).stem) && !DISEASES.has(n.slice(1)))
          continue;
        if (k > a && type === 'PER') b = k;
        else type = 'MISC';
        break;
      }
      if (type === 'PER' && b - a >= 2) {
        // A place after a name, glued to its preposition (محمد أبو خضير بالقدس), is not the name.
        const { prefix } = stripClitics(normalizeWord(sentence[b - 1]!.text));
        if (prefix.length > 2 && prefix.endsWith('ال')) b--;
        // A name that ends with a first name goes on with the family name the tagger left out
        // (عبدربه منصور هادي، علي عبدالله صالح، عبد المجيد الشرفي).
        const next = sentence[b];
        if (
          b === sp.end &&
          next &&
          tags[si]![b] === 'O' &&
          (isFirstName(sentence[b - 1]!.text) ||
            (b - a >= 2 &&
              /^و?(عبد|أبو|ابو)$/.test(sentence[b - 2]!.text) &&
              // (its conjunction aside: بينهم … وعبد المجيد الشرفي; عبد and a word with the
              // article is always a first name: عبد الحميد، عبد السلام — but علي after it is
              // more often على misspelt: أكد عبد العاطي علي ضرورة)
              (/^و?عبد$/.test(sentence[b - 2]!.text) && /^ال/.test(sentence[b - 1]!.text)
                ? next.text !== 'علي'
                : isFirstName(
                    `${sentence[b - 2]!.text.replace(/^و(?=عبد|أبو|ابو)/, '')} ${sentence[b - 1]!.text}`,
                  )))) &&
          /^[\u0621-\u064a]+$/.test(next.text) &&
          !edgeWord(b) &&
          isFamilyName(next.text)
        )
          b++;
      }
      // A title or adjective the tagger took into a person's name (الشهيرة أوبرا وينفري،
      // مديرته كريستين لاغارد): a common word of the lexicon before two more words.
      if (type === 'PER') while (b - a >= 3 && isCommonNoun(sentence[a]!.text, magnitude)) a++;
      if (a === b || sentence.slice(a, b).every((t) => !/\p{L}/u.test(t.text))) continue;
      // A known first name just before a person's name belongs to it (قاسم جومارت توكاييف) —
      // unless it is a preposition spelt like one (على / علي).
      if (
        type === 'PER' &&
        a > 0 &&
        a === sp.start &&
        isFirstName(sentence[a - 1]!.text) &&
        !normalizeWord(sentence[a - 1]!.text).startsWith('ال') &&
        !edgeWord(a - 1) &&
        !/ى$/.test(sentence[a - 1]!.text)
      )
        a--;
      const firstTok = sentence[a]!;
      const lastTok = sentence[b - 1]!;
      // For a name of several words, the rest of the name standing in the article without the
      // clitic is evidence too (لبي بي سي → بي بي سي), even when the first word is short.
      const restWords = sentence.slice(a + 1, b).map((t) => normalizeWord(t.text));
      // After a comma, a person's name written with و is the next of a list (، وجومانا مراد).
      const inList = a > 0 && /^[،,]$/.test(sentence[a - 1]!.text);
      const knownHere = (stem: string, letter: string) =>
        (inList && letter === 'و' && !isFirstName(`و${stem}`)) ||
        known(stem) ||
        (restWords.length > 0 && isKnownWhole(names, [stem, ...restWords].join(' '))) ||
        (restWords.length > 0 && normText.includes(` ${stem} ${restWords.join(' ')} `));
      // A person's name that begins with a known first name keeps it whole (باسم مغنية is not
      // بـ + اسم مغنية; but وباسم, لباسم still lose their proclitic: their rest is the first name).
      const firstNameWhole = type === 'PER' && b - a > 1 && isFirstName(firstTok.text);
      const first = firstNameWhole
        ? { skip: 0, prefix: '', key: normalizeWord(firstTok.text) }
        : readFirstWord(
            firstTok.text,
            { known: knownHere, minRest: restWords.length ? 2 : 3, magnitude, isWhole },
            b - a > 1,
          );
      const start = firstTok.start + first.skip;
      const surface = first.prefix + all.slice(start, lastTok.end).replace(/_/g, ' ');
      const keyWords = [first.key, ...restWords];
      // People only: a place's key stays as lib/cards/places.ts builds it (أبو ظبي).
      const words = type === 'PER' ? compactNames(keyWords) : keyWords;
      mentions.push({
        start,
        end: lastTok.end,
        surface,
        words,
        type,
        sentence: si,
        firstToken: a,
      });
    }
  });

  // Group by key (the normalised words), join the groups of one entity, drop common words.
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = m.words.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const typeOf = (ms: Mention[]): EntityType => {
    const votes = new Map<EntityType, number>();
    for (const m of ms) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
    // A tie goes to a person, place or organisation over MISC.
    return [...votes].sort((a, b) => b[1] - a[1] || +(a[0] === 'MISC') - +(b[0] === 'MISC'))[0]![0];
  };
  joinGroups(groups, typeOf, (key) => aliasGroupOf(names, key.split(' ')));
  // A person the article presents by a title or role (المؤلفة النيجيرية شيماماندا نجوزي أديشي).
  const presented = (m: Mention) => {
    const tokens = sentences[m.sentence]!;
    const at = m.firstToken;
    const before = (k: number) => normalizeWord(tokens[k]?.text ?? '');
    const title = (k: number) => PERSON_TITLES.has(before(k));
    return (
      title(at - 1) ||
      (title(at - 2) && names.isNationality(tokens[at - 1]!.text)) ||
      roleBefore(tokens, at, tags[m.sentence]!) !== undefined
    );
  };
  for (const [key, ms] of groups)
    if (
      isLeftOut(
        tagger,
        key,
        typeOf(ms),
        ms.map((m) => m.surface),
        ms.some(presented),
      )
    )
      groups.delete(key);

  const normTitle = ` ${tokenize(title)
    .map((t) => stripClitics(normalizeWord(t.text)).stem)
    .join(' ')} `;
  const leadEnd = shift + Math.min(text.length, Math.max(400, text.indexOf('\n\n', 300)));
  const paragraphStarts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index + 2)];
  const paragraphOf = (offsetInAll: number) => {
    const offset = offsetInAll - shift;
    let p = 0;
    while (p + 1 < paragraphStarts.length && paragraphStarts[p + 1]! <= offset) p++;
    return p;
  };
  const entities: Entity[] = [];
  for (const [key, ms] of groups) {
    ms.sort((a, b) => a.start - b.start);
    const type = typeOf(ms);
    const longest = Math.max(...ms.map((m) => m.words.length));
    const surfaces = new Map<string, number>();
    for (const m of ms)
      if (m.words.length === longest) surfaces.set(m.surface, (surfaces.get(m.surface) ?? 0) + 1);
    let name = [...surfaces].sort((a, b) => b[1] - a[1])[0]![0];
    // A descriptive head (صحيفة ديلي ميل) goes when the article or the dictionary names it
    // without one.
    const plain = name.replace(DESCRIPTOR, '');
    if (
      plain !== name &&
      (isKnownWhole(names, plain) || ms.some((m) => foldForName(m.surface) === foldForName(plain)))
    )
      name = plain;
    const aliases = [...new Set(ms.map((m) => m.surface))].filter((s) => s !== name);
    const spread = new Set(ms.map((m) => paragraphOf(m.start))).size / paragraphStarts.length;
    const inTitle = key.split(' ').every((w) => normTitle.includes(` ${w} `)) ? 1 : 0;
    const inLead = ms.some((m) => m.start < leadEnd) ? 1 : 0;
    // People, then organisations, ahead of places mentioned as often: a news reader wants who
    // acted before where (measured on the tuned news texts: key recall 73.0 → 75.1%).
    const typeWeight = type === 'MISC' ? -1 : type === 'PER' ? 0.5 : type === 'ORG' ? 0.25 : 0;
    let role: string | undefined;
    if (type === 'PER') {
      for (const m of ms) {
        role = roleBefore(sentences[m.sentence]!, m.firstToken, tags[m.sentence]!);
        if (role) break;
      }
    }
    const raw =
      ms.length + 3 * inTitle + 1.5 * inLead + 2 * spread + typeWeight + (role ? ROLE_WEIGHT : 0);
    entities.push({
      key: `${type}:${key}`,
      name,
      type,
      salience: raw,
      count: ms.length,
      mentions: ms
        .filter((m) => m.start >= shift)
        .map((m) => ({ start: m.start - shift, end: m.end - shift })),
      aliases,
      ...(role ? { role } : {}),
    });
  }
  const max = Math.max(1, ...entities.map((e) => e.salience));
  for (const e of entities) e.salience = Math.round((e.salience / max) * 1000) / 1000;
  return entities.sort(
    (a, b) =>
      b.salience - a.salience ||
      (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity),
  );
}
