/**
 * Words that name an entity of the article by its kind alone (issue 13, "one entity, one entry"):
 * المملكة for the one kingdom the article names (وقال إن المملكة تدعم … after المملكة العربية
 * السعودية), السلطنة for the sultanate, المونديال for the World Cup. The tagger leaves them
 * untagged, so the entity they stand for counted one mention where the article gives it many.
 * Where the article names exactly one entity of that kind, each such word is one more mention of
 * it (entities.ts), not an alias: the name of no card.
 */
import { hasArticle, stripClitics } from './clitics';
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
/** Kingdoms news in Arabic names by their kind alone (keys: the first word without its article). */
const KINGDOMS = new Set(['سعودية', 'مغرب', 'أردن', 'بحرين', 'بريطانيا'].map(key));
/** Heads of names, alone with the article for the one entity the article names with them. */
const HEADS: [EntityType, string[]][] = [
  ['LOC', ['سلطنة', 'إمارة', 'محافظة', 'ولاية', 'قطاع', 'ضفة']],
  [
    'ORG',
    ['منظمة', 'وكالة', 'حركة', 'حزب', 'جماعة', 'وزارة', 'شركة', 'مجلس', 'جامعة', 'مستشفى'].concat([
      'محكمة',
      'هيئة',
      'لجنة',
      'مؤسسة',
      'جمعية',
      'بنك',
      'مصرف',
      'صندوق',
      'مفوضية',
    ]),
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
  const into = new Map<string, string | undefined>();
  sentences.forEach((tokens, s) => {
    tokens.forEach((tok, k) => {
      if (tags[s]![k] !== 'O') return;
      const { stem, prefix } = stripClitics(normalizeWord(tok.text));
      const referring = REFERRING.get(stem);
      if (!referring || !hasArticle(prefix)) return;
      const next = normalizeWord(tokens[k + 1]?.text ?? '');
      if (next.startsWith('ال') && tags[s]![k + 1] === 'O') return;
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
  for (const { sentence, token, into } of refs) {
    const tok = sentences[sentence]![token]!;
    const ms = groups.get(into)!;
    // (from the article on, or from the word itself where ل took the article's alif: للمملكة)
    const al = tok.text.indexOf('ال');
    const skip = al >= 0 && al <= 3 ? al : 0;
    ms.push({
      start: tok.start + skip,
      end: tok.end,
      surface: tok.text.slice(skip),
      words: [normalizeWord(tok.text.slice(skip))],
      type: ms[0]!.type,
      sentence,
      firstToken: token,
      refers: true,
    });
  }
}
