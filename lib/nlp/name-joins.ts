/**
 * Names the tagger cut where no name ends (issue 13), joined again over its tags. Runs in
 * lib/nlp/document.ts after the name rules, before the known names:
 *
 * - A person's name never ends with a word that links it to the next (بن، عبد، أبو، آل): the
 *   word after belongs to it (أشرف بن عبد السلام, tagged to عبد). مولاي before it is part of it.
 * - A person named several times, each time followed by the same word with the article, has it
 *   for a family name (مولاي حفيظ العلمي).
 * - A Turkish or Persian family name written in two words ends with its suffix (هاكان شالهان
 *   أوغلو، أحمد داود أوغلو، … زاده).
 * - A newspaper, channel or agency named in foreign words goes on over the foreign words the tagger
 *   left after it or took for another organisation of one word (صحيفة صنداي تليغراف).
 * - (Names run together are split first: name-splits.ts.)
 * - A website called "… dot com" is an organisation ending there (وياكم دوت كوم).
 * - A radio called "… FM" ends with أف أم, and the person named right after is another entity
 *   (لمراسلة جوهرة أف أم نسرين علوش: the station, then its reporter).
 */
import { stripClitics } from './clitics';
import { FUNCTION_WORDS } from './function-words';
import { claim, isArabicWord, isOneOf, wordAfterPerson } from './tag-edits';
import { NAME_LINKS, TIME_WORDS } from './name-words';
import { namedAfter } from './named-after';
import { splitOrganisationsFromPersons, splitPersonsFromInitials } from './name-splits';
import { spans } from './tags';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Words that link a person's name to the next word of it (son of, father of, servant of, family). */
/** Second words of Turkish and Persian family names (داود أوغلو، … زاده). */
const NAME_SUFFIXES = set(['أوغلو', 'اوغلو', 'أغلو', 'زاده']);
/** First words of compound first names (عبد الحميد، أبو بكر) and last words (عماد الدين، عبد الله). */
const COMPOUND_FIRST = set(['عبد', 'أبو', 'ابو']);
const COMPOUND_LAST = set(['الدين', 'الله', 'الكريم']);
/**
 * Maghreb honorifics that belong to the name they precede (مولاي حفيظ العلمي، مولاي رشيد، سيدي
 * محمد ولد اعلي).
 */
