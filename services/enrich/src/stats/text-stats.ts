import { LETTER, LETTER_OR_NUMBER, NUMBER, charClass } from '../text/char-class.js';

/** Silent-reading speed for news prose, words per minute. */
export const WORDS_PER_MINUTE = 230;

// A word: letters/digits with inner apostrophes or hyphens ("don't", "well-known"), separators inside
// numbers ("1,200", "3.5") and dotted abbreviations ("U.S."); "end.Next" stays two words.
const WORD_RE = /[\p{L}\p{N}]+(?:(?:[-‐'’]|[.,](?=\p{N})|\.(?=\p{L}\.))[\p{L}\p{N}]+)*/gu;

/**
 * Word count and reading time. Reading time is wordCount / 230 rounded UP to the next 0.1 minute
 * (so any non-empty text reads for at least 0.1 min; 460 words -> 2, 461 words -> 2.1).
 */
export function textStats(text: string): { wordCount: number; readingTimeMinutes: number } {
  const wordCount = countWords(text);
  // Rounded to tenths first so 460 / 230 * 10 = 20.000000000000004 does not become 2.1.
  const tenths = Math.ceil(Math.round((wordCount / WORDS_PER_MINUTE) * 10 * 1e6) / 1e6);
  return { wordCount, readingTimeMinutes: tenths / 10 };
}

/**
 * The number of `WORD_RE` matches, by a hand-written scanner; astral text (the scanner meets every
 * surrogate and starts again) and `useRegex` count with the regex itself (the tests pin the two together).
 */
export function countWords(text: string, useRegex = false): number {
  let wordCount = 0;
  if (!useRegex) {
    const n = text.length;
    const cls = (j: number): number => (j < n ? charClass(text.charCodeAt(j)) : 0);
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if ((charClass(c) & LETTER_OR_NUMBER) === 0) {
        if ((c & 0xf800) === 0xd800) return countWords(text, true);
        i++;
        continue;
      }
      let j = i + 1;
      while ((cls(j) & LETTER_OR_NUMBER) !== 0) j++;
      for (;;) {
        const x = j < n ? text.charCodeAt(j) : -1;
        const next = cls(j + 1);
        const joins =
          ((x === 45 || x === 0x2010 || x === 39 || x === 0x2019) && (next & LETTER_OR_NUMBER) !== 0) ||
          ((x === 46 || x === 44) && (next & NUMBER) !== 0) ||
          (x === 46 && (next & LETTER) !== 0 && j + 2 < n && text.charCodeAt(j + 2) === 46);
        if (!joins) break;
        j += 2;
        while ((cls(j) & LETTER_OR_NUMBER) !== 0) j++;
      }
      wordCount++;
      i = j;
    }
    return wordCount;
  }
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text) !== null) wordCount++;
  return wordCount;
}
