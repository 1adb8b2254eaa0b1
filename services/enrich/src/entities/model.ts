import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  BOUNDARY,
  FEATS_PER_TOKEN,
  GAZ,
  analyseSentence,
  contextRestFeatures,
  farLeftFeature,
  farRightFeature,
  leftFeatures,
  ownFeatures,
  pairLeftFeatures,
  pairRightFeatures,
  rightFeatures,
  sentenceFeatures,
  tokenClass,
  wordIdGeneration,
  buildDocContext,
  type DocContext,
  type Gazetteer,
  type WordInfo,
} from './features.js';
import { isThe, isTitleWord } from './lexicon.js';
import { CLUBS } from './clubs.js';
import { DENSE_PATH, addDenseScores, loadDense, type DenseScorer } from './dense.js';
import { FIRM_WORDS, LEGAL_FORMS } from './business-cues.js';
import { chunks } from './conlleval.js';
import { COMPANIES } from './companies.js';
import { applyNameForms } from './name-forms.js';
import { applyNewsConventions } from './news-conventions.js';
import { applySportsConventions, sportSentences } from './sports.js';
import { applyWireConventions, inCapitals } from './wire-conventions.js';

/** IOB2 labels of the tagger; index 0 is O. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NL = LABELS.length;

/**
 * A hashed-feature linear-chain model (averaged structured perceptron, Viterbi decoding).
 * `weights[f * NL + label]`; `trans[(prev + 1) * NL + label]` with row 0 = sentence start.
 */
export interface NerModel {
  bits: number;
  weights: Float32Array;
  /**
   * Shipped models keep their int8 weights as they are (value = q * scale): 4x less memory than float32, so the
   * table mostly stays in cache, which is what bounds tagging speed. `weights` is then empty.
   */
  q?: Int8Array;
  scale?: number;
  /**
   * Companded int8 codes (serializeModel): a code q stands for sign(q) * q^2 * scale, so small weights keep fine
   * steps while the largest ones are not clipped. Absent: linear codes (q * scale).
   */
  compand?: 2;
  trans: Float32Array;
  /**
   * Transition weights that also depend on the class of the current token (see tokenClass):
   * `trans2[((prev + 1) * NL + label) * TOKEN_CLASSES + cls]`. Lets boundaries depend on what the word looks like
   * ("of" inside an ORG, punctuation ending a span). Absent in older models.
   */
  trans2?: Float32Array;
  gazetteer: Gazetteer;
  /** False for the fallback when no trained weights are shipped: tagging then uses capitalisation rules only. */
  trained: boolean;
  /** Trained with document-context features (features.ts DOC): only then is a DocContext used when tagging. */
  docFeatures?: boolean;
  /** The dense window scorer (dense.ts) whose weighted log-probabilities join the emission scores, when shipped. */
  dense?: DenseScorer | null;
}

const NEG = -1e9;

/** True when label `cur` may follow `prev` in IOB2 (prev -1 = sentence start). */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true; // O or B-X
  return prev === cur || prev === cur - 1; // I-X after B-X or I-X
}

