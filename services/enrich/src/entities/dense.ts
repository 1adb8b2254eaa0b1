/**
 * The NER tagger's dense scorer: a small feed-forward network over pre-trained word vectors. For each token it reads
 * the vectors of the five tokens around it (GloVe 6B reduced to 50 principal axes, lower-cased; data/ner/vectors.bin.gz)
 * and each of those tokens' class (capitalisation, digit, punctuation: model.ts tokenClass), plus the mean vector of
 * the whole sentence's words (the sentence layer: what the sentence is about, beyond the window), one hidden ReLU
 * layer, and a softmax over the nine IOB2 labels. Its log-probabilities, times the model's `weight`, are added to the
 * perceptron's emission scores before Viterbi (a product of experts). What it adds: words the perceptron's sparse
 * features never saw in training still have a vector near words it did see ("Kipyegon" near other runners' names),
 * and the hidden layer combines the window in ways a linear model cannot. Trained by scripts/train-dense.ts on
 * ner/train.jsonl.
 *
 * Speed: the first layer is linear in the vectors, so each word's contribution at each window position (5 x hidden
 * floats) is computed once and cached; a token then costs about 5 x hidden additions plus the output layer. The
 * sentence layer is linear too (the mean's projection is the mean of its words' projections), so a word's projection
 * through it is cached the same way, and a sentence with any token past the gate adds one cached row per word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { clusterKey, type WordInfo } from './features.js';

/** Token classes fed to the network per position (model.ts tokenClass: 0..5), plus padding and "no vector". */
export const DENSE_CLASSES = 8;
export const PAD_CLASS = 6;
export const NO_VECTOR_CLASS = 7;
const LABEL_COUNT = 9;

/** Pre-trained word vectors, int8 (value = code * scale), keyed by clusterKey (lower case, digits as 0). */
export interface WordVectors {
  dims: number;
  scale: number;
  index: Map<string, number>;
  codes: Int8Array;
}

export interface DenseScorer {
  vectors: WordVectors;
  /** Tokens read on each side. */
  window: number;
  hidden: number;
  /** Weight of the log-probabilities added to the perceptron's emissions (chosen on held-out train documents). */
  weight: number;
  /**
   * Tokens whose perceptron score for O leads every other label's by more than this are left to the perceptron (no
   * network pass): adding nothing there is adding the same to every label, and the network would say O as well.
   * Infinity: every token is scored.
   */
  gate: number;
  /**
   * Added to each probability before its logarithm: the most the network can take from a label is
   * weight x log(floor), so it shifts what the perceptron reads but cannot veto a label it is sure of.
   */
  floor: number;
  /** First layer, one row of `hidden` per input: position p's vector dims at p * (dims + classes) + d, then its classes. */
  w1: Float32Array;
  b1: Float32Array;
  /** Output layer, one row of 9 labels per hidden unit. */
  w2: Float32Array;
  b2: Float32Array;
  /**
   * Sentence layer (dims x hidden; null in files from before it): reads the mean vector of the sentence's words
   * (sentenceMean), so every token's hidden layer also sees what the whole sentence is about.
   */
  ws: Float32Array | null;
}

/** Token classes (model.ts tokenClass) the sentence layer reads: capitalised, capitals, lower case. */
const inSentenceMean = (cls: number): boolean => cls <= 2;

/**
 * The mean vector of a sentence's words (tokens of class capitalised, capitals or lower case that have a vector),
 * into `out` (dims floats): what the sentence is about, for the sentence layer. False (all zero) when none has one.
 */
export function sentenceMean(v: WordVectors, rows: Int32Array, cls: Uint8Array, n: number, out: Float32Array): boolean {
  const { dims, codes, scale } = v;
  out.fill(0, 0, dims);
  let count = 0;
  for (let t = 0; t < n; t++) {
    const row = rows[t]!;
    if (row < 0 || !inSentenceMean(cls[t]!)) continue;
    count++;
    for (let k = 0; k < dims; k++) out[k]! += codes[row * dims + k]!;
  }
  if (count === 0) return false;
  const f = scale / count;
  for (let k = 0; k < dims; k++) out[k]! *= f;
  return true;
}

