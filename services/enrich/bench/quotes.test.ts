import { describe, expect, it } from 'vitest';
import type { Quote } from '@newswire/contracts';
import { matchSpans, scoreDocs, speakerCorrect, spanOverlap, withAnyQuoteMarks, type GoldDoc, type GoldQuote } from './quotes.js';

const quote = (over: Partial<Quote>): Quote => ({
  text: '',
  span: [0, 0],
  direct: true,
  speaker: null,
  speakerSpan: null,
  speakerEntity: null,
  cue: null,
  cueSpan: null,
  ...over,
});

const gold = (over: Partial<GoldQuote>): GoldQuote => ({
  speaker: null,
  speakerSpan: null,
  cue: null,
  content: '',
  contentSpan: [0, 0],
  direct: true,
  quoted: 1,
  ...over,
});

describe('spanOverlap', () => {
  const text = '“We will win,” she said.';
  it('ignores quote marks, spaces and punctuation at the edges', () => {
    expect(spanOverlap(text, [1, 12], [0, 14])).toBe(1);
  });
  it('divides by the larger span, so a huge prediction does not match a small gold span', () => {
    const long = 'x'.repeat(90) + ' said Ann ' + 'y'.repeat(10);
    expect(spanOverlap(long, [0, long.length], [90, 100])).toBeLessThan(0.1);
    expect(spanOverlap(long, [90, 100], [0, long.length])).toBeLessThan(0.1);
  });
  it('is 0 for disjoint spans', () => {
    expect(spanOverlap(text, [0, 5], [15, 20])).toBe(0);
  });
});

describe('matchSpans', () => {
  it('matches one-to-one, best overlap first', () => {
    const text = 'aaaaaaaaaa bbbbbbbbbb';
    // Both predictions overlap gold 0; only the better one gets it.
    const pairs = matchSpans(
      text,
      [
        [0, 10],
        [0, 11],
      ],
      [[0, 10]],
      0.9,
    );
    expect(pairs).toEqual([[0, 0]]);
  });
  it('drops pairs under the threshold', () => {
    const text = 'aaaaaaaaaa bbbbbbbbbb';
    expect(matchSpans(text, [[0, 21]], [[0, 10]], 0.9)).toEqual([]);
  });
});

describe('speakerCorrect', () => {
  it('accepts an overlapping speaker span', () => {
    const g = gold({ speakerSpan: [10, 25] });
    expect(speakerCorrect(quote({ speakerSpan: [20, 25] }), g, [])).toBe(true);
    expect(speakerCorrect(quote({ speakerSpan: [30, 35] }), g, [])).toBe(false);
  });
  it('accepts the same resolved entity as the mention at the gold speaker', () => {
    const g = gold({ speakerSpan: [10, 12] });
    const mentions = [{ text: 'he', start: 10, end: 12, type: 'PER' as const, entity: 'Xi Jinping' }];
    expect(speakerCorrect(quote({ speakerSpan: [40, 42], speakerEntity: 'Xi Jinping' }), g, mentions)).toBe(true);
    expect(speakerCorrect(quote({ speakerSpan: [40, 42], speakerEntity: 'Vladimir Putin' }), g, mentions)).toBe(false);
  });
});

describe('scoreDocs', () => {
  it('scores direct quotes and speakers end to end', () => {
    const text = '“We will win the election this year,” Smith said. Jones said the vote would be close.';
    const doc: GoldDoc = {
      doc: 't',
      text,
      quotes: [
        gold({ contentSpan: [0, 37], speakerSpan: [38, 43], speaker: 'Smith' }),
        gold({ contentSpan: [61, 84], speakerSpan: [50, 55], speaker: 'Jones', direct: false, quoted: 0 }),
      ],
    };
    const s = scoreDocs([doc]);
    expect(s.gold).toBe(1);
    expect(s.predicted).toBe(1);
    expect(s.matched).toBe(1);
    expect(s.f1).toBe(1);
    expect(s.speakerAccuracy).toBe(1);
    expect(s.indirect.gold).toBe(1);
    expect(s.indirect.matchedGold).toBe(1);
  });

  it('counts a missed quote against recall and a spurious one against precision', () => {
    const text = '“We will win the election this year,” Smith said. “Nothing else matters now,” Lee added.';
    const doc: GoldDoc = { doc: 't', text, quotes: [gold({ contentSpan: [0, 37], speakerSpan: [38, 43] })] };
    const s = scoreDocs([doc], { extract: { reported: false } });
    expect(s.predicted).toBe(2);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
  });
});

describe('withAnyQuoteMarks', () => {
  it("counts the letters inside ''…'' pairs towards the quoted share, so NYT-style quotes are direct", () => {
    const text = "''We won the vote,'' he said. The city said the vote was close.";
    const doc: GoldDoc = {
      doc: 'd',
      text,
      quotes: [gold({ contentSpan: [2, 18], direct: false, quoted: 0 }), gold({ contentSpan: [39, 62], direct: false, quoted: 0 })],
    };
    const out = withAnyQuoteMarks(doc);
    expect(out.quotes[0]?.direct).toBe(true);
    expect(out.quotes[0]?.quoted).toBe(1);
    expect(out.quotes[1]?.direct).toBe(false);
    expect(out.quotes[1]?.quoted).toBe(0);
  });

  it('leaves a document without two apostrophes unchanged', () => {
    const doc: GoldDoc = { doc: 'd', text: '“We won,” he said.', quotes: [gold({ contentSpan: [1, 8] })] };
    expect(withAnyQuoteMarks(doc)).toBe(doc);
  });
});
