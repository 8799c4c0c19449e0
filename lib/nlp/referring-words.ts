/**
 * Words that name an entity of the article by its kind alone (issue 13, "one entity, one entry"):
 * المملكة for the one kingdom the article names (وقال إن المملكة تدعم … after المملكة العربية
 * السعودية), السلطنة for the sultanate, المونديال for the World Cup. The tagger leaves them
 * untagged, so the entity they stand for counted one mention where the article gives it many.
 * Where the article names exactly one entity of that kind, each such word is one more mention of
 * it (entities.ts), not an alias: the name of no card.
 */
import { hasArticle, stripClitics } from './clitics';
import { FUNCTION_WORDS } from './function-words';
import { TIME_WORDS } from './name-words';
import type { Mention } from './entities';
import type { EntityType } from './tags';
import type { Token } from './tokenize';
import { normalizeWord } from '../text/normalize';

/** A word, the type of what it stands for, and whether a group's key names one of that kind. */
interface Referring {
  type: EntityType;
  names: (key: string) => boolean;
}

const key = (s: string) => s.split(' ').map(normalizeWord).join(' ');
/** Kingdoms Arab news names by their kind alone (keys: the first word without its article). */
const KINGDOMS = new Set(['سعودية', 'مغرب', 'أردن', 'بحرين'].map(key));
/**
 * Heads of names, alone with the article for the one entity the article names with them. Not
 * heads whose word is as often another body of the kind or a common noun (الحركة "traffic",
 * المجلس، المحكمة، البنك، المستشفى, the article's own or another unnamed one; الولاية "a term",
 * الصندوق "a box"; الجامعة, which the Arab League's name begins behind ل).
 */
const HEADS: [EntityType, string[]][] = [
  ['LOC', ['سلطنة', 'إمارة', 'محافظة', 'قطاع', 'ضفة']],
  [
    'ORG',
    ['منظمة', 'وكالة', 'حزب', 'جماعة', 'وزارة', 'شركة', 'هيئة', 'لجنة', 'مؤسسة', 'جمعية', 'مفوضية'],
  ],
  ['MISC', ['مهرجان', 'معرض', 'مسابقة', 'جائزة']],
];
const REFERRING = new Map<string, Referring>([
  [
    normalizeWord('مملكة'),
    { type: 'LOC', names: (k) => k.startsWith(`${normalizeWord('مملكة')} `) || KINGDOMS.has(k) },
  ],
  [normalizeWord('مونديال'), { type: 'MISC', names: (k) => k.startsWith(key('كأس العالم')) }],
  ...HEADS.flatMap(([type, heads]) =>
    heads.map((h): [string, Referring] => {
      const head = `${normalizeWord(h)} `;
      return [normalizeWord(h), { type, names: (k) => k.startsWith(head) }];
    }),
  ),
]);

const KINDS = [...REFERRING.values()];

/** Where a referring word stands: its sentence, token, and the key of the group it joins. */
export interface Reference {
  sentence: number;
  token: number;
  into: string;
}

/**
 * The referring words of the article's sentences — untagged, with the article (المملكة،
 * بالمملكة، وللمملكة), not before a word with the article that goes on with a name (المملكة
 * المتحدة) — each with the key of the one group of its kind among `groups` (keys as entities.ts
 * makes them), of `typeOf`'s type; none where the article names no such entity, or two.
 */
export function referringWords(
  sentences: Token[][],
  tags: string[][],
  groups: Iterable<string>,
  typeOf: (key: string) => EntityType,
): Reference[] {
  const keys = [...groups];
  const out: Reference[] = [];
  // (nothing to ask where no name of the article is of such a kind)
  if (!keys.some((g) => KINDS.some((r) => r.names(g)))) return out;
  const into = new Map<string, string | undefined>();
  sentences.forEach((tokens, s) => {
    tokens.forEach((tok, k) => {
      if (tags[s]![k] !== 'O') return;
      const { stem, prefix } = stripClitics(normalizeWord(tok.text));
      const referring = REFERRING.get(stem);
      if (!referring || !hasArticle(prefix)) return;
      // (a word of time or a relative pronoun after it is no adjective: وقالت الوزارة الأحد، التي)
      const next = normalizeWord(tokens[k + 1]?.text ?? '');
      const adjective = next.startsWith('ال') && !TIME_WORDS.has(next) && !FUNCTION_WORDS.has(next);
      if (adjective && tags[s]![k + 1] === 'O') return;
      if (!into.has(stem)) {
        const of = keys.filter((g) => referring.names(g) && typeOf(g) === referring.type);
        into.set(stem, of.length === 1 ? of[0] : undefined);
      }
      const group = into.get(stem);
      if (group !== undefined) out.push({ sentence: s, token: k, into: group });
    });
  });
  return out;
}

/**
 * Adds, in place, each referring word of the article as one more mention of the group it stands
 * for, marked `refers` (no alias of it), its proclitic aside (بالمملكة: المملكة).
 */
export function addReferringMentions(
  sentences: Token[][],
  tags: string[][],
  groups: Map<string, Mention[]>,
  typeOf: (ms: Mention[]) => EntityType,
): void {
  const refs = referringWords(sentences, tags, groups.keys(), (k) => typeOf(groups.get(k)!));
  const types = new Map<string, EntityType>();
  for (const { sentence, token, into } of refs) {
    const tok = sentences[sentence]![token]!;
    const ms = groups.get(into)!;
    // (the group's voted type, asked once: the mentions added take it)
    const type = types.get(into) ?? typeOf(ms);
    types.set(into, type);
    // (from the article on, or past و or ف where ل took the article's alif: وللمملكة)
    const al = tok.text.indexOf('ال');
    const skip = al >= 0 && al <= 3 ? al : /^[وف]/.test(tok.text) ? 1 : 0;
    ms.push({
      start: tok.start + skip,
      end: tok.end,
      surface: tok.text.slice(skip),
      words: [normalizeWord(tok.text.slice(skip))],
      type,
      sentence,
      firstToken: token,
      refers: true,
    });
  }
}
