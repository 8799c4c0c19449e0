/**
 * Names the article types by the word before them (issue 13), over an article's tags after the
 * name rules (document.ts; the institutions after the known names too):
 * - after the word for a municipality, a province or a village, the name is a place whatever the
 *   tagger made of it (بلدية سيدي عامر، محافظة صلاح الدين، بلدية بني يلمان), with the first word
 *   of a place's name the tagger left out (سيدي، بني، عين …); and the article's other mentions of
 *   that name are the place too (من سكان سيدي عامر);
 * - an institution named by its place is that institution, not the place (محكمة جنايات القاهرة،
 *   مهرجان القاهرة السينمائي الدولي، غرفة تجارة دبي);
 * - an organisation the article introduces by its kind and in quotes (شركة «هيوماين») is that
 *   organisation where the tagger took the same words for a person elsewhere in the article.
 */
import { FUNCTION_WORDS } from './function-words';
import { claim, isArabicWord, isOneOf, isOneOfNormal } from './tag-edits';
import { NAME_LINKS, ORG_HEADS } from './name-words';
import { OPEN_QUOTES } from './named-after';
import { spans } from './tags';
import { behindProclitic } from './one-word-places';
import { normalizeWord } from '../text/normalize';

const set = (words: string[]) => new Set(words.map(normalizeWord));

/** Kinds of area named before a place, in the construct state (no article), and nothing else. */
const AREA_HEADS = set(['بلدية', 'محافظة', 'قرية', 'بلدة', 'مقاطعة', 'ناحية']);
/**
 * Kinds of area whose word means something else too (ولاية ترامب: his term; دائرة نتنياهو: his
 * circle): a place after them only with a place's first word (ولاية سيدي بوزيد).
 */
const AMBIGUOUS_AREA_HEADS = set(['ولاية', 'إقليم', 'قضاء', 'دائرة']);
/**
 * Kinds of area before a single word the unlabelled text hardly knows or the lists know as a
 * place, where the tagger saw nothing (حي الشميسي، منطقة القاسمية، قضاء الجبايش، ولاية البليدة،
 * مقاطعتي السبخة): the heads above, the ambiguous ones too — a word that rare after them is no
 * common noun (ولاية ترامب, قضاء العطلة) — the words of a neighbourhood, an area, a camp, and
 * duals. Not دائرة, a department as often (مدير دائرة الأفلاج), nor محلية, the adjective "local"
 * as often (صحيفة محلية موزمبيقية), nor دوار, a roundabout in the Levant and the Gulf.
 */
const AREA_HEADS_BEFORE_RARE = new Set([
  ...AREA_HEADS,
  ...set(['ولاية', 'إقليم', 'قضاء']),
  ...set(['حي', 'منطقة', 'مخيم']),
  ...set(['محافظتي', 'مقاطعتي', 'ولايتي', 'مديريتي', 'قريتي', 'بلدتي', 'منطقتي', 'قضاءي']),
]);
/** Kinds of area before a name the tagger took for a person or a body (حي بابا عمرو). */
const AREA_HEADS_BEFORE_NAMES = new Set([
  ...AREA_HEADS,
  ...set(['حي', 'منطقة', 'مخيم', 'حيي', 'منطقتي', 'مقاطعتي', 'محافظتي']),
]);
/**
 * "Area", whose indefinite adjective is no place (منطقة | ملغومة، منطقة عازلة) — villages and
 * towns are named so (قرية عرابة، بلدة برقة).
 */
const AREA = set(['منطقة', 'منطقتي']);
/** Heads whose word is also a term of office (ولاية تبون الثانية، خلال ولاية الكاظمي). */
const TERMS = set(['ولاية', 'ولايتي']);

/** First words of places' names (سيدي بوزيد، بني ملال، عين الملح، أولاد تايمة، بئر السبع …). */
export const PLACE_FIRST_WORDS = set([
  'سيدي',
  'بني',
  'عين',
  'أولاد',
  'بئر',
  'رأس',
  'تل',
  'جبل',
  'وادي',
  'دير',
  'كفر',
  'حاسي',
]);

/** Words of time, order and ownership that end like adjectives of relation (مهرجان القاهرة الماضي). */
export const NOT_OF_RELATION = set([
  'الماضي',
  'الماضية',
  'الحالي',
  'الحالية',
  'الجاري',
  'الجارية',
  'الثاني',
  'الثانية',
  'الحادي',
  'التالي',
  'التالية',
  'النهائي',
  'الختامي',
  // (what owns it: شركة نفط نيبال الحكومية)
  'الحكومي',
  'الحكومية',
]);

