/** Line and sentence boundaries used by the quote rules (a line is a paragraph in the texts we get). */
import { isAbbreviationOrInitial } from '../text/tokenize.js';

export const lineStartOf = (text: string, pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;

export function lineEndOf(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i;
}

/** Sentence terminators followed by space; closing marks after the terminator belong to the sentence. */
const BOUNDARY = /[.!?…]+["'”’»)\]]*\s+/gu;

/** Start of the sentence containing `pos`, not before `from`. */
export function sentenceStart(text: string, from: number, pos: number): number {
  let start = from;
  const slice = text.slice(from, pos);
  for (const m of slice.matchAll(BOUNDARY)) {
    const at = from + (m.index ?? 0);
    if (text[at] === '.' && isAbbreviationOrInitial(text, at)) continue;
    // "(D-Va.) at the time": a sentence does not open in lower case.
    if (/\p{Ll}/u.test(text[at + m[0].length] ?? '')) continue;
    start = at + m[0].length;
  }
  return start;
}

/** End of the sentence starting at or after `pos` (just after its terminator), not after `limit`. */
export function sentenceEnd(text: string, pos: number, limit: number): number {
  const slice = text.slice(pos, limit);
  for (const m of slice.matchAll(BOUNDARY)) {
    const at = pos + (m.index ?? 0);
    if (text[at] === '.' && isAbbreviationOrInitial(text, at)) continue;
    if (/\p{Ll}/u.test(text[pos + (m.index ?? 0) + m[0].length] ?? '')) continue;
    return at + m[0].trimEnd().length;
  }
  return limit;
}

/** Word count of a text (letters/digits runs). */
export function wordCount(s: string): number {
  // Same count as /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu, by a character scan (it runs on every sentence).
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else word = isLetterOrDigit(s[i] ?? '');
    if (word) {
      if (!inWord) n++;
      inWord = true;
      continue;
    }
    // ' ’ . - between two word characters join them (don't, U.S, e-mail).
    const joiner = c === 39 || c === 0x2019 || c === 46 || c === 45;
    if (!(inWord && joiner && i + 1 < s.length && isWordAt(s, i + 1))) inWord = false;
    else i++; // the next character is a word character of the same word
  }
  return n;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (ch: string): boolean => LETTER_OR_DIGIT.test(ch);
function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isLetterOrDigit(s[i] ?? '');
}

/** Sentences of the text as `[start, end)`: split at line breaks and at terminators followed by a non-lower-case start. */
export function sentencesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (a: number, b: number): void => {
    while (a < b && /\s/u.test(text[a] ?? '')) a++;
    while (b > a && /\s/u.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push([a, b]);
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = lineEndOf(text, lineStart);
    let start = lineStart;
    for (const m of text.slice(lineStart, lineEnd).matchAll(BOUNDARY)) {
      const at = lineStart + (m.index ?? 0);
      const next = at + m[0].length;
      if (text[at] === '.' && isAbbreviationOrInitial(text, at)) continue;
      if (/\p{Ll}/u.test(text[next] ?? '')) continue;
      push(start, next);
      start = next;
    }
    push(start, lineEnd);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
