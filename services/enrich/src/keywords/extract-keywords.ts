import type { Keyword } from '@newswire/contracts';
import { LETTER, LETTER_OR_NUMBER, NUMBER, PUNCT, SPACE, SYMBOL, charClass, classAt, hasSurrogate } from '../text/char-class.js';
import { LY_NON_ADVERBS, SOFT_STOPWORDS, STOPWORDS } from './stopwords.js';

/**
 * Unsupervised keyword / keyphrase extraction: YAKE-like word statistics over RAKE-style candidates.
 *
 * Candidates: runs of content words inside a sentence, broken at stopwords, "-ly" adverbs,
 * punctuation, numbers and possessives, and every n-gram of up to 3 words inside a run ("New Year message" -> "New Year",
 * "Year message", "New", "Year", "message").
 * Word weight: (1 + ln tf) x position (the earlier the first mention, the more: news is lead-heavy)
 * x 1.5 when the word is in the title x 1.15 for words written capitalised mid-sentence (names);
 * single lower-case "-ed" words (mostly verbs: "headed", "announced") x 0.6.
 * Phrase score: mean word weight x (1 + ln phrase frequency) x sqrt(length), x 1.2 when the phrase
 * stands in the title; a multi-word phrase must occur twice or stand in the title, so chance
 * adjacencies do not become phrases. A candidate inside a better one is dropped unless it occurs
 * at least twice as often on its own; a longer phrase exactly as frequent as a picked shorter one
 * replaces it ("Year message" -> "New Year message").
 * Scores are divided by the best one: descending, in (0, 1]. Linear in the text: one regex pass.
 */