/** Adds the sentence layer's contribution (ws^T mean) to `pre`. */
export function addSentenceContext(d: DenseScorer, mean: Float32Array, pre: Float32Array): void {
  const ws = d.ws;
  if (!ws) return;
  const H = d.hidden;
  for (let k = 0; k < d.vectors.dims; k++) {
    const x = mean[k]!;
    if (x === 0) continue;
    const w = k * H;
    for (let u = 0; u < H; u++) pre[u]! += x * ws[w + u]!;
  }
}

export const VECTORS_PATH = fileURLToPath(new URL('../../data/ner/vectors.bin.gz', import.meta.url));
export const DENSE_PATH = fileURLToPath(new URL('../../models/ner-dense-en.bin.gz', import.meta.url));

const VECTORS_MAGIC = 'NWVEC1\n';
const DENSE_MAGIC = 'NWDNS1\n';

/** One file: magic, header JSON line, the words joined by "\n", then the int8 codes (words x dims). */
export function serializeVectors(v: WordVectors, words: readonly string[]): Buffer {
  const header = JSON.stringify({ dims: v.dims, scale: v.scale, words: words.length });
  const text = Buffer.from(`${VECTORS_MAGIC}${header}\n${words.join('\n')}\n`, 'utf8');
  return Buffer.concat([text, Buffer.from(v.codes.buffer, v.codes.byteOffset, v.codes.byteLength)]);
}

export function deserializeVectors(buf: Buffer): WordVectors {
  if (buf.toString('latin1', 0, VECTORS_MAGIC.length) !== VECTORS_MAGIC) throw new Error('not a newswire word-vector file');
  let pos = VECTORS_MAGIC.length;
  const headerEnd = buf.indexOf(10, pos);
  const header = JSON.parse(buf.toString('utf8', pos, headerEnd)) as { dims: number; scale: number; words: number };
  pos = headerEnd + 1;
  const index = new Map<string, number>();
  for (let i = 0; i < header.words; i++) {
    const end = buf.indexOf(10, pos);
    index.set(buf.toString('utf8', pos, end), i);
    pos = end + 1;
  }
  const codes = new Int8Array(header.words * header.dims);
  codes.set(new Int8Array(buf.buffer, buf.byteOffset + pos, codes.length));
  return { dims: header.dims, scale: header.scale, index, codes };
}

/** Network file: magic, header JSON line, then float32 w1, b1, w2, b2 (little-endian). */
export function serializeDense(d: DenseScorer): Buffer {
  const gate = Number.isFinite(d.gate) ? d.gate : null;
  const header = JSON.stringify({
    dims: d.vectors.dims,
    window: d.window,
    hidden: d.hidden,
    weight: d.weight,
    gate,
    floor: d.floor,
    ...(d.ws ? { sentence: true } : {}),
  });
  const parts = [d.w1, d.b1, d.w2, d.b2, ...(d.ws ? [d.ws] : [])].map((a) => Buffer.from(new Float32Array(a).buffer));
  return Buffer.concat([Buffer.from(`${DENSE_MAGIC}${header}\n`, 'utf8'), ...parts]);
}

/** Input width of the first layer: (2 * window + 1) positions of (vector dims + classes). */
export function inputWidth(dims: number, window: number): number {
  return (2 * window + 1) * (dims + DENSE_CLASSES);
}

export function deserializeDense(buf: Buffer, vectors: WordVectors): DenseScorer {
  if (buf.toString('latin1', 0, DENSE_MAGIC.length) !== DENSE_MAGIC) throw new Error('not a newswire dense-scorer file');
  const headerEnd = buf.indexOf(10, DENSE_MAGIC.length);
  const h = JSON.parse(buf.toString('utf8', DENSE_MAGIC.length, headerEnd)) as {
    dims: number;
    window: number;
    hidden: number;
    weight: number;
    gate?: number | null;
    floor?: number;
    sentence?: boolean;
  };
  if (h.dims !== vectors.dims) throw new Error(`dense scorer expects ${h.dims}-dimensional vectors, the vector file has ${vectors.dims}`);
  let pos = headerEnd + 1;
  const floats = (inputWidth(h.dims, h.window) + 1) * h.hidden + (h.hidden + 1) * LABEL_COUNT + (h.sentence ? h.dims * h.hidden : 0);
  if (buf.length - pos !== 4 * floats)
    throw new Error(
      `dense scorer file holds ${buf.length - pos} bytes of weights where its header needs ${4 * floats}: it is truncated or ` +
        'damaged; rebuild it with services/enrich/scripts/train-dense.ts (README "The NER model")',
    );
  const take = (n: number): Float32Array => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = buf.readFloatLE(pos + 4 * i);
    pos += 4 * n;
    return out;
  };
  const w1 = take(inputWidth(h.dims, h.window) * h.hidden);
  const b1 = take(h.hidden);
  const w2 = take(h.hidden * LABEL_COUNT);
  const b2 = take(LABEL_COUNT);
  const ws = h.sentence ? take(h.dims * h.hidden) : null;
  return {
    vectors,
    window: h.window,
    hidden: h.hidden,
    weight: h.weight,
    gate: h.gate ?? Infinity,
    floor: h.floor ?? 1e-6,
    w1,
    b1,
    w2,
    b2,
    ws,
  };
}

