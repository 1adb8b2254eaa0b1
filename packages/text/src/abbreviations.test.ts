import { describe, expect, it } from 'vitest';
import { isAbbreviation } from './abbreviations.js';

describe('isAbbreviation', () => {
  it('knows titles, months, US states and Latin abbreviations in any case', () => {
    for (const w of ['Sen', 'sen', 'U.S', 'D.C', 'Sept', 'etc', 'e.g', 'Lt', 'Atty', 'Calif', 'v']) expect(isAbbreviation(w)).toBe(true);
  });
  it('reads words that are also ordinary words as abbreviations only when capitalised', () => {
    for (const w of ['No', 'Co', 'Rep', 'Wash', 'Ill', 'Pa']) expect(isAbbreviation(w)).toBe(true);
    for (const w of ['no', 'co', 'rep', 'wash', 'ill', 'said', 'Reno', '']) expect(isAbbreviation(w)).toBe(false);
  });
});
