import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { LOC_WORDS, ORG_WORDS, PERSON_TITLES, isPersonTitle } from './lexicon.js';

/**
 * Hashed features for the NER tagger, shared by training (scripts/train-ner.ts) and inference, so the two
 * can never drift. Feature ids are 32-bit mixes of a template id and token hashes: no strings are built per
 * feature, which keeps the hot loop allocation-light.
 */

/** Gazetteer classes, one bit each. */
export const GAZ = {
  COUNTRY: 1 << 0,
  CITY: 1 << 1,
  REGION: 1 << 2,
  ORG: 1 << 3,
  FIRST: 1 << 4,
  LAST: 1 << 5,
  DEMONYM: 1 << 6,
  TITLE: 1 << 7,
  COMMON: 1 << 8,
  ORG_WORD: 1 << 9,
  LOC_WORD: 1 << 10,
  NOUN: 1 << 11,
  VERB: 1 << 12,
  ADJ: 1 << 13,
  /** Seen mostly lower-case (mid-sentence) in running text: an ordinary word when capitalised sentence-initially. */
  LOWER: 1 << 14,
  /** Smaller populated place (GeoNames, under 100k inhabitants). */
  TOWN: 1 << 15,
  /** First or last name from a large name list. */
  NAME: 1 << 16,
  /** Seen as an entity of this type in the training data (jackknifed during training). */
  E_PER: 1 << 17,
  E_ORG: 1 << 18,
  E_LOC: 1 << 19,
  E_MISC: 1 << 20,
} as const;
export const GAZ_BITS = 21;

/** Lower-cased phrase (tokens joined by one space) -> class bitmask. */
export interface Gazetteer {
  phrases: Map<string, number>;
  /** Longest phrase in tokens. */
  maxLen: number;
}

export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Template ids (arbitrary distinct constants).
const T = {
  BIAS: 1,
  W: 2,
  LW: 3,
  LWm1: 4,
  LWp1: 5,
  LWm2: 6,
  LWp2: 7,
  SH: 8,
  SHm1: 9,
  SHp1: 10,
  SHm1SH: 11,
  SHSHp1: 12,
  P1: 13,
  P2: 14,
  P3: 15,
  S1: 16,
  S2: 17,
  S3: 18,
  S4: 19,
  LWm1LW: 20,
  LWLWp1: 21,
  FIRST_LW: 22,
  FIRST_SH: 23,
  HEAD_SH: 24,
  HEAD_LW: 25,
  GAZ: 26,
  GAZm1: 27,
  GAZp1: 28,
  LEN: 29,
  Wm1: 30,
  Wp1: 31,
  SHm1SHSHp1: 32,
  GAZ_SH: 33,
  HEAD_GAZ: 34,
  FIRST_GAZ: 35,
  CAPSEQ: 36,
  QUOTE: 37,
  LWm1SH: 38,
  SHLWp1: 39,
  CAPSEQ_GAZ: 40,
  /** Distributional cluster path prefixes (+ prefix length), see data/ner/clusters.tsv.gz. */
  CL: 41,
  CLm1: 42,
  CLp1: 43,
  CL_CAP: 44,
  CL_NONE: 45,
  DOC: 46,
  DOC_FIRST: 47,
} as const;

/** Document-level facts about a capitalised word, from the other sentences of its document (see buildDocContext). */
export const DOC = {
  /** The word also occurs in lower case in the document (an ordinary word). */
  LOWER: 1 << 0,
  /** It also occurs capitalised in mid-sentence (a name even where it opens a sentence). */
  CAP_MID: 1 << 1,
  /** It also occurs right after a person title ("Mr. Smith"). */
  AFTER_TITLE: 1 << 2,
  /** It also starts a run of two or more capitalised words ("Barack Obama"). */
  RUN_FIRST: 1 << 3,
  /** It also ends such a run. */
  RUN_LAST: 1 << 4,
  /** It also occurs as a single capitalised word in mid-sentence. */
  SINGLE: 1 << 5,
} as const;
export const DOC_BITS = 6;

