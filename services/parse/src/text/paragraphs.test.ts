import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs.js';

describe('splitParagraphs', () => {
  it('splits on blank lines and normalises whitespace', () => {
    expect(splitParagraphs('First  para\n\n\n  Second\tpara \n \nThird')).toEqual(['First para', 'Second para', 'Third']);
  });

  it('rejoins hard-wrapped lines and breaks where a line stops short after a sentence', () => {
    const text = [
      'Powerful storms swept across Georgia overnight, knocking out power to',
      'tens of thousands of homes and toppling trees, officials said.',
      'Crews worked through the night to restore service, and by morning about',
      'half of the customers had power back.',
      'More storms were possible later in the week as a cold front moves in.',
    ].join('\n');
    expect(splitParagraphs(text)).toEqual([
      'Powerful storms swept across Georgia overnight, knocking out power to tens of thousands of homes and toppling trees, officials said.',
      'Crews worked through the night to restore service, and by morning about half of the customers had power back.',
      'More storms were possible later in the week as a cold front moves in.',
    ]);
  });

  it('treats long unwrapped lines as one paragraph each', () => {
    const a = 'A long paragraph line that goes on and on well past any wrapping width a text editor would use for prose, ending here.';
    const b = 'Another paragraph line that is also very long and clearly not hard-wrapped by any editor, so it stands on its own.';
    expect(splitParagraphs(`${a}\n${b}`)).toEqual([a, b]);
  });

  it('keeps the rows of a results table apart, where line lengths alone looked like wrapped prose', () => {
    const text =
      'Results of English league matches on Saturday:\nBarnsley 2 Norwich 0\nGrimsby 1 Sheffield United 3\nPort Vale 0 Wolverhampton 1';
    expect(splitParagraphs(text)).toEqual([
      'Results of English league matches on Saturday:',
      'Barnsley 2 Norwich 0',
      'Grimsby 1 Sheffield United 3',
      'Port Vale 0 Wolverhampton 1',
    ]);
  });

  it('still rejoins wrapped prose whose lines happen to end in a figure', () => {
    const text = [
      'The index rose 2.1 percent on Tuesday, its best day since March 2020',
      'as investors bet that the central bank would cut rates again in June',
      'and that inflation would keep falling through the rest of the year.',
    ].join('\n');
    expect(splitParagraphs(text)).toHaveLength(1);
  });

  it('starts a paragraph at an indented line', () => {
    const text =
      'The council met on Monday to discuss the budget and\nagreed to cut spending by two percent.\n    The mayor said the cuts were\npainful but necessary for the city.';
    expect(splitParagraphs(text)).toHaveLength(2);
  });
});