export const TOKEN_CLASSES = 6;
export { tokenClass };
/** Token classes of a sentence. */
export function tokenClasses(tokens: readonly string[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = tokenClass(tokens[i]!);
  return out;
}

export function emptyModel(bits: number, gazetteer: Gazetteer): NerModel {
  return {
    bits,
    weights: new Float32Array((1 << bits) * NL),
    trans: new Float32Array((NL + 1) * NL),
    trans2: new Float32Array((NL + 1) * NL * TOKEN_CLASSES),
    gazetteer,
    trained: false,
  };
}

let featBuf = new Int32Array(256 * FEATS_PER_TOKEN);
let scoreBuf = new Float32Array(256 * NL);
let deltaBuf = new Float32Array(256 * NL);
let backBuf = new Int8Array(256 * NL);
let clsBuf = new Uint8Array(256);

// Per word type, the int8 weight sums of its single-word feature groups: own, as left neighbour, as right
// neighbour, two left, two right (5 x NL). Word types repeat, so most tokens only add five cached vectors
// plus a dozen context features, instead of ~45 scattered table reads.
const VEC = 5 * NL;
const tmpFeats = new Int32Array(FEATS_PER_TOKEN);

/** Integer value of each int8 code (index code + 128): the code itself, or sign(q) * q^2 for companded models. */
const LINEAR_CODES = Int32Array.from({ length: 256 }, (_, i) => i - 128);
const SQUARE_CODES = Int32Array.from({ length: 256 }, (_, i) => (i - 128) * Math.abs(i - 128));
/** Code table of the model being scored (set by quantisedEmissions). */
let codes = LINEAR_CODES;

function sumRows(q: Int8Array, feats: Int32Array, from: number, to: number, acc: Int32Array, at: number): void {
  const c = codes;
  for (let k = from; k < to; k++) {
    const wb = feats[k]! * NL;
    for (let l = 0; l < NL; l++) acc[at + l]! += c[q[wb + l]! + 128]!;
  }
}

/** The weights a shipped (int8) model stands for, as floats. */
export function dequantise(model: NerModel): Float32Array {
  const table = model.compand === 2 ? SQUARE_CODES : LINEAR_CODES;
  const scale = model.scale ?? 1;
  return Float32Array.from(model.q ?? [], (v) => table[v + 128]! * scale);
}

function wordVec(model: NerModel, q: Int8Array, mask: number, t: WordInfo): Int32Array {
  if (t.vecOf === model) return t.vec!;
  const v = new Int32Array(VEC);
  let k = ownFeatures(t, tmpFeats, 0, mask);
  sumRows(q, tmpFeats, 0, k, v, 0);
  k = leftFeatures(t, tmpFeats, 0, mask);
  sumRows(q, tmpFeats, 0, k, v, NL);
  k = rightFeatures(t, tmpFeats, 0, mask);
  sumRows(q, tmpFeats, 0, k, v, 2 * NL);
  tmpFeats[0] = farLeftFeature(t, mask);
  sumRows(q, tmpFeats, 0, 1, v, 3 * NL);
  tmpFeats[0] = farRightFeature(t, mask);
  sumRows(q, tmpFeats, 0, 1, v, 4 * NL);
  t.vec = v;
  t.vecOf = model;
  return v;
}

// Per adjacent word pair (left a, right b), the int8 weight sums of the pair features: [0, NL) what b gets from a
// (plus the bias), [NL, 2 NL) what a gets from b. Frequent pairs ("of the", "said on") repeat, so most tokens
// read two cached vectors instead of seven scattered table rows. The cache is one open-addressing table keyed by
// the two words' ids, its vectors in one slab (no allocation per pair, nothing for the GC to trace); past
// PAIR_MAX entries it starts over.
let PAIR_MAX = 400_000;
const PAIR_SLOTS = 1 << 20; // load factor <= 0.38
const pairKeyA = new Int32Array(PAIR_SLOTS);
const pairKeyB = new Int32Array(PAIR_SLOTS);
const pairEntry = new Int32Array(PAIR_SLOTS);
/** The vectors, 2 * NL ints per entry. */
const pairSlab = new Int32Array(PAIR_MAX * 2 * NL);

/** Tests: a smaller pair cache, so that starting over is exercised (at most the default 400,000). */
export function setPairCacheLimit(n: number): void {
  PAIR_MAX = Math.max(1, Math.min(n, pairSlab.length / (2 * NL)));
  resetPairs();
}
let pairModel: NerModel | null = null;
let pairGen = -1;
let pairCount = 0;

function resetPairs(): void {
  pairKeyA.fill(0);
  pairCount = 0;
}

/** Offset in `pairSlab` of the pair vector of (a, b). */
function pairVec(q: Int8Array, mask: number, a: WordInfo, b: WordInfo): number {
  const ia = a.id;
  const ib = b.id;
  let slot = (Math.imul(ia, 0x9e3779b1) ^ Math.imul(ib, 0x85ebca6b)) >>> 12; // 20 bits
  for (;;) {
    const ka = pairKeyA[slot]!;
    if (ka === 0) break;
    if (ka === ia && pairKeyB[slot] === ib) return pairEntry[slot]! * 2 * NL;
    slot = (slot + 1) & (PAIR_SLOTS - 1);
  }
  if (pairCount >= PAIR_MAX) {
    resetPairs();
    return pairVec(q, mask, a, b);
  }
  const off = pairCount * 2 * NL;
  pairSlab.fill(0, off, off + 2 * NL);
  let k = pairLeftFeatures(a, b, tmpFeats, 0, mask);
  sumRows(q, tmpFeats, 0, k, pairSlab, off);
  k = pairRightFeatures(a, b, tmpFeats, 0, mask);
  sumRows(q, tmpFeats, 0, k, pairSlab, off + NL);
  pairKeyA[slot] = ia;
  pairKeyB[slot] = ib;
  pairEntry[slot] = pairCount++;
  return off;
}

const accBuf = new Int32Array(NL);

/** Emission scores of a shipped (int8) model, equal to the generic path's but several times faster. */
function quantisedEmissions(
  model: NerModel,
  q: Int8Array,
  tokens: readonly string[],
  scores: Float32Array,
  doc: DocContext | null,
): readonly WordInfo[] {
  const n = tokens.length;
  const mask = (1 << model.bits) - 1;
  const scale = model.scale ?? 1;
  codes = model.compand === 2 ? SQUARE_CODES : LINEAR_CODES;
  if (model !== pairModel || pairGen !== wordIdGeneration()) {
    pairModel = model;
    pairGen = wordIdGeneration();
    resetPairs();
  }
  const s = analyseSentence(tokens, model.gazetteer, doc);
  const info = s.info;
  const acc = accBuf;
  for (let i = 0; i < n; i++) {
    const t = info[i]!;
    const left = i > 0 ? info[i - 1]! : BOUNDARY;
    const right = i + 1 < n ? info[i + 1]! : BOUNDARY;
    const own = wordVec(model, q, mask, t);
    const m1 = wordVec(model, q, mask, left);
    const p1 = wordVec(model, q, mask, right);
    const m2 = wordVec(model, q, mask, i > 1 ? info[i - 2]! : BOUNDARY);
    const p2 = wordVec(model, q, mask, i + 2 < n ? info[i + 2]! : BOUNDARY);
    const ps = pairSlab;
    // One pair vector at a time: the second lookup may start the cache over and reuse the first one's slot.
    const pl = pairVec(q, mask, left, t);
    for (let l = 0; l < NL; l++) acc[l] = own[l]! + m1[NL + l]! + p1[2 * NL + l]! + m2[3 * NL + l]! + p2[4 * NL + l]! + ps[pl + l]!;
    const pr = pairVec(q, mask, t, right) + NL;
    for (let l = 0; l < NL; l++) acc[l]! += ps[pr + l]!;
    const k = contextRestFeatures(s, i, tmpFeats, 0, mask);
    sumRows(q, tmpFeats, 0, k, acc, 0);
    const sb = i * NL;
    for (let l = 0; l < NL; l++) scores[sb + l] = acc[l]! * scale;
  }
  return info;
}

const HEADLINE_SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'over',
  'the',
  'to',
  'up',
  'with',
]);