/**
 * Per document: for each word (exact form), the DOC bits of each of its occurrences, so a token's features can use
 * what the word does elsewhere in the same document. Built once per document from all of its sentences.
 */
export interface DocContext {
  /**
   * Capitalised word (exact form) -> counts of its occurrences per DOC bit (index b for bit b; index 0 is 1 when the
   * word also occurs in lower case); the last index counts all its capitalised occurrences.
   */
  words: Map<string, Uint16Array>;
}

const isTitleToken = (w: string): boolean => isPersonTitle(w.toLowerCase());

/** The DOC bits one occurrence (sentence `toks`, index `i`) contributes to its word. */
function occurrenceBits(toks: readonly string[], i: number, capOf: (w: string) => boolean): number {
  const w = toks[i]!;
  if (!capOf(w)) return 0;
  let bits = 0;
  const prev = i > 0 ? toks[i - 1]! : '';
  const initial = i === 0 || OPENERS.has(prev);
  if (!initial) bits |= DOC.CAP_MID;
  if (i > 0 && isTitleToken(prev)) bits |= DOC.AFTER_TITLE;
  const prevCap = i > 0 && capOf(prev) && !isTitleToken(prev);
  const nextCap = i + 1 < toks.length && capOf(toks[i + 1]!);
  if (!prevCap && nextCap) bits |= DOC.RUN_FIRST;
  if (prevCap && !nextCap) bits |= DOC.RUN_LAST;
  if (!prevCap && !nextCap && !initial) bits |= DOC.SINGLE;
  return bits;
}

export function buildDocContext(sentences: readonly (readonly string[])[]): DocContext {
  const words = new Map<string, Uint16Array>();
  const lowerSeen = new Set<string>();
  const capOf = (w: string): boolean => isCapitalised(w) && /^\p{L}/u.test(w);
  for (const toks of sentences) {
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i]!;
      if (!capOf(w)) {
        lowerSeen.add(w);
        continue;
      }
      let c = words.get(w);
      if (!c) {
        c = new Uint16Array(DOC_BITS + 1);
        words.set(w, c);
      }
      c[DOC_BITS]!++;
      const bits = occurrenceBits(toks, i, capOf);
      for (let b = 0; b < DOC_BITS; b++) if (bits & (1 << b)) c[b]!++;
    }
  }
  for (const [w, c] of words) if (lowerSeen.has(w.toLowerCase())) c[0] = 1;
  return { words };
}

/** DOC bits for each token of one sentence of the document: what the word does in its other occurrences. */
export function docFlags(doc: DocContext, tokens: readonly string[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const capOf = (w: string): boolean => isCapitalised(w) && /^\p{L}/u.test(w);
  for (let i = 0; i < tokens.length; i++) {
    const c = doc.words.get(tokens[i]!);
    if (!c) continue;
    const own = occurrenceBits(tokens, i, capOf);
    let bits = c[0]! ? DOC.LOWER : 0;
    // Other occurrences only: discount this token's own contribution.
    for (let b = 1; b < DOC_BITS; b++) if (c[b]! - (own & (1 << b) ? 1 : 0) > 0) bits |= 1 << b;
    out[i] = bits;
  }
  return out;
}

/**
 * Word -> cluster path ("31720": digits from coarse to fine; several clusterings separated by spaces), built by
 * scripts/build-clusters.ts from unlabelled text.
 */
export type WordClusters = Map<string, string>;

export const CLUSTERS_PATH = fileURLToPath(new URL('../../data/ner/clusters.tsv.gz', import.meta.url));

/** The key words are clustered under: lower-cased, digits folded to 0. */
export function clusterKey(w: string): string {
  return w.toLowerCase().replace(/\d/g, '0');
}

export function parseClusters(text: string): WordClusters {
  const map: WordClusters = new Map();
  // Many words share a path (most GloVe-only words have one of 4096): one string per distinct path.
  const paths = new Map<string, string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) {
      const path = text.slice(tab + 1, end);
      let shared = paths.get(path);
      if (shared === undefined) paths.set(path, (shared = path));
      map.set(text.slice(start, tab), shared);
    }
    start = end + 1;
  }
  return map;
}

