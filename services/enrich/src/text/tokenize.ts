import { LETTER, LETTER_OR_NUMBER, NUMBER, SPACE, UPPER, classAt } from './char-class.js';
import { isAbbreviation } from '@newswire/text';

/** A token with `[start, end)` UTF-16 offsets into the source text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A sentence as `[start, end)` offsets into the source text, with its tokens. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

// CoNLL/PTB-like tokens: words (with inner hyphens, apostrophes and dots of abbreviations),
// clitics split off ('s, n't), numbers with separators, and any other non-space char alone.
// Titles, company suffixes, month abbreviations and name initials keep their period ("Mr.", "Inc.", "J."),
// as in the treebank-style data the NER model is trained on.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gen|St|Jr|Sr|Rev|Mt|Ft|Inc|Corp|Co|Ltd|Bros|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs)\.(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.])\p{Lu}\.(?=\s+\p{Lu})|\p{L}+(?:[-‐'’]\p{L}+)*(?=(?:['’]s|n['’]t)\b)|n['’]t\b|['’]s\b|\p{N}+(?:[.,:/]\p{N}+)*%?|[\p{L}\p{N}]+(?:[-‐'’.&][\p{L}\p{N}]+)*|\S/gu;

/**
 * Tokens of `text.slice(offset, end)`, offsets into `text`. A hand-written scanner that returns exactly
 * what `TOKEN_RE` matches (tokenize.test.ts pins the two together, and the NER model's features depend
 * on it) at a fraction of the cost: no backtracking over every word for the clitic lookahead, no match
 * objects. Text with astral characters (surrogate pairs) goes to the regex.
 */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  return scanTokens(text, offset, end) ?? tokenizeWithRegex(text, offset, end);
}

/** The reference implementation: `TOKEN_RE` over the slice. */
export function tokenizeWithRegex(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(offset, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

const L = LETTER;
const N = NUMBER;
const LU = UPPER;
const WS = SPACE;
const LN = LETTER_OR_NUMBER;
const cls = classAt;

const PERIOD = 46;
/** The code unit at j, or -1 at and past `end`. */
const at = (text: string, j: number, end: number): number => (j < end ? text.charCodeAt(j) : -1);
const token = (text: string, start: number, end: number): Token => ({ text: text.slice(start, end), start, end });
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** `\w` of a regex without the `i` flag, which is what `\b` tests even in unicode mode. */
const isAsciiWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** - ‐ ' ’ */
const isWordJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 39 || c === 0x2019;
const TITLE_ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'Cmdr',
  'Adm',
  'St',
  'Jr',
  'Sr',
  'Rev',
  'Mt',
  'Ft',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Bros',
  'Jan',
  'Feb',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'vs',
]);

