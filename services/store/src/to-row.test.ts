import { describe, expect, it } from 'vitest';
import { makeEnrichedArticle } from '@newswire/testing';
import { contentHash, simhashToBigint, toStoreInput } from './to-row.js';

describe('contentHash', () => {
  it('ignores case and whitespace differences but not wording', () => {
    expect(contentHash({ title: 'A  Title', body: 'Some body\n\ntext.' })).toBe(contentHash({ title: 'a title', body: 'some body text.' }));
    expect(contentHash({ title: 'A title', body: 'Some body text.' })).not.toBe(
      contentHash({ title: 'A title', body: 'Other body text.' }),
    );
  });
});

describe('toStoreInput', () => {
  it('maps the simhash to a signed bigint and a date-only publication to midnight UTC', () => {
    expect(simhashToBigint('ffffffffffffffff')).toBe('-1');
    expect(simhashToBigint('0000000000000001')).toBe('1');
    const input = toStoreInput('i1', 'a'.repeat(64), makeEnrichedArticle());
    expect(input.article.published_at).toBe('2025-03-03T00:00:00.000Z');
    expect(input.article.published_date).toBe('2025-03-03');
    expect(input.places[0]).toMatchObject({ name: 'Lisbon', countryCode: 'PT' });
  });
});
