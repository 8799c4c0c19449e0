/**
 * `npm run --silent ner:levers -- <variant>…`: trains the tagger with each variant of the recipe
 * and prints its scores on news dev and AQMAR dev (the sets tuned on), tagger alone and with the
 * document pass, with training time and model size — how each lever of issue 14 was measured.
 * AQMAR test is scored only with `--test` (for the final report, never to choose).
 *
 * A variant is `+`-joined options: `base`, `known` (known names in the gazetteer), `parts<N>`
 * (Wikidata name words seen ≥ N times), `geo` (GeoNames), `cats` (ArWikiCats), `nat`
 * (nationality forms), `wikifane` / `aqmardev` (train on them too), `cost<X>`
 * (recall-oriented cost), `self<N>` (N thousand sentences of unlabelled Wikipedia tagged by the
 * shipped tagger: self-training), `ens<N>`, `ep<N>`, `bits<N>`, `seed<N>` (the recipe's seed + N), `rare<M>` (with `parts`: only
 * name words the unlabelled text knows less than 10^M times), `vec<C>` (the dense-vector classes at
 * C of 64, 256, 1024, 4096, data/nlp/word-vectors-clusters.tsv; several may be joined:
 * `vec64+vec1024`), `vbag<C>` (the same from the bag-of-words vectors, `npm run build:vectors --
 * --bag`), `vflat<C>` (from `-- --flat`: levels up to 1,024 not nested), `vecw<N>` (features per
 * vector level: 1 the token's class, 3 with its neighbours', 5 with the pairs, the default),
 * `noexch` (the exchange classes blanked: every word in one class), `crf<σ²>` (a CRF trained
 * with L-BFGS instead of the perceptron, L2 prior of variance σ², 1 by default; with `it<N>` its
 * most iterations, `mem<M>` its history, `float` unquantised weights, `seed<N>` another sentence
 * order: tools/crf.ts), `nn<H>` (a small neural tagger, H hidden units, stacked on the
 * perceptron: tools/nn-tagger.ts `nnLeverOptions` lists its options; reads data/nlp/word-vectors.bin
 * from `npm run build:vectors -- --vectors`; `char<F>` adds a char CNN of F filters over each
 * word's letters, `cemb<E>` its letter embedding size: tools/nn-char.ts; `lstm<R>` a BiLSTM of R
 * units a direction over the hidden layer: tools/nn-lstm.ts). E.g. `known+parts2+cost3`,
 * `crf4+it200`, `nn64+ep8`, `nn64+ep4+char32`; `swap<S>` / `swapl<S>` / `swapm<S>` (S copies of each sentence with a person, the names
 * replaced from lists: tools/name-swap.ts), `adapt<S>` (WikiFANE, a share S of it, as a second domain
 * by feature augmentation, folded to news: tools/train.ts `domains`). `--speed` adds tagging tokens/s and the milliseconds for a 1,500-word article (and the
 * shipped model's, measured in turn).
 */
import { corpus, buildGazetteer, loadLexicon, newsSplit } from '../tools/ner-data';
import { modelFileBytes, RECIPE } from '../tools/ner-train';
import { joinClitics, type Sentence } from '../lib/nlp/corpus';
import { decodeClusterTable, Lexicon } from '../lib/nlp/lexicon';
import { propagate } from '../lib/nlp/consistency';
import { micro, prf, score } from '../lib/nlp/metrics';
import type { Tagger } from '../lib/nlp/model';
import { train } from '../tools/train';
import { namePools, swapNames } from '../tools/name-swap';
import { leverOptions, trainCrf } from '../tools/crf';
import { netFileBytes } from '../tools/nn-size';
import {
  NeuralTagger,
  NN_OPTIONS,
  nnLeverOptions,
  stackBase,
  trainNn,
  type StackBase,
} from '../tools/nn-tagger';
import { loadWordVectors, type WordVectors } from '../tools/nn-vectors';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DATA_DIR } from '../tools/ner-data';
import { loadTagger } from '../tools/model-file';
import { splitSentences, tokenize } from '../lib/nlp/tokenize';
import { join } from 'node:path';
import { loadKnownNames } from '../tools/model-file';
import { keyEntityDocs, keyFigures } from './eval-keys';
import {
  decodeVectorClassTable,
  serializeVectorClasses,
  VectorClasses,
  type VectorClassRow,
} from '../lib/nlp/word-vector-classes';

const args = process.argv.slice(2);
const withTest = args.includes('--test');
const variants = args.filter((a) => !a.startsWith('--'));
if (!variants.length) {
  console.error(
    'usage: npm run --silent ner:levers -- <variant>… [--test]  (e.g. base known+cost3)',
  );
  process.exit(2);
}

