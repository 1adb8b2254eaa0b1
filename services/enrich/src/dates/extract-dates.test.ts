import { describe, expect, it } from 'vitest';
import { extractDates, extractDatesBy } from './extract-dates.js';

const REF = '2024-12-31'; // a Tuesday

/** Extracts and returns [text, date, granularity] triples, checking every span against the text. */
function dates(text: string, ref: string | null = REF): Array<[string, string, string]> {
  return extractDates(text, ref).map((d) => {
    expect(text.slice(d.span[0], d.span[1])).toBe(d.text);
    return [d.text, d.date, d.granularity];
  });
}

describe('extractDates', () => {
  it('resolves the sample case: weekday of publication and a month-day early next year', () => {
    const text = 'The leaders met on Tuesday and agreed to sign the deal on January 20.';
    expect(dates(text)).toEqual([
      ['Tuesday', '2024-12-31', 'day'],
      ['January 20', '2025-01-20', 'day'],
    ]);
    const got = extractDates(text, REF);
    expect(got[0]?.span).toEqual([19, 26]);
  });

  it('reads absolute day shapes', () => {
    expect(dates('Filed 2024-12-31.')).toEqual([['2024-12-31', '2024-12-31', 'day']]);
    expect(dates('Signed 12/31/2024 and 31/12/2024.')).toEqual([
      ['12/31/2024', '2024-12-31', 'day'],
      ['31/12/2024', '2024-12-31', 'day'],
    ]);
    expect(dates('Dated 31.12.2024.')).toEqual([['31.12.2024', '2024-12-31', 'day']]);
    expect(dates('Dated 2024/12/31 and 12-31-2024.')).toEqual([
      ['2024/12/31', '2024-12-31', 'day'],
      ['12-31-2024', '2024-12-31', 'day'],
    ]);
    expect(dates('Version 3-1-22 and score 2-1.')).toEqual([]);
    expect(dates('On 31 December 2024 it ended.')).toEqual([['31 December 2024', '2024-12-31', 'day']]);
    expect(dates('On December 31, 2024 it ended.')).toEqual([['December 31, 2024', '2024-12-31', 'day']]);
    expect(dates('It began on the 4th of July 2020.')).toEqual([['4th of July 2020', '2020-07-04', 'day']]);
    expect(dates('Tuesday, Dec. 31 was cold.')).toEqual([['Tuesday, Dec. 31', '2024-12-31', 'day']]);
    expect(dates('The talks ran Dec. 20-22.')).toEqual([['Dec. 20', '2024-12-20', 'day']]);
  });

  it('rejects impossible dates', () => {
    expect(dates('On 2023-02-30 and 13/13/2024 nothing happened.')).toEqual([]);
  });

  it('infers the year of a month-day from tense and proximity', () => {
    expect(dates('The attack happened on Dec. 31.')).toEqual([['Dec. 31', '2024-12-31', 'day']]);
    expect(dates('Police said he was arrested on March 3.', '2024-09-01')).toEqual([['March 3', '2024-03-03', 'day']]);
    expect(dates('The court will rule on Feb. 10.', '2024-12-31')).toEqual([['Feb. 10', '2025-02-10', 'day']]);
    expect(dates('The tax took effect on Dec. 20.', '2025-01-05')).toEqual([['Dec. 20', '2024-12-20', 'day']]);
  });

  it('prefers the past for a month without tense unless the future one is much nearer', () => {
    expect(dates('Sales peaked in April, with a second peak in August.', '2023-12-22')).toEqual([
      ['April', '2023-04', 'month'],
      ['August', '2023-08', 'month'],
    ]);
    expect(dates('The hearing is on January 20.', '2024-12-31')).toEqual([['January 20', '2025-01-20', 'day']]);
  });

  it('stops the tense window at quotation marks', () => {
    expect(dates('“Farmers will get a better price,” Azcona said in an interview on Friday.', '2023-12-23')).toEqual([
      ['Friday', '2023-12-22', 'day'],
    ]);
  });

  it('resolves weekdays around the publication date', () => {
    expect(dates('He resigned on Monday.')).toEqual([['Monday', '2024-12-30', 'day']]);
    expect(dates('The vote was held Friday.')).toEqual([['Friday', '2024-12-27', 'day']]);
    expect(dates('They will meet on Friday.')).toEqual([['Friday', '2025-01-03', 'day']]);
    expect(dates('They meet next Monday.')).toEqual([['next Monday', '2025-01-06', 'day']]);
    expect(dates('They met last Tuesday.')).toEqual([['last Tuesday', '2024-12-24', 'day']]);
    expect(dates('The boxers are set to fight on Saturday.')).toEqual([['Saturday', '2025-01-04', 'day']]);
    expect(dates('He hosted Saturday Night Live and read the Sunday Times.')).toEqual([]);
    expect(dates('On Monday Trump spoke.')).toEqual([['Monday', '2024-12-30', 'day']]);
    expect(dates('He spoke on Thursday (Nov 16) in the city.', '2023-12-20')).toEqual([['Nov 16', '2023-11-16', 'day']]);
  });

  it('resolves relative days, months and years', () => {
    expect(dates('Yesterday it rained, today it is dry and tomorrow it snows.')).toEqual([
      ['Yesterday', '2024-12-30', 'day'],
      ['today', '2024-12-31', 'day'],
      ['tomorrow', '2025-01-01', 'day'],
    ]);
    expect(dates('Prices rose last year and will rise next month.')).toEqual([
      ['last year', '2023', 'year'],
      ['next month', '2025-01', 'month'],
    ]);
    expect(dates('Sales fell this year.')).toEqual([['this year', '2024', 'year']]);
    expect(dates('It happened three days ago.')).toEqual([['three days ago', '2024-12-28', 'day']]);
    expect(dates('The shop opened two years ago.')).toEqual([['two years ago', '2022', 'year']]);
  });

  it('reads years and months', () => {
    expect(dates('Elections are due in 2025.')).toEqual([['2025', '2025', 'year']]);
    expect(dates('The law passed in March.')).toEqual([['March', '2024-03', 'month']]);
    expect(dates('The budget is due in March.')).toEqual([['March', '2025-03', 'month']]);
    expect(dates('The firm was sold in May 2023.')).toEqual([['May 2023', '2023-05', 'month']]);
    expect(dates('In October of 2021, he tweeted.')).toEqual([['October of 2021', '2021-10', 'month']]);
  });

  it('lets an infinitive steer the year only when the date stays near', () => {
    // "to dispense" hints forward, but October 2024 is ten months away: the past October wins.
    expect(dates('The board began accepting applications to dispense the products in October.', '2023-12-17')).toEqual([
      ['October', '2023-10', 'month'],
    ]);
    expect(dates('But until April, there was no legal way to buy them.', '2023-12-17')).toEqual([['April', '2023-04', 'month']]);
  });

  it('ignores look-alikes', () => {
    expect(dates('A reporter for USA Today saw it. Today, it rained.')).toEqual([['Today', '2024-12-31', 'day']]);
    expect(dates('She may come. The March on Washington drew crowds. Sales rose 2025 percent.')).toEqual([]);
    expect(dates('In 2,000 homes, 1990 people lived.')).toEqual([]);
  });

  it('returns only self-contained dates without a publication date', () => {
    const text = 'On Monday, after the Jan. 6 hearing, the 2024-12-31 report and a note of March 2023 came out in 2025.';
    expect(dates(text, null)).toEqual([
      ['2024-12-31', '2024-12-31', 'day'],
      ['March 2023', '2023-03', 'month'],
      ['2025', '2025', 'year'],
    ]);
    expect(dates(text, 'not a date')).toEqual(dates(text, null));
  });

  it('returns mentions in document order without overlaps', () => {
    const got = extractDates('On Tuesday, Dec. 31, 2024, and on Monday, it snowed.', REF);
    expect(got.map((d) => d.text)).toEqual(['Tuesday, Dec. 31, 2024', 'Monday']);
  });
});

