import { describe, expect, it } from 'vitest';
import { phraseAt, phraseIndex } from './phrase-index.js';

describe('phraseIndex', () => {
  const index = phraseIndex(["Moody's", "Moody's Investors Service", 'Serie A', 'Serie B']);
  const words = (s: string): string[] => s.split(' ');

  it('finds the longest name starting at a token, split as the tokenizer splits a possessive', () => {
    expect(phraseAt(index, words("Moody 's Investors Service cut Italy"), 0)).toEqual(['Moody', "'s", 'Investors', 'Service']);
    expect(phraseAt(index, words("Moody 's said"), 0)).toEqual(['Moody', "'s"]);
    expect(phraseAt(index, words('fifth in Serie B now'), 2)).toEqual(['Serie', 'B']);
  });

  it('finds nothing where no name starts', () => {
    expect(phraseAt(index, words('Serie C'), 0)).toBeUndefined();
    expect(phraseAt(index, words('the Serie'), 0)).toBeUndefined();
  });
});