/**
 * A sentence in headline case ("Taiwan Accuses China, Russia of Heightening Regional Tensions"): every word but the
 * short function words capitalised, in title case rather than capitals, at least two of them words that running text
 * writes in lower case. The dense scorer learnt what capitalisation means from running text, where a run of
 * capitalised words is a name; here capitals say nothing, and the perceptron's word features read such lines better.
 */
export function headlineCase(tokens: readonly string[], gaz: Gazetteer): boolean {
  let words = 0;
  let ordinary = 0;
  for (const w of tokens) {
    const c = w.charCodeAt(0);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (!upper && !lower) continue;
    if (lower) {
      if (HEADLINE_SMALL.has(w)) continue;
      return false;
    }
    if (w.length > 1 && w === w.toUpperCase()) continue; // acronyms; a line in capitals is not title case
    words++;
    if (((gaz.phrases.get(w.toLowerCase()) ?? 0) & GAZ.LOWER) !== 0) ordinary++;
  }
  return words >= 3 && ordinary >= 2;
}

/**
 * Emission scores (n x NL) for a sentence (of document `doc`, when given). `cls`: the tokens' classes (tokenClasses),
 * when the caller has them already (the dense scorer reads them); `headline`: headlineCase of the sentence, when the
 * caller has it already.
 */
export function emissions(
  model: NerModel,
  tokens: readonly string[],
  doc: DocContext | null = null,
  cls?: Uint8Array,
  headline: boolean = headlineCase(tokens, model.gazetteer),
): { scores: Float32Array; feats: Int32Array } {
  const n = tokens.length;
  if (featBuf.length < n * FEATS_PER_TOKEN) featBuf = new Int32Array(n * FEATS_PER_TOKEN * 2);
  if (scoreBuf.length < n * NL) scoreBuf = new Float32Array(n * NL * 2);
  const scores = scoreBuf;
  scores.fill(0, 0, n * NL);
  const dense = model.dense && !headline ? model.dense : null;
  if (model.q) {
    const info = quantisedEmissions(model, model.q, tokens, scores, doc);
    if (dense) {
      // The word facts hold each word's class and vector row, so the network reads them instead of the strings.
      if (!cls) {
        if (clsBuf.length < n) clsBuf = new Uint8Array(n * 2);
        cls = clsBuf;
        for (let i = 0; i < n; i++) cls[i] = info[i]!.cls;
      }
      addDenseScores(dense, tokens, cls, scores, info);
    }
    return { scores, feats: featBuf };
  }
  const feats = sentenceFeatures(tokens, model.gazetteer, (1 << model.bits) - 1, featBuf, doc);
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const sb = i * NL;
    const fb = i * FEATS_PER_TOKEN;
    for (let k = 0; k < FEATS_PER_TOKEN; k++) {
      const f = feats[fb + k]!;
      if (f < 0) break;
      const wb = f * NL;
      for (let l = 0; l < NL; l++) scores[sb + l]! += w[wb + l]!;
    }
  }
  if (dense) addDenseScores(dense, tokens, cls ?? tokenClasses(tokens), scores);
  return { scores, feats };
}

