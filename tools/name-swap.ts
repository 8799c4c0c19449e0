/**
 * Training data with other names in the same places (issue 14 lever `swap`): copies of training
 * sentences whose persons (and places, with `places`) are replaced by names drawn from lists, so
 * that the tagger learns a name from where it stands as well as from what it is — the names a
 * reader meets today (تركي فدعق، بلقاسم زغيدي) are not ANERcorp's of 2007.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Sentence } from '../lib/nlp/corpus';
import { spans } from '../lib/nlp/tags';
import { prng } from './random';
import { DATA_DIR, KNOWN_NAMES_PATH } from './ner-data';

export interface NamePools {
  /** Names of people, by their number of words (1, 2, 3). */
  persons: string[][][];
  /** Names of places, by their number of words. */
  places: string[][][];
}

const ARABIC = /^[\u0621-\u064a]+$/;

function byLength(names: Iterable<string>): string[][][] {
  const out: string[][][] = [[], [], [], []];
  for (const n of names) {
    const words = n.trim().split(/\s+/);
    if (
      words.length >= 1 &&
      words.length <= 3 &&
      words.every((w) => ARABIC.test(w) && w.length >= 2)
    )
      out[words.length]!.push(words);
  }
  return out;
}

/**
 * The pools: the known persons (NERAr, our lists) and names made of a first name (akhateeb's
 * lists) and a family word (Wikidata's transliterated name words seen twice, or a last name);
 * places from GeoNames' Arabic city names and the known places.
 */
export function namePools(seed: number, madeOnly = false): NamePools {
  const known = JSON.parse(readFileSync(KNOWN_NAMES_PATH, 'utf8')) as {
    PER?: string[];
    LOC: string[];
  };
  const list = (f: string) =>
    readFileSync(join(DATA_DIR, 'gazetteers/akhateeb-arabic-names', f), 'utf8')
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => ARABIC.test(s));
  const firsts = [
    ...list('male-first--names-in-arabic.txt'),
    ...list('female-first-names-in-arabic.txt'),
  ];
  const families = [...list('last-names-in-arabic.txt')];
  for (const row of readFileSync(
    join(DATA_DIR, 'gazetteers/wikidata-name-transliterations/wd_arabic.normalized.aligned.tokens'),
    'utf8',
  ).split('\n')) {
    const [, spaced, count] = row.split('\t');
    const word = spaced?.replace(/ /g, '') ?? '';
    if (Number(count) >= 2 && ARABIC.test(word) && word.length >= 3) families.push(word);
  }
  const random = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const made: string[] = [];
  for (let i = 0; i < 20000; i++)
    made.push(
      random() < 0.3
        ? `${pick(firsts)} ${pick(firsts)} ${pick(families)}`
        : `${pick(firsts)} ${pick(families)}`,
    );
  const tsv = readFileSync(
    join(DATA_DIR, 'gazetteers/geonames-cities15000-arabic/cities15000-arabic.tsv.gz'),
  );
  const cities = gunzipSync(tsv)
    .toString('utf8')
    .split('\n')
    .flatMap((row) => (row.split('\t')[3] ?? '').split(',').slice(0, 1));
  return {
    persons: byLength(
      madeOnly ? [...made, ...families] : [...(known.PER ?? []), ...made, ...firsts, ...families],
    ),
    places: byLength([...cities, ...known.LOC]),
  };
}

/**
 * `share` copies per sentence (0.5: every other sentence with a person; 2: two copies each) of the
 * sentences with a person (or place, with `places`), the names replaced by ones of the same
 * length drawn from the pools.
 */
export function swapNames(
  data: Sentence[],
  pools: NamePools,
  o: { share: number; seed: number; places?: boolean },
): Sentence[] {
  const random = prng(o.seed);
  const types = o.places ? ['PER', 'LOC'] : ['PER'];
  const out: Sentence[] = [];
  let credit = 0;
  for (const s of data) {
    const found = spans(s.tags).filter((sp) => types.includes(sp.type));
    if (!found.length) continue;
    credit += o.share;
    while (credit >= 1) {
      credit--;
      const tokens: string[] = [];
      const tags: string[] = [];
      let k = 0;
      for (const sp of found) {
        for (; k < sp.start; k++) {
          tokens.push(s.tokens[k]!);
          tags.push(s.tags[k]!);
        }
        const byLength = sp.type === 'PER' ? pools.persons : pools.places;
        // (the pool of as many words, else the nearest shorter one that has names)
        let n = Math.min(3, sp.end - sp.start);
        while (n > 1 && !byLength[n]?.length) n--;
        const pool = byLength[n] ?? [];
        if (!pool.length) throw new Error(`swapNames: no ${sp.type} names to draw from`);
        const words = [...pool[Math.floor(random() * pool.length)]!];
        words.forEach((w, i) => {
          tokens.push(w);
          tags.push(`${i ? 'I' : 'B'}-${sp.type}`);
        });
        k = sp.end;
      }
      for (; k < s.tokens.length; k++) {
        tokens.push(s.tokens[k]!);
        tags.push(s.tags[k]!);
      }
      out.push({ tokens, tags });
    }
  }
  return out;
}