const HONORIFICS = set(['مولاي', 'سيدي']);
/** Nouns a person's name is the genitive of, which a nationality after the name describes. */
const GOVERNING = set([
  'نظام',
  'حكومة',
  'إدارة',
  'عهد',
  'حكم',
  'ولاية',
  'رئاسة',
  'فريق',
  'منتخب',
  'حزب',
  'قوات',
  'جيش',
  'حملة',
  'معسكر',
  'أنصار',
  'مؤيدي',
]);
/** What a nationality after a name is of, when it is not a family name (البريطاني الجنسية). */
const ORIGIN = set(['الجنسية', 'الأصل']);
/** Heads of media names written after them in foreign words (صحيفة صنداي تليغراف). */
const MEDIA_HEADS = set(['صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'راديو', 'وكالة', 'موقع']);
/** At most this many foreign words taken after a media name the tagger began. */
const MEDIA_MORE = 2;
/** "dot" and the domains that end a website's name (وياكم دوت كوم، العربية دوت نت). */
const DOT = set(['دوت']);
const DOMAINS = set(['كوم', 'نت', 'أورغ', 'اورج', 'إنفو']);
/** The letters F and M as written in radio names (موزاييك أف أم، جوهرة إف إم). */
const F_LETTER = set(['أف', 'إف', 'اف']);
const M_LETTER = set(['أم', 'إم', 'ام']);

/** Words with the article that follow names without being part of them (days, times). */
const NOT_FAMILY = new Set([...TIME_WORDS, ...set(['الماضي', 'المقبل', 'الحالي', 'العام'])]);

/**
 * A person named several times and followed each time by the same word with the article, a word
 * the tagger left out and the article uses nowhere else, has that word for a family name (مولاي
 * حفيظ العلمي four times, العلمي "scientific" being common as an adjective): a reader sees one
 * name written the same way. (Not نتنياهو الحرب: the article speaks of الحرب elsewhere too.)
 */
function joinConsistentFamilyNames(
  sentences: string[][],
  tags: string[][],
  free: (s: number, k: number) => boolean,
  isNationality: (token: string) => boolean,
  isRare: (token: string) => boolean,
): void {
  const after = new Map<string, { s: number; start: number; end: number; next: string }[]>();
  sentences.forEach((tokens, s) => {
    for (const sp of spans(tags[s]!)) {
      if (sp.type !== 'PER') continue;
      const key = tokens.slice(sp.start, sp.end).map(normalizeWord).join(' ');
      const next = tokens[sp.end];
      const n = next === undefined ? '' : normalizeWord(next);
      const list = after.get(key) ?? [];
      list.push({ s, start: sp.start, end: sp.end, next: n });
      after.set(key, list);
    }
  });
  // How often each word stands in the article: a family name stands only after its person.
  const seen = new Map<string, number>();
  for (const tokens of sentences)
    for (const w of tokens) {
      const n = normalizeWord(w);
      seen.set(n, (seen.get(n) ?? 0) + 1);
    }
  for (const list of after.values()) {
    const next = list[0]!.next;
    if (seen.get(next) !== list.length) continue;
    // (named twice, the word must be rare too; three times and always so is evidence enough)
    if (list.length < 3 && !isRare(next.slice(2))) continue;
    if (list.length < 2 || !list.every((m) => m.next === next)) continue;
    if (!next.startsWith('ال') || next.length <= 4 || NOT_FAMILY.has(next)) continue;
    if (isNationality(next) || !list.every((m) => free(m.s, m.end))) continue;
    for (const m of list) claim(tags[m.s]!, m.start, m.end + 1, 'PER');
  }
}

/**
 * A nationality right after a person's name of two words or more is its family name, in place:
 * Arabic puts the nationality before the name (العراقي محمد شياع السوداني، أبو حمزة المصري) — not
 * a plural, nor one followed by الجنسية or الأصل. Run after the known names (document.ts), which
 * can add the name it follows (جمال الدين الأفغاني: the dictionary gives جمال الدين). `isFirstName(word)`: whether
 * a word is a first name, which tells a conjunction before the next person (الأفغاني ومحمد عبده)
 * from a name beginning with و (الإسباني وليد …).
 */
export function joinNationalFamilyNames(
  sentences: string[][],
  tags: string[][],
  isNationality: (token: string) => boolean,
  isFirstName: (word: string) => boolean = () => false,
): void {
  const presentsNext = (t: string[], tokens: string[], k: number) => {
    if (!(t[k] ?? '').startsWith('B-PER')) return false;
    const w = tokens[k]!;
    if (!(w.startsWith('و') && isFirstName(w.slice(1)) && !isFirstName(w))) return true;
    // (…nor in a list of persons each with a nationality: نوفاك ديوكوفيتش الصربي وكارلوس ألكاراز
    // الإسباني)
    // (whether that nationality is still after the name or already joined to it)
    let end = k + 1;
    while (t[end] === 'I-PER') end++;
    return (
      isNationality(tokens[end - 1]!) ||
      (t[end] === 'O' && tokens[end] !== undefined && isNationality(tokens[end]!))
    );
  };
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      const next = wordAfterPerson(tokens, t, sp);
      if (next === undefined) continue;
      const n = normalizeWord(next);
      // (Not after a noun the name is the genitive of, which the nationality describes: نظام
      // بشار الأسد السوري، حكومة بنيامين نتنياهو الإسرائيلية; nor a feminine one, a family name
      // being the masculine form; nor one that presents the next person: هزم نوفاك ديوكوفيتش
      // الإسباني رافائيل نادال.)
      const governed =
        sp.start > 0 && t[sp.start - 1] === 'O' && isOneOf(tokens[sp.start - 1]!, GOVERNING);
      // (…nor the last of a list whose person before it has a nationality of their own: نوفاك
      // ديوكوفيتش الصربي وكارلوس ألكاراز الإسباني)
      // (the nationality closing a person's name, joined to it or not — not a title's: والعاهل
      // الأردني ومحمد شياع السوداني)
      const before = tokens[sp.start - 1];
      const closesPerson =
        t[sp.start - 1] === 'I-PER' ||
        (t[sp.start - 1] === 'O' && /^[BI]-PER$/.test(t[sp.start - 2] ?? ''));
      const listed =
        before !== undefined &&
        tokens[sp.start]!.startsWith('و') &&
        isNationality(before) &&
        closesPerson;
      if (
        isNationality(next) &&
        n.startsWith('ال') &&
        !/(ين|ون|يه|ية)$/.test(n) &&
        !ORIGIN.has(normalizeWord(tokens[sp.end + 1] ?? '')) &&
        !governed &&
        !listed &&
        !presentsNext(t, tokens, sp.end + 1)
      )
        claim(t, sp.start, sp.end + 1, 'PER');
    }
  });
}

/**
 * A family name the unlabelled text never saw, in place: a person's span that is only a first name
 * (`isFirstName`: one word, or a compound: عبد المجيد، أبو بكر) and an untagged Arabic word right
 * after it that `isUnknown` says the unlabelled text does not know (nor its stem, nor the word
 * behind a proclitic: بافتقاد، والرئيس) — without the article, a verb's prefix or a pronoun's
 * suffix — are one person (رئيس الجمهورية عبد المجيد
 * تبون: the tagger stopped before تبون; المغربي مبارك بوصوفة).
 */