/** Viterbi over IOB2-valid label sequences. Writes label indices into `out`. */
export function viterbi(model: NerModel, scores: Float32Array, n: number, out: Int8Array | number[], cls?: Uint8Array): void {
  if (deltaBuf.length < n * NL) {
    deltaBuf = new Float32Array(n * NL * 2);
    backBuf = new Int8Array(n * NL * 2);
  }
  const d = deltaBuf;
  const bp = backBuf;
  const t2 = cls && model.trans2 ? model.trans2 : null;
  let tr = model.trans;
  const mixed = t2 ? new Float32Array(tr.length) : tr;
  const withClass = (c: number): Float32Array => {
    for (let j = 0; j < mixed.length; j++) mixed[j] = model.trans[j]! + t2![j * TOKEN_CLASSES + c]!;
    return mixed;
  };
  if (t2) tr = withClass(cls![0]!);
  for (let l = 0; l < NL; l++) d[l] = allowed(-1, l) ? scores[l]! + tr[l]! : NEG;
  for (let i = 1; i < n; i++) {
    if (t2) tr = withClass(cls![i]!);
    const prev = (i - 1) * NL;
    for (let l = 0; l < NL; l++) {
      let best = NEG * 2;
      let arg = 0;
      if (l === 0 || (l & 1) === 1) {
        // O and B-X may follow anything.
        for (let p = 0; p < NL; p++) {
          const v = d[prev + p]! + tr[(p + 1) * NL + l]!;
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      } else {
        // I-X only after B-X or I-X.
        const vb = d[prev + l - 1]! + tr[l * NL + l]!;
        const vi = d[prev + l]! + tr[(l + 1) * NL + l]!;
        if (vb >= vi) {
          best = vb;
          arg = l - 1;
        } else {
          best = vi;
          arg = l;
        }
      }
      d[i * NL + l] = best + scores[i * NL + l]!;
      bp[i * NL + l] = arg;
    }
  }
  let best = NEG * 2;
  let arg = 0;
  for (let l = 0; l < NL; l++) {
    const v = d[(n - 1) * NL + l]!;
    if (v > best) {
      best = v;
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = bp[i * NL + arg]!;
  }
}

/** Fallback tagger from capitalisation and gazetteers, used only when no trained weights are available. */
function ruleTags(model: NerModel, tokens: readonly string[]): string[] {
  const tags: string[] = tokens.map(() => 'O');
  const g = model.gazetteer.phrases;
  let i = 0;
  while (i < tokens.length) {
    const w = tokens[i]!;
    const cap = /^\p{Lu}/u.test(w);
    const lw = w.toLowerCase();
    if (!cap || isTitle(w) || ((i === 0 || /^["“(]$/.test(tokens[i - 1] ?? '')) && ((g.get(lw) ?? 0) & GAZ.COMMON) !== 0)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      (/^\p{Lu}/u.test(tokens[j]!) || (/^(of|for|and|de)$/.test(tokens[j]!) && /^\p{Lu}/u.test(tokens[j + 1] ?? '')))
    )
      j++;
    // A lone capitalised word opening a sentence is usually just a sentence start.
    if (i === 0 && j === 1 && !g.has(lw)) {
      i = j;
      continue;
    }
    const span = tokens.slice(i, j);
    const phrase = span.join(' ').toLowerCase();
    const bits = g.get(phrase) ?? g.get(span[0]!.toLowerCase()) ?? 0;
    const prev = (tokens[i - 1] ?? '').toLowerCase().replace(/\.$/, '');
    let type = 'ORG';
    if (bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) type = 'LOC';
    else if (bits & GAZ.DEMONYM) type = 'MISC';
    else if (bits & (GAZ.FIRST | GAZ.LAST | GAZ.NAME) || isTitle(prev)) type = 'PER';
    else if (span.length >= 2 && span.every((s) => /^\p{Lu}\p{Ll}+$/u.test(s))) type = 'PER';
    for (let k = i; k < j; k++) tags[k] = (k === i ? 'B-' : 'I-') + type;
    i = j;
  }
  return tags;
}

const labelBuf: number[] = [];
const ACRONYM_RE = /^\p{Lu}[\p{Lu}\d&+-]{1,6}$/u;

const isTitle = isTitleWord;

/**
 * IOB2 tags (PER/ORG/LOC/MISC) for one sentence of tokens. With `doc` (buildDocContext over all sentences of the
 * sentence's document), the tagger also sees how each capitalised word is used elsewhere in that document;
 * `aboutSport` says whether the sentence is read as sports copy (tagDocument decides it for the whole document; left
 * out, the sentence is tested by itself; see sports.ts).
 */
export function tagTokens(
  model: NerModel,
  tokens: string[],
  doc: DocContext | null = null,
  aboutSport?: boolean,
  evidence?: Set<string>,
): string[] {
  const n = tokens.length;
  if (n === 0) return [];
  if (!model.trained) return ruleTags(model, tokens);
  const cls = model.trans2 ? tokenClasses(tokens) : undefined;
  const headline = headlineCase(tokens, model.gazetteer);
  const { scores } = emissions(model, tokens, model.docFeatures ? doc : null, cls, headline);
  viterbi(model, scores, n, labelBuf, model.trans2 ? cls : undefined);
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = LABELS[labelBuf[i]!]!;
  // An acronym the gazetteer knows only as an organisation ("G20", "BRICS") is one even where context gave the
  // tagger too little to go on; acronyms that are also ordinary words ("WHO", "AIM") are left alone.
  const phrases = model.gazetteer.phrases;
  for (let i = 0; i < n; i++) {
    if (out[i] !== 'O') continue;
    const w = tokens[i]!;
    const c0 = w.charCodeAt(0);
    if (w.length < 2 || w.length > 7 || c0 < 65 || c0 > 90 || !ACRONYM_RE.test(w)) continue;
    // "OPEC+" is OPEC and its allies.
    const bits = phrases.get(w.toLowerCase()) ?? (w.endsWith('+') ? phrases.get(w.slice(0, -1).toLowerCase()) : undefined) ?? 0;
    if ((bits & GAZ.ORG) !== 0 && (bits & (GAZ.COMMON | GAZ.LOWER | GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.FIRST | GAZ.NAME)) === 0)
      out[i] = 'B-ORG';
    // An acronym that is also a word, where only the organisation fits: "the WHO urged", "WHO warns of ...", in a line
    // not in capitals.
    else if ((bits & GAZ.ORG) !== 0 && (isThe(tokens[i - 1] ?? '') || (i === 0 && /^\p{Ll}+s$/u.test(tokens[1] ?? '')))) out[i] = 'B-ORG';
  }
  // Titles are not part of a person name (CoNLL convention): "Pope Francis" -> Pope O, Francis B-PER, and
  // "Kenyan President William Ruto" -> the name starts after the last title word of the span.
  for (let i = 0; i < n; i++) {
    if (out[i] !== 'B-PER') continue;
    let j = i + 1;
    while (j < n && out[j] === 'I-PER') j++;
    let lastTitle = -1;
    for (let k = i; k < j - 1; k++) if (isTitle(tokens[k]!)) lastTitle = k;
    if (lastTitle >= 0) {
      for (let k = i; k <= lastTitle; k++) out[k] = 'O';
      out[lastTitle + 1] = 'B-PER';
    }
    // "Emmanuel Macron of France": a person span ending in "of <known country or city>" is a name and a place;
    // "Michael Schumacher of Ferrari", "John Smith of Reuters": after a full name, "of <name>" is where they work.
    const first = Math.max(i, lastTitle + 1);
    for (let k = first + 1; k < j - 1; k++) {
      if (tokens[k] !== 'of') continue;
      const place = tokens
        .slice(k + 1, j)
        .map((t) => t.toLowerCase())
        .join(' ');
      const isPlace = ((phrases.get(place) ?? 0) & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) !== 0;
      if (!isPlace && (k - first < 2 || j - k - 1 > 3)) continue;
      const type = isPlace ? 'LOC' : 'ORG';
      out[k] = 'O';
      for (let x = k + 1; x < j; x++) out[x] = (x === k + 1 ? 'B-' : 'I-') + type;
      break;
    }
    i = j - 1;
  }
  applyWireConventions(tokens, out, model.gazetteer);
  applySportsConventions(tokens, out, model.gazetteer, aboutSport);
  applyNewsConventions(tokens, out, model.gazetteer, evidence);
  applyNameForms(tokens, out, model.gazetteer, headline);
  return out;
}

/** Tags every sentence of one document, each with the document context of all of them. */
export function tagDocument(model: NerModel, sentences: string[][]): string[][] {
  const doc = model.docFeatures && sentences.length > 1 ? buildDocContext(sentences) : null;
  const sport = sentences.length > 1 ? sportSentences(sentences) : null;
  const evidence = new Set<string>();
  const tags = sentences.map((s, i) => tagTokens(model, s, doc, sport ? sport[i] : undefined, evidence));
  if (sentences.length > 1) {
    relabelSurnames(sentences, tags, model.gazetteer);
    relabelShortNames(sentences, tags, model.gazetteer);
    const sportsReport = sport !== null && sport.every(Boolean);
    voteTypes(sentences, tags, sportsReport);
    if (evidence.size) confirmOrganisations(sentences, tags, evidence);
    if (sportsReport) cityTeams(sentences, tags);
    nameCapitalLines(sentences, tags, model.gazetteer);
  }
  return tags;
}

/**
 * Within one document, a company named in full and then by its first word ("Halvorsen Marine reported ..." then
 * "Orders lifted Halvorsen 's backlog", "Halverson Capital ..." then "a lawsuit against Pryor and Halverson") is that
 * company where the tagger read the short name alone as a person or a place. Only a company's full name (ending in a
 * firm's word or a legal form: "Capital", "Holdings", "Ltd"), not an institution named after its town ("Gouda Town
 * Council" does not make Gouda an organisation); and not where the first word is a place, a people's name,
 * a first name or an ordinary word ("China Mobile" does not make China a company, nor "Bank of England" Bank), nor
 * where a person named in full elsewhere in the document bears it ("Ingrid Halvorsen , who founded Halvorsen Marine").
 */
export function relabelShortNames(sentences: readonly string[][], tags: string[][], gaz: Gazetteer): void {
  const short = new Set<string>();
  const surnames = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    const w = sentences[s]!;
    for (const c of chunks(tags[s]!)) {
      if (c.end - c.start < 2) continue;
      if (c.type === 'PER') surnames.add(w[c.end - 1]!);
      if (
        c.type !== 'ORG' ||
        !(FIRM_WORDS.has(w[c.end - 1]!) || LEGAL_FORMS.has(w[c.end - 1]!)) ||
        !/^\p{Lu}\p{Ll}{2,}$/u.test(w[c.start]!)
      )
        continue;
      const bits = gaz.phrases.get(w[c.start]!.toLowerCase()) ?? 0;
      if ((bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.DEMONYM | GAZ.COMMON | GAZ.LOWER | GAZ.FIRST)) === 0) short.add(w[c.start]!);
      // Its longer short forms too: "Halvorsen Marine" of "Halvorsen Marine ASA" (not "British Columbia" of "British
      // Columbia Securities Commission").
      for (let k = c.start + 2; k < c.end; k++) {
        const prefix = w.slice(c.start, k).join(' ');
        if (((gaz.phrases.get(prefix.toLowerCase()) ?? 0) & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) === 0) short.add(prefix);
      }
    }
  }
  for (const n of surnames) short.delete(n);
  if (!short.size) return;
  for (let s = 0; s < sentences.length; s++) {
    const t = tags[s]!;
    const w = sentences[s]!;
    for (const c of chunks(t)) {
      if ((c.type !== 'PER' && c.type !== 'LOC') || !short.has(w.slice(c.start, c.end).join(' '))) continue;
      t[c.start] = 'B-ORG';
      for (let k = c.start + 1; k < c.end; k++) t[k] = 'I-ORG';
    }
  }
}

/**
 * Names that grammar showed to be organisations in one sentence ("Feldmann had reaffirmed its guidance", "Kessler ,
 * based in Harrisburg"; news-conventions.ts) are organisations where the tagger read them as people elsewhere in the
 * document ("given Kessler 's growth", "Feldmann Cuts Profit Forecast").
 */
export function confirmOrganisations(sentences: readonly string[][], tags: string[][], evidence: ReadonlySet<string>): void {
  for (let s = 0; s < sentences.length; s++) {
    const t = tags[s]!;
    const w = sentences[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 'B-PER') continue;
      let j = i + 1;
      while (t[j] === 'I-PER') j++;
      // (Not "the Caloi family": the founders are people.)
      if (evidence.has(j - i === 1 ? w[i]! : w.slice(i, j).join(' ')) && w[j] !== 'family')
        for (let k = i; k < j; k++) t[k] = k === i ? 'B-ORG' : 'I-ORG';
      i = j - 1;
    }
  }
}

/** Words after which a town is where a match is played, not the team: "in Cincinnati", "at Detroit". */
const VENUE_BEFORE = new Set(['in', 'at', 'to', 'from', 'near', 'outside']);

/**
 * In a sports report, a town that also opens a team's name there ("the Detroit Lions") is that team where it stands
 * alone ("rushed for 112 yards for Detroit , which has lost six straight"), except where a preposition makes it the
 * venue ("lost 7-2 in Cincinnati").
 */
export function cityTeams(sentences: readonly string[][], tags: string[][]): void {
  const towns = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i + 1 < t.length; i++) if (t[i] === 'B-ORG' && t[i + 1] === 'I-ORG') towns.add(sentences[s]![i]!);
  }
  if (!towns.size) return;
  for (let s = 0; s < sentences.length; s++) {
    const t = tags[s]!;
    const w = sentences[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 'B-LOC' || t[i + 1] === 'I-LOC' || !towns.has(w[i]!)) continue;
      // "in Cincinnati" is the venue; "the Ottawa senior leagues" the town's.
      if (i > 0 && (VENUE_BEFORE.has(w[i - 1]!.toLowerCase()) || w[i - 1] === 'the')) continue;
      t[i] = 'B-ORG';
    }
  }
}

