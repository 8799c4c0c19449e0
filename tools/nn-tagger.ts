/**
 * A small neural tagger (issue 14's last lever): the window network of tools/nn-net.ts over the
 * word vectors learnt here from the unlabelled text (`npm run build:vectors -- --vectors`), hashed
 * sparse features from the tagger's own sentence view (affixes, shape, clitic, gazetteer, word
 * classes, frequency bin), and — stacked — the averaged perceptron's per-tag scores around each
 * token and its Viterbi tag. On the training sentences the stacked scores come from perceptrons
 * trained on the other folds (out-of-fold, so the network does not learn to trust scores the
 * perceptron has memorised); at tagging time from the perceptron trained on all of them.
 *
 * `NeuralTagger` is a `Tagger` (the same gazetteer and lexicon, `tag` overridden), so the dev-set
 * scores, the document pass and the key-entity figures of scripts/ner-levers.ts read it as they
 * read the shipped one. Nothing here ships: it is measured (docs/ner-levers.md).
 */
import type { Sentence } from '../lib/nlp/corpus';
import type { Gazetteer } from '../lib/nlp/gazetteer';
import type { Lexicon } from '../lib/nlp/lexicon';
import { Tagger, viterbi } from '../lib/nlp/model';
import { TAGS, TAG_INDEX } from '../lib/nlp/tags';
import { repairBio } from './crf';
import {
  emissions,
  internals,
  netInput,
  scoreSpread,
  STACK,
  stackOf,
  vectorTable,
  type Net,
} from './nn-inputs';
import {
  AdaGrad,
  backward,
  forward,
  initParams,
  layoutOf,
  Projections,
  UNK,
  Workspace,
} from './nn-net';
import { crfLoss } from './nn-crf';
import { quantizeNet } from './nn-size';
import type { WordVectors } from './nn-vectors';
import { prng } from './random';
import { train, type TrainOptions } from './train';

const T = TAGS.length;

/** The lever's options. */
export interface NnOptions {
  hidden: number;
  /** Window half-width. */
  window: number;
  /** Word-vector dimensions used (the first, largest components). */
  dims: number;
  /** Only the most frequent words keep a vector (0: all). */
  vocabulary: number;
  /** log2 of the sparse buckets (0: no sparse features). */
  sparseBits: number;
  /** Stack the perceptron's scores, from `folds` out-of-fold perceptrons on the training data. */
  stack: boolean;
  /**
   * At tagging time, add the perceptron's scores and transitions (divided by their spread) times
   * this to the network's (a product of the two models; 0: the network alone).
   */
  mix: number;
  folds: number;
  epochs: number;
  rate: number;
  dropout: number;
  relu: boolean;
  /** Char-CNN filters (tools/nn-char.ts; 0: no char block), their embedding dimensions. */
  charFilters: number;
  charDims: number;
  /** BiLSTM units per direction over the hidden layer (tools/nn-lstm.ts; 0: none). */
  lstm: number;
  seed: number;
  /** The perceptron under the network (bits, epochs, ensemble, cost; its seed is `seed`). */
  base: Omit<TrainOptions, 'seed' | 'trainedOn' | 'onEpoch'>;
  /** Simulate int8 weights and vectors (one scale per block) before tagging. */
  int8: boolean;
  trainedOn: string[];
  /** After each epoch: the training loss, the time, and the network as it stands. */
  onEpoch?: (epoch: number, loss: number, seconds: number, tagger: () => NeuralTagger) => void;
}

/**
 * The neural tagger as a `Tagger`: the base's gazetteer, lexicon and known names, its own scores
 * and transitions, decoded with the shipped BIO-constrained Viterbi.
 */
export class NeuralTagger extends Tagger {
  private ws: Workspace;
  private tr: Float32Array | undefined;
  private readonly cache = new Projections();
  constructor(
    base: Tagger,
    readonly net: Net,
  ) {
    const { weights, transitions } = internals(base);
    super(base.meta, weights, transitions, base.lexicon);
    this.ws = new Workspace(net.L, 64);
  }

  /** Forgets what was computed from the weights (after changing them, and to time a cold start). */
  forget(): void {
    this.tr = undefined;
    this.cache.clear();
  }