let clusters: WordClusters | null = null;

/** The shipped word clusters, read once per process (empty when the file is absent). */
export function getWordClusters(): WordClusters {
  if (!clusters) clusters = existsSync(CLUSTERS_PATH) ? parseClusters(gunzipSync(readFileSync(CLUSTERS_PATH)).toString('utf8')) : new Map();
  return clusters;
}

/** Replaces the process-wide clusters (tests, experiments); cached word facts are dropped. */
export function setWordClusters(map: WordClusters | null): void {
  clusters = map;
  clearWordCaches();
}

/** Hashes of a word's cluster path prefixes, coarse to fine; empty for words without a cluster. */
function clusterHashes(w: string): number[] {
  const paths = getWordClusters().get(clusterKey(w));
  if (!paths) return [];
  const out: number[] = [];
  // Several clusterings are separated by spaces; each prefix of each path is one feature.
  let run = 0;
  for (const path of paths.split(' ')) {
    for (let k = 1; k <= path.length; k++) out.push(run === 0 ? fnv(path.slice(0, k)) : mix(run, fnv(path.slice(0, k))));
    run++;
  }
  return out;
}

/** Max features per token (fixed stride in the feature buffer). */
/** Max features per token (fixed stride in the feature buffer); the groups below can never exceed it. */
export const FEATS_PER_TOKEN = 208;

const SHAPE_UP = 1,
  SHAPE_LO = 2,
  SHAPE_DIG = 3,
  SHAPE_OTH = 4;

function charClass(c: number, ch: string): number {
  if (c >= 48 && c <= 57) return SHAPE_DIG;
  if (c >= 65 && c <= 90) return SHAPE_UP;
  if (c >= 97 && c <= 122) return SHAPE_LO;
  if (c < 128) return SHAPE_OTH;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) return ch === up ? SHAPE_UP : SHAPE_LO;
  return SHAPE_OTH;
}

/** Collapsed word shape hash ("Xi" -> Xx, "G20" -> Xd, "BRICS" -> X, "U.S." -> X.X.) plus a length-aware variant. */
function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k = charClass(c, w[i]!);
    if (k === SHAPE_OTH) k = 8 + (c & 0xff); // keep the actual punctuation char
    if (k === prev) {
      run++;
      if (run > 1) continue; // collapse runs longer than 2
    } else run = 0;
    prev = k;
    h ^= k;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Per word-type facts, cached: word types repeat (Zipf), so most tokens skip lower-casing and hashing. */
export interface WordInfo {
  lower: string;
  lw: number;
  w: number;
  sh: number;
  /** 0 not capitalised, 1 capitalised, 2 in capitals (two or more letters, none lower case): a headline in capitals
   * capitalises every word, so the features that read capitalisation keep title case apart from it. */
  capv: number;
  alpha: boolean;
  gaz: number;
  len: number;
  pre: number[];
  suf: number[];
  /** Opening punctuation after which the next word is sentence-initial-like. */
  opener: boolean;
  quote: boolean;
  /** Hashes of the word's cluster path prefixes (coarse to fine); empty when the word has no cluster. */
  cl: number[];
  /** Inference cache: this word's summed weights under model `vecOf` (see model.ts). */
  vec?: Int32Array;
  vecOf?: object;
  /** Process-unique id (>= 1) of this cached word object: the key of the word-pair cache (see model.ts pairVec). */
  id: number;
  /** tokenClass of the word. */
  cls: number;
  /** Inference cache: the word's row in the vector file `rowOf` (-1: none; see dense.ts infoRow). */
  row: number;
  rowOf: object | null;
}

/** Ids of WordInfo objects: 1 is BOUNDARY, words count up from 2; when they wrap, the generation changes. */
let nextWordId = 2;
let wordIdGen = 0;
/** Changes whenever word ids start over, so caches keyed by ids know to start over too. */
export function wordIdGeneration(): number {
  return wordIdGen;
}

const LINK_WORDS = new Set(['of', 'and', 'the', 'for', 'de', '&', 'on', 'in']);

