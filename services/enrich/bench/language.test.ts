import { describe, expect, it } from 'vitest';
import { bucketOf, formatTable, measure } from './language.js';

describe('language bench helpers', () => {
  it('buckets by length', () => {
    expect(bucketOf(10)).toBe('<=40');
    expect(bucketOf(41)).toBe('41-120');
    expect(bucketOf(400)).toBe('121-400');
    expect(bucketOf(401)).toBe('>400');
  });

  it('counts English accuracy per bucket and other languages apart', () => {
    const row = measure('fake', (t) => (t.startsWith('x') ? 'fr' : 'en'), [
      { lang: 'en', text: 'short one' },
      { lang: 'en', text: 'x short miss' },
      { lang: 'fr', text: 'x une phrase' },
      { lang: 'de', text: 'ein Satz' },
    ]);
    expect(row.english['<=40']).toEqual([1, 2]);
    expect(row.foreign).toEqual([1, 2]);
    expect(formatTable([row])).toContain('50.0%');
  });
});
