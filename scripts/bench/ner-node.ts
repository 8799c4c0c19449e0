/**
 * Named-entity figures in Node, run by `npm run bench` in its own process (node --expose-gc):
 * model load time and memory, tagging throughput, text → ranked entities per Arabic fixture.
 * Prints markdown lines.
 */
import { readFileSync, statSync } from 'node:fs';
import { expectedPages, pageHtml } from '../../tools/fixtures';
import { parseHtml } from '../../tools/html';
import { corpus, KNOWN_NAMES_PATH, MODEL_PATH } from '../../tools/ner-data';
import { extractEntities } from '../../lib/nlp/entities';
import { KnownNames, type KnownNamesFile } from '../../lib/nlp/known-names';
import { inflateModel, Tagger } from '../../lib/nlp/model';
import { extractArticle } from '../../lib/pipeline/extract';
import { fmt, median, timeIt } from './stats';

const pages = expectedPages();

async function nerFigures(): Promise<string> {
  // The dictionary of known names is read and built with the model, once per worker life.
  const dictStart = performance.now();
  const lists = JSON.parse(readFileSync(KNOWN_NAMES_PATH, 'utf8')) as KnownNamesFile;
  new KnownNames(lists);
  const dictMs = performance.now() - dictStart;
  const bytes = readFileSync(MODEL_PATH);
  const loads: number[] = [];
  let tagger: Tagger | undefined;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    tagger = Tagger.deserialize(await inflateModel(new Uint8Array(bytes)));
    loads.push(performance.now() - t);
  }
  const held = tagger!;
  const weightBytes = (1 << held.meta.bits) * held.meta.tags.length;
  // What one more loaded model keeps alive: JS heap plus array buffers (the weights), after GC.
  const used = () => {
    global.gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const another = Tagger.deserialize(await inflateModel(new Uint8Array(bytes)));
  const heldBytes = used() - before;
  if (another.lexicon.size !== held.lexicon.size) throw new Error('loads differ');
  const sentences = corpus('aqmar-test.conll');
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const runs: number[] = [];
  for (const s of sentences) held.tag(s.tokens); // warm-up
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (const s of sentences) held.tag(s.tokens);
    runs.push(performance.now() - t);
  }
  const rate = tokens / (median(runs) / 1000);
  const lines = [
    `- model file: ${bytes.length.toLocaleString('en')} bytes (gzip); load (inflate + deserialize) median ${fmt(median(loads), 1)} ms; held in memory: ~${(heldBytes / 2 ** 20).toFixed(1)} MiB (${(weightBytes / 2 ** 20).toFixed(2)} MiB of int8 weights, a ${held.gazetteer.size.toLocaleString('en')}-name gazetteer, a ${held.lexicon.size.toLocaleString('en')}-word lexicon)`,
    `- known names (public/model/known-names.json, ${statSync(KNOWN_NAMES_PATH).size.toLocaleString('en')} bytes: ${Object.entries(
      lists,
    )
      .map(([k, v]) => `${(v as unknown[]).length.toLocaleString('en')} ${k}`)
      .join(', ')}): parsed and built with the model in ${fmt(dictMs, 1)} ms`,
    `- tagging throughput (aqmar-test, ${tokens.toLocaleString('en')} tokens, features + Viterbi): **${Math.round(rate).toLocaleString('en')} tokens/s** (target ≥ 200,000)`,
    '',
    '| page | text chars | text → ranked entities ms |',
    '|---|---:|---:|',
  ];
  for (const p of pages.filter((x) => x.isArabic && x.isArticle)) {
    const a = extractArticle(parseHtml(pageHtml(p.page), p.url), p.url);
    const site = { name: a.siteName, url: a.url };
    const ms = timeIt(() => extractEntities(tagger!, a.text, a.title, site), 7, 50);
    lines.push(`| ${p.page} | ${a.text.length.toLocaleString('en')} | ${fmt(ms, 1)} |`);
  }
  return lines.join('\n');
}

process.stdout.write(`${await nerFigures()}\n`);
