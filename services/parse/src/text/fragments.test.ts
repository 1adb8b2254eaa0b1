import { describe, expect, it } from 'vitest';
import { judgeHeadline, lowercaseVocabulary, removeFragments, restoreFragments } from './fragments.js';

const removed = (paragraphs: string[]): string[] => removeFragments(paragraphs).fragments.map((f) => f.text);

describe('judgeHeadline', () => {
  it.each([
    'Taiwan Accuses China, Russia of Heightening Regional Tensions.',
    'Russia Fourth-largest Economy Globally After China, US, India: Vladimir Putin.',
    'Judge Rejects New York Times Request to Unseal Divorce File.',
    'Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.',
    'Oil Prices Climb After OPEC+ Signals Deeper Output Cuts.',
    'Biden Says "No Deal" on Border Bill Without Funding for Ukraine.',
    'Earthquake of Magnitude 6.1 Jolts Northern Japan, No Tsunami Warning',
    'Apple Unveils Cheaper iPhone Model Amid Slowing Sales.',
    'Modi Government Announces New Scheme for Farmers: Report.',
    'Bernie Sanders Beats Hillary Clinton in Oklahoma.',
    'Obama, Biden to Campaign for Clinton in September.',
    'Russia and China Sign Energy Pact.',
    'Oil Prices Climb After OPEC+ Signals deeper Output Cuts in Asia.',
  ])('calls %j a headline', (s) => {
    expect(judgeHeadline(s).headline).toBe(true);
  });

  it.each([
    'Chinese President Xi Jinping said on Tuesday that relations were advancing.',
    'Xi recalled their meetings in Beijing, Astana, and Kazan.',
    'Attendees included John Smith, Mary Jones, Peter Wang and Ann Lee.',
    'John Smith, Mary Jones, Peter Wang and Ann Lee.',
    'The United Nations, NATO and the EU.',
    '“We Will Never Surrender,” he said.',
    '"Long Live The Friendship!"',
    'THE MINISTRY OF FOREIGN AFFAIRS ISSUED A STATEMENT.',
    'Thank You.',
    'Happy New Year.',
    'The summit will be held in New Delhi in March.',
    'Prime Minister Narendra Modi and President Joe Biden met in Washington.',
    'The Following Countries Attended:',
    'Elizabeth Banks and Ken Burns.',
    'Ken Burns, Tyra Banks and Jordan Sparks.',
    'He won the Academy Award for Best Original Screenplay for Get Out in 2018.',
    'Chinese State Councilor and Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov in Moscow.',
    'She came from the Middle East and I from South America.',
  ])('keeps %j as prose', (s) => {
    expect(judgeHeadline(s).headline).toBe(false);
  });

  it('reports its evidence', () => {
    const v = judgeHeadline('Taiwan Accuses China, Russia of Heightening Regional Tensions.');
    expect(v.lowercase).toBe(0);
    expect(v.commonCaps).toBeGreaterThanOrEqual(2);
    expect(judgeHeadline('He said the talks went well and would continue.').reason).toBe('lower-case content words');
  });

  it('uses the document vocabulary for words the lexicon lacks', () => {
    const s = 'Zorblat Gleeps Frobnicate Wuzzle Market.';
    const vocab = lowercaseVocabulary('the zorblat rose while gleeps frobnicate the wuzzle');
    expect(judgeHeadline(s, vocab).commonCaps).toBeGreaterThan(judgeHeadline(s).commonCaps);
  });
});

