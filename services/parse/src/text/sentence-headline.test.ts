import { describe, expect, it } from 'vitest';
import { removeFragments, restoreFragments, spaceGluedSentences } from './fragments.js';
import { contentStems, documentStems, judgeSentenceHeadline } from './sentence-headline.js';

// A made-up wire story about a harbour strike: enough words for the cohesion test.
const STORY = [
  'ROTTERDAM, March 4 -- Dock workers at the port of Rotterdam walked off the job on Monday, halting container traffic at the largest harbour in Europe as talks over pay and automation broke down.',
  'The union said the strike would last at least 48 hours and warned that further stoppages were likely if the port operators did not improve their offer, which it called insulting to workers who kept the harbour running during the pandemic.',
  'Port operators said they had offered a wage rise of 4 percent over two years and guarantees that no jobs would be lost to automated cranes before 2030, and accused the union of walking away from the table.',
  'Shipping lines diverted several vessels to Antwerp and Hamburg, and freight forwarders warned that delays could ripple through supply chains for weeks, with retailers already short of some goods after earlier disruptions.',
  'The Dutch economy ministry urged both sides to return to talks, saying the harbour was vital to the national economy and that a long strike would hurt exporters and consumers alike.',
];
const doc = (extra = ''): Map<string, number> => documentStems(`${STORY.join('\n')}\n${extra}`);

describe('judgeSentenceHeadline', () => {
  it.each([
    'Federal agency quashes plan to let pharmacies sell medical marijuana.',
    'Crews battle two apartment fires within two hours.',
    'Poll: Clinton and Sanders in dead heat in California.',
    'Senator accused of hiding campaign donations from voters.',
    'Governor to sign budget bill on Friday',
  ])('calls %j a headline in a story about something else', (s) => {
    expect(judgeSentenceHeadline(s, doc(s)).headline).toBe(true);
  });

  it.each([
    // Past tense, pronouns, auxiliaries, reporting verbs: prose.
    'Prosecutors charged three men with fraud in Chicago.',
    'They expect a decision on the merger next month.',
    'Analysts say inflation will ease by the summer.',
    "It's a difficult balance for central bankers.",
    // Opening determiner or connective: reads on from the sentence before.
    'The senator declines interviews about campaign donations.',
    'But farmers remain sceptical about the subsidy scheme.',
    // Imperatives, credits, links.
    'Follow the reporter on social media for updates.',
    'Photo credit: Jane Smith.',
    'Read more at www.example.com today.',
    // Quoted speech and a statement quoted whole after a name.
    '"Farmers deserve better treatment," the minister added.',
    'Jane Smith: "Farmers deserve better treatment from the government."',
    // Quantifier pronouns and prose adverbs.
    'Everyone else lags far behind the leaders.',
    'Farmers also want cheaper diesel.',
    // Elliptical questions, politeness imperatives, intensifiers, very short sentences.
    'Eager to dive into the post-apocalyptic action?',
    'Please keep that energy going.',
    'Ideas come from so many different places.',
    'Hilary Thurston disagrees.',
    // A long verbless description after a label is a list item.
    'Acme Solar Inc.: perovskite-based photovoltaic modules capable of recycling indoor light for battery-driven devices.',
  ])('keeps %j as prose', (s) => {
    expect(judgeSentenceHeadline(s, doc(s)).headline).toBe(false);
  });

  it('keeps a sentence that shares its words with the story (cohesion)', () => {
    const s = 'Dock workers demand pay rise as port talks stall.';
    expect(judgeSentenceHeadline(s, doc(s))).toEqual({ headline: false, reason: 'shares words with the story' });
  });

  it('gives no verdict without a document, or with too little of one', () => {
    const s = 'Crews battle two apartment fires within two hours.';
    expect(judgeSentenceHeadline(s).headline).toBe(false);
    expect(judgeSentenceHeadline(s, documentStems(`Rates rose. ${s}`)).reason).toBe('too little context');
  });

  it('reads content words without stop words, stemmed', () => {
    expect(contentStems('The workers were striking at the harbours')).toEqual(['worker', 'strik', 'harbou']);
  });
});

