import { describe, expect, it } from 'vitest';
import { aggregateBody, dateMatch, firstAuthorMatch, monthDayMatch, scoreBody, shingles, titleMatch, words } from './score.js';

describe('words/shingles', () => {
  it('splits on Unicode word characters and keeps case', () => {
    expect(words('Ça va, Été-2023 n’est_pas')).toEqual(['Ça', 'va', 'Été', '2023', 'n', 'est_pas']);
  });
  it('counts overlapping 4-word shingles as a multiset', () => {
    const s = shingles('a b c d a b c d');
    expect(s.get('a b c d')).toBe(2);
    expect(s.get('b c d a')).toBe(1);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });
  it('treats a text shorter than 4 words as one shingle', () => {
    expect([...shingles('only two').entries()]).toEqual([['only two', 1]]);
    expect(shingles('').size).toBe(0);
  });
});

describe('scoreBody', () => {
  it('is perfect for identical text regardless of layout', () => {
    expect(scoreBody('One two three four five.', 'One two\n\nthree four five')).toEqual({ precision: 1, recall: 1 });
  });
  it('measures precision and recall on shared shingles', () => {
    // truth has 3 shingles; prediction has the first 2 of them plus 2 junk shingles
    const s = scoreBody('a b c d e f', 'a b c d e x y');
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.precision).toBeCloseTo(2 / 4);
  });
  it('gives null precision for an empty prediction', () => {
    expect(scoreBody('a b c d', '')).toEqual({ precision: null, recall: 0 });
  });
  it('averages precision only over non-empty predictions and F1 from the averages', () => {
    const agg = aggregateBody([
      { precision: 1, recall: 1 },
      { precision: null, recall: 0 },
    ]);
    expect(agg.precision).toBe(1);
    expect(agg.recall).toBe(0.5);
    expect(agg.f1).toBeCloseTo(2 / 3);
    expect(agg.emptyPredictions).toBe(1);
  });
});

describe('field matches', () => {
  it('normalizes whitespace in titles only', () => {
    expect(titleMatch(' A  title\n', 'A title')).toBe(true);
    expect(titleMatch('A title', 'a title')).toBe(false);
  });
  it('compares dates by day', () => {
    expect(dateMatch('2023-12-17', '2023-12-17T23:30:00-05:00')).toBe(true);
    expect(dateMatch('2023-12-17', '2023-12-18')).toBe(false);
    expect(dateMatch('2023-12-17', null)).toBe(false);
  });
  it('compares month and day alone for the year-blind diagnostic', () => {
    expect(monthDayMatch('2023-02-06', '2024-02-06T17:55:00')).toBe(true);
    expect(monthDayMatch('2023-02-06', '2023-02-07')).toBe(false);
    expect(monthDayMatch('NaT', null)).toBe(false);
    expect(monthDayMatch(null, null)).toBe(false);
  });
  it('compares the first author case-insensitively', () => {
    expect(firstAuthorMatch(['RALPH D. RUSSO', 'X'], ['Ralph D.  Russo'])).toBe(true);
    expect(firstAuthorMatch([], [])).toBe(true);
    expect(firstAuthorMatch(['A B'], [])).toBe(false);
  });
});
