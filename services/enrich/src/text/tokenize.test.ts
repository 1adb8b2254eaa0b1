import { describe, expect, it } from 'vitest';
import { fuzzStrings } from './fuzz-strings.js';
import { isAbbreviationOrInitial, isAbbreviationOrInitialRegex, splitSentences, tokenize, tokenizeWithRegex } from './tokenize.js';

describe('tokenize', () => {
  it('splits clitics and punctuation, keeps offsets', () => {
    const text = "China's ties didn't break, Xi said.";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['China', "'s", 'ties', 'did', "n't", 'break', ',', 'Xi', 'said', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps acronyms, hyphenated words and numbers whole', () => {
    expect(tokenize('The U.S. and G20 set a 3.5% non-alliance goal').map((t) => t.text)).toEqual([
      'The',
      'U.S.',
      'and',
      'G20',
      'set',
      'a',
      '3.5%',
      'non-alliance',
      'goal',
    ]);
  });
});

describe('tokenize abbreviations', () => {
  it('keeps the period of titles, company suffixes and initials, as treebank-style NER data does', () => {
    expect(tokenize('Mr. Smith met J. Doe of Apple Inc. on Jan. 5.').map((t) => t.text)).toEqual([
      'Mr.',
      'Smith',
      'met',
      'J.',
      'Doe',
      'of',
      'Apple',
      'Inc.',
      'on',
      'Jan.',
      '5',
      '.',
    ]);
  });
  it('does not glue a sentence-final period to an ordinary word', () => {
    expect(tokenize('He said no. Then Co-op left.').map((t) => t.text)).toEqual(['He', 'said', 'no', '.', 'Then', 'Co-op', 'left', '.']);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends but not after titles or initials', () => {
    const text = 'Mr. Smith met J. Doe in the U.S. on Monday. They talked. "Fine," he said.\n\nNew paragraph';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Mr. Smith met J. Doe in the U.S. on Monday.', 'They talked.', '"Fine," he said.', 'New paragraph']);
  });
  it('reads abbreviations that are also words as abbreviations only when capitalised', () => {
    const text = 'He said no. Then Rep. Jones spoke of the No. 2 spot. He was a sales rep. Sales fell.';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['He said no.', 'Then Rep. Jones spoke of the No. 2 spot.', 'He was a sales rep.', 'Sales fell.']);
  });
});

describe('tokenize fast path', () => {
  it('returns exactly what the reference regex returns, for whole texts and slices', () => {
    for (const s of fuzzStrings(30_000, 7)) {
      expect(tokenize(s)).toEqual(tokenizeWithRegex(s));
      const from = s.length >> 2;
      const to = s.length - (s.length >> 3);
      expect(tokenize(s, from, to)).toEqual(tokenizeWithRegex(s, from, to));
    }
  });
  it('finds the same abbreviations and initials before a period as the reference regex', () => {
    let periods = 0;
    for (const s of fuzzStrings(20_000, 11)) {
      for (let i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
        periods++;
        expect(isAbbreviationOrInitial(s, i)).toBe(isAbbreviationOrInitialRegex(s, i));
      }
    }
    expect(periods).toBeGreaterThan(1000);
  });
});
