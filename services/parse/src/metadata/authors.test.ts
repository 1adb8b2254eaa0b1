import { describe, expect, it } from 'vitest';
import { cleanAuthors, looksLikeUrl } from './authors.js';

describe('cleanAuthors', () => {
  it('strips "By" lead-ins and splits "A and B" / "A, B & C"', () => {
    expect(cleanAuthors(['By Jane Doe and John Roe'])).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthors(['BY RALPH D. RUSSO, BOB FERRANTE & Ann Lee'])).toEqual(['RALPH D. RUSSO', 'BOB FERRANTE', 'Ann Lee']);
  });
  it('drops non-people: staff, generic labels, e-mail prompts, URLs, dates', () => {
    expect(cleanAuthors(['Staff', 'Email the author', 'TMZ Staff', 'https://example.com/people/jane', 'Dec 24'])).toEqual([]);
  });
  it('drops the site or publisher named as author', () => {
    expect(cleanAuthors(['The Daily Journal'], { siteName: 'Daily Journal' })).toEqual([]);
    expect(cleanAuthors(['Jane Doe', 'Example News'], { publisher: 'Example News' })).toEqual(['Jane Doe']);
  });
  it('removes roles, degrees and text glued to the name', () => {
    expect(cleanAuthors(['Jane Doe, Staff Writer'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Will Smithers Senior Editor'])).toEqual(['Will Smithers']);
    expect(cleanAuthors(['Greg PottsPublished: 22 December 2023'])).toEqual(['Greg Potts']);
    expect(cleanAuthors(['Robert E. Moffit, Ph.D.'])).toEqual(['Robert E. Moffit']);
    expect(cleanAuthors(['John Roe (Reuters)'])).toEqual(['John Roe']);
    expect(cleanAuthors(['Jane Doe Springfield Daily Telegram'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Jane Q. Doe Springfield Daily Telegram'])).toEqual(['Jane Q. Doe']);
  });
  it('keeps wire agencies written out in full and de-duplicates', () => {
    expect(cleanAuthors(['The Associated Press'])).toEqual(['The Associated Press']);
    expect(cleanAuthors(['Jane Doe', 'jane  doe'])).toEqual(['Jane Doe']);
  });
});

describe('looksLikeUrl', () => {
  it('recognises profile links', () => {
    expect(looksLikeUrl('https://www.facebook.com/jane')).toBe(true);
    expect(looksLikeUrl('/authors/jane-doe')).toBe(true);
    expect(looksLikeUrl('Jane Doe')).toBe(false);
  });
});
