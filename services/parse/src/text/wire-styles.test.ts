import { describe, expect, it } from 'vitest';
import { restoreFragments } from './fragments.js';
import { parseText } from './parse-text.js';

// Wire stories in the house styles of different agencies, each with teaser headlines glued in at the
// start, middle or end of a paragraph. Expected: dateline parsed, fragments cut, prose untouched.
const cases: Array<{
  name: string;
  text: string;
  dateline: { raw: string; place: string | null; date: string | null; agency: string | null };
  publishedAt: string | null;
  fragments: string[];
  firstParagraph: string;
}> = [
  {
    name: 'Reuters',
    text: 'date 2024-03-04\n\nLONDON, March 4 (Reuters) - British house prices rose for a fifth month in February, mortgage lender Halifax said on Monday. Shell Beats Profit Forecasts on Strong Gas Trading. Prices were 2.1% higher than a year earlier.\n\nEconomists polled by Reuters had expected a smaller rise.',
    dateline: { raw: 'LONDON, March 4 (Reuters) -', place: 'London', date: '2024-03-04', agency: 'Reuters' },
    publishedAt: '2024-03-04',
    fragments: ['Shell Beats Profit Forecasts on Strong Gas Trading.'],
    firstParagraph:
      'British house prices rose for a fifth month in February, mortgage lender Halifax said on Monday. Prices were 2.1% higher than a year earlier.',
  },
  {
    name: 'AFP',
    text: 'date 2024-06-10\n\nPARIS (AFP) - President Emmanuel Macron called a snap parliamentary election on Sunday after his party was trounced in the European vote.\n\nFar-Right Surge Reshapes European Parliament: Analysts. The first round will take place on June 30, with a run-off on July 7.',
    dateline: { raw: 'PARIS (AFP) -', place: 'Paris', date: null, agency: 'AFP' },
    publishedAt: '2024-06-10',
    fragments: ['Far-Right Surge Reshapes European Parliament: Analysts.'],
    firstParagraph:
      'President Emmanuel Macron called a snap parliamentary election on Sunday after his party was trounced in the European vote.',
  },
  {
    name: 'PTI',
    text: 'date 2025-01-03\nNew Delhi, Jan 3 (PTI) The government on Friday extended the deadline for filing belated income tax returns by two weeks, the finance ministry said.\nThe extension applies to resident taxpayers only. Sensex Ends 720 Points Lower as IT Stocks Drag.\nTax officials said more than 8 crore returns had been filed so far.',
    dateline: { raw: 'New Delhi, Jan 3 (PTI)', place: 'New Delhi', date: '2025-01-03', agency: 'PTI' },
    publishedAt: '2025-01-03',
    fragments: ['Sensex Ends 720 Points Lower as IT Stocks Drag.'],
    firstParagraph:
      'The government on Friday extended the deadline for filing belated income tax returns by two weeks, the finance ministry said.',
  },
  {
    name: 'Xinhua, fragment with a quote and a number, across a year boundary',
    text: ' date 2025-01-01 BEIJING, Dec. 31 (Xinhua) -- China\'s manufacturing activity expanded for a third straight month in December, official data showed on Tuesday. Xi Says "Bright Future" Ahead for 2025 Growth Targets. The purchasing managers\' index stood at 50.1.',
    dateline: { raw: 'BEIJING, Dec. 31 (Xinhua) --', place: 'Beijing', date: '2024-12-31', agency: 'Xinhua' },
    publishedAt: '2025-01-01',
    fragments: ['Xi Says "Bright Future" Ahead for 2025 Growth Targets.'],
    firstParagraph:
      "China's manufacturing activity expanded for a third straight month in December, official data showed on Tuesday. The purchasing managers' index stood at 50.1.",
  },
  {
    name: 'AP, names list kept, fragment at the end',
    text: 'ATLANTA (AP) — The Georgia Senate passed the budget on Thursday after a long debate.\n\nVoting against were Sens. John Smith, Mary Jones and Peter Brown. Dozens Injured as Tornado Rips Through Mississippi Town\n\nThe bill now goes to Gov. Brian Kemp.',
    dateline: { raw: 'ATLANTA (AP) —', place: 'Atlanta', date: null, agency: 'AP' },
    publishedAt: null,
    fragments: ['Dozens Injured as Tornado Rips Through Mississippi Town'],
    firstParagraph: 'The Georgia Senate passed the budget on Thursday after a long debate.',
  },
  {
    name: 'IANS with colon separator and a fragment at paragraph start',
    text: "date 2025-01-03\n\nNew Delhi, Jan. 3 (IANS): India's services sector grew at its fastest pace in four months in December, a private survey showed on Friday.\n\nRBI Keeps Repo Rate Unchanged at 6.5 Per Cent. New business orders rose sharply, the survey said.",
    dateline: { raw: 'New Delhi, Jan. 3 (IANS):', place: 'New Delhi', date: '2025-01-03', agency: 'IANS' },
    publishedAt: '2025-01-03',
    fragments: ['RBI Keeps Repo Rate Unchanged at 6.5 Per Cent.'],
    firstParagraph: "India's services sector grew at its fastest pace in four months in December, a private survey showed on Friday.",
  },
];

describe('wire stories of different agencies', () => {
  it.each(cases)('$name', (c) => {
    const a = parseText(c.text);
    expect(a.dateline).toEqual(c.dateline);
    expect(a.publishedAt).toBe(c.publishedAt);
    expect(a.fragments.map((f) => f.text)).toEqual(c.fragments);
    expect(a.paragraphs[0]).toBe(c.firstParagraph);
    for (const f of c.fragments) expect(a.body).not.toContain(f);
    expect(restoreFragments(a.paragraphs, a.fragments).join(' ')).toContain(c.fragments[0]);
  });
});