export function extractKeywords(text: string, opts: { title?: string | null; max?: number } = {}): Keyword[] {
  const max = opts.max ?? 10;
  if (max <= 0) return [];
  const titleWords = new Set<string>();
  const titleSeq: Array<string | null> = []; // title words, null at breaks
  if (opts.title) {
    scan(
      opts.title,
      (lower) => {
        titleWords.add(lower);
        titleSeq.push(lower);
      },
      () => {
        titleSeq.push(null);
      },
    );
  }

  const words = new Map<string, WordStat>();
  const keys: string[] = []; // word id -> word
  /**
   * 2- and 3-word n-grams as numbers (word ids in base 2^17, exact below 2^53): count and first
   * sentence. Strings are built only for the few n-grams that survive. Unigrams live in `words`.
   */
  const gramCount = new Map<number, number>();
  const gramFirst = new Map<number, number>();
  let sentence = 0;
  // The current run of word ids (never longer than MAX_RUN).
  const run = new Int32Array(MAX_RUN);
  let runLength = 0;
  const flush = (): void => {
    const len = runLength;
    for (let i = 0; i + 1 < len; i++) {
      const bigram = run[i]! * ID_BASE + run[i + 1]!;
      countGram(gramCount, gramFirst, bigram, sentence);
      if (i + 2 < len) countGram(gramCount, gramFirst, -(bigram * ID_BASE + run[i + 2]!), sentence);
    }
    runLength = 0;
  };
  let sentenceStart = true;
  let prevLower = false;
  scan(
    text,
    (lower, capitalised, at, len, breakAfter) => {
      const stop =
        lower.length < 2 ||
        (STOPWORDS.has(lower) && !(SOFT_STOPWORDS.has(lower) && !sentenceStart && capitalised)) ||
        (lower.includes('’') && STOPWORDS.has(lower.replace(/’/g, "'"))) ||
        (!capitalised && lower.length >= 5 && lower.endsWith('ly') && !LY_NON_ADVERBS.has(lower)); // adverbs
      if (stop) {
        flush();
      } else {
        let ws = words.get(lower);
        if (!ws) {
          ws = { id: keys.length, tf: 0, firstSentence: sentence, capitalisedMid: 0, lowerMid: 0, form: text.slice(at, at + len) };
          words.set(lower, ws);
          keys.push(lower);
        }
        ws.tf++;
        if (!sentenceStart) {
          if (capitalised) ws.capitalisedMid++;
          else ws.lowerMid++;
          // A common word followed by a name ("means Trump", "nominee Donald Trump") is not one phrase.
          if (capitalised && prevLower) flush();
        }
        prevLower = !capitalised;
        if (ws.id < ID_BASE) run[runLength++] = ws.id;
        else flush(); // beyond 131,072 distinct words n-grams stop; no article gets there
        if (runLength >= MAX_RUN || breakAfter) flush();
      }
      sentenceStart = false;
    },
    (sentenceEnd) => {
      flush();
      if (sentenceEnd) {
        sentence++;
        sentenceStart = true;
      }
    },
  );
  flush();
  if (words.size === 0) return [];

  const cands: Candidate[] = [];
  // (A word stands in the title when it is a title word; an n-gram when its code is a title n-gram's.)
  for (const [key, ws] of words)
    cands.push({ key, words: [key], freq: ws.tf, firstSentence: ws.firstSentence, inTitle: titleWords.has(key) });
  // Codes of the title's 2- and 3-grams, for n-grams that occur once but stand in the title.
  const titleCodes = new Set<number>();
  const tid = titleSeq.map((w) => (w === null ? undefined : words.get(w)?.id));
  for (let i = 0; i + 1 < tid.length; i++) {
    const a = tid[i];
    const b = tid[i + 1];
    if (a === undefined || b === undefined || a >= ID_BASE || b >= ID_BASE) continue;
    titleCodes.add(a * ID_BASE + b);
    const c = tid[i + 2];
    if (c !== undefined && c < ID_BASE) titleCodes.add(-((a * ID_BASE + b) * ID_BASE + c));
  }
  for (const [code, freq] of gramCount) {
    const inTitle = titleCodes.has(code);
    if (freq < 2 && !inTitle) continue; // chance adjacency
    // Trigrams are stored negated; decode the ids back to words.
    let rest = Math.abs(code);
    const ids: number[] = [];
    while (ids.length < (code < 0 ? 3 : 2)) {
      ids.unshift(rest % ID_BASE);
      rest = Math.floor(rest / ID_BASE);
    }
    const gram = ids.map((id) => keys[id]!);
    const key = gram.join(' ');
    cands.push({ key, words: gram, freq, firstSentence: gramFirst.get(code) ?? 0, inTitle });
  }

  const wordWeight = new Map<string, number>();
  for (const [w, s] of words) {
    const position = 1 + 1 / (1 + Math.log2(1 + s.firstSentence));
    const title = titleWords.has(w) ? 1.5 : 1;
    const name = s.capitalisedMid > s.lowerMid ? 1.15 : 1;
    wordWeight.set(w, (1 + Math.log(s.tf)) * position * title * name);
  }

  const scored: Scored[] = [];
  for (const c of cands) {
    const n = c.words.length;
    const inTitle = c.inTitle;
    if (n > 1 && c.freq < 2 && !inTitle) continue;
    let sum = 0;
    for (const w of c.words) sum += wordWeight.get(w) ?? 0;
    let score = (sum / n) * (1 + Math.log(c.freq)) * Math.sqrt(n);
    if (inTitle && n > 1) score *= 1.2;
    if (n === 1 && c.key.endsWith('ed') && c.key.length > 4 && isLowerCaseWord(words.get(c.key))) score *= 0.6;
    scored.push({ c, score });
  }
  // Best first: score, then the earlier phrase. Only the first few are ever looked at, so a heap, not a sort.
  const next = bestFirst(scored);
  const picked: Scored[] = [];
  for (let cand = next(); cand !== undefined; cand = next()) {
    if (picked.length >= max) break;
    let keep = true;
    for (let i = 0; i < picked.length && keep; i++) {
      const p = picked[i]!;
      if (chained(p.c, cand.c)) {
        keep = false; // "Pathfinder Rock Creek" after "Rock Creek Edition": pieces of one longer name
      } else if (contains(p.c, cand.c)) {
        keep = cand.c.freq >= 2 * p.c.freq; // the shorter one stands on its own elsewhere
      } else if (contains(cand.c, p.c)) {
        if (cand.c.freq === p.c.freq) {
          picked[i] = { c: cand.c, score: p.score }; // the same mentions, said in full
          keep = false;
        }
      }
    }
    if (keep) picked.push(cand);
  }
  // Replacements may have produced duplicates.
  const seen = new Set<string>();
  const unique = picked.filter((p) => !seen.has(p.c.key) && seen.add(p.c.key) !== undefined);
  const top = unique[0]?.score ?? 1;
  return unique.map(({ c, score }) => ({ term: surface(c, words), score: Math.round((score / top) * 1000) / 1000 }));
}

