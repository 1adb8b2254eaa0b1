import { describe, expect, it } from 'vitest';
import { fuzzStrings } from '../text/fuzz-strings.js';
import { extractKeywords, scan } from './extract-keywords.js';

const TEXT = `Beijing and Moscow signed a strategic partnership on energy on Monday, the two governments said.
The strategic partnership covers gas pipelines, nuclear power and oil exports over the next decade.
Officials in Beijing said the gas pipelines would carry Siberian gas to northern China from 2027.
Analysts said the strategic partnership gives Moscow a buyer for gas that Europe no longer takes, while Beijing gains cheap energy.
In his New Year message, the Chinese president praised the deal. The New Year message also mentioned trade.`;

describe('extractKeywords', () => {
  const kws = extractKeywords(TEXT, { title: 'Beijing and Moscow seal strategic energy partnership' });
  const terms = kws.map((k) => k.term);

  it('finds the repeated multi-word phrases', () => {
    expect(terms).toContain('strategic partnership');
    expect(terms).toContain('New Year message');
    expect(terms).toContain('gas pipelines');
  });

  it('ranks the central terms first', () => {
    const top = terms.slice(0, 5);
    expect(top).toContain('strategic partnership');
    expect(top.some((t) => t === 'Beijing' || t === 'Moscow')).toBe(true);
  });

  it('skips adverbs but keeps nouns in -ly', () => {
    const text = 'The family quickly sold the farm. The family recently moved. Supply chains rapidly recovered, and supply grew.';
    const got = extractKeywords(text).map((k) => k.term);
    expect(got).toContain('family');
    expect(got).toContain('supply');
    expect(got.some((t) => /quickly|recently|rapidly/.test(t))).toBe(false);
  });

  it('never returns stopwords, numbers or reporting verbs as terms', () => {
    for (const t of terms) {
      expect(t).not.toMatch(/^(the|said|on|and|two|2027|Monday)$/i);
    }
  });

  it('drops fragments of a phrase that only occur inside it', () => {
    expect(terms).not.toContain('Year message');
    expect(terms).not.toContain('partnership');
  });

  it('keeps names capitalised and common nouns lower-case', () => {
    expect(terms).toContain('Beijing');
    expect(terms.filter((t) => t.toLowerCase() === 'gas')).toEqual(terms.includes('gas') ? ['gas'] : []);
  });

  it('keeps hyphenated words whole and splits possessives off', () => {
    const text = "The full-fledged university opened. Musk's full-fledged university has a campus. Musk's plan is bold.";
    const got = extractKeywords(text).map((k) => k.term);
    expect(got).toContain('full-fledged university');
    expect(got).toContain('Musk');
    expect(got.some((t) => t.includes("'s"))).toBe(false);
  });

  it('does not return overlapping pieces of one long name', () => {
    const text =
      'The Nissan Pathfinder Rock Creek Edition is new. We drove the Nissan Pathfinder Rock Creek Edition for a week. ' +
      'The Nissan Pathfinder Rock Creek Edition handles mud well.';
    const multi = extractKeywords(text)
      .filter((k) => k.term.includes(' '))
      .map((k) => k.term.split(' '));
    for (let i = 0; i < multi.length; i++) {
      for (let j = 0; j < multi.length; j++) {
        const a = multi[i]!;
        const b = multi[j]!;
        if (i !== j) expect(a.at(-1) === b[0] && a.length > 1 && b.length > 1 && a.join(' ') !== b.join(' ')).toBe(false);
      }
    }
  });

  it('shows a multi-word name first seen in capitals in title case', () => {
    const text = 'KANSAS CITY, Mo. (AP) — Fans filled the stadium. Kansas City won again, and Kansas City fans cheered.';
    const got = extractKeywords(text).map((k) => k.term);
    expect(got).toContain('Kansas City');
    expect(got).not.toContain('KANSAS CITY');
  });

  it('normalises scores to (0, 1], descending', () => {
    expect(kws[0]?.score).toBe(1);
    for (let i = 1; i < kws.length; i++) {
      expect(kws[i]!.score).toBeLessThanOrEqual(kws[i - 1]!.score);
      expect(kws[i]!.score).toBeGreaterThan(0);
    }
  });

  it('respects max and handles empty text', () => {
    expect(extractKeywords(TEXT, { max: 3 })).toHaveLength(3);
    expect(extractKeywords('')).toEqual([]);
    expect(extractKeywords('the and of, 12 34.')).toEqual([]);
  });

  it('boosts title words', () => {
    const body = 'The river flooded the valley. Farmers lost crops in the valley. The river rose again at night.';
    const score = (kws: Array<{ term: string; score: number }>): number => kws.find((k) => k.term.toLowerCase() === 'farmers')?.score ?? 0;
    expect(score(extractKeywords(body, { title: 'Farmers count losses' }))).toBeGreaterThan(score(extractKeywords(body)));
  });
});

describe('keyword scanner', () => {
  const events = (text: string, useRegex: boolean): string[] => {
    const out: string[] = [];
    scan(
      text,
      (lower, capitalised, at, len, breakAfter) => out.push(`w ${lower} ${capitalised} ${at} ${len} ${breakAfter}`),
      (sentenceEnd) => out.push(`b ${sentenceEnd}`),
      useRegex,
    );
    return out;
  };
  it('reports exactly the words and breaks of the reference regex', () => {
    let words = 0;
    for (const s of fuzzStrings(20_000, 3)) {
      const fast = events(s, false);
      expect(fast).toEqual(events(s, true));
      words += fast.filter((e) => e.startsWith('w')).length;
    }
    expect(words).toBeGreaterThan(20_000);
  });
});