const lexicon = loadLexicon();
const { train: newsTrain, dev: newsDev } = newsSplit();
const sets: [string, Sentence[]][] = [
  ['news dev', newsDev],
  ['aqmar dev', corpus('aqmar-dev.conll')],
];
if (withTest) sets.push(['aqmar test', corpus('aqmar-test.conll')]);

const perType = args.includes('--types');
const speed = args.includes('--speed');
// Key entities on the fixture pages and the news texts tuned on (never the held-back texts).
const keyDocs = args.includes('--keys') ? keyEntityDocs() : undefined;

function f1(tagger: Tagger, sentences: Sentence[]): [number, number, number, number] {
  const gold = sentences.map((s) => s.tags);
  const pred = sentences.map((s) => tagger.tag(s.tokens));
  const doc: string[][] = [];
  for (let i = 0; i < sentences.length; i += 20)
    doc.push(
      ...propagate(
        sentences.slice(i, i + 20).map((s) => s.tokens),
        pred.slice(i, i + 20),
      ),
    );
  const counts = score(gold, pred);
  if (perType)
    console.log(
      (['PER', 'LOC', 'ORG'] as const)
        .map((t) => `  ${t} F1 ${prf(micro(counts, [t])).f.toFixed(1)}`)
        .join(''),
    );
  const a = prf(micro(counts, ['PER', 'LOC', 'ORG']));
  const b = prf(micro(score(gold, doc), ['PER', 'LOC', 'ORG']));
  return [a.p, a.r, a.f, b.f];
}

/**
 * Self-training data: `n` sentences of the unlabelled Wikipedia paragraphs (from the end of the
 * file, evenly spread), tagged by the shipped tagger with the document pass per paragraph.
 */