/** `TOKEN_RE`'s alternatives, in its order, at each position; null when the slice has a surrogate. */
function scanTokens(text: string, offset: number, end: number): Token[] | null {
  const out: Token[] = [];
  let i = offset;
  while (i < end) {
    const c = text.charCodeAt(i);
    const f = cls(text, i, end);
    if ((f & WS) !== 0) {
      i++;
      continue;
    }
    const prev = cls(text, i - 1, end) * (i > offset ? 1 : 0);
    // (?:\p{Lu}\.){2,}
    if ((f & LU) !== 0 && at(text, i + 1, end) === PERIOD && (cls(text, i + 2, end) & LU) !== 0 && at(text, i + 3, end) === PERIOD) {
      let j = i + 4;
      while ((cls(text, j, end) & LU) !== 0 && at(text, j + 1, end) === PERIOD) j += 2;
      out.push(token(text, i, j));
      i = j;
      continue;
    }
    // (?<![\p{L}\p{N}])(?:Mr|Mrs|...)\.(?![\p{L}\p{N}])
    if ((prev & LN) === 0 && ((c >= 65 && c <= 90) || c === 118)) {
      let j = i + 1;
      while (j < end && (text.charCodeAt(j) | 32) >= 97 && (text.charCodeAt(j) | 32) <= 122) j++;
      if (at(text, j, end) === PERIOD && j - i <= 4 && (cls(text, j + 1, end) & LN) === 0 && TITLE_ABBREVIATIONS.has(text.slice(i, j))) {
        out.push(token(text, i, j + 1));
        i = j + 1;
        continue;
      }
    }
    // (?<![\p{L}\p{N}.])\p{Lu}\.(?=\s+\p{Lu})
    if ((f & LU) !== 0 && (prev & LN) === 0 && !(i > offset && text.charCodeAt(i - 1) === PERIOD) && at(text, i + 1, end) === PERIOD) {
      let k = i + 2;
      while ((cls(text, k, end) & WS) !== 0) k++;
      if (k > i + 2 && (cls(text, k, end) & LU) !== 0) {
        out.push(token(text, i, i + 2));
        i += 2;
        continue;
      }
    }
    if ((f & L) !== 0) {
      // \p{L}+(?:[-‐'’]\p{L}+)*(?=(?:['’]s|n['’]t)\b): the longest prefix ending in a letter before a clitic.
      let j = i + 1;
      while ((cls(text, j, end) & L) !== 0) j++;
      while (isWordJoiner(at(text, j, end)) && (cls(text, j + 1, end) & L) !== 0) {
        j += 2;
        while ((cls(text, j, end) & L) !== 0) j++;
      }
      let clitic = -1;
      for (let e = j; e > i; e--) {
        const x = at(text, e, end);
        const found = isApostrophe(x)
          ? at(text, e + 1, end) === 115 && !isAsciiWord(at(text, e + 2, end))
          : x === 110 && isApostrophe(at(text, e + 1, end)) && at(text, e + 2, end) === 116 && !isAsciiWord(at(text, e + 3, end));
        if (found && (cls(text, e - 1, end) & L) !== 0) {
          clitic = e;
          break;
        }
      }
      if (clitic > 0) {
        out.push(token(text, i, clitic));
        i = clitic;
        continue;
      }
      // n['’]t\b
      if (c === 110 && isApostrophe(at(text, i + 1, end)) && at(text, i + 2, end) === 116 && !isAsciiWord(at(text, i + 3, end))) {
        out.push(token(text, i, i + 3));
        i += 3;
        continue;
      }
    }
    // ['’]s\b
    if (isApostrophe(c) && at(text, i + 1, end) === 115 && !isAsciiWord(at(text, i + 2, end))) {
      out.push(token(text, i, i + 2));
      i += 2;
      continue;
    }
    if ((f & N) !== 0) {
      // \p{N}+(?:[.,:/]\p{N}+)*%?
      let j = i + 1;
      while ((cls(text, j, end) & N) !== 0) j++;
      for (
        let x = at(text, j, end);
        (x === PERIOD || x === 44 || x === 58 || x === 47) && (cls(text, j + 1, end) & N) !== 0;
        x = at(text, j, end)
      ) {
        j += 2;
        while ((cls(text, j, end) & N) !== 0) j++;
      }
      if (at(text, j, end) === 37) j++;
      out.push(token(text, i, j));
      i = j;
      continue;
    }
    if ((f & L) !== 0) {
      // [\p{L}\p{N}]+(?:[-‐'’.&][\p{L}\p{N}]+)*
      let j = i + 1;
      while ((cls(text, j, end) & LN) !== 0) j++;
      for (
        let x = at(text, j, end);
        (isWordJoiner(x) || x === PERIOD || x === 38) && (cls(text, j + 1, end) & LN) !== 0;
        x = at(text, j, end)
      ) {
        j += 2;
        while ((cls(text, j, end) & LN) !== 0) j++;
      }
      out.push(token(text, i, j));
      i = j;
      continue;
    }
    // \S. Every surrogate half comes here (no rule above takes one): astral text goes to the regex.
    if ((c & 0xf800) === 0xd800) return null;
    out.push(token(text, i, i + 1));
    i++;
  }
  return out;
}

/** Does the period at idx end a known abbreviation or an initial (the letters and dots of the 12 chars before it)? */
export function isAbbreviationOrInitial(text: string, idx: number): boolean {
  const from = Math.max(0, idx - 12);
  let b = idx;
  for (; b > from; b--) {
    const c = text.charCodeAt(b - 1);
    if ((c & 0xf800) === 0xd800) return isAbbreviationOrInitialRegex(text, idx); // astral letters: by code point
    if (c !== PERIOD && (cls(text, b - 1, idx) & L) === 0) break;
  }
  if (idx - b === 1) return (cls(text, b, idx) & LU) !== 0 || isAbbreviation(text.charAt(b));
  return b < idx && isAbbreviation(text.slice(b, idx));
}

/** The reference for isAbbreviationOrInitial. */
export function isAbbreviationOrInitialRegex(text: string, idx: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, idx - 12), idx))?.[1] ?? '';
  return isAbbreviation(before) || /^\p{Lu}$/u.test(before);
}

/**
 * Splits text into sentences: after . ! ? (and closing quotes/brackets) followed by space and an
 * upper-case letter, digit or opening quote, unless the period ends a known abbreviation or an initial;
 * and always at blank lines (paragraph breaks).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && (cls(text, s, end) & WS) !== 0) s++;
    let e = end;
    while (e > s && (cls(text, e - 1, end) & WS) !== 0) e--;
    if (e > s) sentences.push({ start: s, end: e, tokens: tokenize(text, s, e) });
  };
  for (const m of text.matchAll(boundary)) {
    const idx = m.index ?? 0;
    if (text.charCodeAt(idx) === PERIOD && isAbbreviationOrInitial(text, idx)) continue;
    const end = idx + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
