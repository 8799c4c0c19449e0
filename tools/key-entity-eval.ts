/**
 * Key-entity quality as a reader sees it (issue 13): for each annotated text, the entities a reader
 * expects among the top ten (recall), and whether each of the top ten is a real named entity of the
 * right type — not a fragment, not a common word, not a second entry for an entity already listed
 * (top-10 precision). The annotations (data/news-texts/key-entities.json,
 * fixtures/key-entities.json) list, per text, its key entities, every other named entity with the
 * forms the text uses, and strings that are not entities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../lib/nlp/entities';
import { foldArabic } from '../lib/text/arabic';
import { DATA_DIR } from './ner-data';
import { FIXTURES_DIR } from './fixtures';

export type AnnotatedType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** One named entity of a text as annotated: its fullest form and the other forms the text uses. */
export interface AnnotatedEntity {
  name: string;
  type: AnnotatedType;
  variants: string[];
}

/** The annotation of one text. */
export interface KeyEntityAnnotation {
  id: string;
  /** `tune` texts may be looked at while improving the product; `held-out` ones never. */
  split: 'tune' | 'held-out';
  key: AnnotatedEntity[];
  other: AnnotatedEntity[];
  not: string[];
  note?: string;
}

/** A news text of data/news-texts/articles.jsonl. */
export interface NewsText {
  id: string;
  outlet: string;
  title: string;
  text: string;
}

export const NEWS_TEXTS_DIR = join(DATA_DIR, 'news-texts');

