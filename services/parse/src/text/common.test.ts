import { describe, expect, it } from 'vitest';
import { countWords, normalizeSpace, splitAuthors } from './common.js';

describe('splitAuthors', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['Xinhua', ['Xinhua']],
    ['By JANE DOE; Associated Press', ['JANE DOE']],
    ['Maria Garcia & Tom Lee | Staff', ['Maria Garcia', 'Tom Lee']],
    ['  ', []],
  ])('%j -> %j', (raw, names) => {
    expect(splitAuthors(raw)).toEqual(names);
  });
});

describe('text helpers', () => {
  it('normalises whitespace including NBSP and zero-width characters', () => {
    expect(normalizeSpace(' a\u00A0 b\u200Bb\n\tc ')).toBe('a bb c');
  });
  it('counts words that contain letters', () => {
    expect(countWords('Hello, world 123 -- x2')).toBe(3);
  });
});