/**
 * Pops `items` in the order of a stable sort by score (descending), then first sentence: a binary heap
 * over their indices, the index breaking ties as stability would.
 */
function bestFirst(items: readonly Scored[]): () => Scored | undefined {
  const heap = new Int32Array(items.length);
  for (let i = 0; i < heap.length; i++) heap[i] = i;
  const before = (x: number, y: number): boolean => {
    const a = items[x]!;
    const b = items[y]!;
    if (a.score !== b.score) return a.score > b.score;
    if (a.c.firstSentence !== b.c.firstSentence) return a.c.firstSentence < b.c.firstSentence;
    return x < y;
  };
  let size = heap.length;
  const down = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const r = l + 1;
      const child = r < size && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[child]!, heap[i]!)) return;
      const t = heap[i]!;
      heap[i] = heap[child]!;
      heap[child] = t;
      i = child;
    }
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) down(i);
  return () => {
    if (size === 0) return undefined;
    const top = heap[0]!;
    heap[0] = heap[--size]!;
    down(0);
    return items[top];
  };
}

const MAX_RUN = 6;
const ID_BASE = 131_072;

function countGram(count: Map<number, number>, first: Map<number, number>, code: number, sentence: number): void {
  const c = count.get(code);
  if (c === undefined) {
    count.set(code, 1);
    first.set(code, sentence);
  } else count.set(code, c + 1);
}
/**
 * group 1: a word (letters first; inner - ' ’ . & joins), group 2: possessive 's after it,
 * group 3: sentence end; anything else (numbers, other punctuation) breaks a candidate run.
 */
