/**
 * Known organisations, places and people (issue 13): the dictionary of names from NERAr's typed
 * dictionaries, our own lists (organisations, places, persons, regions) and other names of
 * countries (built by `npm run build:names` into public/model/known-names.json, loaded with the
 * model: the tagger carries them), and how a sentence's words match its names. Claiming them in an
 * article's tags is claim-known-names.ts.
 */
import { stripClitics } from './clitics';
import { compactNames } from './first-word';
import { normalizeWord } from '../text/normalize';
import { memoizeWord } from '../text/memo';
import { skeleton, spelledAlike } from './spelling';
import { firstForms, placeIn, townIn } from './one-word-places';

/** Folded form of a word for the dictionary: normalised, hamza seats folded to ء as NERAr does. */
export const dictionaryWord: (word: string) => string = memoizeWord((word) =>
  normalizeWord(word).replace(/[ؤئ]/g, 'ء'),
);

const wordSkeleton = memoizeWord(skeleton);

/** A name's dictionary key: folded words, the first without the article. */
export function dictionaryKey(words: string[]): string {
  return words
    .map((w, i) => {
      const d = dictionaryWord(w);
      return i === 0 && d.startsWith('ال') && d.length > 4 ? d.slice(2) : d;
    })
    .filter(Boolean)
    .join(' ');
}

/**
 * The longest name matched, in words: our lists' official names run to ten (بعثة الأمم المتحدة
 * المتكاملة لتقديم المساعدة خلال الفترة الانتقالية في السودان); NERAr's are cut at six by the build.
 */
const MAX_WORDS = 10;
/** Letters of a one-word alias found spelt otherwise: short words differ by a vowel too often. */
const MIN_VARIANT_ALIAS = 7;
/** The dictionary's types; people and events (our list's only) with two words or more. */
export type KnownType = 'ORG' | 'LOC' | 'PER' | 'MISC';
/** The dictionary file's content. */
export interface KnownNamesFile {
  ORG: string[];
  LOC: string[];
  PER?: string[];
  MISC?: string[]; // events, prizes, agreements … of data/gazetteers/events.tsv
  aliases?: string[][];
  /** One-word organisations of our own list: claimed alone even where the word is common. */
  curated?: string[];
  /**
   * Names of several words that our own lists write without the article (جبل مرة، مخيم الهول),
   * and our one-word organisations the unlabelled text also reads with it (يوتيوب، أبل): not found
   * in a text's word that carries it (قمة الجبل مرة أخرى، لحوم الإبل).
   */
  bare?: string[];
  /** Words of people's names (Wikidata's transliterations, Arabic first and family names). */
  nameWords?: string[];
  /** Nationality words with the article (الليبي، الليبية، الأكراد), dictionary forms. */
  nationalities?: string[];
  /**
   * One-word names of large cities (GeoNames) that the unlabelled text uses the way it uses
   * places, dictionary keys: claimed even where the tagger saw nothing and the word is common.
   */
  majorPlaces?: string[];
  /**
   * One-word names of towns, districts and quarters of our own list (data/gazetteers/
   * admin-places.tsv) that are no large city: claimed where the tagger saw nothing, with more
   * care than the large cities (claim-known-names.ts).
   */
  townPlaces?: string[];
  /** The towns of `townPlaces` that are abroad: not claimed alone in sports news (دايغو). */
  townsAbroad?: string[];
  /** The countries' names, short and official (dictionary keys): a country is no local seat. */
  countries?: string[];
  /** Given names of our own list (data/gazetteers/given-names.tsv), dictionary forms. */
  given?: string[];
}

/** Whether a parsed JSON value is a dictionary file. */
export function isKnownNamesFile(value: unknown): value is KnownNamesFile {
  const v = value as Partial<KnownNamesFile> | null;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return (
    !!v &&
    strings(v.ORG) &&
    strings(v.LOC) &&
    (v.PER === undefined || strings(v.PER)) &&
    (v.MISC === undefined || strings(v.MISC)) &&
    (v.aliases === undefined || (Array.isArray(v.aliases) && v.aliases.every(strings))) &&
    (v.curated === undefined || strings(v.curated)) &&
    (v.bare === undefined || strings(v.bare)) &&
    (v.nameWords === undefined || strings(v.nameWords)) &&
    (v.nationalities === undefined || strings(v.nationalities)) &&
    (v.majorPlaces === undefined || strings(v.majorPlaces)) &&
    (v.townPlaces === undefined || strings(v.townPlaces)) &&
    (v.townsAbroad === undefined || strings(v.townsAbroad)) &&
    (v.countries === undefined || strings(v.countries)) &&
    (v.given === undefined || strings(v.given))
  );
}