/** Coarse token class for class-dependent transitions: 0 capitalised, 1 all-caps, 2 lower, 3 digit, 4 other, 5 linking word. */
export function tokenClass(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return 3;
  if (LINK_WORDS.has(w)) return 5;
  const ch = w[0] ?? '';
  const up = ch.toUpperCase();
  const lo = ch.toLowerCase();
  if (up === lo) return 4;
  if (ch === up) return w.length > 1 && w === w.toUpperCase() ? 1 : 0;
  return 2;
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '-', '–', '—', ':', '•', '*']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

let caches = new WeakMap<object, Map<string, WordInfo>>();

function clearWordCaches(): void {
  caches = new WeakMap();
}
const NO_GAZ = {};

function cacheFor(gaz: Gazetteer | null): Map<string, WordInfo> {
  const key = gaz ?? NO_GAZ;
  let cache = caches.get(key);
  if (!cache) {
    cache = new Map();
    caches.set(key, cache);
  }
  return cache;
}

export function wordInfo(gaz: Gazetteer | null, w: string, cache: Map<string, WordInfo> = cacheFor(gaz)): WordInfo {
  let info = cache.get(w);
  if (info) return info;
  const lw = w.toLowerCase();
  const pre: number[] = [];
  let ph = 0x811c9dc5;
  for (let j = 0; j < 3 && j < lw.length; j++) {
    ph = Math.imul(ph ^ lw.charCodeAt(j), 0x01000193);
    pre.push(ph >>> 0);
  }
  const suf: number[] = [];
  let sh = 0x811c9dc5;
  for (let j = 0; j < 4 && j < lw.length; j++) {
    sh = Math.imul(sh ^ lw.charCodeAt(lw.length - 1 - j), 0x01000193);
    suf.push(sh >>> 0);
  }
  info = {
    lower: lw,
    lw: fnv(lw),
    w: fnv(w),
    sh: shapeHash(w),
    capv: isCapitalised(w) ? (isAllCaps(w) ? 2 : 1) : 0,
    alpha: /^\p{L}/u.test(w),
    gaz: wordGaz(gaz, lw),
    len: Math.min(w.length, 12),
    pre,
    suf,
    opener: OPENERS.has(w),
    quote: QUOTES.has(w),
    cl: clusterHashes(w),
    id: nextWordId,
    cls: tokenClass(w),
    row: -1,
    rowOf: null,
  };
  if (++nextWordId > 0x7fffffff) {
    nextWordId = 2;
    wordIdGen++;
  }
  if (cache.size > 500_000) cache.clear();
  cache.set(w, info);
  return info;
}