/**
 * Within one document, a line in capitals ("BOXING - ACHEAMPONG STOPS LOZANO TO KEEP WBA TITLE") names what its story
 * names in ordinary text ("Ghanaian Kwame Acheampong retained his WBA featherweight title ..."), where capitals hide
 * what the tagger reads names by. Each run of its words that is, in capitals, a name tagged in the document's other
 * lines (or the last words of a person's name: "ACHEAMPONG", "DE WAELE") takes that name's type, where the tagger
 * found no name there, or only a shorter one ("AIR MAURITIUS" over "MAURITIUS"). A single word that is also an ordinary
 * word ("WILL") is left alone.
 */
export function nameCapitalLines(sentences: readonly string[][], tags: string[][], gaz: Gazetteer): void {
  const capitals = sentences.map(inCapitals);
  if (!capitals.some(Boolean) || capitals.every(Boolean)) return;
  const types = new Map<string, Map<string, number>>();
  const add = (key: string, type: string): void => {
    let m = types.get(key);
    if (!m) types.set(key, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + 1);
  };
  let longest = 0;
  for (let s = 0; s < sentences.length; s++) {
    if (capitals[s]) continue;
    const t = tags[s]!;
    const w = sentences[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i]!.charCodeAt(0) !== 66 /* B */) continue;
      let j = i + 1;
      while (j < t.length && t[j]!.charCodeAt(0) === 73 /* I */) j++;
      const type = t[i]!.slice(2);
      if (type !== 'MISC' && j - i <= 5) {
        // A person's surname (and the words before it) names them too: "De Waele" of "Koen De Waele".
        for (let k = type === 'PER' ? j - 1 : i; k >= i; k--) {
          add(w.slice(k, j).join(' ').toUpperCase(), type);
          longest = Math.max(longest, j - k);
        }
      }
      i = j - 1;
    }
  }
  if (!types.size) return;
  for (let s = 0; s < sentences.length; s++) {
    if (!capitals[s]) continue;
    const w = sentences[s]!;
    const t = tags[s]!;
    for (let i = 0; i < w.length; i++) {
      for (let len = Math.min(longest, w.length - i); len >= 1; len--) {
        const m = types.get(w.slice(i, i + len).join(' '));
        if (!m) continue;
        let type = '';
        let best = 0;
        for (const [ty, n] of m) if (n > best) [type, best] = [ty, n];
        const end = i + len;
        // Inside or across a longer name the tagger found, or a name the tagger found with these bounds (rules that
        // read the line's layout, such as a results line, put it there): leave it.
        const inside = t[i]!.charCodeAt(0) === 73 /* I */ || (end < t.length && t[end]!.charCodeAt(0) === 73);
        const same = t[i] !== 'O' && (end === t.length || t[end]!.charCodeAt(0) !== 73);
        const ordinary = len === 1 && ((gaz.phrases.get(w[i]!.toLowerCase()) ?? 0) & (GAZ.COMMON | GAZ.LOWER)) !== 0;
        if (!inside && !same && !ordinary) {
          for (let k = i; k < end; k++) t[k] = (k === i ? 'B-' : 'I-') + type;
        }
        i = end - 1;
        break;
      }
    }
  }
}