describe('removeFragments', () => {
  it('removes a headline glued between two prose sentences', () => {
    const p =
      'The ministers met in Brussels on Monday. Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks. They agreed to meet again in June.';
    const r = removeFragments([p]);
    expect(r.paragraphs).toEqual(['The ministers met in Brussels on Monday. They agreed to meet again in June.']);
    expect(r.fragments).toEqual([
      {
        text: 'Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.',
        paragraph: 0,
        offset: 41,
        rule: 'text.fragment.title-case',
      },
    ]);
  });

  it('removes a headline at the start and at the end of a paragraph', () => {
    const start =
      'Oil Prices Climb After OPEC+ Signals Deeper Output Cuts. The central bank left rates unchanged on Thursday, citing stubborn inflation.';
    const end =
      'The central bank left rates unchanged on Thursday, citing stubborn inflation. Oil Prices Climb After OPEC+ Signals Deeper Output Cuts.';
    expect(removeFragments([start]).paragraphs[0]).toBe('The central bank left rates unchanged on Thursday, citing stubborn inflation.');
    expect(removeFragments([end]).paragraphs[0]).toBe('The central bank left rates unchanged on Thursday, citing stubborn inflation.');
  });

  it('removes headlines with colons, quotes and numbers, and several in one paragraph', () => {
    const p =
      'Voters queued for hours in the heat. Modi Government Announces New Scheme for Farmers: Report. Turnout was higher than in 2019, officials said. Biden Says "No Deal" on Border Bill Without Funding for Ukraine. Counting starts on June 4.';
    const r = removeFragments([p]);
    expect(r.fragments.map((f) => f.text)).toEqual([
      'Modi Government Announces New Scheme for Farmers: Report.',
      'Biden Says "No Deal" on Border Bill Without Funding for Ukraine.',
    ]);
    expect(r.paragraphs[0]).toBe(
      'Voters queued for hours in the heat. Turnout was higher than in 2019, officials said. Counting starts on June 4.',
    );
  });

  it('removes a headline with no full stop that runs into the next sentence', () => {
    const p =
      'Talks ended late on Friday. Taiwan Accuses China, Russia of Heightening Regional Tensions The mutually agreed plan was signed on Saturday.';
    const r = removeFragments([p]);
    expect(r.fragments.map((f) => f.text)).toEqual(['Taiwan Accuses China, Russia of Heightening Regional Tensions']);
    expect(r.paragraphs[0]).toBe('Talks ended late on Friday. The mutually agreed plan was signed on Saturday.');
  });

  it('never touches ordinary prose, name lists, quotes or acronyms', () => {
    const prose = [
      'Chinese President Xi Jinping said on Tuesday that relations were advancing "towards higher levels." Xi and Putin exchanged greetings.',
      'Present were John Smith, Mary Jones and Peter Wang. The meeting lasted two hours.',
      'The delegation visited Beijing, Shanghai, Shenzhen and Guangzhou. It returned home on Sunday.',
      '"We Are Ready," the coach told reporters. The team flies to Madrid on Monday.',
      'Members include the WHO, UNICEF, UNHCR and the WFP. Funding was cut by 20 percent.',
      'The book, "A Brief History of Time," sold millions of copies. Hawking died in 2018.',
      'He thanked Prime Minister Narendra Modi, President Joe Biden and Chancellor Olaf Scholz. The summit ends on Friday.',
    ];
    expect(removed(prose)).toEqual([]);
  });

  it('keeps a lone title-case paragraph when it is the whole text or has no full stop (a crosshead)', () => {
    expect(removeFragments(['Markets Rally as Inflation Cools.']).paragraphs).toEqual(['Markets Rally as Inflation Cools.']);
    const withCrosshead = ['The index rose 2 percent on Friday.', 'Markets Rally as Inflation Cools', 'Bond yields fell for a third day.'];
    expect(removeFragments(withCrosshead).paragraphs).toEqual(withCrosshead);
  });

  it('cuts a punctuated headline that stands as its own paragraph, and restores it in place', () => {
    const ps = [
      'The index rose 2 percent on Friday. Traders cited cooling inflation.',
      'Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.',
      'Bond yields fell for a third day. Oil Prices Climb After OPEC+ Signals Deeper Output Cuts.',
      'Analysts expect the rally to continue.',
    ];
    const r = removeFragments(ps);
    expect(r.paragraphs).toEqual([
      'The index rose 2 percent on Friday. Traders cited cooling inflation.',
      'Bond yields fell for a third day.',
      'Analysts expect the rally to continue.',
    ]);
    expect(r.fragments).toEqual([
      { text: 'Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.', paragraph: 1, offset: 0, rule: 'text.fragment.paragraph' },
      { text: 'Oil Prices Climb After OPEC+ Signals Deeper Output Cuts.', paragraph: 1, offset: 34, rule: 'text.fragment.title-case' },
    ]);
    expect(restoreFragments(r.paragraphs, r.fragments)).toEqual(ps);
  });

  it('removes teaser lines that carry a related-link label, whatever their casing', () => {
    const p = 'The ministers met on Monday. Also Read: taiwan accuses china of raising tensions in the region. They agreed to meet again.';
    expect(removed([p])).toEqual(['Also Read: taiwan accuses china of raising tensions in the region.']);
    expect(removed(['Prices rose. READ MORE | Fuel costs hit record as refineries shut. Wages lagged.'])).toEqual([
      'READ MORE | Fuel costs hit record as refineries shut.',
    ]);
    expect(removed(['He said he would read more: books, papers and reports. She agreed.'])).toEqual([]);
    const r = removeFragments(['Prices rose on Monday.', 'Also Read: Fuel Costs Hit Record', 'Wages lagged.']);
    expect(r.paragraphs).toEqual(['Prices rose on Monday.', 'Wages lagged.']);
    expect(restoreFragments(r.paragraphs, r.fragments)).toEqual([
      'Prices rose on Monday.',
      'Also Read: Fuel Costs Hit Record',
      'Wages lagged.',
    ]);
  });

  it('joins a short lead-in with the headline it introduces', () => {
    const p =
      'The report was published on Monday. Dear Abby: Disrespectful? My Co-worker Constantly Sends My Wife Text Messages. Officials declined to comment.';
    expect(removed([p])).toEqual(['Dear Abby: Disrespectful? My Co-worker Constantly Sends My Wife Text Messages.']);
  });

  it('round-trips through restoreFragments', () => {
    const ps = [
      'Oil Prices Climb After OPEC+ Signals Deeper Output Cuts. The central bank left rates unchanged.',
      'Voters queued for hours. Modi Government Announces New Scheme for Farmers: Report. Turnout was high. Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.',
      'Nothing to see here, the spokesman said.',
      'The ministers met on Monday. Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks. Oil Prices Climb After OPEC+ Signals Deeper Output Cuts. They agreed to meet again.',
    ];
    const r = removeFragments(ps);
    expect(r.fragments.length).toBe(5);
    expect(restoreFragments(r.paragraphs, r.fragments)).toEqual(ps);
  });

  it('normalises whitespace before computing offsets', () => {
    const r = removeFragments([
      'Talks ended  late.\nFloods Kill 12 in Southern Brazil as Rivers Burst Their Banks.   Rescue teams arrived.',
    ]);
    expect(restoreFragments(r.paragraphs, r.fragments)).toEqual([
      'Talks ended late. Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks. Rescue teams arrived.',
    ]);
  });
});
