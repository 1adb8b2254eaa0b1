import { describe, expect, it } from 'vitest';
import { fuzzStrings } from '../text/fuzz-strings.js';
import { countWords, textStats } from './text-stats.js';

describe('textStats', () => {
  it('counts words, keeping contractions, abbreviations and numbers whole', () => {
    expect(textStats("The U.S. didn't pay $1,200 to well-known firms.").wordCount).toBe(8);
    expect(textStats('It ended.Next came 3.5 percent').wordCount).toBe(6);
  });

  it('is zero for empty or punctuation-only text', () => {
    expect(textStats('')).toEqual({ wordCount: 0, readingTimeMinutes: 0 });
    expect(textStats(' -- ... !! ')).toEqual({ wordCount: 0, readingTimeMinutes: 0 });
  });

  it('reads at 230 wpm, rounded up to a tenth of a minute', () => {
    const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');
    expect(textStats(words(460))).toEqual({ wordCount: 460, readingTimeMinutes: 2 });
    expect(textStats(words(461)).readingTimeMinutes).toBe(2.1);
    expect(textStats(words(1)).readingTimeMinutes).toBe(0.1);
    expect(textStats(words(1150)).readingTimeMinutes).toBe(5);
  });
});

describe('countWords', () => {
  it('counts exactly the reference regex matches', () => {
    let words = 0;
    for (const s of fuzzStrings(20_000, 17)) {
      const fast = countWords(s);
      expect(fast).toBe(countWords(s, true));
      words += fast;
    }
    expect(words).toBeGreaterThan(20_000);
  });
});