/**
 * Within one document, a lone name that is the surname of a person named in full elsewhere in it is that person
 * ("Kwame Asante-Boateng ..." then "Asante-Boateng , 21 , scored ..."), even where the sentence alone made the
 * tagger guess an organisation or a place. Known countries and cities keep their reading ("Michael Jordan" does not
 * make Jordan a person), and so do the companies and clubs of companies.ts and clubs.ts.
 */
/** Companies and clubs that carry a family name ("Ferrari", "Benetton") keep their tag. */
const KNOWN_NAMES = new Set([...COMPANIES, ...CLUBS]);

const UPPER_START = /^\p{Lu}\p{Ll}/u;

export function relabelSurnames(sentences: readonly string[][], tags: string[][], gaz: Gazetteer): void {
  const surnames = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 'B-PER') continue;
      let j = i + 1;
      while (j < t.length && t[j] === 'I-PER') j++;
      if (j - i >= 2) surnames.add(sentences[s]![j - 1]!);
      i = j - 1;
    }
  }
  if (!surnames.size) return;
  for (let s = 0; s < sentences.length; s++) {
    const t = tags[s]!;
    const w = sentences[s]!;
    for (let i = 0; i < t.length; i++) {
      const tag = t[i]!;
      if (tag === 'O') {
        // The surname alone, untagged ("Hrytsenko-Bilyk denied wrongdoing"): where it is no ordinary word and stands
        // alone among lower-case words.
        if (!surnames.has(w[i]!) || KNOWN_NAMES.has(w[i]!) || !UPPER_START.test(w[i]!)) continue;
        if (((gaz.phrases.get(w[i]!.toLowerCase()) ?? 0) & (GAZ.COUNTRY | GAZ.CITY | GAZ.LOWER | GAZ.COMMON)) !== 0) continue;
        if (UPPER_START.test(w[i - 1] ?? '') || UPPER_START.test(w[i + 1] ?? '')) continue;
        // "the Calabi conjecture", "the Sommer letter", "the Roosevelt": a name used as a modifier or for a ship.
        if (i > 0 && /^(?:the|a|an)$/i.test(w[i - 1]!)) continue;
        t[i] = 'B-PER';
        continue;
      }
      if (tag === 'B-PER' || tag.charCodeAt(0) !== 66 /* B */ || t[i + 1]?.charCodeAt(0) === 73 /* I */) continue;
      if (!surnames.has(w[i]!) || KNOWN_NAMES.has(w[i]!)) continue;
      if (((gaz.phrases.get(w[i]!.toLowerCase()) ?? 0) & (GAZ.COUNTRY | GAZ.CITY)) !== 0) continue;
      t[i] = 'B-PER';
    }
  }
}