export class KnownNames {
  /** No names: what a tagger without the dictionary uses. */
  static readonly empty = new KnownNames({ ORG: [], LOC: [] });

  private readonly types = new Map<string, KnownType>();
  private readonly heads = new Set<string>();

  private readonly aliasGroup = new Map<string, number>();
  private readonly aliasKeys: string[] = [];
  /** Long one-word aliases by skeleton (ارتيموفسك for أرتيوموفسك); null where two groups share one. */
  private readonly aliasSkeletons = new Map<string, string[] | null>();
  private readonly curated: Set<string>;
  private readonly bare: Set<string>;
  private readonly nameWords: Set<string>;
  private readonly nationalities: Set<string>;
  private readonly majorPlaces: Set<string>;
  private readonly townPlaces: Set<string>;
  private readonly townsAbroad: Set<string>;
  private readonly countries: Set<string>;
  /** Names of several words by their words' skeletons (`skeleton`); null where two types share one. */
  private readonly variantTypes = new Map<string, KnownType | null>();
  /** The listed spellings of each skeleton: the keys themselves, split only when a text matches. */
  private readonly variantKeys = new Map<string, string | string[]>();
  private readonly variantHeads = new Set<string>();
  /**
   * The first two words or more of each longer name, as keys and as skeletons: a match stops
   * reading words as soon as no name goes on with them.
   */
  private readonly prefixes = new Set<string>();
  private readonly variantPrefixes = new Set<string>();
  /** Words that begin two listed persons or more (built when first asked). */
  private givenNames?: Set<string>;
  /** Words that end listed persons of several words (built when first asked). */
  private familyNames?: Set<string>;
  private readonly persons: readonly string[];
  private readonly given: readonly string[];

  constructor(lists: KnownNamesFile) {
    this.majorPlaces = new Set(lists.majorPlaces ?? []);
    this.townPlaces = new Set(lists.townPlaces ?? []);
    this.townsAbroad = new Set(lists.townsAbroad ?? []);
    this.countries = new Set(lists.countries ?? []);
    this.persons = lists.PER ?? [];
    this.given = lists.given ?? [];
    this.curated = new Set(lists.curated ?? []);
    this.bare = new Set(lists.bare ?? []);
    this.nameWords = new Set(lists.nameWords ?? []);
    this.nationalities = new Set(lists.nationalities ?? []);
    // (each key also as a person's entity key writes it, أبو and عبد joined to the next word:
    // ابومحمد الجولاني)
    (lists.aliases ?? []).forEach((group, i) => {
      this.aliasKeys[i] = group.reduce((a, k) =>
        k.split(' ').length > a.split(' ').length ? k : a,
      );
      for (const key of group)
        for (const form of [key, compactNames(key.split(' ')).join(' ')])
          if (!this.aliasGroup.has(form)) this.aliasGroup.set(form, i);
      // (two spellings of one group share a skeleton: مايكروسوفت، ميكروسوفت; two groups none)
      for (const key of group)
        if (!key.includes(' ') && key.length >= MIN_VARIANT_ALIAS) {
          const k = skeleton(key);
          const seen = this.aliasSkeletons.get(k);
          const same = seen != null && this.aliasGroup.get(seen[0]!) === this.aliasGroup.get(key);
          this.aliasSkeletons.set(k, seen === undefined ? [key] : same ? [...seen, key] : null);
        }
    });
    for (const type of ['ORG', 'LOC', 'PER', 'MISC'] as const)
      for (const key of lists[type] ?? []) {
        this.types.set(key, type);
        const space = key.indexOf(' ');
        if (space > 0) {
          this.heads.add(key.slice(0, space));
          const variant = skeleton(key);
          const seen = this.variantTypes.get(variant);
          this.variantTypes.set(variant, seen === undefined || seen === type ? type : null);
          const listed = this.variantKeys.get(variant);
          this.variantKeys.set(variant, listed === undefined ? key : [listed, key].flat());
          this.variantHeads.add(variant.slice(0, variant.indexOf(' ')));
          addPrefixes(this.prefixes, key);
          addPrefixes(this.variantPrefixes, variant);
        }
      }
  }
  /** Alias group `id`'s key in every article, its name of most words (الناتو: حلف شمال الاطلسي). */
  aliasKey = (id: number | undefined) => (id === undefined ? undefined : this.aliasKeys[id]);
  /** Whether a dictionary key is found only where written without the article (`bare`). */
  isBare = (key: string): boolean => this.bare.has(key);
  isCurated = (key: string): boolean => this.curated.has(key);

