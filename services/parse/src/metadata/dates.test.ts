import { describe, expect, it } from 'vitest';
import { chooseDate, dateFromUrl, isSaneDate, localizeDate, parseDate, parseHumanDate } from './dates.js';

const NOW = new Date('2024-06-01T12:00:00Z');

describe('parseDate', () => {
  it('keeps ISO timestamps with their offset and normalizes the offset form', () => {
    expect(parseDate('2023-12-17T23:30:00-05:00')).toBe('2023-12-17T23:30:00-05:00');
    expect(parseDate('2023-12-17T23:30:00.123+0100')).toBe('2023-12-17T23:30:00+01:00');
    expect(parseDate('2023-12-17 08:05:00 UTC')).toBe('2023-12-17T08:05:00Z');
    expect(parseDate('2023-12-17')).toBe('2023-12-17');
  });
  it('reads slashed, compact and epoch forms', () => {
    expect(parseDate('2023/12/17')).toBe('2023-12-17');
    expect(parseDate('20231217')).toBe('2023-12-17');
    expect(parseDate('1702857600')).toBe('2023-12-18T00:00:00Z');
  });
  it('reads written dates in several orders and languages', () => {
    expect(parseDate('Dec. 17, 2023')).toBe('2023-12-17');
    expect(parseDate('Published 17 December 2023')).toBe('2023-12-17');
    expect(parseDate('le 3 mars 2023')).toBe('2023-03-03');
    expect(parseHumanDate('Updated: December 5, 2023 at 4:30 p.m.')).toBe('2023-12-05T16:30:00');
    expect(parseHumanDate('12. März 2024')).toBe('2024-03-12');
    expect(parseHumanDate('31 de diciembre de 2024')).toBe('2024-12-31');
    expect(parseHumanDate('1er janvier 2025')).toBe('2025-01-01');
    expect(parseHumanDate('3 de março de 2024')).toBe('2024-03-03');
    expect(parseHumanDate('12 maart 2024')).toBe('2024-03-12');
    expect(parseHumanDate('31 декабря 2024 г., 14:05')).toBe('2024-12-31T14:05:00');
  });
  it('reads dotted numeric dates day first, the convention that writes them so', () => {
    expect(parseHumanDate('12.03.2024, 14:30 Uhr')).toBe('2024-03-12T14:30:00');
    expect(parseHumanDate('5.6.2023')).toBe('2023-06-05');
    expect(parseHumanDate('31.12.2024')).toBe('2024-12-31');
    expect(parseHumanDate('12.31.2024')).toBeNull(); // no 31st month
  });
  it('rejects impossible dates and ambiguous numeric ones', () => {
    expect(parseDate('2023-02-30')).toBeNull();
    expect(parseDate('03/04/2023')).toBeNull();
    expect(parseDate('25/12/2023')).toBe('2023-12-25');
    expect(parseDate('no date here')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('finds /yyyy/mm/dd/, yyyy-mm-dd and yyyymmdd in the path', () => {
    expect(dateFromUrl('https://example.com/2023/12/22/some-story/')).toBe('2023-12-22');
    expect(dateFromUrl('https://example.com/news/2023-12-20/story')).toBe('2023-12-20');
    expect(dateFromUrl('https://example.com/world/2023/dec/21/story')).toBe('2023-12-21');
    expect(dateFromUrl('https://example.com/2023/foo/21/story')).toBeNull();
    expect(dateFromUrl('https://example.com/releases/20231218-story.htm')).toBe('2023-12-18');
  });
  it('ignores paths without a full day', () => {
    expect(dateFromUrl('https://example.com/2023/12/story')).toBeNull();
    expect(dateFromUrl('https://example.com/article/2177954/2177954.html')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});

describe('sanity and arbitration', () => {
  it('rejects dates before 1990 and in the future', () => {
    expect(isSaneDate('1989-12-31', NOW)).toBe(false);
    expect(isSaneDate('2025-01-01', NOW)).toBe(false);
    expect(isSaneDate('2024-06-01T20:00:00Z', NOW)).toBe(true);
  });
  it('takes the first sane candidate and keeps disagreeing ones as conflicts', () => {
    const c = chooseDate(
      [
        { value: '2031-01-01', rule: 'jsonld.datePublished', confidence: 0.9 },
        { value: '2023-12-20T10:00:00Z', rule: 'meta.article:published_time', confidence: 0.85 },
        { value: '2023-12-20', rule: 'url.path', confidence: 0.75 },
        { value: '2023-11-02', rule: 'text.date', confidence: 0.55 },
      ],
      NOW,
    );
    expect(c.value).toBe('2023-12-20T10:00:00Z');
    expect(c.rule).toBe('meta.article:published_time');
    expect(c.conflicts).toEqual([{ value: '2023-11-02', rule: 'text.date' }]);
    expect(c.confidence).toBeLessThan(0.85);
  });
  it('returns nothing when no candidate is sane', () => {
    expect(chooseDate([{ value: '1970-01-01', rule: 'x', confidence: 1 }], NOW).value).toBeNull();
  });
});

describe('localizeDate', () => {
  it('moves a UTC time into the offset the page uses elsewhere', () => {
    expect(localizeDate('2023-12-23T03:00:00Z', ['-05:00'], []).value).toBe('2023-12-22T22:00:00-05:00');
  });
  it('uses the day shown on the page when it is one day off in a possible direction', () => {
    expect(localizeDate('2023-12-25T22:03:00Z', [], [{ day: '2023-12-26', instant: null }]).value).toBe('2023-12-26');
    expect(localizeDate('2023-12-23T01:48:00Z', [], [{ day: '2023-12-22', instant: null }]).value).toBe('2023-12-22');
    // 20:00 UTC cannot be the previous day anywhere that matters.
    expect(localizeDate('2023-12-23T20:00:00Z', [], [{ day: '2023-12-22', instant: null }]).value).toBe('2023-12-23T20:00:00Z');
  });
  it('ignores shown days of other instants and keeps non-UTC values', () => {
    expect(localizeDate('2023-12-22T23:00:00Z', [], [{ day: '2023-12-23', instant: '2023-12-23T09:00:00Z' }]).value).toBe(
      '2023-12-22T23:00:00Z',
    );
    expect(localizeDate('2023-12-22T23:00:00-05:00', ['+01:00'], []).value).toBe('2023-12-22T23:00:00-05:00');
  });
});