/**
 * Within one document a name keeps one type: where the same words are tagged PER, ORG or LOC in different places, each
 * occurrence takes the type most of them have (two to one or better): "László" a person in two places and a place in
 * one is a person. In a sports report (`sport`), a name read both as a place and as a club is the club.
 */
export function voteTypes(sentences: readonly string[][], tags: string[][], sport = false): void {
  const votes = new Map<string, Map<string, number>>();
  const occurrences: { s: number; start: number; end: number; key: string }[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i]!.charCodeAt(0) !== 66 /* B */) continue;
      let j = i + 1;
      while (j < t.length && t[j]!.charCodeAt(0) === 73 /* I */) j++;
      const type = t[i]!.slice(2);
      // MISC (nationalities, events, storms) mostly comes from the rules' evidence in its own sentence: it stands.
      if (type === 'MISC') {
        i = j - 1;
        continue;
      }
      const key = sentences[s]!.slice(i, j).join(' ');
      let m = votes.get(key);
      if (!m) votes.set(key, (m = new Map()));
      m.set(type, (m.get(type) ?? 0) + 1);
      occurrences.push({ s, start: i, end: j, key });
      i = j - 1;
    }
  }
  for (const o of occurrences) {
    const m = votes.get(o.key)!;
    if (m.size < 2) continue;
    let best = '';
    let bestN = 0;
    let total = 0;
    for (const [type, n] of m) {
      total += n;
      if (n > bestN) [best, bestN] = [type, n];
    }
    // In a sports report a place read as a club anywhere (the rules' evidence: "Lazio coach Franco Lanzetti") is the club
    // throughout; the tagger reads a bare club name as its town.
    if (sport && m.has('ORG') && m.has('LOC') && !m.has('PER')) [best, bestN] = ['ORG', total];
    if (bestN * 3 < total * 2) continue;
    const t = tags[o.s]!;
    for (let i = o.start; i < o.end; i++) t[i] = (i === o.start ? 'B-' : 'I-') + best;
  }
}

// ---------------------------------------------------------------- serialisation

/** Shipped model format: gzipped JSON header line + binary sections. */
export interface SerializedModel {
  version: 1;
  bits: number;
  scale: number;
  rows: number;
  trans: number[];
  trans2?: number[];
  /** 2: companded codes (NerModel.compand). */
  compand?: 2;
  docFeatures?: boolean;
  gazetteer: [string, number][];
}

