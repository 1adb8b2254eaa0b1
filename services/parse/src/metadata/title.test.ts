import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteName } from './title.js';

const base = { h1s: [], ogTitle: null, twitterTitle: null, jsonLdHeadline: null, titleTag: null, siteName: null, url: null };

describe('stripSiteName', () => {
  it('removes the site name segment at either end', () => {
    expect(stripSiteName('Council expands buses | Example News', 'Example News', null)).toBe('Council expands buses');
    expect(stripSiteName('Example News - Council expands buses', 'Example News', null)).toBe('Council expands buses');
    expect(stripSiteName('Council expands buses - examplenews.com', null, 'https://www.examplenews.com/a')).toBe('Council expands buses');
  });
  it('keeps dashes that belong to the headline', () => {
    expect(stripSiteName('Paris - the city that never sleeps', 'Example News', null)).toBe('Paris - the city that never sleeps');
  });
});

describe('chooseTitle', () => {
  it('prefers the visible h1 when it agrees with a declared title', () => {
    const t = chooseTitle({ ...base, h1s: ['Council expands buses’ network'], ogTitle: "Council expands buses' network | Example" });
    expect(t).toEqual({ value: 'Council expands buses’ network', rule: 'dom.h1', confidence: 0.95 });
  });
  it('falls back to og:title without the site suffix when the h1 is unrelated', () => {
    const t = chooseTitle({ ...base, h1s: ['Example News'], ogTitle: 'Council expands buses | Example News', siteName: 'Example News' });
    expect(t.value).toBe('Council expands buses');
    expect(t.rule).toBe('meta.og:title');
  });
  it('uses the <title> tag last', () => {
    expect(chooseTitle({ ...base, titleTag: 'Council expands buses — Example News', siteName: 'Example News' }).value).toBe(
      'Council expands buses',
    );
    expect(chooseTitle(base).value).toBeNull();
  });
});
