import { describe, expect, it } from 'vitest';
import {
  BOILERPLATE_LINE,
  DATE_ONLY,
  FURNITURE_SENTENCE,
  PROMO_SENTENCE,
  SECTION_END,
  classTokens,
  classVerdict,
  isFurnitureText,
  isGated,
} from './vocabulary.js';

describe('class vocabulary', () => {
  it('splits class names into tokens, camelCase included, with joined neighbours', () => {
    expect(classTokens('relatedArticles share-bar')).toEqual([
      'related',
      'articles',
      'share',
      'bar',
      'relatedarticles',
      'articlesshare',
      'sharebar',
    ]);
    expect(classTokens('')).toEqual([]);
  });
  it('matches whole tokens only', () => {
    expect(classVerdict('header-main', undefined).negative).toBe(false); // "ad" inside "header" is not an ad
    expect(classVerdict('ad-slot', undefined).negative).toBe(true);
    expect(classVerdict('sr-only', undefined).negative).toBe(true);
    expect(classVerdict('article-body', 'story').positive).toBe(true);
    expect(classVerdict('post-comments', undefined)).toEqual({ negative: true, positive: true });
  });
});

describe('line vocabularies', () => {
  it('recognises furniture lines', () => {
    for (const t of [
      'Advertisement',
      'Anzeige',
      'Story continues below advertisement',
      'Share this article',
      'Share:',
      'Swipe to scroll horizontally',
      'Read more: Council approves budget',
    ]) {
      expect(BOILERPLATE_LINE.test(t), t).toBe(true);
    }
    expect(BOILERPLATE_LINE.test('Officials said the plan would be paid for by regional funds.')).toBe(false);
  });
  it('recognises furniture sentences', () => {
    for (const t of [
      'Copyright © 2023 Example Media. All rights reserved.',
      'If you buy something through our links, we may earn a commission.',
      'We noticed you are using an ad blocker.',
      'Jane Doe is a senior reporter covering transport for Example News.',
      'Citation: Buses expand (2023, December 22) retrieved 24 December 2023',
      'A bus at the central station on Monday. (Photo by Jane Roe/Getty Images)',
    ]) {
      expect(FURNITURE_SENTENCE.test(t), t).toBe(true);
    }
    expect(FURNITURE_SENTENCE.test('The mayor said she would reach out to residents at every stop.')).toBe(false);
  });
  it('recognises paywall wrappers by their class names', () => {
    expect(isGated('subscriber-only', undefined)).toBe(true);
    expect(isGated('article-body paywall', undefined)).toBe(true);
    expect(isGated(undefined, 'premiumContent')).toBe(true);
    expect(isGated('article-body', 'story')).toBe(false);
  });
  it('recognises promotion and editorial-policy boxes', () => {
    for (const t of [
      'Why you can trust Example News',
      'Example Health uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles.',
      'Our experienced team dedicates many hours to every review, to really get to the heart of what matters most to you.',
      'We occasionally recommend interesting products and services. If you make a purchase by clicking one of the links, we may earn an affiliate fee.',
      'Join our Space Forums to keep talking space on the latest missions, night sky and more!',
      'You’re reading the Today’s Opinions newsletter. Sign up to get it in your inbox.',
      'Get our free Guide to Investing, which distills the best advice for regular investors.',
      'Special offer for Gear readers: Get a 1-year subscription for $5.',
      'We’ll be in New York on February 29 to discuss AI applications. Request an invite to the event.',
      'Waiting for your permission to load the Instagram Media.',
      'The news and editorial departments of the Daily Example had no role in the creation or display of this content.',
      '* Follow Example Celebs on Snapchat, Instagram, Twitter and YouTube.',
      'Follow Deputy Editor Jane Roe on Instagram at @janeroe.',
      'Associated Press writer John Roe contributed to this report.',
      'Contributing: Associated Press; Jane Roe, Example Today',
      'Reporting by Jane Roe; Editing by John Doe',
    ]) {
      expect(PROMO_SENTENCE.test(t), t).toBe(true);
      expect(isFurnitureText(t), t).toBe(true);
    }
    for (const t of [
      'The team spends hours each week reviewing footage, the coach said.',
      'She said she would follow the case closely and contributed funds to the appeal.',
      'Investors who want a guide should read the prospectus, the regulator said.',
    ]) {
      expect(PROMO_SENTENCE.test(t), t).toBe(false);
    }
  });
  it('recognises headings that open non-article sections', () => {
    for (const t of [
      'Related stories',
      'More from Example News',
      'You may also like',
      'Most Popular',
      'Recommended by our editors',
      'Comments (12)',
      'Mehr zum Thema',
      'À lire aussi',
      'Noticias relacionadas',
    ]) {
      expect(SECTION_END.test(t), t).toBe(true);
    }
    expect(SECTION_END.test('What happens next')).toBe(false);
  });
  it('recognises bare date stamps', () => {
    expect(DATE_ONLY.test('February 15, 2024')).toBe(true);
    expect(DATE_ONLY.test('Updated: 12/22/2023 10:04 AM EST')).toBe(true);
    expect(DATE_ONLY.test('March 3, 2023, was a day to remember')).toBe(false);
  });
});