describe('removeFragments with sentence-case headlines', () => {
  it('removes a sentence-case headline between two sentences, at the end, and without a period', () => {
    const between = [...STORY];
    between[1] = `${STORY[1]} Crews battle two apartment fires within two hours. ${STORY[1]}`;
    const r = removeFragments(between);
    expect(r.fragments.map((f) => [f.text, f.rule])).toEqual([
      ['Crews battle two apartment fires within two hours.', 'text.fragment.sentence-case'],
    ]);
    expect(r.paragraphs[1]).toBe(`${STORY[1]} ${STORY[1]}`);
    expect(restoreFragments(r.paragraphs, r.fragments)).toEqual(between);

    const end = [...STORY];
    end[2] = `${STORY[2]} Federal agency quashes plan to let pharmacies sell medical marijuana`;
    expect(removeFragments(end).fragments.map((f) => f.text)).toEqual([
      'Federal agency quashes plan to let pharmacies sell medical marijuana',
    ]);
  });

  it('removes a sentence-case headline with no period that runs into the next sentence', () => {
    const ps = [...STORY];
    ps[3] = `Shipping lines diverted vessels. Senator accused of hiding campaign donations from voters The ministry urged calm.`;
    const r = removeFragments(ps);
    expect(r.fragments.map((f) => f.text)).toEqual(['Senator accused of hiding campaign donations from voters']);
    expect(r.paragraphs[3]).toBe('Shipping lines diverted vessels. The ministry urged calm.');
  });

  it('leaves every sentence of the clean story alone', () => {
    expect(removeFragments(STORY).fragments).toEqual([]);
  });
});

describe('sentences glued without a space', () => {
  it('reads a glued sentence end as a boundary, but not in web addresses, initials or abbreviations', () => {
    expect(spaceGluedSentences('at new heights.Taiwan Accuses China')).toBe('at new heights. Taiwan Accuses China');
    expect(spaceGluedSentences('Write to www.DearAbby.com today')).toBe('Write to www.DearAbby.com today');
    expect(spaceGluedSentences('the U.S.Treasury said')).toBe('the U.S.Treasury said');
    expect(spaceGluedSentences('"Go home."Then he left.')).toBe('"Go home." Then he left.');
    expect(spaceGluedSentences('said Revesz.GOP targets')).toBe('said Revesz. GOP targets');
    expect(spaceGluedSentences('like an open ‘Orchid’.Do you')).toBe('like an open ‘Orchid’. Do you');
    expect(spaceGluedSentences('a boost in 2023.Felix Marquez')).toBe('a boost in 2023. Felix Marquez');
    expect(spaceGluedSentences('see Example.Com and news.BBC.co.uk')).toBe('see Example.Com and news.BBC.co.uk');
  });

  it('removes a headline glued with no space on either side, and keeps the space it needed', () => {
    const ps = [
      'Talks ended late on Friday.Taiwan Accuses China, Russia of Heightening Regional Tensions.The agreed plan was signed on Saturday.',
      'Officials declined to comment.',
    ];
    const r = removeFragments(ps);
    expect(r.fragments.map((f) => f.text)).toEqual(['Taiwan Accuses China, Russia of Heightening Regional Tensions.']);
    expect(r.paragraphs[0]).toBe('Talks ended late on Friday. The agreed plan was signed on Saturday.');
    // Restored with the spaces the glued sentences were read with.
    expect(restoreFragments(r.paragraphs, r.fragments)[0]).toBe(
      'Talks ended late on Friday. Taiwan Accuses China, Russia of Heightening Regional Tensions. The agreed plan was signed on Saturday.',
    );
  });

  it('leaves a glued paragraph as it is when nothing is cut from it', () => {
    expect(removeFragments(['Prices rose.Wages lagged behind them.']).paragraphs).toEqual(['Prices rose.Wages lagged behind them.']);
  });

  it('removes a Title-Case headline glued with a double space', () => {
    const r = removeFragments([
      'Talks ended late on Friday.  Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.  Rescue teams arrived.',
    ]);
    expect(r.fragments.map((f) => f.text)).toEqual(['Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.']);
    expect(r.paragraphs[0]).toBe('Talks ended late on Friday. Rescue teams arrived.');
  });
});

