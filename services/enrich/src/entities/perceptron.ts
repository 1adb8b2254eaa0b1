import { FEATS_PER_TOKEN, sentenceFeatures, type DocContext, type Gazetteer } from './features.js';
import { LABELS, NL, TOKEN_CLASSES, emptyModel, tokenClasses, viterbi, type NerModel } from './model.js';

/** One training sentence; `partialMisc` marks sources that never annotate MISC (their O may hide a MISC). */
export interface TrainSentence {
  tokens: string[];
  tags: string[];
  partialMisc?: boolean;
  /** Tokens whose word identity is hidden with probability `rareDropout` (e.g. words seen once in training). */
  rare?: boolean[];
  /** Gazetteer for this sentence's features (jackknifed entity lists); defaults to the model's. */
  gazetteer?: Gazetteer;
  /** Context of the sentence's document (buildDocContext over all its sentences), for document-level features. */
  doc?: DocContext | null;
  /** Source corpus id (small integer) for domain-augmented training (TrainOptions.augment). */
  domain?: number;
}

export interface TrainOptions {
  bits?: number;
  epochs?: number;
  seed?: number;
  /** Learn transitions that depend on the current token's class (model.trans2). */
  classTransitions?: boolean;
  /** Loss-augmented decoding: this much is added to every wrong label's score during training (large-margin updates). */
  margin?: number;
  /** Probability of hiding a token's word-identity features during an update, so context and shape carry weight too. */
  wordDropout?: number;
  /** Probability of hiding the word identity of tokens marked `rare`. */
  rareDropout?: number;
  /**
   * "Frustratingly easy" domain adaptation (Daume 2007): each feature also gets a copy specific to the sentence's
   * `domain`, so source-specific labelling conventions are learnt by the copies and the shared weights (the only
   * ones used at inference) keep what the sources agree on.
   */
  augment?: boolean;
  /** Called after each epoch with the averaged model, e.g. to score a held-out set; return a number to keep the best epoch. */
  onEpoch?: (epoch: number, averaged: NerModel) => number | void;
  log?: (msg: string) => void;
}

const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** Deterministic xorshift32 generator in [0, 1): training shuffles and dropout are reproducible from a seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Appends a domain-specific copy of each token's features (word identity excepted) while the stride has room. */
export function addDomainCopies(f: Int32Array, n: number, domain: number, mask: number): void {
  const salt = Math.imul(domain + 1, 0x7f4a7c15);
  for (let t = 0; t < n; t++) {
    const base = t * FEATS_PER_TOKEN;
    let m = 0;
    while (m < FEATS_PER_TOKEN && f[base + m] !== -1) m++;
    let k = base + m;
    for (let j = 2; j < m && k < base + FEATS_PER_TOKEN; j++) {
      const v = f[base + j]!;
      if (v < 0) continue;
      let h = Math.imul(v ^ salt, 0x85ebca6b);
      h ^= h >>> 13;
      f[k++] = (h >>> 0) & mask;
    }
    if (k < base + FEATS_PER_TOKEN) f[k] = -1;
  }
}

/**
 * Averaged structured perceptron (Collins 2002) over the hashed features, with IOB2-constrained Viterbi.
 * For sentences whose source does not annotate MISC, a predicted MISC span that lies wholly on gold-O tokens
 * is not counted as an error (README of the training data, option b).
 */