/**
 * Institutions named by their place, with at most one word between (محكمة جنايات القاهرة، شركة
 * نفط البصرة، بنك الكويت الوطني; not مصرف, a drainage canal as often: مصرف المحمودية).
 */
const PLACE_INSTITUTIONS = set([
  'محكمة',
  'مهرجان',
  'غرفة',
  'بورصة',
  'شركة',
  'بنك',
  // (a directorate, a guild, a department, a police station, a hospital, a centre of a city:
  // مديرية أمن سبها، نقابة أطباء سبها، دائرة صحة كربلاء، قسم شرطة بولاق الدكرور، شرطة دبي،
  // مستشفى الوكرة، مركز سبها الطبي)
  'مديرية',
  'نقابة',
  'دائرة',
  'قسم',
  'شرطة',
  'مستشفى',
  'مركز',
  // (a Saudi city's municipality: أمانة الرياض، أمانة منطقة المدينة المنورة)
  'أمانة',
]);
const CENTRE = set(['مركز']);
const CENTRE_ADJECTIVES = set(['الطبي', 'الصحي', 'الثقافي', 'الوطني', 'الإقليمي', 'الجامعي']);
const DISTRICTS = set(['مديرية', 'دائرة']);
const SECTION = set(['قسم']);
/** The police, after a section's or a station's word (قسم شرطة، مركز شرطة). */
export const POLICE = set(['شرطة']);
/** Of those, a company's head is named by a place only with its trade between (شركة نفط البصرة). */
const COMPANY = set(['شركة']);

/**
 * Institutions named by a place in the tags of one sentence, in place: the head, at most one
 * word without the article, the place, and the adjectives of relation after it (السينمائي
 * الدولي — not المنعقدة, which says where it sits).
 */
function claimInstitutionsByPlace(
  tokens: string[],
  t: string[],
  isPlace: (token: string) => boolean,
): void {
  // (a place the gazetteer knows that the tagger left untagged, after the head and one word —
  // محكمة جنايات الجيزة — or right after a head that needs none: مستشفى الوكرة، شرطة دبي)
  for (let k = 1; k < tokens.length; k++) {
    if (t[k] !== 'O' || t[k - 1] !== 'O') continue;
    // (the heads first, the gazetteer only where one stands before)
    const headHere = isOneOf(tokens[k - 1]!, PLACE_INSTITUTIONS);
    const headBefore = k >= 2 && t[k - 2] === 'O' && isOneOf(tokens[k - 2]!, PLACE_INSTITUTIONS);
    if ((!headHere && !headBefore) || !isPlace(tokens[k]!)) continue;
    const direct =
      headHere &&
      ![COMPANY, CENTRE, DISTRICTS, SECTION].some((heads) => isOneOf(tokens[k - 1]!, heads));
    const between =
      headBefore &&
      !isOneOf(tokens[k - 2]!, CENTRE) &&
      isArabicWord(tokens[k - 1]!) &&
      !normalizeWord(tokens[k - 1]!).startsWith('ال') &&
      !FUNCTION_WORDS.has(normalizeWord(tokens[k - 1]!));
    if (direct || between) claim(t, k, k + 1, 'LOC');
  }
  for (const sp of spans(t)) {
    if (sp.type !== 'LOC' || sp.start === 0 || t[sp.start - 1] !== 'O') continue;
    let head = sp.start - 1;
    // (a company right before a place is only where it is: شركة الرباط … للتهيئة)
    if (!isOneOf(tokens[head]!, PLACE_INSTITUTIONS) || isOneOf(tokens[head]!, COMPANY)) {
      const between = normalizeWord(tokens[head]!);
      head--;
      if (
        head < 0 ||
        t[head] !== 'O' ||
        !isOneOf(tokens[head]!, PLACE_INSTITUTIONS) ||
        !isArabicWord(tokens[head + 1]!) ||
        between.startsWith('ال') ||
        // (what it is for is no part of a place's name: بنك للعيون بمصر)
        between.startsWith('ل') ||
        FUNCTION_WORDS.has(between)
      )
        continue;
    }
    let end = sp.end;
    while (
      end < tokens.length &&
      end - sp.end < 2 &&
      t[end] === 'O' &&
      /^ال.{2,}(ي|ية|يه)$/.test(normalizeWord(tokens[end]!)) &&
      !NOT_OF_RELATION.has(normalizeWord(tokens[end]!))
    )
      end++;
    // (مركز before a place is its centre unless an adjective of an institution follows: مركز
    // سبها الطبي, not مركز مدينة كربلاء، مركز الخليج المالي، مركز ليبيا التجاري)
    if (
      isOneOf(tokens[head]!, CENTRE) &&
      (head < sp.start - 1 || !isOneOf(tokens[sp.end] ?? '', CENTRE_ADJECTIVES))
    )
      continue;
    // (مديرية and دائرة right before a place are the district itself: مديرية الشيخ عثمان، دائرة
    // طنجة أصيلة — a directorate or a department has what it is for between: مديرية أمن سبها)
    if (isOneOf(tokens[head]!, DISTRICTS) && head === sp.start - 1) continue;
    // (قسم is a police station only as قسم شرطة: الجدار الذي قسم برلين)
    if (isOneOf(tokens[head]!, SECTION) && !isOneOf(tokens[head + 1]!, POLICE)) continue;
    claim(t, head, end, 'ORG');
  }
}