describe('teaser lines without a full stop', () => {
  it('cuts an unpunctuated line with a headline predicate, six words or more, standing as its own paragraph', () => {
    const ps = [STORY[0] ?? '', 'Oil Prices Climb After OPEC Signals Deeper Output Cuts', STORY[1] ?? '', STORY[2] ?? ''];
    const r = removeFragments(ps);
    expect(r.fragments.map((f) => [f.text, f.rule])).toEqual([
      ['Oil Prices Climb After OPEC Signals Deeper Output Cuts', 'text.fragment.paragraph'],
    ]);
    expect(restoreFragments(r.paragraphs, r.fragments)).toEqual(ps);
  });

  it('keeps crossheads, product names and labelled lines', () => {
    for (const line of [
      'Markets Rally as Inflation Cools',
      'Regional Tensions and the Road Ahead',
      'Better Homes Glass and Wood Planter (Large)',
    ]) {
      const ps = [STORY[0] ?? '', line, STORY[1] ?? '', STORY[2] ?? ''];
      expect(removeFragments(ps).fragments).toEqual([]);
    }
  });

  it('ends a sentence-case run at a capitalised opener even before a name', () => {
    const ps = [...STORY];
    ps[3] = 'Shipping lines diverted vessels. Senator accused of hiding campaign donations from voters The Dutch ministry urged calm.';
    const r = removeFragments(ps);
    expect(r.fragments.map((f) => [f.text, f.rule])).toEqual([
      ['Senator accused of hiding campaign donations from voters', 'text.fragment.glued'],
    ]);
    expect(r.paragraphs[3]).toBe('Shipping lines diverted vessels. The Dutch ministry urged calm.');
  });
});

describe('a parenthesised credit before a headline', () => {
  it('cuts the headline after a photo credit and leaves the credit in the body', () => {
    const p = 'Notre Dame won 91-89. (AP Photo/Jane Roe) Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.';
    const r = removeFragments([p, 'The coach praised his players.']);
    expect(r.fragments.map((f) => f.text)).toEqual(['Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.']);
    expect(r.paragraphs[0]).toBe('Notre Dame won 91-89. (AP Photo/Jane Roe)');
    expect(restoreFragments(r.paragraphs, r.fragments)[0]).toBe(p);
  });
});

describe('where a glued headline run ends', () => {
  it('leaves the opening quote of the next sentence out of the cut', () => {
    const ps = [...STORY];
    ps[2] = 'Port operators said they had offered more. Governor Signs Bill Raising Minimum Wage "I think we were fair," one manager said.';
    const r = removeFragments(ps);
    expect(r.fragments.map((f) => f.text)).toEqual(['Governor Signs Bill Raising Minimum Wage']);
    expect(r.paragraphs[2]).toBe('Port operators said they had offered more. "I think we were fair," one manager said.');
  });

  it('never ends a run on an article, preposition or conjunction', () => {
    const ps = [...STORY];
    ps[4] = 'Jane Roe writes a weekly column for The Harbour Gazette and hosts a podcast. She lives in Delft.';
    expect(removeFragments(ps).fragments).toEqual([]);
  });
});

describe('glued headline runs in one-sentence paragraphs', () => {
  it('cuts a run glued to the only sentence of a paragraph in a story of several paragraphs', () => {
    const ps = [...STORY];
    ps[1] = 'Clinton Pick Gives Trump an Opening The union said the strike would last at least 48 hours.';
    const r = removeFragments(ps);
    expect(r.fragments.map((f) => f.text)).toEqual(['Clinton Pick Gives Trump an Opening']);
    expect(r.paragraphs[1]).toBe('The union said the strike would last at least 48 hours.');
  });

  it('does not cut at an opener when what follows is not a clause, or when a Title-Case run only has minor words in lower case', () => {
    const ps = [...STORY];
    ps[1] = 'Jack Ma Backs Off on Plans to Sell Alibaba Shares After stock plunge';
    expect(removeFragments(ps).fragments.map((f) => f.text)).not.toContain('Jack Ma Backs Off on Plans to Sell Alibaba Shares');
    ps[1] = 'Germany Pledges to Expand Its Military budget as allies welcome the move, officials said on Monday.';
    expect(removeFragments(ps).fragments).toEqual([]);
  });
});
