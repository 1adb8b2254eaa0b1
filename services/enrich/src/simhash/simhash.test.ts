import { describe, expect, it } from 'vitest';
import { hammingDistance, simhash64 } from './simhash.js';

const ARTICLE =
  'The city council voted on Tuesday to approve a new budget that raises spending on public transport ' +
  'and schools while cutting funds for road construction. The mayor said the plan would reduce traffic ' +
  'and improve air quality over the next decade, but opposition members argued that the cuts would hurt ' +
  'suburban residents who depend on their cars. The budget takes effect in January after a final review ' +
  'by the regional authority, which has the power to send it back for changes.';

const OTHER =
  'Scientists have discovered a species of frog in the rainforest that changes colour at night. The team ' +
  'spent three years tracking the animals through remote valleys and recorded hundreds of hours of video. ' +
  'They believe the colour shift helps the frogs avoid predators such as snakes and birds.';

describe('simhash64', () => {
  it('returns 16 lowercase hex digits and is stable', () => {
    const h = simhash64(ARTICLE);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash64(ARTICLE)).toBe(h);
  });

  it('keeps the hashes of the per-bit counting version (hashes stored by other services must not move)', () => {
    expect(simhash64('Beijing and Moscow signed a strategic partnership on energy on Monday, the two governments said.')).toBe(
      '3d452024960a3ff1',
    );
    expect(simhash64('Zürich’s 3 Ölbohrer — naïve café owners said “no”. ΟΔΟΣ 𝐀𝐁 test')).toBe('a913a6e30426cd2c');
    expect(simhash64('One')).toBe('98ae238aaba5e87f');
    expect(simhash64('one two')).toBe('abacdb2e141ed214');
  });

  it('ignores case, punctuation and spacing', () => {
    const noisy = ARTICLE.toUpperCase().replace(/,/g, ' ;').replace(/ /g, '  ');
    expect(simhash64(noisy)).toBe(simhash64(ARTICLE));
  });

  it('puts a lightly edited copy within a few bits', () => {
    const edited = ARTICLE.replace('Tuesday', 'Wednesday').replace('three', 'four') + ' Updated at noon.';
    expect(hammingDistance(simhash64(ARTICLE), simhash64(edited))).toBeLessThanOrEqual(8);
  });

  it('puts unrelated texts about 32 bits apart', () => {
    const d = hammingDistance(simhash64(ARTICLE), simhash64(OTHER));
    expect(d).toBeGreaterThan(20);
    expect(d).toBeLessThan(44);
  });

  it('handles empty and very short text', () => {
    expect(simhash64('')).toBe('0000000000000000');
    expect(simhash64('Hello world')).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash64('Hello world')).not.toBe(simhash64('Goodbye world'));
  });
});

describe('hammingDistance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
  });

  it('rejects malformed hashes', () => {
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(RangeError);
  });
});