/**
 * Claims, in place, the institutions named by a place in every sentence — run after the known
 * names, which claim a place the tagger missed (شركة نفط البصرة: البصرة untagged before them).
 */
export function claimInstitutionsNamedByPlaces(
  sentences: string[][],
  tags: string[][],
  isPlace: (token: string) => boolean = () => false,
): void {
  sentences.forEach((tokens, s) => claimInstitutionsByPlace(tokens, tags[s]!, isPlace));
}

/**
 * Claims places after an area's head, and carries organisations introduced by their kind, in place
 * (the institutions named by a place: claimInstitutionsNamedByPlaces, later).
 */
export function claimPlacesAfterHeads(
  sentences: string[][],
  tags: string[][],
  isRare: (token: string) => boolean = () => false,
  isPlace: (token: string) => boolean = () => false,
  isListedPlace: (token: string) => boolean = () => false,
  isPersonWord: (token: string) => boolean = () => false,
): void {
  // Each sentence's words normalised once (the checks below ask of every word).
  const normal = sentences.map((tokens) => tokens.map(normalizeWord));
  const named = new Set<string>();
  // …and one rare word, as written: its other mentions too, behind a one-letter proclitic (ولاية
  // البليدة … إلى البليدة), not after a demonstrative (هذه الظاهرة is a phenomenon).
  const singles = new Set<string>();
  const bodies = new Set<string>();
  const withFirstWord = (n: string[], t: string[], start: number) =>
    start > 0 && t[start - 1] === 'O' && isOneOfNormal(n[start - 1]!, PLACE_FIRST_WORDS)
      ? start - 1
      : start;
  // (the article's mention may carry a one-letter preposition: وسيدي عامر، ببني يلمان)
  const firstWord = (w: string) =>
    'وبلفك'.includes(w[0] ?? '') && !PLACE_FIRST_WORDS.has(w) ? w.slice(1) : w;
  const words = (n: string[], start: number, end: number) =>
    [firstWord(n[start]!), ...n.slice(start + 1, end)].join(' ');
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    const n = normal[s]!;
    for (const sp of spans(t)) {
      if (sp.type === 'ORG') {
        // (in quotes only: شركة ديمورا may be its founder's company, فريق غوارديولا his team)
        const head = sp.start - 2;
        if (
          head >= 0 &&
          OPEN_QUOTES.has(tokens[sp.start - 1]!) &&
          t[head] === 'O' &&
          isOneOfNormal(n[head]!, ORG_HEADS)
        )
          bodies.add(words(n, sp.start, sp.end));
      }
      if (sp.type !== 'PER' && sp.type !== 'ORG') continue;
      // (the area's word inside a person's span, behind a preposition too: بمقاطعة عرفات — not
      // before بن: حي بن يقظان is a book's hero)
      if (
        sp.type === 'PER' &&
        sp.end - sp.start >= 2 &&
        isOneOfNormal(n[sp.start]!, AREA_HEADS_BEFORE_NAMES) &&
        !NAME_LINKS.has(n[sp.start + 1]!)
      ) {
        claim(t, sp.start, sp.end, 'LOC');
        named.add(words(n, sp.start + 1, sp.end));
        continue;
      }
      const start = withFirstWord(n, t, sp.start);
      if (start === 0 || t[start - 1] !== 'O') continue;
      const placeFirst = isOneOfNormal(n[start]!, PLACE_FIRST_WORDS);
      if (
        !isOneOfNormal(n[start - 1]!, AREA_HEADS_BEFORE_NAMES) &&
        !(placeFirst && isOneOfNormal(n[start - 1]!, AMBIGUOUS_AREA_HEADS))
      )
        continue;
      claim(t, start, sp.end, 'LOC');
      named.add(words(n, start, sp.end));
    }
    // …and a word the unlabelled text hardly knows or the gazetteer knows as a place, right after
    // the area's word, where the tagger saw nothing (بلدية الشويفات، محافظة الجيزة): a place's name.
    for (let k = 0; k + 1 < tokens.length; k++)
      if (
        t[k] === 'O' &&
        t[k + 1] === 'O' &&
        isOneOfNormal(n[k]!, AREA_HEADS_BEFORE_RARE) &&
        isArabicWord(tokens[k + 1]!) &&
        !FUNCTION_WORDS.has(n[k + 1]!) &&
        // (a rare word only without a conjunction before it: قرية ومستوطنة; not an adjective
        // without the article, منطقة | ملغومة; after a term of office not a person's name,
        // ولاية | تبون الثانية)
        ((!/^[وف]/.test(n[k + 1]!) &&
          isRare(n[k + 1]!.startsWith('ال') ? n[k + 1]!.slice(2) : n[k + 1]!) &&
          !(
            isOneOfNormal(n[k]!, AREA) &&
            /ة$/.test(tokens[k + 1]!) &&
            !n[k + 1]!.startsWith('ال')
          ) &&
          !(isOneOfNormal(n[k]!, TERMS) && isPersonWord(tokens[k + 1]!))) ||
          isPlace(tokens[k + 1]!) ||
          (isOneOfNormal(n[k]!, AREA_HEADS) && isListedPlace(tokens[k + 1]!)))
      ) {
        claim(t, k + 1, k + 2, 'LOC');
        named.add(words(n, k + 1, k + 2));
        // (a word the unlabelled text hardly knows, as written — بحنين keeps its ب)
        const w = n[k + 1]!;
        if (w.length >= 3 && isRare(w.startsWith('ال') ? w.slice(2) : w)) singles.add(w);
      }
    // …and a place's first word and the word after it, where the tagger saw nothing (بلدية عين
    // الملح).
    for (let k = 0; k + 2 < tokens.length; k++)
      if (
        t[k] === 'O' &&
        t[k + 1] === 'O' &&
        t[k + 2] === 'O' &&
        isOneOfNormal(n[k + 1]!, PLACE_FIRST_WORDS) &&
        (isOneOfNormal(n[k]!, AREA_HEADS) || isOneOfNormal(n[k]!, AMBIGUOUS_AREA_HEADS)) &&
        isArabicWord(tokens[k + 2]!) &&
        !FUNCTION_WORDS.has(n[k + 2]!)
      ) {
        claim(t, k + 1, k + 3, 'LOC');
        named.add(words(n, k + 1, k + 3));
      }
  });
  if (!named.size && !bodies.size && !singles.size) return;
  // The article's other mentions, where the tagger saw nothing (بين عين الملح وسيدي عامر): two
  // words, looked up by the second.
  const pairs = new Map<string, Set<string>>();
  for (const name of named) {
    const [first, second, more] = name.split(' ');
    if (second !== undefined && more === undefined)
      pairs.set(second, (pairs.get(second) ?? new Set()).add(first!));
  }
  sentences.forEach((tokens, s) => {
    const t = tags[s]!;
    const n = normal[s]!;
    if (pairs.size)
      for (let k = 0; k + 1 < tokens.length; k++)
        if (t[k] === 'O' && t[k + 1] === 'O' && pairs.get(n[k + 1]!)?.has(firstWord(n[k]!)))
          claim(t, k, k + 2, 'LOC');
    if (singles.size)
      for (let k = 0; k < tokens.length; k++)
        if (
          t[k] === 'O' &&
          !isOneOfNormal(n[k - 1] ?? '', DEMONSTRATIVES) &&
          (singles.has(n[k]!) || singles.has(behindProclitic(n[k]!)))
        )
          claim(t, k, k + 1, 'LOC');
    for (const sp of spans(t)) {
      if (sp.type === 'PER' && bodies.has(words(n, sp.start, sp.end)))
        claim(t, sp.start, sp.end, 'ORG');
      if (sp.type !== 'PER' && sp.type !== 'ORG') continue;
      const start = withFirstWord(n, t, sp.start);
      if (named.has(words(n, start, sp.end))) claim(t, start, sp.end, 'LOC');
    }
  });
}

/** This, that: a word after them is a common noun. */
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك'].map(normalizeWord));
