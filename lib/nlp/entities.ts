/**
 * From text to ranked entities (issues 3 and 13): the title and text tagged, the document pass,
 * the name rules and the known names applied; each span trimmed to its name (name-bounds.ts) and
 * read into a mention (first-word.ts); mentions grouped by key and the groups of one entity joined, common
 * words dropped (coreference.ts); the role the text gives a person (roles.ts); and a salience
 * score (mentions, title and lead, spread, type) that orders them.
 */
import { stripClitics } from './clitics';
import { isArabicLanguage } from '../pipeline/arabic-script';
import { placeKey } from '../cards/places';
import { applyArticleAliases } from './article-aliases';
import { addReferringMentions } from './referring-words';
import { joinGroups } from './coreference';
import { typeOfMentions } from './mention-types';
import { isLeftOut, namesHolyCities } from './left-out';
import { gazKey } from './gazetteer';
import type { Tagger } from './model';
import { isDarija } from './common-words';
import { articleWords, compactNames, readFirstWord, type Magnitude } from './first-word';
import { makeNameBounds } from './name-bounds';
import { roleBefore } from './roles';

import { isFirstNameIn, tagDocument } from './document';
import { isOwnOutlet, namesOutlet, outletForms, outletMentions, type Site } from './own-outlet';
import { aliasGroupOf, aliasKeyOf, dictionaryWord, isKnownWhole } from './known-names';
import { clubIntroducedAt } from './clubs';
import { DESCRIPTOR, isInstitutionHead, PERSON_TITLES } from './name-words';
import { AREA_HEAD, AREA_HEAD_ALWAYS, areaWordBefore, mentionArea } from './area-words';
import { actsAt, RANKING } from './ranking';
import { FUNCTION_WORDS } from './function-words';
import { titleHasNisba } from './nisba';
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

const foldForName = (s: string) => s.split(/\s+/).map(normalizeWord).join(' ');

/** One name of an entity in the article, before grouping. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  words: string[];
  type: EntityType;
  sentence: number;
  firstToken: number;
  /** A place's name as the article writes it with its area's word (محافظة الكرك، حي الروضة). */
  headed?: string;
  /** The area's word right before it, whatever its type, normalised (بولاية تيميمون: ولايه). */
  area?: string;
  /** A word that names it by its kind alone (المملكة: referring-words.ts): no alias. */
  refers?: true;
}

/**
 * Finds the entities of `text` with `tagger`, most salient first. `title` adds salience to the
 * entities it names; paragraphs (blank lines) measure spread. With the page's `site`, its own
 * outlet is left out (own-outlet.ts).
 */