export function joinUnknownFamilyNames(
  sentences: string[][],
  tags: string[][],
  isFirstName: (name: string) => boolean,
  isUnknown: (word: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (const sp of spans(t)) {
      const next = tokens[sp.end];
      if (sp.type !== 'PER' || sp.end - sp.start > 2 || next === undefined || t[sp.end] !== 'O')
        continue;
      const name = tokens.slice(sp.start, sp.end).join(' ');
      const n = normalizeWord(next);
      if (
        isFirstName(name) &&
        isArabicWord(next) &&
        n.length >= 3 &&
        !n.startsWith('ال') &&
        // (not a verb's first letter, its future's, nor a pronoun's ending: يطاردهم، سيفتتح،
        // فموهبته)
        !/^([ين]|س[يتنا])/.test(n) &&
        !/(ه|ها|هم|هما|كم|نا|ني)$/.test(next) &&
        !FUNCTION_WORDS.has(n) &&
        isUnknown(next)
      )
        claim(t, sp.start, sp.end + 1, 'PER');
    }
  });
}

/**
 * A first name the tagger read as a place, in place: after a nationality with the article, a
 * place of one word that is a word of people's names and the person right after it are one
 * person (رئيسة الوزراء الإيطالية جورجيا ميلوني). Not after a title alone, whose genitive a place
 * can be (ملك إسبانيا ألفونسو).
 */
export function joinPlaceFirstNames(
  sentences: string[][],
  tags: string[][],
  isNationality: (token: string) => boolean,
  isNameWord: (token: string) => boolean,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    for (let k = 1; k + 1 < tokens.length; k++) {
      if (t[k] !== 'B-LOC' || t[k + 1] !== 'B-PER' || t[k - 1] !== 'O') continue;
      const before = normalizeWord(tokens[k - 1]!);
      if (!before.startsWith('ال') || !isNationality(tokens[k - 1]!) || !isNameWord(tokens[k]!))
        continue;
      let end = k + 2;
      while (t[end] === 'I-PER') end++;
      claim(t, k, end, 'PER');
    }
  });
}

/**
 * Joins names the tagger cut short, in place. `isRare(token)` says whether the unlabelled text
 * hardly knows the word (a foreign name); `isKnownPlace(words)` whether the dictionary knows the
 * words as a place; `isOrgBehindPreposition(token)` whether a word is لـ or بـ and an organisation
 * the dictionary knows (لرويترز).
 */
