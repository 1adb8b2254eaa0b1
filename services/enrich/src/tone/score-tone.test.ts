import { describe, expect, it } from 'vitest';
import { fuzzStrings } from '../text/fuzz-strings.js';
import { scoreTone, toneWords } from './score-tone.js';

describe('scoreTone', () => {
  it('is positive for clearly positive text', () => {
    const t = scoreTone('The festival was a wonderful success and visitors were delighted with the excellent food.');
    expect(t.score).toBeGreaterThan(0.3);
    expect(t.positive).toBeGreaterThan(t.negative);
    expect(t.method).toBe('afinn-165+vader-rules');
  });

  it('is negative for clearly negative text', () => {
    const t = scoreTone('The attack killed twelve people and injured dozens, leaving the town in grief and fear.');
    expect(t.score).toBeLessThan(-0.3);
    expect(t.negative).toBeGreaterThan(t.positive);
  });

  it('flips negated valence', () => {
    expect(scoreTone('The results were good.').score).toBeGreaterThan(0);
    expect(scoreTone('The results were not good.').score).toBeLessThan(0);
    expect(scoreTone("The plan isn't bad at all.").score).toBeGreaterThan(0);
    expect(scoreTone('The talks were not a failure.').score).toBeGreaterThan(0);
  });

  it('weighs what follows "but" more', () => {
    expect(scoreTone('The food was good, but the service was terrible.').score).toBeLessThan(0);
    expect(scoreTone('The service was bad, but the food was excellent.').score).toBeGreaterThan(0);
  });

  it('applies intensifiers and downtoners', () => {
    const plain = scoreTone('The results were good.').score;
    expect(scoreTone('The results were very good.').score).toBeGreaterThan(plain);
    expect(scoreTone('The results were slightly good.').score).toBeLessThan(plain);
    expect(scoreTone('The results were very bad.').score).toBeLessThan(scoreTone('The results were bad.').score);
  });

  it('keeps negation inside its clause', () => {
    // "not" belongs to the first clause; "great" is not negated.
    expect(scoreTone('It did not rain, and the weather was great.').score).toBeGreaterThan(0);
  });

  it('does not score names', () => {
    expect(scoreTone('He met officials at the Justice Department on Monday.').score).toBe(0);
  });

  it('is neutral and bounded', () => {
    expect(scoreTone('')).toEqual({ score: 0, positive: 0, negative: 0, method: 'afinn-165+vader-rules' });
    const strong = scoreTone('Awesome! Fantastic! Superb!');
    expect(strong.score).toBeLessThanOrEqual(1);
    expect(strong.score).toBeGreaterThan(0.9);
  });
});

describe('tone word scanner', () => {
  it('reads exactly the words, names, clauses and "but" zones of the reference regex', () => {
    let words = 0;
    for (const s of fuzzStrings(20_000, 5)) {
      const fast = toneWords(s);
      expect(fast).toEqual(toneWords(s, true));
      words += fast.words.length;
    }
    expect(words).toBeGreaterThan(20_000);
  });
});
