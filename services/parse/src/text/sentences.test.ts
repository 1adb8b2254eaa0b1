import { describe, expect, it } from 'vitest';
import { splitSentenceSpans } from './sentences.js';

const split = (text: string) => splitSentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('splitSentenceSpans', () => {
  it('does not end a sentence at a title, a state in a dateline, an initial or a dotted acronym', () => {
    expect(split('OLYMPIA, Wash. Gov. Jay Inslee met J. Doe of the U.S. Navy. They spoke.')).toEqual([
      'OLYMPIA, Wash. Gov. Jay Inslee met J. Doe of the U.S. Navy.',
      'They spoke.',
    ]);
  });
  it('ends one at an ordinary word that is also an abbreviation, written in lower case', () => {
    expect(split('She fell ill. Then she went home to wash. Nobody said no. It rained.')).toEqual([
      'She fell ill.',
      'Then she went home to wash.',
      'Nobody said no.',
      'It rained.',
    ]);
  });
});