export function joinNames(
  sentences: string[][],
  tags: string[][],
  isRare: (token: string) => boolean,
  isNationality: (token: string) => boolean = () => false,
  isKnownPlace: (words: string[]) => boolean = () => false,
  isOrgBehindPreposition: (token: string) => boolean = () => false,
): void {
  // A word a name can take: Arabic, untagged, no function word, no proclitic but the article
  // (a rare word that merely begins like one is a name: بوريس).
  const freeAt = (s: number, k: number) => {
    const token = sentences[s]![k];
    if (token === undefined || tags[s]![k] !== 'O' || !isArabicWord(token)) return false;
    const n = normalizeWord(token);
    const { prefix } = stripClitics(n);
    return !FUNCTION_WORDS.has(n) && (prefix === '' || prefix === 'ال' || isRare(token));
  };
  joinConsistentFamilyNames(sentences, tags, freeAt, isNationality, isRare);
  splitPersonsFromInitials(sentences, tags);
  splitOrganisationsFromPersons(sentences, tags, isOrgBehindPreposition);
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    const free = (k: number) => freeAt(s, k);
    // "… dot com": a website, whatever the tagger made of its name (وياكم دوت كوم is no person),
    // from the word before "dot" (or the name the tagger found there) to the domain.
    for (let k = 1; k + 1 < tokens.length; k++) {
      if (!DOT.has(normalizeWord(tokens[k]!)) || !DOMAINS.has(normalizeWord(tokens[k + 1]!)))
        continue;
      // (the spans around found by walking their tags: linear in the sentence)
      let start = k - 1;
      while (start > 0 && t[start]!.startsWith('I-')) start--;
      if (
        t[start] === 'O' &&
        (!isArabicWord(tokens[k - 1]!) || FUNCTION_WORDS.has(normalizeWord(tokens[k - 1]!)))
      )
        continue;
      let afterEnd = k + 2;
      while (t[afterEnd]?.startsWith('I-')) afterEnd++;
      const afterType = afterEnd > k + 2 ? t[k + 2]!.slice(2) : undefined;
      claim(t, start, k + 2, 'ORG');
      if (afterType) claim(t, k + 2, afterEnd, afterType);
    }
    for (const sp of spans(t)) {
      // "… FM": the station ends there, whatever the tagger made of the words.
      for (let k = sp.start + 1; k + 1 < sp.end; k++) {
        if (!F_LETTER.has(normalizeWord(tokens[k]!))) continue;
        if (!M_LETTER.has(normalizeWord(tokens[k + 1]!))) continue;
        claim(t, sp.start, k + 2, 'ORG');
        if (k + 2 < sp.end) claim(t, k + 2, sp.end, sp.type);
        break;
      }
    }
    for (const sp of spans(t)) {
      let end = sp.end;
      let start = sp.start;
      if (sp.type === 'PER' && start > 0 && t[start - 1] === 'O')
        if (HONORIFICS.has(normalizeWord(tokens[start - 1]!))) start--;
      // (…but a prince is not the town named after one: الأمير مولاي رشيد stays as the tagger
      // had it where the dictionary knows مولاي رشيد as a place, unless a place's head is before)
      const namedHere = start < sp.start && start > 0 ? namedAfter(tokens[start - 1]!) : undefined;
      if (start < sp.start && isKnownPlace(tokens.slice(start, sp.end)) && !namedHere)
        start = sp.start;
      if (sp.type === 'PER') {
        while (end < tokens.length && NAME_LINKS.has(normalizeWord(tokens[end - 1]!)) && free(end))
          end++;
        if (NAME_SUFFIXES.has(normalizeWord(tokens[end] ?? '')) && t[end] === 'O') end++;
      }
      // (…or the tagger took the next foreign word for another organisation: صنداي | تليغراف.)
      // (A foreign word takes no article: صحيفة ديلي ميل البريطانية stops before the adjective.)
      const foreign = (k: number) =>
        isRare(tokens[k]!) &&
        !normalizeWord(tokens[k]!).startsWith('ال') &&
        (free(k) || (t[k] === 'B-ORG' && t[k + 1] !== 'I-ORG'));
      if (sp.type === 'ORG' && sp.start > 0 && isOneOf(tokens[sp.start - 1]!, MEDIA_HEADS))
        while (end < tokens.length && end - sp.end < MEDIA_MORE && foreign(end)) end++;
      if (start < sp.start) {
        // …and a place or institution named after the person is that place (بساحة مولاي الحسن).
        const named = t[start - 1] === 'O' ? namedHere : undefined;
        if (named) {
          claim(t, start - 1, end, named);
          continue;
        }
      }
      if (end > sp.end || start < sp.start) claim(t, start, end, sp.type);
    }
  });
}

/**
 * A compound first name cut from the rest of its person's name (عماد الدين | عبد الحميد), in
 * place: two persons side by side, the first a compound first name of two words, the second
 * beginning with a compound's first word or a given name (عبد الكريم | أحمد شلبي، ضياء الدين |
 * جواد المياحي) — or, after عبد or أبو, any name of three words at most — are one person. Run after the known names, whose
 * persons of two words (NERAr lists عماد الدين) are claimed beside the tagger's.
 */
export function joinCompoundFirstNames(
  sentences: string[][],
  tags: string[][],
  isGiven: (token: string) => boolean = () => false,
): void {
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    const list = spans(t);
    for (let i = 0; i + 1 < list.length; i++) {
      const sp = list[i]!;
      const next = list[i + 1]!;
      if (sp.type !== 'PER' || next.type !== 'PER' || next.start !== sp.end) continue;
      // (a person ending on بن، بنت، ولد، منت goes on with the father's name: خديجة منت | محمد
      // سالم)
      if (NAME_LINKS.has(normalizeWord(tokens[sp.end - 1]!))) {
        claim(t, sp.start, next.end, 'PER');
        i++;
        continue;
      }
      if (sp.end - sp.start !== 2) continue;
      const [w1, w2] = tokens.slice(sp.start, sp.end).map(normalizeWord);
      const compound = COMPOUND_FIRST.has(w1!) || COMPOUND_LAST.has(w2!);
      // (…or a given name, the father's: عبد الكريم | أحمد شلبي — after عبد or أبو, which
      // begin no one's name alone)
      const first = normalizeWord(tokens[next.start]!);
      // (…or, after a compound of الدين or الله, a given name too: ضياء الدين | جواد المياحي)
      if (
        compound &&
        (COMPOUND_FIRST.has(first) ||
          (COMPOUND_FIRST.has(w1!) && next.end - next.start <= 3) ||
          isGiven(tokens[next.start]!))
      ) {
        claim(t, sp.start, next.end, 'PER');
        i++;
      }
    }
  });
}