const TOKEN_RE =
  /(\p{L}[\p{L}\p{N}]*(?:[-‐.&][\p{L}\p{N}]+|['’](?!s(?![\p{L}\p{N}]))[\p{L}\p{N}]+)*)(['’]s)?(?![\p{L}\p{N}])|([.!?]+(?=[\s"'”’)]|$)|\n)|[\p{N}\p{P}\p{S}]+/gu;

/**
 * One pass over the lower-cased text (lower-casing once is far cheaper than per word); case comes
 * from the original at the same offset; `text.slice(at, at + len)` is the word as written.
 * A hand-written scanner finds what `TOKEN_RE` matches; the regex itself serves texts whose lower-casing
 * changes their length ("İ") or that hold astral characters, and `useRegex` (the tests pin the two together).
 */
export function scan(
  text: string,
  onWord: (lower: string, capitalised: boolean, at: number, len: number, breakAfter: boolean) => void,
  onBreak: (sentenceEnd: boolean) => void,
  useRegex = false,
): void {
  const lowerText = text.toLowerCase();
  const aligned = lowerText.length === text.length; // false only for rare letters that grow ("İ")
  if (aligned && !useRegex && !hasSurrogate(lowerText)) {
    scanLower(text, lowerText, onWord, onBreak);
    return;
  }
  const src = aligned ? lowerText : text;
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    const word = m[1];
    if (word === undefined) {
      onBreak(m[3] !== undefined);
      continue;
    }
    const at = m.index;
    if (aligned) {
      const c = text.charCodeAt(at);
      const capitalised = c < 128 ? c >= 65 && c <= 90 : c !== lowerText.charCodeAt(at);
      onWord(word, capitalised, at, word.length, m[2] !== undefined);
    } else {
      const lower = word.toLowerCase();
      onWord(lower, lower.charAt(0) !== word.charAt(0), at, word.length, m[2] !== undefined);
    }
  }
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** [-‐.&] */
const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 46 || c === 38;
const isSentencePunct = (c: number): boolean => c === 46 || c === 33 || c === 63;
/** [\s"'”’)] after a sentence end */
const closesSentence = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || (charClass(c) & SPACE) !== 0;
const at = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : -1);
const isLN = (s: string, i: number): boolean => (classAt(s, i, s.length) & LETTER_OR_NUMBER) !== 0;

/** `TOKEN_RE` by hand on an aligned lower-cased text without surrogates: same matches, same order. */
function scanLower(
  text: string,
  lower: string,
  onWord: (lower: string, capitalised: boolean, at: number, len: number, breakAfter: boolean) => void,
  onBreak: (sentenceEnd: boolean) => void,
): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const f = charClass(c);
    if ((f & LETTER) !== 0) {
      // \p{L}[\p{L}\p{N}]*(?:[-‐.&][\p{L}\p{N}]+|['’](?!s(?![\p{L}\p{N}]))[\p{L}\p{N}]+)* then (['’]s)?
      let j = i + 1;
      while (isLN(lower, j)) j++;
      for (;;) {
        const x = at(lower, j);
        if (!isLN(lower, j + 1)) break;
        if (isJoiner(x) || (isApostrophe(x) && !(at(lower, j + 1) === 115 && !isLN(lower, j + 2)))) {
          j += 2;
          while (isLN(lower, j)) j++;
        } else break;
      }
      const possessive = isApostrophe(at(lower, j)) && at(lower, j + 1) === 115;
      const o = text.charCodeAt(i);
      const capitalised = o < 128 ? o >= 65 && o <= 90 : o !== c;
      onWord(lower.slice(i, j), capitalised, i, j - i, possessive);
      i = possessive ? j + 2 : j;
      continue;
    }
    if (c === 10) {
      onBreak(true);
      i++;
      continue;
    }
    if (isSentencePunct(c)) {
      // [.!?]+(?=[\s"'”’)]|$)
      let k = i + 1;
      while (k < n && isSentencePunct(lower.charCodeAt(k))) k++;
      if (k === n || closesSentence(lower.charCodeAt(k))) {
        onBreak(true);
        i = k;
        continue;
      }
    }
    if ((f & (NUMBER | PUNCT | SYMBOL)) !== 0) {
      // [\p{N}\p{P}\p{S}]+
      let k = i + 1;
      while (k < n && (charClass(lower.charCodeAt(k)) & (NUMBER | PUNCT | SYMBOL)) !== 0) k++;
      onBreak(false);
      i = k;
      continue;
    }
    i++;
  }
}

interface WordStat {
  id: number;
  tf: number;
  firstSentence: number;
  capitalisedMid: number;
  lowerMid: number;
  /** the first written form */
  form: string;
}

interface Candidate {
  key: string;
  words: string[];
  freq: number;
  firstSentence: number;
  /** the phrase stands in the title (its words, in order, with no break between) */
  inTitle: boolean;
}

interface Scored {
  c: Candidate;
  score: number;
}

const contains = (long: Candidate, short: Candidate): boolean =>
  long.words.length > short.words.length && ` ${long.key} `.includes(` ${short.key} `);

/** Multi-word phrases where one's tail is the other's head ("a b c" / "b c d"). */
function chained(a: Candidate, b: Candidate): boolean {
  if (a.words.length < 2 || b.words.length < 2) return false;
  const overlaps = (x: string[], y: string[]): boolean => {
    for (let k = Math.min(x.length, y.length) - 1; k >= 1; k--) {
      let same = true;
      for (let j = 0; j < k && same; j++) same = x[x.length - k + j] === y[j];
      if (same) return true;
    }
    return false;
  };
  return overlaps(a.words, b.words) || overlaps(b.words, a.words);
}

const isLowerCaseWord = (s: WordStat | undefined): boolean => s !== undefined && s.capitalisedMid === 0;

/** Lower case when its words are mostly written lower case mid-sentence, else as first written. */
function surface(c: Candidate, words: Map<string, WordStat>): string {
  const form = c.words.map((w) => words.get(w)?.form ?? w).join(' ');
  const commonNoun = c.words.every((w) => {
    const s = words.get(w);
    return s !== undefined && s.lowerMid >= s.capitalisedMid && s.lowerMid > 0;
  });
  if (commonNoun) return c.key;
  // A multi-word name first seen in capitals (a dateline, "KANSAS CITY") is shown in title case.
  if (c.words.length > 1 && form === form.toUpperCase()) {
    return c.words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  }
  return form;
}
