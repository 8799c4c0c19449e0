/**
 * The tagger in the background: loaded on first use from the packaged model file (and the
 * dictionary of known names beside it) and kept while
 * the worker lives (the worker may be stopped at any time; the next article loads it again).
 */
import { browser } from 'wxt/browser';
import type { StoredEntity } from '../db/database';
import { namedEntities } from '../db/entities';
import type { Site } from '../nlp/own-outlet';
import { extractEntities } from '../nlp/entities';
import { toStoredEntities } from '../nlp/key-entities';
import { isKnownNamesFile, KnownNames } from '../nlp/known-names';
import { inflateModel, Tagger } from '../nlp/model';

let loading: Promise<Tagger> | undefined;

/** The packaged tagger; concurrent callers share one load. A failed load is retried next time. */
export function packagedTagger(): Promise<Tagger> {
  loading ??= (async () => {
    const [model, names] = await Promise.all([
      fetch(browser.runtime.getURL('/model/ner.bin')),
      fetch(browser.runtime.getURL('/model/known-names.json')),
    ]);
    if (!model.ok) throw new Error(`model file: HTTP ${model.status}`);
    if (!names.ok) throw new Error(`known-names file: HTTP ${names.status}`);
    const tagger = Tagger.deserialize(
      await inflateModel(new Uint8Array(await model.arrayBuffer())),
    );
    const lists: unknown = await names.json();
    if (!isKnownNamesFile(lists)) throw new Error('known-names file: not a dictionary of names');
    tagger.knownNames = new KnownNames(lists);
    return tagger;
  })().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/** The entity keys (not MISC) of each short text, such as read-also titles. */
export async function titleEntityKeys(titles: string[]): Promise<string[][]> {
  const tagger = await packagedTagger();
  return titles.map((t) => namedEntities(extractEntities(tagger, t)).map((e) => e.key));
}

/** Key entities of an article's text, for storage (its own outlet left out, given its site). */
export async function keyEntitiesOf(
  text: string,
  title: string,
  site?: Site,
): Promise<StoredEntity[]> {
  return toStoredEntities(extractEntities(await packagedTagger(), text, title, site));
}