  /**
   * Whether a word is a word of people's names: as written, without the article, or spelt with
   * one long vowel more or less than the list has it (ايميلي / اميلي، بيترا / بترا).
   */
  isNameWord(word: string): boolean {
    const d = dictionaryWord(word);
    const forms = d.startsWith('ال') && d.length > 4 ? [d, d.slice(2)] : [d];
    return forms.some((f) => {
      if (this.nameWords.has(f)) return true;
      for (let i = 1; i < f.length - 1; i++)
        if ('اوي'.includes(f[i]!) && this.nameWords.has(f.slice(0, i) + f.slice(i + 1)))
          return true;
      return false;
    });
  }

  /** Whether a word (a one-letter proclitic aside) is a nationality word with the article (الليبي، والأكراد). */
  isNationality(word: string): boolean {
    const d = dictionaryWord(word);
    return (
      this.nationalities.has(d) ||
      ('وبلفك'.includes(d[0] ?? '') && this.nationalities.has(d.slice(1)))
    );
  }

  /** Whether words (a proclitic on the first aside: بالولايات المتحدة) name a country. */
  isCountry(words: string[]): boolean {
    if (!words.length) return false;
    const key = dictionaryKey(words);
    if (this.countries.has(key)) return true;
    const rest = words.slice(1);
    return firstForms(dictionaryWord(words[0]!)).some((f) =>
      this.countries.has(dictionaryKey([f, ...rest])),
    );
  }

  /**
   * The dictionary key of the large city a word names, if it names one: as written, or behind a
   * proclitic (بسوسة) where `mayCut(word, city)` allows — the unlabelled text knows the word whole
   * less often than the city (باكرا, "early", is no ب + أكرا).
   */
  majorPlace(word: string, mayCut: (word: string, city: string) => boolean): string | undefined {
    return placeIn(this.majorPlaces, word, dictionaryWord(word), mayCut);
  }

  /** Whether a word as written (no proclitic) is a large city's or a listed town's one-word name. */
  isOneWordPlace(word: string): boolean {
    const d = dictionaryWord(word);
    return this.townPlaces.has(d) || this.majorPlaces.has(dictionaryKey([word]));
  }

  /** The same for our towns, districts and quarters of one word (`townPlaces`): one-word-places townIn. */
  /** Whether a town `townPlace` found is abroad (دايغو, a club's city in sports news). */
  townAbroad(key: string): boolean {
    return this.townsAbroad.has(key);
  }

  townPlace(word: string, mayCut: (word: string, city: string) => boolean): string | undefined {
    const key = () => dictionaryKey([word]);
    return townIn(
      this.townPlaces,
      word,
      dictionaryWord(word),
      () => this.types.has(key()) || this.majorPlaces.has(key()),
      mayCut,
    );
  }

  /**
   * Whether a word begins two listed persons of several words or more (شريف، فؤاد، حلمي): a
   * given name, or a father's name after one — or is on our list of given names (عبده، حواء).
   * Words with the article are never given names here.
   */
  isGivenName(word: string): boolean {
    if (!this.givenNames) {
      const count = new Map<string, number>();
      for (const key of this.persons) {
        const space = key.indexOf(' ');
        if (space < 2 || key.startsWith('ال')) continue;
        const first = key.slice(0, space);
        count.set(first, (count.get(first) ?? 0) + 1);
      }
      this.givenNames = new Set([
        ...[...count].filter(([, n]) => n >= 2).map(([w]) => w),
        ...this.given,
      ]);
    }
    return this.givenNames.has(dictionaryWord(word));
  }

  /** Whether a word ends a listed person of several words (تبون، الدبيبة): a family name. */
  isFamilyName(word: string): boolean {
    if (!this.familyNames) {
      const last = new Set<string>();
      for (const key of this.persons) {
        const space = key.lastIndexOf(' ');
        if (space > 0) last.add(key.slice(space + 1));
      }
      this.familyNames = last;
    }
    const d = dictionaryWord(word);
    return this.familyNames.has(d) || (d.startsWith('ال') && this.familyNames.has(d.slice(2)));
  }