/** A fresh network (training): small random weights, zero biases. */
export function newDense(vectors: WordVectors, window: number, hidden: number, random: () => number, sentence = true): DenseScorer {
  const inputs = inputWidth(vectors.dims, window);
  const init = (n: number, fanIn: number, fanOut: number): Float32Array => {
    const r = Math.sqrt(6 / (fanIn + fanOut));
    return new Float32Array(n).map(() => (random() * 2 - 1) * r);
  };
  // Only about a fifth of the inputs are non-zero at once (one class per position), hence the smaller fan-in.
  return {
    vectors,
    window,
    hidden,
    weight: 1,
    gate: Infinity,
    floor: 1e-6,
    w1: init(inputs * hidden, inputs / 3, hidden),
    b1: new Float32Array(hidden),
    w2: init(hidden * LABEL_COUNT, hidden, LABEL_COUNT),
    b2: new Float32Array(LABEL_COUNT),
    ws: sentence ? init(vectors.dims * hidden, vectors.dims, hidden) : null,
  };
}

/**
 * Token as written -> its row in the vector file used last (one file in a running tagger; like the projection cache,
 * it starts over when another file is used), so a repeated token skips clusterKey's string work.
 */
let memoOwner: WordVectors | null = null;
let memo = new Map<string, number>();

/** The vector row of a token (-1: none). */
export function vectorRow(v: WordVectors, token: string): number {
  if (memoOwner !== v) {
    memoOwner = v;
    memo = new Map();
  }
  let row = memo.get(token);
  if (row === undefined) {
    row = v.index.get(clusterKey(token)) ?? -1;
    if (memo.size >= 200_000) memo.clear();
    memo.set(token, row);
  }
  return row;
}

/** The vector row of a tagged word, kept on its cached word facts (one property read instead of a string lookup). */
function infoRow(v: WordVectors, t: WordInfo, token: string): number {
  if (t.rowOf !== v) {
    t.row = vectorRow(v, token);
    t.rowOf = v;
  }
  return t.row;
}

/** The vector row of each token (-1: none). */
export function vectorRows(v: WordVectors, tokens: readonly string[], out: Int32Array): void {
  for (let i = 0; i < tokens.length; i++) out[i] = vectorRow(v, tokens[i]!);
}

/**
 * First-layer contributions of a word's vector at one window position (`hidden` floats), cached in one slab of at
 * most 8M floats. The cache is two-way set-associative on (vector row, position): a new entry replaces the less
 * recently used of its set's two, so memory stays fixed in a long-running worker while frequent words stay cached.
 * A miss costs dims x hidden multiply-adds.
 */
const CACHE_FLOATS = 1 << 23;
let cacheOwner: DenseScorer | null = null;
let cacheSlab = new Float32Array(0);
let cacheKeys = new Int32Array(0);
/** Per set: which of its two entries was used last (0 or 1). */
let cacheRecent = new Uint8Array(0);
let cacheShift = 32;

/** Tests: how many projections were computed (cache misses) since the process started. */
export const projectionCounts = { misses: 0 };

/**
 * Offset in the slab of the projection of vector row `row` at window position p, or through the sentence layer
 * (p = 2 * window + 1: the mean's projection is the mean of its words' projections, so they cache like positions).
 */