function selfTrained(n: number): Sentence[] {
  const tagger = loadTagger();
  const paragraphs = gunzipSync(readFileSync(join(DATA_DIR, 'unlabeled/arwiki-paragraphs.txt.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  const out: Sentence[] = [];
  const step = Math.max(1, Math.floor(paragraphs.length / (n / 4)));
  for (let i = paragraphs.length - 1; i >= 0 && out.length < n; i -= step) {
    const text = paragraphs[i]!;
    const words = splitSentences(text, tokenize(text))
      .map((s) => s.map((t) => t.text))
      .filter((w) => w.length >= 5 && w.length <= 60);
    const tags = propagate(
      words,
      words.map((w) => tagger.tag(w)),
    );
    words.forEach((w, k) => out.push({ tokens: w, tags: tags[k]! }));
  }
  return out.slice(0, n);
}

let shipped: Tagger | undefined;
/**
 * Tagging speed (features + Viterbi) over the dev sets, tokens/s, of the tagger and of the shipped
 * model measured in turn (the machine's load moves both alike): medians of five passes, warmed up.
 */
function tokensPerSecond(tagger: Tagger): [number, number] {
  shipped ??= loadTagger();
  const all = sets.slice(0, 2).flatMap(([, s]) => s);
  const tokens = all.reduce((n, s) => n + s.tokens.length, 0);
  const runs: [number[], number[]] = [[], []];
  for (let r = 0; r < 6; r++)
    [tagger, shipped].forEach((t, k) => {
      // A cold start each pass: the neural tagger's cached products are forgotten.
      if (t instanceof NeuralTagger) t.forget();
      const started = performance.now();
      for (const s of all) t.tag(s.tokens);
      if (r) runs[k]!.push(performance.now() - started);
    });
  const rate = (ms: number[]) => tokens / (ms.sort((a, b) => a - b)[2]! / 1000);
  return [rate(runs[0]), rate(runs[1])];
}

/**
 * Milliseconds to tag a 1,500-word article (news dev's first sentences up to 1,500 tokens, one
 * sentence at a time, as the product tags): the tagger's cold (the neural tagger's cached products
 * forgotten), the tagger's warm (after tagging the next 1,500 words of news dev, another article)
 * and the shipped model's; medians of eleven passes after a warm-up.
 */
function articleMs(tagger: Tagger): [number, number, number] {
  shipped ??= loadTagger();
  const articles: string[][][] = [[], []];
  let words = 0;
  for (const s of newsDev) {
    if (words >= 3000) break;
    articles[words < 1500 ? 0 : 1]!.push(s.tokens);
    words += s.tokens.length;
  }
  const [article, before] = articles as [string[][], string[][]];
  const runs: [number[], number[], number[]] = [[], [], []];
  const time = (t: Tagger) => {
    const started = performance.now();
    for (const s of article) t.tag(s);
    return performance.now() - started;
  };
  for (let r = 0; r < 12; r++) {
    if (tagger instanceof NeuralTagger) tagger.forget();
    const cold = time(tagger);
    if (tagger instanceof NeuralTagger) tagger.forget();
    for (const s of before) tagger.tag(s);
    const warm = time(tagger);
    const ref = time(shipped);
    if (r) [cold, warm, ref].forEach((ms, k) => runs[k]!.push(ms));
  }
  const median = (ms: number[]) => ms.sort((a, b) => a - b)[5]!;
  return [median(runs[0]), median(runs[1]), median(runs[2])];
}

let wordVectors: WordVectors | undefined;
/** Stacking perceptrons by the options they depend on (shared by the `nn` variants of a run). */
const stackBases = new Map<string, StackBase>();

const vectorRows = new Map<string, VectorClassRow[]>();
/** A vector class table (npm run build:vectors [-- --bag | --flat]), read once. */
function vectorTable(kind: '' | 'bag' | 'flat'): VectorClassRow[] {
  const file = `nlp/word-vectors-clusters${kind ? `-${kind}` : ''}.tsv`;
  if (!vectorRows.has(file))
    vectorRows.set(file, decodeVectorClassTable(readFileSync(join(DATA_DIR, file), 'utf8')));
  return vectorRows.get(file)!;
}

let blanked: Lexicon | undefined;
/** The lexicon with every word in one exchange class (`noexch`); frequency bins kept. */
function blankedLexicon(): Lexicon {
  blanked ??= Lexicon.fromRows(
    decodeClusterTable(readFileSync(join(DATA_DIR, 'nlp/word-clusters.tsv'), 'utf8')).map((r) => ({
      ...r,
      classes: r.classes.map(() => 0),
    })),
  );
  return blanked;
}

for (const variant of variants) {
  const opts = new Map<string, string>();
  const vecLevels: number[] = [];
  for (const part of variant.split('+')) {
    const m = /^([a-z]+)(\d*\.?\d*)$/.exec(part);
    if (!m) throw new Error(`bad option ${part}`);
    if (m[1] === 'vec' || m[1] === 'vbag' || m[1] === 'vflat') vecLevels.push(Number(m[2] || 256));
    if (m[1] !== 'vec') opts.set(m[1]!, m[2]!);
  }
  const vecWidth = Number(opts.get('vecw') || 5);
  if (![1, 3, 5].includes(vecWidth)) throw new Error('vecw is 1, 3 or 5');
  const kind = opts.has('vbag') ? 'bag' : opts.has('vflat') ? 'flat' : '';
  const table = vecLevels.length ? vectorTable(kind) : [];
  const lex = opts.has('noexch') ? blankedLexicon() : lexicon;
  lex.vectors = vecLevels.length
    ? new VectorClasses(table, vecLevels, vecWidth as 1 | 3 | 5)
    : undefined;
  const started = Date.now();
  const gazetteer = buildGazetteer(true, {
    known: opts.has('known'),
    partsMinCount: opts.has('parts') ? Number(opts.get('parts') || 1) : 0,
    ...(opts.has('rare') ? { partsMaxMagnitude: Number(opts.get('rare') || 3) } : {}),
    geonames: opts.has('geo'),
    arwikicats: opts.has('cats'),
    nationalities: opts.has('nat'),
  });
  let data = [...newsTrain];
  if (opts.has('wikifane')) {
    // A share of its sentences (wikifane0.3: three in ten, evenly spread), all by default.
    const share = Number(opts.get('wikifane') || 1);
    const wiki = corpus('wikifane-train.tsv').map(joinClitics);
    data = data.concat(wiki.filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share)));
  }
  if (opts.has('aqmardev')) data = data.concat(corpus('aqmar-dev.conll'));
  // `adapt<share>`: WikiFANE (a share of it) as a second domain, folded back to news.
  let domains: number[] | undefined;
  if (opts.has('adapt')) {
    const share = Number(opts.get('adapt') || 1);
    const wiki = corpus('wikifane-train.tsv')
      .map(joinClitics)
      .filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share));
    domains = [...data.map(() => 0), ...wiki.map(() => 1)];
    data = data.concat(wiki);
  }
  // (what is added after it — name swaps, self-training — is news: domain 0)
  const domainOf = (k: number) => domains?.[k] ?? 0;
  if (opts.has('swap') || opts.has('swapl') || opts.has('swapm'))
    data = data.concat(
      swapNames(data, namePools(RECIPE.seed, opts.has('swapm')), {
        share: Number(opts.get('swap') || opts.get('swapl') || opts.get('swapm') || 1),
        seed: RECIPE.seed + 1,
        places: opts.has('swapl'),
      }),
    );
  if (opts.has('self')) data = data.concat(selfTrained(Number(opts.get('self') || 10) * 1000));
  const bits = opts.has('bits') ? Number(opts.get('bits')) : RECIPE.bits;
  const seed = RECIPE.seed + (opts.has('seed') ? Number(opts.get('seed')) : 0);
  let tagger: Tagger;
  if (opts.has('crf')) {
    const o = leverOptions(opts, { bits, trainedOn: [variant] });
    const crf = trainCrf(data, gazetteer, lex, { ...o, ...(opts.has('seed') ? { seed } : {}) });
    tagger = crf.tagger;
    const r = crf.report;
    console.error(
      `${variant}: ${r.iterations} L-BFGS iterations, ${r.evaluations} evaluations, ${r.parameters.toLocaleString('en')} parameters, loss ${r.loss.toFixed(1)}, ${r.repaired} gold I- tags read as B-`,
    );
  } else if (opts.has('nn')) {
    const o = nnLeverOptions(opts, {
      bits,
      seed,
      perceptronEpochs: RECIPE.epochs,
      trainedOn: [variant],
    });
    // `--curve`: news dev F1 after each epoch (dev is what levers are chosen on; never a test set).
    const curve = args.includes('--curve');
    o.onEpoch = (e, loss, s, current) =>
      console.error(
        `${variant}: epoch ${e}, loss ${loss.toFixed(0)}, ${s.toFixed(0)} s${curve ? `, news dev F1 ${f1(current(), newsDev)[2].toFixed(1)}` : ''}`,
      );
    // The perceptrons depend on the gazetteer, data, seed, runs and folds, not on the network.
    const key = [...opts]
      .filter(([k]) => k === 'fold' || !NN_OPTIONS.includes(k))
      .map(([k, v]) => k + v)
      .sort()
      .join('+');
    let base: StackBase | undefined;
    const reused = stackBases.has(key);
    if (o.stack || o.mix) {
      base = stackBases.get(key) ?? stackBase(data, gazetteer, lex, o);
      stackBases.set(key, base);
    }
    wordVectors ??= loadWordVectors();
    const nn = trainNn(data, gazetteer, lex, wordVectors, o, base);
    tagger = nn.tagger;
    const r = nn.report;
    console.error(
      `${variant}: ${r.parameters.toLocaleString('en')} parameters, loss ${r.loss.toFixed(1)}, perceptrons ${base ? `${base.seconds.toFixed(0)} s${reused ? ' (shared, not in the time)' : ''}` : 'none'}, network ${r.netSeconds.toFixed(0)} s, ${(100 * r.unknownShare).toFixed(1)}% of training tokens without a vector`,
    );
  } else
    tagger = train(data, gazetteer, lex, {
      bits,
      epochs: opts.has('ep') ? Number(opts.get('ep')) : RECIPE.epochs,
      seed,
      ensemble: opts.has('ens') ? Number(opts.get('ens')) : 1,
      recallCost: opts.has('cost') ? Number(opts.get('cost')) : 0,
      trainedOn: [variant],
      ...(domains ? { domains: data.map((_, k) => domainOf(k)) } : {}),
    });
  const seconds = (Date.now() - started) / 1000;
  // Vector classes would ship beside the model's lexicon: counted, compressed, in the size.
  const vectors = lex.vectors;
  lex.vectors = undefined;
  const size = opts.has('float')
    ? NaN
    : modelFileBytes(tagger).length +
      (vectors ? gzipSync(serializeVectorClasses(vectors, table), { level: 9 }).length : 0) +
      (tagger instanceof NeuralTagger ? netFileBytes(tagger.net) : 0);
  lex.vectors = vectors;
  const cells = sets.map(([name, s]) => {
    const [p, r, f, fd] = f1(tagger, s);
    return `${name} P ${p.toFixed(1)} R ${r.toFixed(1)} F1 ${f.toFixed(1)} (doc ${fd.toFixed(1)})`;
  });
  if (speed) {
    const [own, ref] = tokensPerSecond(tagger).map((x) => Math.round(x).toLocaleString('en'));
    const [cold, warm, refMs] = articleMs(tagger).map((x) => x.toFixed(1));
    cells.push(
      `${own} tokens/s (shipped model ${ref}), 1,500 words ${cold} ms, warm ${warm} ms (shipped model ${refMs})`,
    );
  }
  if (keyDocs) {
    tagger.knownNames = loadKnownNames();
    cells.push(
      `pages ${keyFigures(tagger, keyDocs.pages)}`,
      `texts ${keyFigures(tagger, keyDocs.tuned)}`,
    );
  }
  console.log(
    `${variant.padEnd(28)} ${cells.join(' | ')} | ${Number.isNaN(size) ? '(float)' : `${(size / 1e6).toFixed(2)} MB`}, gaz ${gazetteer.size}, ${seconds.toFixed(0)} s`,
  );
}