  /** The network's transitions, with the perceptron's mixed in. */
  private transitionsNow(): Float32Array {
    const { p, L, perceptron, mix } = this.net;
    const tr = p.slice(L.tr, L.tr + (T + 1) * T);
    if (mix && perceptron) {
      const own = internals(perceptron.tagger).transitions;
      for (let k = 0; k < tr.length; k++) tr[k]! += (mix * own[k]!) / perceptron.sigma;
    }
    return tr;
  }

  override tag(tokens: string[]): string[] {
    const n = tokens.length;
    if (!n) return [];
    const v = this.view(tokens);
    this.ws = this.ws.fit(n);
    const { p, L, perceptron, mix } = this.net;
    const input = netInput(this.net, tokens, v);
    forward(p, L, this.net.table.values, input, this.ws, undefined, this.cache);
    const emit = this.ws.emit;
    if (mix && perceptron) {
      const own = emissions(perceptron.tagger, v);
      for (let k = 0; k < n * T; k++) emit[k]! += (mix * own[k]!) / perceptron.sigma;
    }
    this.tr ??= this.transitionsNow();
    return viterbi(emit, this.tr, n).map((y) => TAGS[y]!);
  }
}

/** What training reports. */
export interface NnReport {
  parameters: number;
  /** Seconds spent on the perceptrons (full and out-of-fold) and on the network. */
  baseSeconds: number;
  netSeconds: number;
  loss: number;
  /** Training tokens without a vector. */
  unknownShare: number;
}

/** The stacking perceptrons of a training set, reusable across network variants. */
export interface StackBase {
  full: Tagger;
  sigma: number;
  /** Per training sentence, its out-of-fold stacked inputs. */
  stacks: Float32Array[];
  seconds: number;
}

/** Trains the perceptron on all sentences and, per fold, on the others (out-of-fold scores). */
export function stackBase(
  sentences: Sentence[],
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  o: Pick<NnOptions, 'base' | 'folds' | 'seed' | 'trainedOn'>,
): StackBase {
  const started = Date.now();
  const opts = { ...o.base, seed: o.seed, trainedOn: o.trainedOn };
  const full = train(sentences, gazetteer, lexicon, opts);
  const views = sentences.map((s) => full.view(s.tokens));
  const sigma = scoreSpread(full, views);
  const stacks = new Array<Float32Array>(sentences.length);
  for (let f = 0; f < o.folds; f++) {
    const part = train(
      sentences.filter((_, i) => i % o.folds !== f),
      gazetteer,
      lexicon,
      opts,
    );
    const s = scoreSpread(part, views);
    sentences.forEach((_, i) => {
      if (i % o.folds === f) stacks[i] = stackOf(part, views[i]!, s);
    });
  }
  return { full, sigma, stacks, seconds: (Date.now() - started) / 1000 };
}

