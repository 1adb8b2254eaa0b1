import { describe, expect, it } from 'vitest';
import { extractDateline, placeName } from './dateline.js';

describe('extractDateline', () => {
  it.each([
    ['Beijing, December 31: China and Russia are moving forward.', '2024-12-31', 'Beijing, December 31:', 'Beijing', '2024-12-31', null],
    [
      'GAZA CITY/JERUSALEM, Jan 5 (Reuters) - Talks resumed.',
      '2024-01-06',
      'GAZA CITY/JERUSALEM, Jan 5 (Reuters) -',
      'Gaza City/Jerusalem',
      '2024-01-05',
      'Reuters',
    ],
    [
      'BEIJING, Dec. 31 (Xinhua) -- Chinese President Xi Jinping said.',
      '2024-12-31',
      'BEIJING, Dec. 31 (Xinhua) --',
      'Beijing',
      '2024-12-31',
      'Xinhua',
    ],
    ['ATLANTA -- Federal drug officials are warning Georgia.', '2023-12-17', 'ATLANTA --', 'Atlanta', null, null],
    ['ATLANTA (AP) — Powerful storms swept across Georgia.', null, 'ATLANTA (AP) —', 'Atlanta', null, 'AP'],
    ['LONDON, Jan 5 (Reuters) - Britain’s economy shrank.', '2025-01-05', 'LONDON, Jan 5 (Reuters) -', 'London', '2025-01-05', 'Reuters'],
    ['WASHINGTON: The Senate passed the bill on Friday.', '2024-06-01', 'WASHINGTON:', 'Washington', null, null],
    [
      'New Delhi, Jan. 3 (IANS): The government announced a scheme.',
      '2025-01-03',
      'New Delhi, Jan. 3 (IANS):',
      'New Delhi',
      '2025-01-03',
      'IANS',
    ],
    ['PARIS (AFP) - France’s prime minister resigned.', null, 'PARIS (AFP) -', 'Paris', null, 'AFP'],
    ['KYIV, Ukraine (AP) — Russian drones struck the capital.', null, 'KYIV, Ukraine (AP) —', 'Kyiv', null, 'AP'],
    ['SAN FRANCISCO, Calif. -- Tech shares rose.', null, 'SAN FRANCISCO, Calif. --', 'San Francisco', null, null],
    ['Dec 31 (Reuters) - Oil prices rose on Tuesday.', '2024-12-31', 'Dec 31 (Reuters) -', null, '2024-12-31', 'Reuters'],
    ['BERLIN, 5 January (dpa) - Germany’s exports fell.', '2025-01-06', 'BERLIN, 5 January (dpa) -', 'Berlin', '2025-01-05', 'dpa'],
    [
      'RIO DE JANEIRO, March 3, 2023 (Reuters) - Brazil’s central bank held.',
      null,
      'RIO DE JANEIRO, March 3, 2023 (Reuters) -',
      'Rio de Janeiro',
      '2023-03-03',
      'Reuters',
    ],
  ])('%s', (text, ref, raw, place, date, agency) => {
    const m = extractDateline(text, ref);
    expect(m?.dateline).toEqual({ raw, place, date, agency });
    expect(m?.rest.length).toBeGreaterThan(0);
    expect(text.endsWith(m?.rest ?? '#')).toBe(true);
  });

  it('accepts a known title-case city set off by a dash or colon', () => {
    expect(extractDateline('Beijing — China and Russia signed a deal.', null)?.dateline).toEqual({
      raw: 'Beijing —',
      place: 'Beijing',
      date: null,
      agency: null,
    });
    expect(extractDateline('New Delhi: The government announced a scheme.', null)?.dateline.place).toBe('New Delhi');
    expect(extractDateline('Meanwhile — the talks went on.', null)).toBeNull();
    expect(extractDateline('Note: The figures are provisional.', null)).toBeNull();
  });

  it('reads the ISO-dated datelines of older Reuters copy', () => {
    const m = extractDateline('AL-AIN, United Arab Emirates 1996-12-06 Japan began the defence of its title.', null);
    expect(m?.dateline).toMatchObject({ place: 'Al-Ain', date: '1996-12-06' });
    expect(m?.rest).toBe('Japan began the defence of its title.');
    expect(extractDateline('LONDON 1996-08-30 Shares fell.', null)?.dateline).toMatchObject({ place: 'London', date: '1996-08-30' });
  });

  it('takes a label before a headline in capitals for no dateline', () => {
    expect(extractDateline('SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.', null)).toBeNull();
    expect(extractDateline('RUGBY UNION - WALES BEAT ITALY', null)).toBeNull();
  });

  it('accepts an unknown single-word all-caps place before a colon', () => {
    expect(extractDateline('GUWAHATI: The state government announced relief.', null)?.dateline.place).toBe('Guwahati');
  });

  it('takes the previous year for a December dateline on a January story', () => {
    expect(extractDateline('BEIJING, Dec. 31 (Xinhua) -- Text.', '2025-01-02')?.dateline.date).toBe('2024-12-31');
    expect(extractDateline('BEIJING, Jan. 2 (Xinhua) -- Text.', '2024-12-30')?.dateline.date).toBe('2025-01-02');
  });

  it('leaves the date null when no year can be known', () => {
    expect(extractDateline('BEIJING, Dec. 31 (Xinhua) -- Text.', null)?.dateline.date).toBeNull();
  });

  it.each([
    'China and Russia are moving forward hand in hand.',
    'Beijing said on Tuesday it would respond.',
    'The US - China talks ended.',
    'UPDATE: The story was revised.',
    'Xi Jinping (right) - shown here in Moscow - said.',
    'Putin in his message said both countries advanced.',
    'NATO allies met in Brussels.',
    'BYLINE: Amber Phillips wrote this.',
    'LOOK: The photos are stunning.',
    'CLINTON: Honestly, I just believe that this is the most important job.',
    'READ MORE: The full report is online.',
    'AP- The wire moved the story.',
    'Rep. Trey Gowdy (R-S.C.): The committee will meet.',
    'The Tesla (TSLA) Model 3 sold well.',
    'IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - The caucuses are weeks away.',
  ])('finds no dateline in %j', (text) => {
    expect(extractDateline(text, '2024-12-31')).toBeNull();
  });
});

describe('placeName', () => {
  it('title-cases all-caps places and keeps mixed case', () => {
    expect(placeName('NEW DELHI')).toBe('New Delhi');
    expect(placeName('ST. LOUIS')).toBe('St. Louis');
    expect(placeName('WINSTON-SALEM')).toBe('Winston-Salem');
    expect(placeName('Beijing')).toBe('Beijing');
  });
});