/**
 * Packs the model: buckets whose weights are all below `prune` are dropped, the rest are quantised to int8
 * with one global scale. Layout: u32 header length, header JSON, u32 bucket deltas (varint), int8 weights.
 */
export function serializeModel(model: NerModel, prune = 0.01, clipQuantile = 1, compand: 1 | 2 = 2): Buffer {
  const B = 1 << model.bits;
  let maxAbs = 0;
  for (let i = 0; i < model.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[i]!));
  // One scale for all weights: by default the largest weight maps to 127. Clipping at a quantile
  // (clipQuantile < 1) keeps more resolution for small weights, but saturating the few large ones (strong word and
  // gazetteer evidence) cost 1-2 F1 points on held-out train documents (0.999: 0.765 vs 0.787 unquantised).
  const sample: number[] = [];
  for (let i = 0; i < model.weights.length; i += 7) {
    const v = Math.abs(model.weights[i]!);
    if (v > prune) sample.push(v);
  }
  sample.sort((a, b) => a - b);
  const clip =
    clipQuantile >= 1 || !sample.length ? maxAbs : sample[Math.min(sample.length - 1, Math.floor(sample.length * clipQuantile))]!;
  const scale = Math.max(clip, 1e-6) / (compand === 2 ? 127 * 127 : 127);
  const code = (w: number): number => {
    const x = compand === 2 ? Math.sign(w) * Math.round(Math.sqrt(Math.abs(w) / scale)) : Math.round(w / scale);
    return Math.max(-127, Math.min(127, x));
  };
  const idx: number[] = [];
  const vals: number[] = [];
  let last = 0;
  const varint: number[] = [];
  for (let b = 0; b < B; b++) {
    let keep = false;
    for (let l = 0; l < NL; l++) if (Math.abs(model.weights[b * NL + l]!) >= prune) keep = true;
    if (!keep) continue;
    let d = b - last;
    last = b;
    while (d >= 0x80) {
      varint.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    varint.push(d);
    idx.push(b);
    for (let l = 0; l < NL; l++) vals.push(code(model.weights[b * NL + l]!));
  }
  const header: SerializedModel = {
    version: 1,
    bits: model.bits,
    scale,
    ...(compand === 2 ? { compand: 2 as const } : {}),
    rows: idx.length,
    trans: Array.from(model.trans, (v) => Math.round(v * 1e4) / 1e4),
    ...(model.trans2 ? { trans2: Array.from(model.trans2, (v) => Math.round(v * 1e4) / 1e4) } : {}),
    ...(model.docFeatures ? { docFeatures: true } : {}),
    gazetteer: [...model.gazetteer.phrases],
  };
  const hb = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(8);
  len.writeUInt32LE(hb.length, 0);
  len.writeUInt32LE(varint.length, 4);
  const body = Buffer.concat([len, hb, Buffer.from(varint), Buffer.from(Int8Array.from(vals).buffer)]);
  return body;
}

export function deserializeModel(buf: Buffer): NerModel {
  const hlen = buf.readUInt32LE(0);
  const vlen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.subarray(8, 8 + hlen).toString('utf8')) as SerializedModel;
  const varint = buf.subarray(8 + hlen, 8 + hlen + vlen);
  const q = new Int8Array(buf.buffer, buf.byteOffset + 8 + hlen + vlen, header.rows * NL);
  const q8 = new Int8Array((1 << header.bits) * NL);
  let pos = 0;
  let b = 0;
  for (let r = 0; r < header.rows; r++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const byte = varint[pos++]!;
      d += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    b += d;
    q8.set(q.subarray(r * NL, r * NL + NL), b * NL);
  }
  const phrases = new Map(header.gazetteer);
  let maxLen = 1;
  for (const k of phrases.keys()) maxLen = Math.max(maxLen, k.split(' ').length);
  return {
    bits: header.bits,
    weights: new Float32Array(0),
    q: q8,
    scale: header.scale,
    ...(header.compand === 2 ? { compand: 2 as const } : {}),
    trans: Float32Array.from(header.trans),
    ...(header.trans2 ? { trans2: Float32Array.from(header.trans2) } : {}),
    gazetteer: { phrases, maxLen },
    trained: true,
    ...(header.docFeatures ? { docFeatures: true } : {}),
  };
}

export const MODEL_PATH = fileURLToPath(new URL('../../models/ner-en.bin.gz', import.meta.url));

/**
 * The perceptron at `path` and, when its files exist, the dense scorer at `densePath` (null: the perceptron alone).
 * The dense scorer's weight was chosen for the shipped perceptron: retrain both together.
 */
export function loadNerModel(path = MODEL_PATH, densePath: string | null = DENSE_PATH): NerModel {
  if (!existsSync(path)) return emptyModel(1, { phrases: new Map(), maxLen: 1 });
  const model = deserializeModel(gunzipSync(readFileSync(path)));
  const dense = densePath ? loadDense(densePath) : null;
  return dense ? { ...model, dense } : model;
}

let singleton: NerModel | null = null;
let loads = 0;

/** The shipped model, loaded once per process on first use. */
export function getNerModel(): NerModel {
  if (!singleton) {
    singleton = loadNerModel();
    loads++;
  }
  return singleton;
}

/** How many times the shipped model was read from disk in this process (for tests). */
export function nerModelLoadCount(): number {
  return loads;
}