/** Trains the network (stacked on `base` when given) and returns it as a tagger. */
export function trainNn(
  sentences: Sentence[],
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  vectors: WordVectors,
  o: NnOptions,
  base?: StackBase,
): { tagger: NeuralTagger; report: NnReport } {
  const table = vectorTable(vectors, o.dims, o.vocabulary);
  const stacked =
    o.stack || o.mix ? (base ?? stackBase(sentences, gazetteer, lexicon, o)) : undefined;
  // Without stacking the base only lends its gazetteer and lexicon (no training).
  const baseTagger =
    stacked?.full ??
    train([], gazetteer, lexicon, {
      ...o.base,
      epochs: 0,
      ensemble: 1,
      seed: o.seed,
      trainedOn: o.trainedOn,
    });
  const L = layoutOf({
    D: table.dims,
    w: o.window,
    S: o.stack ? STACK : 0,
    B: o.sparseBits ? 1 << o.sparseBits : 0,
    H: o.hidden,
    relu: o.relu,
    F: o.charFilters,
    E: o.charDims,
    R: o.lstm,
  });
  const p = initParams(L, o.seed);
  const net: Net = {
    p,
    L,
    table,
    sparseBits: o.sparseBits,
    mix: o.mix,
    ...(stacked ? { perceptron: { tagger: stacked.full, sigma: stacked.sigma } } : {}),
  };
  let unknown = 0;
  let tokens = 0;
  const examples = sentences
    .map((s, k) => {
      const input = netInput(net, s.tokens, baseTagger.view(s.tokens));
      if (stacked && o.stack) input.stack = stacked.stacks[k]!;
      for (const r of input.rows) if (r === UNK) unknown++;
      tokens += input.n;
      return { input, gold: repairBio(s.tags.map((t) => TAG_INDEX.get(t) ?? 0)).tags };
    })
    .filter((e) => e.input.n > 0);
  const started = Date.now();
  const random = prng(o.seed ^ 0x5eed);
  const g = new Float32Array(L.size);
  const touched = new Set<number>();
  const opt = new AdaGrad(L, o.rate);
  let ws = new Workspace(L, 64);
  const order = examples.map((_, i) => i);
  let loss = 0;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    loss = 0;
    for (const k of order) {
      const { input, gold } = examples[k]!;
      ws = ws.fit(input.n);
      forward(p, L, table.values, input, ws, o.dropout ? { random, rate: o.dropout } : undefined);
      loss += crfLoss(p, L, gold, input.n, ws, g);
      backward(p, L, input, ws, g, touched);
      opt.step(p, g, touched);
    }
    o.onEpoch?.(
      epoch,
      loss,
      (Date.now() - started) / 1000,
      () => new NeuralTagger(baseTagger, net),
    );
  }
  if (o.int8) quantizeNet(net);
  return {
    tagger: new NeuralTagger(baseTagger, net),
    report: {
      parameters: L.size,
      baseSeconds: stacked && !base ? stacked.seconds : 0,
      netSeconds: (Date.now() - started) / 1000,
      loss,
      unknownShare: unknown / Math.max(1, tokens),
    },
  };
}

/** Option names of the lever (scripts/ner-levers.ts); the others belong to the perceptron. */
export const NN_OPTIONS = [
  'nn',
  'ep',
  'lr',
  'drop',
  'd',
  'voc',
  'sb',
  'win',
  'relu',
  'nostack',
  'fold',
  'q',
  'mix',
  'char',
  'cemb',
  'lstm',
];

/**
 * The lever's options of a scripts/ner-levers.ts variant: `nn<H>` (hidden units, 64), `ep<N>`
 * (epochs, 8), `lr<X>` (AdaGrad rate, 0.02), `drop<P>` (hidden dropout in percent, 20), `d<D>`
 * (vector dimensions, 100), `voc<K>` (thousands of words with a vector, all), `sb<B>` (log2 sparse
 * buckets, 14; 0 none), `win<W>` (half-width, 2), `relu`, `nostack`, `fold<K>` (out-of-fold
 * perceptrons, 4), `q8` (int8 weights and vectors), `mix<X>` (the perceptron's scores times X
 * added at tagging time, 0), `char<F>` (a char CNN of F filters over each word's folded letters,
 * its features at i − 1, i, i + 1 read by the hidden layer: tools/nn-char.ts; 0), `cemb<E>` (its
 * letter embedding dimensions, 16), `lstm<R>` (a BiLSTM of R units a direction over the hidden
 * layer, its outputs added to the scores: tools/nn-lstm.ts; 0); `ens<N>` the perceptron's runs (4).
 */
export function nnLeverOptions(
  opts: Map<string, string>,
  base: { bits: number; seed: number; perceptronEpochs: number; trainedOn: string[] },
): NnOptions {
  const number = (key: string, fallback: number) =>
    opts.get(key) ? Number(opts.get(key)) : fallback;
  return {
    hidden: number('nn', 64),
    window: number('win', 2),
    dims: number('d', 100),
    vocabulary: number('voc', 0) * 1000,
    sparseBits: opts.has('sb') ? Number(opts.get('sb') || 0) : 14,
    stack: !opts.has('nostack'),
    mix: number('mix', 0),
    folds: number('fold', 4),
    epochs: number('ep', 8),
    rate: number('lr', 0.02),
    dropout: number('drop', 20) / 100,
    relu: opts.has('relu'),
    charFilters: number('char', 0),
    charDims: number('cemb', 16),
    lstm: number('lstm', 0),
    seed: base.seed,
    base: {
      bits: base.bits,
      epochs: base.perceptronEpochs,
      ensemble: number('ens', 4),
      recallCost: number('cost', 0),
    },
    int8: opts.get('q') === '8',
    trainedOn: base.trainedOn,
  };
}