/** The 60 news texts (copied from the team's shared data; see data/news-texts/README.md). */
export function newsTexts(): NewsText[] {
  return readFileSync(join(NEWS_TEXTS_DIR, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as NewsText);
}

/** Annotations of the news texts. */
export function newsAnnotations(): KeyEntityAnnotation[] {
  return JSON.parse(
    readFileSync(join(NEWS_TEXTS_DIR, 'key-entities.json'), 'utf8'),
  ) as KeyEntityAnnotation[];
}

/** Annotations of the Arabic fixture pages' extracted text (ids are page file names). */
export function pageAnnotations(): KeyEntityAnnotation[] {
  return JSON.parse(
    readFileSync(join(FIXTURES_DIR, 'key-entities.json'), 'utf8'),
  ) as KeyEntityAnnotation[];
}

/** A name folded for comparison: Arabic folding, no quotes, hashes or tatweel. */
export function foldName(name: string): string {
  return foldArabic(name.replace(/[#"“”«»'’_\u0640]/g, ' '));
}

/** What went wrong with one of the top ten. */
export type ItemVerdict =
  'right' | 'duplicate' | 'wrong type' | 'not a named entity' | 'listed as not an entity';

/** The score of one text. */
export interface TextScore {
  id: string;
  keyFound: number;
  keyTotal: number;
  topRight: number;
  topTotal: number;
  missed: string[];
  wrong: { item: string; verdict: ItemVerdict }[];
}

/**
 * Words before a name that say what kind of thing it names and that a name shown may leave out —
 * the same entity, not a fragment of it: an area's word before a place (محافظة الكرك is الكرك,
 * حي الروضة is الروضة) and a kind of organisation before its own name (شركة جنرال إلكتريك is
 * جنرال إلكتريك, نادي شباب بلوزداد is شباب بلوزداد). Not words that make another entity of a
 * place or a name (جامعة القاهرة, مستشفى الكرك, بلدية إربد, مخيم جنين, مدينة الكويت, حزب الله);
 * an organisation's kind only before a name without the article — before a common noun it is the
 * name (شركة الكهرباء, مجموعة العشرين, منظمة التحرير) — and وكالة/منظمة only before one word.
 */
const KIND_WORDS: Record<string, { type: AnnotatedType; oneWord: boolean }> = Object.fromEntries([
  ...[
    'محافظة',
    'ولاية',
    'إقليم',
    'منطقة',
    'جهة',
    'مقاطعة',
    'إمارة',
    'مديرية',
    'محلية',
    'قضاء',
    'ناحية',
    'بلدة',
    'قرية',
    'حي',
    'دوار',
  ].map((w) => [foldName(w), { type: 'LOC' as const, oneWord: false }]),
  ...['شركة', 'مجموعة', 'نادي', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'موقع'].map((w) => [
    foldName(w),
    { type: 'ORG' as const, oneWord: false },
  ]),
  ...['وكالة', 'منظمة'].map((w) => [foldName(w), { type: 'ORG' as const, oneWord: true }]),
]);

/** A folded form without its kind's word, when it begins with one for the entity's type. */
function withoutKindWord(form: string, type: AnnotatedType): string | undefined {
  const words = form.split(' ');
  const kind = KIND_WORDS[words[0]!];
  if (!kind || kind.type !== type || words.length < 2) return undefined;
  if (kind.oneWord && words.length !== 2) return undefined;
  if (type === 'ORG' && words[1]!.startsWith('ال')) return undefined;
  return words.slice(1).join(' ');
}

/**
 * The folded forms a name shown for each entity may take: those the text uses, and those without
 * their kind's word where no other entity of the text is written so (الكويت is the country, not
 * مدينة الكويت; one item finds one entity).
 */
function formsOf(entities: AnnotatedEntity[]): Map<AnnotatedEntity, Set<string>> {
  const literal = new Map(
    entities.map((e) => [e, new Set([e.name, ...e.variants].map(foldName))] as const),
  );
  const taken = new Set([...literal.values()].flatMap((f) => [...f]));
  return new Map(
    entities.map((e) => {
      const own = literal.get(e)!;
      const plain = [...own].flatMap((f) => withoutKindWord(f, e.type) ?? []);
      return [e, new Set([...own, ...plain.filter((p) => !taken.has(p))])] as const;
    }),
  );
}

/**
 * Scores the ranked entities of one text against its annotation. `top` items are judged by the name
 * the reader sees; a key entity counts as found when one of the top ten has its type and shows it
 * by name or alias.
 */
export function scoreText(
  annotation: KeyEntityAnnotation,
  ranked: Pick<Entity, 'name' | 'type' | 'aliases'>[],
  top = 10,
): TextScore {
  const shown = ranked.slice(0, top);
  const all = [...annotation.key, ...annotation.other];
  const allForms = formsOf(all);
  const forms = (e: AnnotatedEntity) => allForms.get(e)!;
  const missed: string[] = [];
  let keyFound = 0;
  for (const k of annotation.key) {
    const f = forms(k);
    const hit = shown.some(
      (e) => e.type === k.type && [e.name, ...e.aliases].some((n) => f.has(foldName(n))),
    );
    if (hit) keyFound++;
    else missed.push(`${k.type}:${k.name}`);
  }
  const not = new Set(annotation.not.map(foldName));
  const claimed = new Set<AnnotatedEntity>();
  const wrong: TextScore['wrong'] = [];
  let topRight = 0;
  for (const e of shown) {
    const name = foldName(e.name);
    const matches = all.filter((a) => forms(a).has(name));
    const sameType = matches.find((a) => a.type === e.type);
    let verdict: ItemVerdict;
    if (sameType && claimed.has(sameType)) verdict = 'duplicate';
    else if (sameType) {
      verdict = 'right';
      claimed.add(sameType);
    } else if (matches.length) verdict = 'wrong type';
    else if (not.has(name)) verdict = 'listed as not an entity';
    else verdict = 'not a named entity';
    if (verdict === 'right') topRight++;
    else wrong.push({ item: `${e.type}:${e.name}`, verdict });
  }
  return {
    id: annotation.id,
    keyFound,
    keyTotal: annotation.key.length,
    topRight,
    topTotal: shown.length,
    missed,
    wrong,
  };
}

/** Recall and precision over several texts (micro-averaged). */
export function summarize(scores: TextScore[]): {
  recall: number;
  precision: number;
  keyFound: number;
  keyTotal: number;
  topRight: number;
  topTotal: number;
} {
  const sum = (f: (s: TextScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const keyFound = sum((s) => s.keyFound);
  const keyTotal = sum((s) => s.keyTotal);
  const topRight = sum((s) => s.topRight);
  const topTotal = sum((s) => s.topTotal);
  return {
    recall: keyTotal ? keyFound / keyTotal : 0,
    precision: topTotal ? topRight / topTotal : 0,
    keyFound,
    keyTotal,
    topRight,
    topTotal,
  };
}