function projection(d: DenseScorer, row: number, p: number): number {
  const H = d.hidden;
  if (cacheOwner !== d) {
    cacheOwner = d;
    const bits = Math.floor(Math.log2(CACHE_FLOATS / H));
    cacheSlab = new Float32Array((1 << bits) * H);
    cacheKeys = new Int32Array(1 << bits);
    cacheRecent = new Uint8Array(1 << (bits - 1));
    cacheShift = 33 - bits;
  }
  const key = row * (2 * d.window + 2) + p + 1;
  const set = Math.imul(key, 0x9e3779b1) >>> cacheShift;
  let slot = 2 * set;
  if (cacheKeys[slot] === key) {
    cacheRecent[set] = 0;
    return slot * H;
  }
  if (cacheKeys[slot + 1] === key) {
    cacheRecent[set] = 1;
    return (slot + 1) * H;
  }
  projectionCounts.misses++;
  if (cacheRecent[set] === 0) slot++;
  cacheRecent[set] = slot & 1;
  const off = slot * H;
  const { dims, codes, scale } = d.vectors;
  const sentence = p > 2 * d.window;
  const base = sentence ? 0 : p * (dims + DENSE_CLASSES);
  const w1 = sentence ? d.ws! : d.w1;
  const slab = cacheSlab;
  slab.fill(0, off, off + H);
  for (let k = 0; k < dims; k++) {
    const x = codes[row * dims + k]! * scale;
    if (x === 0) continue;
    const w = (base + k) * H;
    for (let u = 0; u < H; u++) slab[off + u]! += x * w1[w + u]!;
  }
  cacheKeys[slot] = key;
  return off;
}

function addClassRow(d: DenseScorer, pre: Float32Array, input: number, used?: number[]): void {
  const H = d.hidden;
  const w = input * H;
  for (let u = 0; u < H; u++) pre[u]! += d.w1[w + u]!;
  used?.push(input);
}

/**
 * The hidden layer's pre-activation for token i, computed from the weights (training, where they change after every
 * token; addDenseScores reads the cache instead), written to `pre`. For the backward pass, `classRows` receives the
 * first-layer rows of the classes used and `vecs` the (position, vector row) pairs; `hideCentre` reads the token
 * itself as having no vector (word dropout).
 */
export function hiddenInput(
  d: DenseScorer,
  rows: Int32Array,
  cls: Uint8Array,
  n: number,
  i: number,
  pre: Float32Array,
  classRows?: number[],
  vecs?: number[],
  hideCentre = false,
  mean?: Float32Array | null,
): void {
  const H = d.hidden;
  const { dims, codes, scale } = d.vectors;
  const stride = dims + DENSE_CLASSES;
  pre.set(d.b1);
  if (mean) addSentenceContext(d, mean, pre);
  for (let p = 0; p < 2 * d.window + 1; p++) {
    const t = i + p - d.window;
    const inside = t >= 0 && t < n;
    const row = inside && !(hideCentre && p === d.window) ? rows[t]! : -1;
    addClassRow(d, pre, p * stride + dims + (inside ? cls[t]! : PAD_CLASS), classRows);
    if (inside && row < 0) addClassRow(d, pre, p * stride + dims + NO_VECTOR_CLASS, classRows);
    if (row < 0) continue;
    vecs?.push(p, row);
    for (let k = 0; k < dims; k++) {
      const x = codes[row * dims + k]! * scale;
      if (x === 0) continue;
      const w = (p * stride + k) * H;
      for (let u = 0; u < H; u++) pre[u]! += x * d.w1[w + u]!;
    }
  }
}

/** Softmax over the labels from the hidden pre-activation: writes the ReLU outputs to `act` and probabilities to `prob`. */
export function outputProbs(d: DenseScorer, pre: Float32Array, act: Float32Array, prob: Float32Array): void {
  const H = d.hidden;
  prob.set(d.b2);
  for (let u = 0; u < H; u++) {
    const a = pre[u]! > 0 ? pre[u]! : 0;
    act[u] = a;
    if (a === 0) continue;
    const w = u * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) prob[l]! += a * d.w2[w + l]!;
  }
  let max = -Infinity;
  for (let l = 0; l < LABEL_COUNT; l++) if (prob[l]! > max) max = prob[l]!;
  let z = 0;
  for (let l = 0; l < LABEL_COUNT; l++) z += prob[l] = Math.exp(prob[l]! - max);
  for (let l = 0; l < LABEL_COUNT; l++) prob[l]! /= z;
}

let rowBuf = new Int32Array(256);
let ctxBuf = new Float32Array(0);
let preBuf = new Float32Array(0);
let actBuf = new Float32Array(0);
const probBuf = new Float32Array(LABEL_COUNT);

/**
 * Adds weight x log p(label | window) to each token's emission scores (n x 9, label order of model.ts LABELS), which
 * already hold the perceptron's (read by the gate).
 */