function isAllCaps(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) letters++;
    else if (ch !== ch.toUpperCase()) return false;
  }
  return letters >= 2;
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = w[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function wordGaz(gaz: Gazetteer | null, lw: string): number {
  let bits = gaz?.phrases.get(lw) ?? 0;
  const bare = lw.endsWith('.') ? lw.slice(0, -1) : lw;
  if (PERSON_TITLES.has(lw) || PERSON_TITLES.has(bare)) bits |= GAZ.TITLE;
  if (ORG_WORDS.has(lw)) bits |= GAZ.ORG_WORD;
  if (LOC_WORDS.has(lw)) bits |= GAZ.LOC_WORD;
  return bits;
}

const NAME_CLASSES =
  GAZ.COUNTRY |
  GAZ.CITY |
  GAZ.REGION |
  GAZ.ORG |
  GAZ.FIRST |
  GAZ.LAST |
  GAZ.DEMONYM |
  GAZ.TOWN |
  GAZ.NAME |
  GAZ.E_PER |
  GAZ.E_ORG |
  GAZ.E_LOC |
  GAZ.E_MISC;

/**
 * Writes the hashed features of every token of a sentence into `out` (stride FEATS_PER_TOKEN, unused
 * slots = -1), already reduced to bucket indices by `mask`. Returns the buffer used.
 */
const NONE = 0x9e3779b9;

const prefixSets = new WeakMap<Gazetteer, Set<string>>();

/** Every proper word-prefix of a multi-word gazetteer entry ("new", "new york" for "new york city"). */
function prefixesOf(gaz: Gazetteer): Set<string> {
  let set = prefixSets.get(gaz);
  if (set) return set;
  set = new Set();
  for (const phrase of gaz.phrases.keys()) {
    let at = phrase.indexOf(' ');
    while (at > 0) {
      set.add(phrase.slice(0, at));
      at = phrase.indexOf(' ', at + 1);
    }
  }
  prefixSets.set(gaz, set);
  return set;
}

/** Stand-in neighbour beyond the sentence edges. */
export const BOUNDARY: WordInfo = {
  lower: '',
  lw: NONE,
  w: NONE,
  sh: NONE,
  capv: 0,
  alpha: false,
  gaz: 0,
  len: 0,
  pre: [],
  suf: [],
  opener: false,
  quote: false,
  cl: [],
  id: 1,
  cls: 4,
  row: -1,
  rowOf: null,
};

/** A sentence's word facts plus its sentence-level context (multi-word gazetteer matches, headline casing). */
export interface SentenceInfo {
  info: WordInfo[];
  gpos: Uint8Array;
  gclass: Int32Array;
  headline: boolean;
  /** DOC bits per token when the sentence is tagged within its document. */
  doc: Uint8Array | null;
}

export function analyseSentence(tokens: readonly string[], gaz: Gazetteer | null, doc?: DocContext | null): SentenceInfo {
  const n = tokens.length;
  const info: WordInfo[] = new Array(n);
  const gpos = new Uint8Array(n);
  const gclass = new Int32Array(n);
  let caps = 0;
  let alpha = 0;
  const cache = cacheFor(gaz);
  for (let i = 0; i < n; i++) {
    const t = wordInfo(gaz, tokens[i]!, cache);
    info[i] = t;
    if (t.alpha) {
      alpha++;
      if (t.capv !== 0) caps++;
    }
  }
  // Longest multi-word gazetteer matches starting at capitalised tokens. Only strings that begin some
  // multi-word entry are extended, so most tokens cost one set lookup.
  if (gaz && gaz.maxLen > 1) {
    const prefixes = prefixesOf(gaz);
    for (let i = 0; i < n; i++) {
      if (info[i]!.capv === 0) continue;
      let phrase = info[i]!.lower;
      if (!prefixes.has(phrase)) continue;
      let best = 0;
      let bestBits = 0;
      for (let k = 1; k < gaz.maxLen && i + k < n; k++) {
        phrase += ' ' + info[i + k]!.lower;
        const bits = gaz.phrases.get(phrase);
        if (bits !== undefined && (bits & NAME_CLASSES) !== 0) {
          best = k;
          bestBits = bits & NAME_CLASSES;
        }
        if (!prefixes.has(phrase)) break;
      }
      if (best > 0) {
        gpos[i] = 1;
        gclass[i] = bestBits;
        for (let k = 1; k <= best; k++) {
          gpos[i + k] = 2;
          gclass[i + k] = bestBits;
        }
        i += best;
      }
    }
  }
  return { info, gpos, gclass, headline: n >= 4 && alpha >= 3 && caps / alpha >= 0.6, doc: doc ? docFlags(doc, tokens) : null };
}

// Features are emitted in groups. The first four groups depend on one word only (the token itself, or a
// neighbour in a fixed role), so inference can cache their summed weights per word type.

/** Features of the word itself. W and LW come first (training's word dropout hides slots 0 and 1). */
export function ownFeatures(t: WordInfo, out: Int32Array, k: number, mask: number): number {
  out[k++] = mix(T.W, t.w) & mask;
  out[k++] = mix(T.LW, t.lw) & mask;
  out[k++] = mix(T.SH, t.sh) & mask;
  for (let j = 0; j < t.pre.length; j++) out[k++] = mix(T.P1 + j, t.pre[j]!) & mask;
  for (let j = 0; j < t.suf.length; j++) out[k++] = mix(T.S1 + j, t.suf[j]!) & mask;
  out[k++] = mix(T.LEN, t.len) & mask;
  const tg = t.gaz;
  if (tg !== 0) {
    for (let b = 0; b < GAZ_BITS; b++) {
      if (tg & (1 << b)) {
        out[k++] = mix(T.GAZ, b) & mask;
        out[k++] = mix(mix(T.GAZ_SH, b), t.capv) & mask;
      }
    }
  }
  if (t.quote) out[k++] = mix(T.QUOTE, 1) & mask;
  const cl = t.cl;
  if (cl.length === 0) out[k++] = mix(T.CL_NONE, t.capv) & mask;
  else {
    for (let j = 0; j < cl.length; j++) out[k++] = mix(mix(T.CL, j), cl[j]!) & mask;
    out[k++] = mix(mix(T.CL_CAP, cl[cl.length - 1]!), t.capv) & mask;
  }
  return k;
}

/** Features contributed by the word as the left neighbour (position -1). */
export function leftFeatures(m1: WordInfo, out: Int32Array, k: number, mask: number): number {
  out[k++] = mix(T.LWm1, m1.lw) & mask;
  out[k++] = mix(T.Wm1, m1.w) & mask;
  out[k++] = mix(T.SHm1, m1.sh) & mask;
  const cl = m1.cl;
  if (cl.length >= 2) out[k++] = mix(mix(T.CLm1, 1), cl[1]!) & mask;
  if (cl.length >= 4) out[k++] = mix(mix(T.CLm1, 3), cl[3]!) & mask;
  const g = m1.gaz;
  if (g !== 0) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out[k++] = mix(T.GAZm1, b) & mask;
  return k;
}

/** Features contributed by the word as the right neighbour (position +1). */
export function rightFeatures(p1: WordInfo, out: Int32Array, k: number, mask: number): number {
  out[k++] = mix(T.LWp1, p1.lw) & mask;
  out[k++] = mix(T.Wp1, p1.w) & mask;
  out[k++] = mix(T.SHp1, p1.sh) & mask;
  const cl = p1.cl;
  if (cl.length >= 2) out[k++] = mix(mix(T.CLp1, 1), cl[1]!) & mask;
  if (cl.length >= 4) out[k++] = mix(mix(T.CLp1, 3), cl[3]!) & mask;
  const g = p1.gaz;
  if (g !== 0) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out[k++] = mix(T.GAZp1, b) & mask;
  return k;
}

export function farLeftFeature(m2: WordInfo, mask: number): number {
  return mix(T.LWm2, m2.lw) & mask;
}

export function farRightFeature(p2: WordInfo, mask: number): number {
  return mix(T.LWp2, p2.lw) & mask;
}

/** Features of word pairs and sentence context for token i (the pair features, then the rest). */
export function contextFeatures(s: SentenceInfo, i: number, out: Int32Array, k: number, mask: number): number {
  const info = s.info;
  const t = info[i]!;
  k = pairLeftFeatures(i > 0 ? info[i - 1]! : BOUNDARY, t, out, k, mask);
  k = pairRightFeatures(t, i + 1 < info.length ? info[i + 1]! : BOUNDARY, out, k, mask);
  return contextRestFeatures(s, i, out, k, mask);
}

// contextFeatures in parts, so inference can cache them: the bias and the six features that depend on one pair of
// adjacent words only (pairLeftFeatures + pairRightFeatures), and the rest (contextRestFeatures). BOUNDARY stands
// for a missing neighbour.

/** Features token `b` gets from its left neighbour `a` (BOUNDARY at the sentence start), plus the bias. */
export function pairLeftFeatures(a: WordInfo, b: WordInfo, out: Int32Array, k: number, mask: number): number {
  out[k++] = mix(T.BIAS, 0) & mask;
  out[k++] = mix(mix(T.SHm1SH, a.sh), b.sh) & mask;
  out[k++] = mix(mix(T.LWm1LW, a.lw), b.lw) & mask;
  out[k++] = mix(mix(T.LWm1SH, a.lw), b.sh) & mask;
  return k;
}

/** Features token `a` gets from its right neighbour `b` (BOUNDARY at the sentence end). */
export function pairRightFeatures(a: WordInfo, b: WordInfo, out: Int32Array, k: number, mask: number): number {
  out[k++] = mix(mix(T.SHSHp1, a.sh), b.sh) & mask;
  out[k++] = mix(mix(T.LWLWp1, a.lw), b.lw) & mask;
  out[k++] = mix(mix(T.SHLWp1, a.sh), b.lw) & mask;
  return k;
}

/** The features of contextFeatures for token i that are not pair features. */
export function contextRestFeatures(s: SentenceInfo, i: number, out: Int32Array, k: number, mask: number): number {
  const info = s.info;
  const n = info.length;
  const t = info[i]!;
  const m1 = i > 0 ? info[i - 1]! : null;
  const p1 = i + 1 < n ? info[i + 1]! : null;
  const m1sh = m1 ? m1.sh : NONE;
  const p1sh = p1 ? p1.sh : NONE;
  out[k++] = mix(mix(mix(T.SHm1SHSHp1, m1sh), t.sh), p1sh) & mask;
  if (i === 0 || m1!.opener) {
    out[k++] = mix(T.FIRST_LW, t.lw) & mask;
    out[k++] = mix(T.FIRST_SH, t.sh) & mask;
    out[k++] = mix(T.FIRST_GAZ, t.gaz & GAZ.COMMON ? 1 : 2) & mask;
  }
  const headline = s.headline;
  if (headline) {
    out[k++] = mix(T.HEAD_SH, t.sh) & mask;
    out[k++] = mix(T.HEAD_LW, t.lw) & mask;
  }
  const runPos = (m1 && m1.capv !== 0 ? 1 : 0) + (p1 && p1.capv !== 0 ? 2 : 0);
  out[k++] = mix(mix(T.CAPSEQ, runPos), t.capv) & mask;
  const tg = t.gaz;
  const gc = s.gclass[i]!;
  if ((tg | gc) !== 0) {
    for (let b = 0; b < GAZ_BITS; b++) {
      const bit = 1 << b;
      if (tg & bit) {
        if (headline) out[k++] = mix(T.HEAD_GAZ, b) & mask;
        out[k++] = mix(mix(T.CAPSEQ_GAZ, b), runPos) & mask;
      }
      if (gc & bit) out[k++] = mix(T.GAZ, 100 + b * 4 + s.gpos[i]!) & mask;
    }
  }
  const df = s.doc ? s.doc[i]! : 0;
  if (df !== 0) {
    const initial = i === 0 || m1!.opener;
    for (let b = 0; b < DOC_BITS; b++) {
      if (df & (1 << b)) {
        out[k++] = mix(T.DOC, b) & mask;
        if (initial) out[k++] = mix(T.DOC_FIRST, b) & mask;
      }
    }
  }
  return k;
}

/**
 * Writes the hashed features of every token of a sentence into `out` (stride FEATS_PER_TOKEN, a -1 ends a
 * token's list), already reduced to bucket indices by `mask`. Returns the buffer used.
 */
export function sentenceFeatures(
  tokens: readonly string[],
  gaz: Gazetteer | null,
  mask: number,
  buf?: Int32Array,
  doc?: DocContext | null,
): Int32Array {
  const n = tokens.length;
  const need = n * FEATS_PER_TOKEN;
  const out = buf && buf.length >= need ? buf : new Int32Array(Math.max(need, 64 * FEATS_PER_TOKEN));
  const s = analyseSentence(tokens, gaz, doc);
  const info = s.info;
  for (let i = 0; i < n; i++) {
    const base = i * FEATS_PER_TOKEN;
    let k = ownFeatures(info[i]!, out, base, mask);
    k = leftFeatures(i > 0 ? info[i - 1]! : BOUNDARY, out, k, mask);
    k = rightFeatures(i + 1 < n ? info[i + 1]! : BOUNDARY, out, k, mask);
    out[k++] = farLeftFeature(i > 1 ? info[i - 2]! : BOUNDARY, mask);
    out[k++] = farRightFeature(i + 2 < n ? info[i + 2]! : BOUNDARY, mask);
    k = contextFeatures(s, i, out, k, mask);
    if (k < base + FEATS_PER_TOKEN) out[k] = -1;
  }
  return out;
}
