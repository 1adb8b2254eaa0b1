/**
 * Unicode classes of UTF-16 code units for the hand-written scanners (tokenize, keywords, tone, stats,
 * simhash), filled on first sight from the same `\p{..}` classes their reference regexes use. Surrogate
 * halves classify as nothing: scanners that must read astral characters by code point check for them.
 */
export const LETTER = 1;
export const NUMBER = 2;
export const UPPER = 4;
export const SPACE = 8;
export const PUNCT = 16;
export const SYMBOL = 32;
const KNOWN = 128;
export const LETTER_OR_NUMBER = LETTER | NUMBER;

const TABLE = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let f = KNOWN;
  if (/\p{L}/u.test(ch)) f |= LETTER;
  if (/\p{N}/u.test(ch)) f |= NUMBER;
  if (/\p{Lu}/u.test(ch)) f |= UPPER;
  if (/\s/u.test(ch)) f |= SPACE;
  if (/\p{P}/u.test(ch)) f |= PUNCT;
  if (/\p{S}/u.test(ch)) f |= SYMBOL;
  return f;
}

/** Class bits of a UTF-16 code unit (0..65535). */
export function charClass(c: number): number {
  const f = TABLE[c]!;
  return f !== 0 ? f : (TABLE[c] = classify(c));
}

/** Class bits of the code unit at i, or 0 outside [0, end). */
export function classAt(text: string, i: number, end: number): number {
  return i < end && i >= 0 ? charClass(text.charCodeAt(i)) : 0;
}

/** Does text[from, to) hold a surrogate half (an astral character)? */
export function hasSurrogate(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}
