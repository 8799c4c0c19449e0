/**
 * The tagger: a linear-chain model (averaged perceptron weights, first-order transitions) decoded
 * with Viterbi under BIO constraints. Weights are hashed into `2^bits` buckets per tag and stored
 * as int8 with one scale; the file (gzip-compressed when shipped) also holds the gazetteer and the
 * word lexicon learnt from unlabelled text.
 */
import { MAX_ALL_FEATURES, tokenFeatures, viewOf, type SentenceView } from './features';
import { Gazetteer, type GazKind } from './gazetteer';
import { KnownNames } from './known-names';
import { Lexicon } from './lexicon';
import { TAGS, allowedTransition } from './tags';

/** `ALLOWED[(from + 1) * T + to]`: the BIO constraint as a table (row 0 is the sentence start). */
const ALLOWED: boolean[] = [];

const T = TAGS.length;
const MAGIC = 'SIYAQNER';
for (let from = -1; from < T; from++)
  for (let to = 0; to < T; to++) ALLOWED.push(allowedTransition(from, to));

/** What the model file's header records. */
export interface ModelMeta {
  version: 2;
  tags: readonly string[];
  bits: number;
  scale: number;
  epochs: number;
  seed: number;
  ensemble: number;
  trainedOn: string[];
  gazetteer: [string, GazKind][];
}

/** A loaded tagger. */
export class Tagger {
  readonly mask: number;
  readonly gazetteer: Gazetteer;
  /** Names matched after tagging (public/model/known-names.json), set by whoever loads the model. */
  knownNames: KnownNames = KnownNames.empty;
  private readonly feats = new Int32Array(MAX_ALL_FEATURES);

  constructor(
    readonly meta: ModelMeta,
    /** `2^bits × T` weights, bucket-major; int8 × `meta.scale`, or float while training. */
    private readonly weights: Int8Array | Float32Array,
    /** `(T + 1) × T`: row `T` holds start scores. */
    private readonly transitions: Float32Array,
    readonly lexicon: Lexicon = new Lexicon(),
  ) {
    this.mask = (1 << meta.bits) - 1;
    this.gazetteer = new Gazetteer(meta.gazetteer);
  }

  /** Tag indexes for a prepared sentence. */
  decodeView(v: SentenceView): number[] {
    const n = v.length;
    if (n === 0) return [];
    const scale = this.weights instanceof Int8Array ? this.meta.scale : 1;
    const emit = new Float32Array(n * T);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const k = tokenFeatures(v, i, this.mask, this.feats);
      const row = i * T;
      for (let j = 0; j < k; j++) {
        const base = this.feats[j]! * T;
        for (let y = 0; y < T; y++) emit[row + y]! += w[base + y]!;
      }
    }
    if (scale !== 1) for (let i = 0; i < emit.length; i++) emit[i]! *= scale;
    return viterbi(emit, this.transitions, n);
  }

  /** Tags for a sentence's tokens. */
  tag(tokens: string[]): string[] {
    return this.decodeView(this.view(tokens)).map((y) => TAGS[y]!);
  }

  /** A sentence prepared for decoding. */
  view(tokens: string[]): SentenceView {
    return viewOf(tokens, this.gazetteer, this.lexicon);
  }

  /** The model as one binary file (uncompressed; the shipped file is this, gzip-compressed). */
  serialize(): Uint8Array {
    if (!(this.weights instanceof Int8Array)) throw new Error('quantize before serializing');
    if (this.lexicon.vectors) throw new Error('the model file does not carry vector classes');
    const header = new TextEncoder().encode(JSON.stringify(this.meta));
    const lexicon = this.lexicon.serialize();
    const size =
      8 +
      4 +
      header.length +
      this.weights.length +
      4 +
      this.transitions.length * 4 +
      4 +
      lexicon.length;
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    out.set(new TextEncoder().encode(MAGIC), 0);
    view.setUint32(8, header.length, true);
    out.set(header, 12);
    let at = 12 + header.length;
    out.set(new Uint8Array(this.weights.buffer, this.weights.byteOffset, this.weights.length), at);
    at += this.weights.length;
    at += (4 - (at % 4)) % 4;
    new Float32Array(out.buffer, at, this.transitions.length).set(this.transitions);
    at += this.transitions.length * 4;
    view.setUint32(at, lexicon.length, true);
    out.set(lexicon, at + 4);
    return out.slice(0, at + 4 + lexicon.length);
  }

  /** Reads a model file; throws a clear error on anything else. */
  static deserialize(input: Uint8Array): Tagger {
    // A copy: Node's Buffer slices share one pooled ArrayBuffer, so `.buffer` would be wrong.
    const bytes = new Uint8Array(input);
    if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
      throw new Error('not a Siyaq NER model file');
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.getUint32(8, true);
    const meta = JSON.parse(
      new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)),
    ) as ModelMeta;
    if (meta.version !== 2 || meta.tags.join() !== TAGS.join())
      throw new Error('unsupported model version');
    let at = 12 + headerLength;
    const wLength = (1 << meta.bits) * T;
    const weights = new Int8Array(bytes.slice(at, at + wLength).buffer);
    at += wLength;
    at += (4 - (at % 4)) % 4;
    const transitions = new Float32Array(bytes.slice(at, at + (T + 1) * T * 4).buffer);
    if (weights.length !== wLength || transitions.length !== (T + 1) * T)
      throw new Error('truncated model file');
    at += (T + 1) * T * 4;
    const lexiconLength = at + 4 <= bytes.length ? view.getUint32(at, true) : -1;
    if (lexiconLength < 0 || at + 4 + lexiconLength !== bytes.length)
      throw new Error('truncated model file');
    const lexicon = Lexicon.deserialize(bytes.subarray(at + 4));
    return new Tagger(meta, weights, transitions, lexicon);
  }
}

/** Whether a model file's bytes are gzip-compressed (the shipped form). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A model file's bytes, decompressed if they are gzip (DecompressionStream: browsers, Node 18+). */
export async function inflateModel(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Best tag sequence for `n` tokens from emission scores and transitions, BIO-constrained. */
export function viterbi(emit: Float32Array, trans: Float32Array, n: number): number[] {
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let y = 0; y < T; y++) {
    score[y] = ALLOWED[y] ? trans[T * T + y]! + emit[y]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < T; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + y]) continue;
        const s = score[(i - 1) * T + p]! + trans[p * T + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + y] = best + emit[i * T + y]!;
      back[i * T + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < T; y++) if (score[(n - 1) * T + y]! > score[(n - 1) * T + last]!) last = y;
  const out = new Array<number>(n);
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
  return out;
}
