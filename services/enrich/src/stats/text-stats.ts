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
  let wordCount = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text) !== null) wordCount++;
  // Rounded to tenths first so 460 / 230 * 10 = 20.000000000000004 does not become 2.1.
  const tenths = Math.ceil(Math.round((wordCount / WORDS_PER_MINUTE) * 10 * 1e6) / 1e6);
  return { wordCount, readingTimeMinutes: tenths / 10 };
}