export function trainPerceptron(data: TrainSentence[], gazetteer: Gazetteer, opts: TrainOptions = {}): NerModel {
  const bits = opts.bits ?? 20;
  const epochs = opts.epochs ?? 10;
  const mask = (1 << bits) - 1;
  const log = opts.log ?? (() => {});
  const model = emptyModel(bits, gazetteer);
  model.trained = true;
  const docFeatures = data.some((s) => s.doc);
  if (docFeatures) model.docFeatures = true;
  const w = model.weights;
  const tr = model.trans;
  // Sum of c * update for the averaging trick: avg = w - acc / c.
  const acc = new Float64Array(w.length);
  const accT = new Float64Array(tr.length);
  const classDependent = opts.classTransitions ?? false;
  const tr2 = model.trans2!;
  const accT2 = new Float64Array(tr2.length);
  if (!classDependent) delete model.trans2;

  // Features do not depend on weights: compute them once.
  const feats: Int32Array[] = data.map((s) => {
    const f = sentenceFeatures(s.tokens, s.gazetteer ?? gazetteer, mask, undefined, s.doc).slice(0, s.tokens.length * FEATS_PER_TOKEN);
    if (opts.augment && s.domain !== undefined) addDomainCopies(f, s.tokens.length, s.domain, mask);
    return f;
  });
  const gold: Int8Array[] = data.map((s) => Int8Array.from(s.tags, (t) => LABEL_INDEX.get(t) ?? 0));
  const classes: Uint8Array[] = data.map((s) => tokenClasses(s.tokens));
  const order = data.map((_, i) => i);
  const rand = rng(opts.seed ?? 7);
  let c = 1;
  let best: { score: number; model: NerModel } | null = null;
  let scores = new Float32Array(256 * NL);
  const pred: number[] = [];

  const averaged = (): NerModel => {
    const m = emptyModel(bits, gazetteer);
    m.trained = true;
    if (docFeatures) m.docFeatures = true;
    for (let i = 0; i < w.length; i++) m.weights[i] = w[i]! - acc[i]! / c;
    for (let i = 0; i < tr.length; i++) m.trans[i] = tr[i]! - accT[i]! / c;
    if (classDependent) for (let i = 0; i < tr2.length; i++) m.trans2![i] = tr2[i]! - accT2[i]! / c;
    else delete m.trans2;
    return m;
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    const dropout = opts.wordDropout ?? 0;
    for (const si of order) {
      let f = feats[si]!;
      const g = gold[si]!;
      const n = g.length;
      if (n === 0) continue;
      const rare = data[si]!.rare;
      const rareDropout = opts.rareDropout ?? 0;
      if (dropout > 0 || (rare && rareDropout > 0)) {
        f = f.slice();
        for (let t = 0; t < n; t++) {
          if (rand() < dropout || (rare?.[t] && rand() < rareDropout)) {
            f[t * FEATS_PER_TOKEN] = -2;
            f[t * FEATS_PER_TOKEN + 1] = -2;
          }
        }
      }
      if (scores.length < n * NL) scores = new Float32Array(n * NL * 2);
      scores.fill(0, 0, n * NL);
      for (let t = 0; t < n; t++) {
        for (let k = 0; k < FEATS_PER_TOKEN; k++) {
          const fi = f[t * FEATS_PER_TOKEN + k]!;
          if (fi < 0) {
            if (fi === -1) break;
            continue;
          }
          const wb = fi * NL;
          for (let l = 0; l < NL; l++) scores[t * NL + l]! += w[wb + l]!;
        }
      }
      const margin = opts.margin ?? 0;
      if (margin > 0) {
        for (let t = 0; t < n; t++) {
          const gl = g[t]!;
          for (let l = 0; l < NL; l++) if (l !== gl) scores[t * NL + l]! += margin;
        }
      }
      const cls = classes[si]!;
      viterbi(model, scores, n, pred, classDependent ? cls : undefined);
      const target = Int8Array.from(g);
      if (data[si]!.partialMisc) {
        // Accept predicted MISC spans lying entirely on gold O.
        let t = 0;
        while (t < n) {
          if (pred[t] === 7) {
            let e = t + 1;
            while (e < n && pred[e] === 8) e++;
            let allO = true;
            for (let x = t; x < e; x++) if (g[x] !== 0) allO = false;
            if (allO) for (let x = t; x < e; x++) target[x] = pred[x]!;
            t = e;
          } else t++;
        }
      }
      tokens += n;
      let prevG = -1;
      let prevP = -1;
      for (let t = 0; t < n; t++) {
        const gl = target[t]!;
        const pl = pred[t]!;
        if (gl !== pl) {
          errors++;
          for (let k = 0; k < FEATS_PER_TOKEN; k++) {
            const fi = f[t * FEATS_PER_TOKEN + k]!;
            if (fi < 0) {
              if (fi === -1) break;
              continue;
            }
            const wb = fi * NL;
            w[wb + gl]! += 1;
            acc[wb + gl]! += c;
            w[wb + pl]! -= 1;
            acc[wb + pl]! -= c;
          }
        }
        if (gl !== pl || prevG !== prevP) {
          const ig = (prevG + 1) * NL + gl;
          const ip = (prevP + 1) * NL + pl;
          tr[ig]! += 1;
          accT[ig]! += c;
          tr[ip]! -= 1;
          accT[ip]! -= c;
          if (classDependent) {
            const jg = ig * TOKEN_CLASSES + cls[t]!;
            const jp = ip * TOKEN_CLASSES + cls[t]!;
            tr2[jg]! += 1;
            accT2[jg]! += c;
            tr2[jp]! -= 1;
            accT2[jp]! -= c;
          }
        }
        prevG = gl;
        prevP = pl;
      }
      c++;
    }
    log(`epoch ${epoch}: token error rate ${(errors / Math.max(1, tokens)).toFixed(4)}`);
    if (opts.onEpoch) {
      const avg = averaged();
      const score = opts.onEpoch(epoch, avg);
      if (typeof score === 'number' && (!best || score > best.score)) best = { score, model: avg };
    }
  }
  return best ? best.model : averaged();
}