  /**
   * The group of aliases of a key; a long name of one word also spelt with an inner long vowel
   * more or less (أرتيوموفسك for أرتيموفسك, باخموت's other name).
   */
  aliasOf(key: string): number | undefined {
    const exact = this.aliasGroup.get(key);
    if (exact !== undefined || key.includes(' ') || key.length < MIN_VARIANT_ALIAS) return exact;
    const listed = this.aliasSkeletons.get(skeleton(key))?.find((l) => spelledAlike(l, key));
    return listed === undefined ? undefined : this.aliasGroup.get(listed);
  }

  has(key: string): boolean {
    return this.types.has(key);
  }

  /**
   * The longest dictionary name starting at `i` of a sentence's folded words: its length and type.
   * A name of several words is also found spelt with an inner long vowel more or less in its words
   * (وست بروميتش for ويست بروميتش; `variant` is then true) — not صالح على for صلاح علي.
   */
  match(
    folded: string[],
    i: number,
  ): { length: number; type: KnownType; variant?: boolean } | undefined {
    const exact = this.exactMatch(folded, i);
    if (exact && exact.length > 1) return exact;
    const variant = this.variantMatch(folded, i);
    return variant ?? exact;
  }

  private variantMatch(
    folded: string[],
    i: number,
  ): { length: number; type: KnownType; variant: true } | undefined {
    for (const first of firstForms(folded[i]!)) {
      let key = wordSkeleton(first);
      if (!this.variantHeads.has(key)) continue;
      let best: { length: number; type: KnownType; variant: true } | undefined;
      const words = [first];
      // A person's first name spelt otherwise has no article (الطرق علي is no طارق علي).
      const definite = stripClitics(folded[i]!).prefix.includes('ال');
      for (let n = 2; n <= Math.min(MAX_WORDS, folded.length - i); n++) {
        key += ` ${wordSkeleton(folded[i + n - 1]!)}`;
        words.push(folded[i + n - 1]!);
        const type = this.variantTypes.get(key);
        if (type === undefined && !this.variantPrefixes.has(key)) break;
        if (
          type &&
          !(type === 'PER' && definite) &&
          [this.variantKeys.get(key)!]
            .flat()
            .some((listed) => listed.split(' ').every((w, j) => spelledAlike(w, words[j]!)))
        )
          best = { length: n, type, variant: true };
      }
      if (best) return best;
    }
    return undefined;
  }

  private exactMatch(folded: string[], i: number): { length: number; type: KnownType } | undefined {
    // (whether the word carries the article, asked only of a name our lists write without it)
    const definite = () =>
      folded[i]!.startsWith('ال') || stripClitics(folded[i]!).prefix.includes('ال');
    for (const first of firstForms(folded[i]!)) {
      if (!this.heads.has(first)) {
        const type = this.types.get(first);
        if (type && !(this.bare.has(first) && definite())) return { length: 1, type };
        continue;
      }
      let best: { length: number; type: KnownType } | undefined;
      let key = first;
      const type1 = this.types.get(key);
      if (type1 && !(this.bare.has(key) && definite())) best = { length: 1, type: type1 };
      for (let n = 2; n <= Math.min(MAX_WORDS, folded.length - i); n++) {
        key += ` ${folded[i + n - 1]}`;
        const type = this.types.get(key);
        if (!type && !this.prefixes.has(key)) break;
        if (type && !(this.bare.has(key) && definite())) best = { length: n, type };
      }
      if (best) return best;
    }
    return undefined;
  }
}

/** Adds to `set` the first two words or more of a name of three words or more (not the whole). */
function addPrefixes(set: Set<string>, key: string): void {
  let at = key.indexOf(' ');
  while ((at = key.indexOf(' ', at + 1)) > 0) set.add(key.slice(0, at));
}

/**
 * Which group of aliases a name belongs to (الناتو and حلف شمال الأطلسي; السعودية and المملكة
 * العربية السعودية), given as its key's words; undefined when the dictionary has none.
 */
export function aliasGroupOf(d: KnownNames, words: string[]): number | undefined {
  return d.aliasOf(dictionaryKey(words));
}
/** The key the alias group of `words` has in every article (`KnownNames.aliasKey`), if any. */
export const aliasKeyOf = (d: KnownNames, words: string[]) => d.aliasKey(aliasGroupOf(d, words));
/** Whether the dictionary knows a word or words whole as a name (بالتيمور is not بـ + التيمور; لينكد إن). */
export function isKnownWhole(d: KnownNames, name: string): boolean {
  return d.has(dictionaryKey(name.split(/\s+/)));
}