export function extractEntities(tagger: Tagger, text: string, title = '', site?: Site): Entity[] {
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
  const isTown = (word: string) => names.isOneWordPlace(word);
  const words = sentences.map((s) => s.map((t) => t.text));
  const tags = tagDocument(tagger, words, (w) => isArabicLanguage(w.join(' ')), !!head);
  // Words of the article as evidence for clitics (or a place of one word the known names list:
  // وخلدة → خلدة).
  const vocab = articleWords(tokens.map((t) => t.text));
  const known = (stem: string) =>
    vocab.has(stem) || tagger.gazetteer.kindOf(gazKey([stem])) !== undefined || isTown(stem);
  const normTokens = tokens.map((t) => normalizeWord(t.text));
  const normText = ` ${normTokens.join(' ')} `;
  // In an article written in Darija, its particles that are names elsewhere are particles.
  const darija = isDarija(normTokens);
  const holyCities = namesHolyCities(normTokens);
  const nameBounds = makeNameBounds(tagger, darija);
  const isFirstName = (name: string) => isFirstNameIn(tagger, name);
  const mentions: Mention[] = [];
  sentences.forEach((sentence, si) => {
    for (const sp of spans(tags[si]!)) {
      const bounds = nameBounds(sentence, tags[si]!, sp);
      if (!bounds) continue;
      const { b, type } = bounds;
      let { a } = bounds;
      // A plural area word or a district's is no part of a place's name, in the mention already
      // (بأقاليم الحوز وتارودانت: the mention is الحوز, one with إقليم الحوز elsewhere).
      if (type === 'LOC' && b - a >= 2 && AREA_HEAD_ALWAYS.test(`${sentence[a]!.text} `)) a++;
      const firstTok = sentence[a]!;
      const lastTok = sentence[b - 1]!;
      // For a name of several words, the rest of the name standing in the article without the
      // clitic is evidence too (لبي بي سي → بي بي سي), even when the first word is short.
      const restWords = sentence.slice(a + 1, b).map((t) => normalizeWord(t.text));
      // After a comma, a person's name written with و is the next of a list (، وجومانا مراد).
      // So is a name right after another (تارودانت وتيزنيت).
      const inList =
        a > 0 &&
        (/^[،,]$/.test(sentence[a - 1]!.text) || (a <= sp.start && tags[si]![a - 1] !== 'O'));
      // (never a letter of a name the dictionary knows whole with its words: وادي غزة is no و +
      // ادي غزة where the article also has أدى)
      const knownHere = (stem: string, letter: string) =>
        !(restWords.length > 0 && isKnownWhole(names, [letter + stem, ...restWords].join(' '))) &&
        ((inList && letter === 'و' && !isFirstName(`و${stem}`)) ||
          // (و before a compound first name: ومنة الله حمدى)
          (letter === 'و' && type === 'PER' && /^(الله|الدين)$/.test(restWords[0] ?? '')) ||
          // (ك, "like", rarely stands before a name; a name begins with it more often: كاشلي is
          // no ك + اشلي, which the gazetteer knows as a name. Only the article is evidence for it.)
          // (nor a function word with its و: كوفي منساه is no ك + وفي)
          (letter === 'ك'
            ? vocab.has(stem) &&
              !FUNCTION_WORDS.has(stem) &&
              !FUNCTION_WORDS.has(stem.replace(/^[وف]/, ''))
            : known(stem)) ||
          (restWords.length > 0 && isKnownWhole(names, [stem, ...restWords].join(' '))) ||
          (restWords.length > 0 && normText.includes(` ${stem} ${restWords.join(' ')} `)));
      // A person's name that begins with a known first name keeps it whole (باسم مغنية is not
      // بـ + اسم مغنية; but وباسم, لباسم still lose their proclitic: their rest is the first name).
      // (nor a name a list knows whole: كالفين فيليبس is no ك + ال + فين)
      const firstNameWhole =
        b - a > 1 &&
        ((type === 'PER' && isFirstName(firstTok.text)) ||
          // (asked only of a first word that may begin with a proclitic: the others lose nothing)
          (/^[وفبلك]/.test(normalizeWord(firstTok.text)) &&
            isKnownWhole(
              names,
              sentence
                .slice(a, b)
                .map((t) => t.text)
                .join(' '),
            )));
      const first = firstNameWhole
        ? { skip: 0, prefix: '', key: normalizeWord(firstTok.text) }
        : readFirstWord(
            firstTok.text,
            {
              known: knownHere,
              minRest: restWords.length ? 2 : 3,
              magnitude,
              isWhole,
              isTown,
              // (a place only, the article's word alone: ليلى is no ل + يلى beside فيما يلي)
              inArticle: (stem) =>
                vocab.has(stem) &&
                (isTown(stem) || tagger.gazetteer.kindOf(gazKey([stem])) === 'LOC'),
            },
            b - a > 1,
          );
      const start = firstTok.start + first.skip;
      // A tatweel that only stretches the last letter is no part of the name (الأوسطـ).
      const stretch = /\u0640*$/.exec(lastTok.text)![0].length;
      const end = lastTok.end - (stretch < lastTok.text.length ? stretch : 0);
      const surface = first.prefix + all.slice(start, end).replace(/_/g, ' ');
      const keyWords = [first.key, ...restWords];
      // People only: a place's key stays as lib/cards/places.ts builds it (أبو ظبي).
      const words = type === 'PER' ? compactNames(keyWords) : keyWords;
      mentions.push({
        start,
        end,
        surface,
        words,
        type,
        sentence: si,
        firstToken: a,
        ...mentionArea(areaWordBefore(sentence, tags[si]!, a), type, surface),
      });
    }
  });

  // Other names the article gives in parentheses (… (قسد)، أحمد حسام (ميدو)), wherever used.
  const aliased = applyArticleAliases(
    sentences,
    mentions,
    (sentence, first, last, type) => {
      const tokens = sentences[sentence]!.slice(first, last + 1);
      return {
        start: tokens[0]!.start,
        end: tokens.at(-1)!.end,
        surface: tokens.map((t) => t.text).join(' '),
        words: tokens.map((t) => normalizeWord(t.text)),
        type,
        sentence,
        firstToken: first,
      };
    },
    // (not a name a list knows as another type: a place's dateline (CNN))
    (surface, of) => {
      const words = surface.split(' ');
      const m = names.match(words.map(dictionaryWord), 0);
      return m !== undefined && m.length === words.length && m.type !== of.type;
    },
  );
  // The page's own outlet is left out, unless the title names it (lib/nlp/own-outlet.ts).
  const none = { strong: new Set<string>(), weak: new Set<string>() };
  // (an outlet of one Arabic word is read as a word where the unlabelled text knows it as one)
  const siteForms = site
    ? outletForms(site, (form) => magnitude(form.startsWith('ال') ? form.slice(2) : form) >= 2)
    : none;
  const outlet = namesOutlet(title, siteForms) ? none : siteForms;
  // (and so is a name found inside the outlet's: أونلاين of المصدر أونلاين, سودان of سودان تربيون)
  const withinOutlet = outletMentions(sentences, outlet);
  // Group by key (the normalised words), join the groups of one entity, drop common words.
  const groups = new Map<string, Mention[]>();
  for (const m of aliased.mentions) {
    if (withinOutlet?.(m)) continue;
    const key = m.words.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const [from, to] of aliased.joins) {
    const other = groups.get(from);
    const into = groups.get(to);
    if (!other || !into || from === to) continue;
    groups.set(to, [...into, ...other]);
    groups.delete(from);
  }
  // (a person's words: the dictionary's person, a family name or a first name — ولاية ترامب is
  // his term)
  const listedAs = (words: string[]) => names.match(words.map(dictionaryWord), 0)?.type;
  // (a person or a body the dictionary or the gazetteer lists, or a body's head among its words:
  // اليونيفيل، حزب الله، البنك المركزي المصري after ولاية، ناحية، محافظة in their other senses)
  const listed = (words: string[]) => {
    const as = listedAs(words);
    return (
      as === 'PER' ||
      as === 'ORG' ||
      tagger.gazetteer.kindOf(gazKey(words)) === 'ORG' ||
      words.some((w) => isInstitutionHead(w))
    );
  };
  const personal = (words: string[]) =>
    listedAs(words) === 'PER' ||
    words.some((w) => names.isFamilyName(w) || isFirstNameIn(tagger, w));
  const typeOf = (ms: Mention[]) => typeOfMentions(ms, listed, personal);
  joinGroups(
    groups,
    typeOf,
    (key) => aliasGroupOf(names, key.split(' ')),
    (word) => names.isNationality(`ال${word}`),
  );
  // A person the article presents by a title, a role or a nationality (المؤلفة النيجيرية شيماماندا
  // نجوزي أديشي).
  const presented = (m: Mention) => {
    const tokens = sentences[m.sentence]!;
    const at = m.firstToken;
    const before = (k: number) => normalizeWord(tokens[k]?.text ?? '');
    const title = (k: number) => PERSON_TITLES.has(before(k));
    // (…or by a nationality alone, as sports pages do: أضاف الفرنسي كيليان مبابي الهدف الثاني)
    return (
      title(at - 1) ||
      (at > 0 && names.isNationality(tokens[at - 1]!.text)) ||
      roleBefore(tokens, at, tags[m.sentence]!) !== undefined
    );
  };
  for (const [key, ms] of groups) {
    const type = typeOf(ms);
    const surfaces = ms.map((m) => m.surface);
    // (presented asked only where it can matter: a person named once; a club a report introduces;
    // in Darija, a place after an area's word is one all the same: حي المحيط)
    const context = {
      presented: ms.length === 1 && type === 'PER' && presented(ms[0]!),
      introducedClub:
        type === 'ORG' &&
        ms.some((m) => clubIntroducedAt((i) => sentences[m.sentence]![i]?.text, m.firstToken)),
      darija: darija && !ms.some((m) => m.headed),
      holyCities,
    };
    if (isLeftOut(tagger, key, type, surfaces, context)) groups.delete(key);
  }

  addReferringMentions(sentences, tags, groups, typeOf); // (المملكة: the article's one kingdom)
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
  // Whether the title names an entity keyed so: its words stand in the title (behind a
  // one-letter preposition too: بريف دمشق), and not as part of a longer name the title gives
  // (بريف دمشق names ريف دمشق, not دمشق).
  const titleWords = new Set(normTitle.trim().split(' '));
  for (const w of [...titleWords])
    if ('وبلفك'.includes(w[0] ?? '') && w.length >= 4) titleWords.add(w.slice(1));
  const wordsIn = (k: string) => k.split(' ').every((w) => titleWords.has(w));
  const longerInTitle = [...groups.keys()].filter((k) => k.includes(' ') && wordsIn(k));
  const titleNames = (k: string) =>
    wordsIn(k) && !longerInTitle.some((l) => l !== k && ` ${l} `.includes(` ${k} `));
  const entities: Entity[] = [];
  for (const [groupKey, ms] of groups) {
    let key = groupKey;
    ms.sort((a, b) => a.start - b.start);
    const type = typeOf(ms);
    const longest = Math.max(...ms.map((m) => m.words.length));
    const surfaces = new Map<string, number>();
    for (const m of ms)
      if (m.words.length === longest && !m.refers)
        surfaces.set(m.surface, (surfaces.get(m.surface) ?? 0) + 1);
    let name = [...surfaces].sort((a, b) => b[1] - a[1])[0]![0];
    // A descriptive head (صحيفة ديلي ميل، محافظة الجوف) goes when the article or the dictionary
    // names it without one (a plural or a district's word always).
    const always = type === 'LOC' && AREA_HEAD_ALWAYS.test(name);
    const plain = name.replace(
      type === 'LOC' ? (always ? AREA_HEAD_ALWAYS : AREA_HEAD) : DESCRIPTOR,
      '',
    );
    // (A place's key is its name's, which the place cards look up: محافظة الجوف is keyed جوف —
    // unless another entity of the article has that key.)
    const plainKey = type === 'LOC' ? placeKey(plain) : key;
    // (منظمة goes only before a name of one word, an acronym's as often: منظمة اليونيسف —
    // منظمة العفو الدولية is the name news gives whole)
    const organisation = type !== 'LOC' && name.startsWith('منظمة ') && plain.includes(' ');
    if (
      plain !== name &&
      !organisation &&
      (plainKey === key || !groups.has(plainKey)) &&
      (always ||
        isKnownWhole(names, plain) ||
        ms.some((m) => foldForName(m.surface) === foldForName(plain)))
    ) {
      name = plain;
      key = plainKey;
    }
    // (and a place as the article writes it with its area's word: محافظة الكرك for الكرك)
    const forms = [...ms.map((m) => (m.refers ? '' : m.surface)), ...ms.map((m) => m.headed ?? '')];
    const aliases = [...new Set(forms)].filter((s) => s !== name && s !== '');
    if (isOwnOutlet(type, [name, ...aliases], outlet)) continue;
    const spread = new Set(ms.map((m) => paragraphOf(m.start))).size / paragraphStarts.length;
    // (a country is named by its adjective too: الانتخابات الباكستانية)
    const inTitle =
      titleNames(key) ||
      (type === 'LOC' && names.isCountry(name.split(' ')) && titleHasNisba(name, titleWords))
        ? 1
        : 0;
    const inLead = ms.some((m) => m.start < leadEnd) ? 1 : 0;
    const firstInText = Math.min(...ms.map((m) => (m.start >= shift ? m.start - shift : Infinity)));
    const early = Number.isFinite(firstInText) ? 1 - firstInText / Math.max(1, text.length) : 0;
    let role: string | undefined;
    if (type === 'PER') {
      for (const m of ms) {
        role = roleBefore(sentences[m.sentence]!, m.firstToken, tags[m.sentence]!);
        if (role) break;
      }
    }
    const raw =
      ms.length +
      RANKING.title * inTitle +
      RANKING.lead * inLead +
      RANKING.spread * spread +
      RANKING[type] +
      (role ? RANKING.role : 0) +
      RANKING.early * early +
      (ms.some((m) => actsAt(sentences[m.sentence]!, m.firstToken)) ? RANKING.acts : 0);
    entities.push({
      key: `${type}:${(type !== 'LOC' && aliasKeyOf(names, key.split(' '))) || key}`, // (one in every article)
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