describe('extractDates shortcut', () => {
  it('finds exactly what scanning the text with every rule finds', () => {
    const pieces = [
      'January',
      'Jan.',
      'Jan',
      'Sept.',
      'Sep',
      'May',
      'March',
      'Dec',
      'Monday',
      'Tuesday',
      'Sunday',
      'the',
      '21st',
      '3',
      '12',
      '31',
      '2024',
      '1999',
      '2100',
      '16',
      'of',
      'in',
      'In',
      'since',
      'by',
      'early',
      'mid-',
      'mid',
      'late',
      'end of',
      'beginning of',
      'through',
      'throughout',
      'last',
      'Last',
      'next',
      'this',
      'This',
      'coming',
      'past',
      'night',
      'morning',
      'evening',
      'yesterday',
      'Today',
      'tonight',
      'tomorrow',
      'month',
      'year',
      'years',
      'days',
      'week',
      'months',
      'weeks',
      'ago',
      'three',
      'twelve',
      'a',
      'an',
      'one',
      '/',
      '-',
      '.',
      ',',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      'will',
      'was',
      'to',
      'USA',
      'percent',
      '%',
      '(',
      ')',
      'Night',
      'Times',
      'spring',
      'for',
    ];
    let x = 1;
    const rnd = (n: number): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return Math.floor((x / 2 ** 32) * n);
    };
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let i = rnd(16) + 1; i > 0; i--) s += pieces[rnd(pieces.length)]! + (rnd(3) > 0 ? ' ' : '');
      const ref = rnd(4) === 0 ? null : REF;
      const fast = extractDatesBy(s, ref, false);
      expect(fast).toEqual(extractDatesBy(s, ref, true));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(5_000);
  });
});