export function addDenseScores(
  d: DenseScorer,
  tokens: readonly string[],
  cls: Uint8Array,
  scores: Float32Array,
  info?: readonly WordInfo[],
): void {
  const n = tokens.length;
  const H = d.hidden;
  const win = d.window;
  const dims = d.vectors.dims;
  const stride = dims + DENSE_CLASSES;
  const w1 = d.w1;
  const weight = d.weight;
  const gate = d.gate;
  const floor = d.floor;
  if (rowBuf.length < n) rowBuf = new Int32Array(n * 2);
  if (preBuf.length !== H) {
    preBuf = new Float32Array(H);
    actBuf = new Float32Array(H);
  }
  const pre = preBuf;
  const prob = probBuf;
  // The sentence layer's part of the hidden pre-activation (with the bias), computed at the first token past the
  // gate; null: not yet, or no sentence layer.
  let ctx: Float32Array | null = null;
  // Vector rows are looked up only around the tokens past the gate (-2: not yet looked up).
  const rows = rowBuf;
  rows.fill(-2, 0, n);
  for (let i = 0; i < n; i++) {
    const o = i * LABEL_COUNT;
    if (gate !== Infinity) {
      let best = scores[o + 1]!;
      for (let l = 2; l < LABEL_COUNT; l++) if (scores[o + l]! > best) best = scores[o + l]!;
      if (scores[o]! - best > gate) continue;
    }
    if (d.ws && !ctx) {
      // The words sentenceMean averages, each through the sentence layer from the cache, then averaged.
      if (ctxBuf.length !== H) ctxBuf = new Float32Array(H);
      ctx = ctxBuf;
      ctx.fill(0);
      let count = 0;
      for (let t = 0; t < n; t++) {
        if (!inSentenceMean(cls[t]!)) continue;
        let row = rows[t]!;
        if (row === -2) row = rows[t] = info ? infoRow(d.vectors, info[t]!, tokens[t]!) : vectorRow(d.vectors, tokens[t]!);
        if (row < 0) continue;
        count++;
        const off = projection(d, row, 2 * win + 1);
        const slab = cacheSlab;
        for (let u = 0; u < H; u++) ctx[u]! += slab[off + u]!;
      }
      const f = count > 0 ? 1 / count : 0;
      for (let u = 0; u < H; u++) ctx[u] = d.b1[u]! + f * ctx[u]!;
    }
    pre.set(ctx ?? d.b1);
    for (let p = 0; p <= 2 * win; p++) {
      const t = i + p - win;
      if (t < 0 || t >= n) {
        const wp = (p * stride + dims + PAD_CLASS) * H;
        for (let u = 0; u < H; u++) pre[u]! += w1[wp + u]!;
        continue;
      }
      let row = rows[t]!;
      if (row === -2) row = rows[t] = info ? infoRow(d.vectors, info[t]!, tokens[t]!) : vectorRow(d.vectors, tokens[t]!);
      const wc = (p * stride + dims + cls[t]!) * H;
      if (row < 0) {
        const wn = (p * stride + dims + NO_VECTOR_CLASS) * H;
        for (let u = 0; u < H; u++) pre[u]! += w1[wc + u]! + w1[wn + u]!;
      } else {
        const off = projection(d, row, p);
        const slab = cacheSlab;
        for (let u = 0; u < H; u++) pre[u]! += w1[wc + u]! + slab[off + u]!;
      }
    }
    outputProbs(d, pre, actBuf, prob);
    for (let l = 0; l < LABEL_COUNT; l++) scores[o + l]! += weight * Math.log(prob[l]! + floor);
  }
}

export function loadVectors(path = VECTORS_PATH): WordVectors | null {
  return existsSync(path) ? deserializeVectors(gunzipSync(readFileSync(path))) : null;
}

/** The shipped dense scorer, or null when its files are absent (the tagger then runs on the perceptron alone). */
export function loadDense(path = DENSE_PATH, vectorsPath = VECTORS_PATH): DenseScorer | null {
  if (!existsSync(path)) return null;
  const vectors = loadVectors(vectorsPath);
  return vectors ? deserializeDense(gunzipSync(readFileSync(path)), vectors) : null;
}

export function gzipDense(d: DenseScorer): Buffer {
  return gzipSync(serializeDense(d), { level: 9 });
}
