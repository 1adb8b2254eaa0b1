import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quote } from '@newswire/contracts';
import { extractQuotes, type EntityMention } from './extract-quotes.js';
import { findQuoteRegions } from './marks.js';

/** Mentions of `surface` (every occurrence) resolving to `entity`. */
function mentionsOf(text: string, surface: string, type: EntityMention['type'], entity = surface): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    out.push({ text: surface, start: i, end: i + surface.length, type, entity });
  }
  return out;
}

const direct = (qs: Quote[]): Quote[] => qs.filter((q) => q.direct);
const reported = (qs: Quote[]): Quote[] => qs.filter((q) => !q.direct);
const at = (text: string, s: [number, number] | null): string | null => (s ? text.slice(s[0], s[1]) : null);

describe('quote marks', () => {
  it.each([
    ['curly', '“We will win this fight,” Smith said.', 'We will win this fight,'],
    ['straight', '"We will win this fight," Smith said.', 'We will win this fight,'],
    ['guillemets', '«We will win this fight», Smith said.', 'We will win this fight'],
    ['German low-high', '„We will win this fight“, Smith said.', 'We will win this fight'],
    ['mismatched “…"', '“We will win this fight," Smith said.', 'We will win this fight,'],
  ])('finds a %s quote with its speaker', (_name, text, content) => {
    const [q, ...rest] = direct(extractQuotes(text, []));
    expect(rest).toHaveLength(0);
    expect(q?.text).toBe(content);
    expect(at(text, q?.span ?? null)).toBe(content);
    expect(q?.speaker).toBe('Smith');
    expect(q?.cue).toBe('said');
  });

  it('uses single marks as quotes in a text that quotes with them', () => {
    const text = '‘We are not going anywhere,’ the union leader said. ‘This strike goes on.’';
    const qs = direct(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe('We are not going anywhere, This strike goes on.');
    expect(qs[0]?.speaker).toBe('the union leader');
  });

  it('does not take apostrophes for quotes', () => {
    const text = "The students' union said it didn’t expect the ’90s rock ’n’ roll revival to matter. O'Brien's view: it won't.";
    expect(findQuoteRegions(text)).toEqual([]);
    expect(direct(extractQuotes(text, []))).toEqual([]);
  });

  it('keeps single quotes nested in a double quote inside that quote', () => {
    const text = '“He told me ‘never again’ and left,” Jones said.';
    const regions = findQuoteRegions(text);
    expect(regions).toHaveLength(1);
    expect(text.slice(regions[0]?.start, regions[0]?.end)).toBe('“He told me ‘never again’ and left,”');
  });

  it('ignores scare quotes and titles inside the writer’s sentence', () => {
    const text = 'The two countries walk the “right path” together, and she appeared on “Meet the Press” on Sunday.';
    expect(direct(extractQuotes(text, []))).toEqual([]);
  });
});

describe('what counts as a direct quote', () => {
  it('keeps a quote introduced by a colon even when no speaker is found', () => {
    const text = 'The headline on the front page reads: “The war is over and the soldiers are coming home.”';
    const qs = direct(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe('The war is over and the soldiers are coming home.');
  });

  it('drops a titled work in quote marks', () => {
    const text = 'She wrote about it in her memoir, “Hard Choices And Lessons Learned.”';
    expect(direct(extractQuotes(text, []))).toEqual([]);
  });

  it('drops a fragment that the writer’s sentence continues after the closing mark', () => {
    const text = '"A big truck" plowed through the barriers that had been set up for the parade.';
    expect(direct(extractQuotes(text, []))).toEqual([]);
  });

  it('drops a short unattributed quote inside a paraphrase but keeps the paraphrase as reported speech', () => {
    const text = 'Trump said the deal was “a disaster for everyone” and promised to renegotiate it.';
    expect(direct(extractQuotes(text, []))).toEqual([]);
    expect(reported(extractQuotes(text, []))[0]?.speaker).toBe('Trump');
  });

  it('attributes with a verb outside the cue list in the attribution slot', () => {
    const text = '“France will always be France,” an angry Hollande retaliated.';
    const [q] = direct(extractQuotes(text, []));
    expect(q?.speaker).toBe('an angry Hollande');
    expect(q?.cue).toBe('retaliated');
  });

  it('takes a byline-style attribution in the next paragraph', () => {
    const text = '"Boeing and GE and other multinationals pay zero taxes."\n\n- Bernie Sanders.';
    const [q] = direct(extractQuotes(text, []));
    expect(q?.speaker).toBe('Bernie Sanders');
  });

  it('starts a new quote at a second cue ("…," she said, adding, "…")', () => {
    const text = '"They are not affiliated with the campaign," she said, adding, "Mr. Trump is grateful for their support."';
    const qs = direct(extractQuotes(text, []));
    expect(qs.map((q) => q.text)).toEqual(['They are not affiliated with the campaign,', 'Mr. Trump is grateful for their support.']);
  });
});

describe('split and multi-paragraph quotes', () => {
  it('joins a quote split around the attribution into one quote', () => {
    const text = '“We will,” she said, “win the next election.”';
    const qs = direct(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe('We will, win the next election.');
    expect(qs[0]?.span).toEqual([1, text.length - 1]);
    expect(qs[0]?.speaker).toBe('she');
  });

  it('joins a quote split across sentences by the same speaker', () => {
    const text = '"The economy is strong," Lee said on Monday. "We expect growth to continue next year."';
    const qs = direct(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe('The economy is strong, We expect growth to continue next year.');
    expect(qs[0]?.speaker).toBe('Lee');
  });

  it('joins the pieces across a title quoted inside the attribution', () => {
    const text =
      '“I have always said that I expect to be vetted,” he said on “Meet the Press.” “But being vetted is not the same as being attacked.”';
    const qs = direct(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe('I have always said that I expect to be vetted, But being vetted is not the same as being attacked.');
    expect(qs[0]?.speaker).toBe('he');
  });

  it('joins paragraphs of one quote that only the last paragraph closes and attributes', () => {
    const text =
      '“The first part of the plan is to rebuild the bridges that the floods destroyed.\n\n' +
      '“The second part is to make sure this never happens again,” the minister said.';
    const qs = direct(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toContain('rebuild the bridges');
    expect(qs[0]?.text).toContain('never happens again');
    expect(qs[0]?.speaker).toBe('the minister');
  });

  it('continues an attributed quote into an unattributed next paragraph', () => {
    const text =
      '“We did everything we could to save the factory,” said Maria Lopez, the mayor.\n\n' +
      '“Nobody in this town will forget what happened this winter.”';
    const qs = direct(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toContain('Nobody in this town');
    expect(qs[0]?.speaker).toBe('Maria Lopez');
  });
});

describe('speaker patterns', () => {
  it.each([
    ['"…," X said', '"The talks were useful," Lavrov said.', 'Lavrov', 'said'],
    ['"…," said X', '"The talks were useful," said Sergei Lavrov.', 'Sergei Lavrov', 'said'],
    ['X said: "…"', 'Lavrov said: "The talks were useful."', 'Lavrov', 'said'],
    ['X said "…"', 'Lavrov said "The talks were useful."', 'Lavrov', 'said'],
    ['"…" X added', '"The talks were useful." Lavrov added.', 'Lavrov', 'added'],
    ['X told Y: "…"', 'Lavrov told reporters: "The talks were useful."', 'Lavrov', 'told'],
    ['"…", according to X', '"The talks were useful," according to Lavrov.', 'Lavrov', 'according to'],
    ['X, the foreign minister, said "…"', 'Lavrov, the foreign minister, said: "The talks were useful."', 'Lavrov', 'said'],
    ['title before the name', '"The talks were useful," said Sen. Elizabeth Warren.', 'Sen. Elizabeth Warren', 'said'],
    ['dash attribution', '“The talks were useful.” ― Sergei Lavrov', 'Sergei Lavrov', '―'],
    ['transcript label', '"LAVROV: The talks were useful, and we will meet again."', 'LAVROV', ':'],
  ])('%s', (_name, text, speaker, cue) => {
    const qs = direct(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toMatch(/The talks were useful/);
    expect(qs[0]?.speaker).toBe(speaker);
    expect(at(text, qs[0]?.speakerSpan ?? null)).toBe(speaker);
    expect(qs[0]?.cue).toBe(cue);
    expect(at(text, qs[0]?.cueSpan ?? null)).toBe(cue);
  });

  it('resolves a named speaker to the canonical entity of its mention', () => {
    const text = 'Sergei Lavrov met his counterpart. "The talks were useful," Lavrov said.';
    const mentions = [
      ...mentionsOf(text, 'Sergei Lavrov', 'PER'),
      {
        text: 'Lavrov',
        start: text.lastIndexOf('Lavrov'),
        end: text.lastIndexOf('Lavrov') + 6,
        type: 'PER' as const,
        entity: 'Sergei Lavrov',
      },
    ];
    const [q] = direct(extractQuotes(text, mentions));
    expect(q?.speaker).toBe('Lavrov');
    expect(q?.speakerEntity).toBe('Sergei Lavrov');
  });

  it('resolves he/she to the most recent person outside quotes', () => {
    const text =
      'Angela Merkel spoke after meeting Emmanuel Macron in Paris. Macron left early.\n\n' +
      '"We will manage this together with all our partners," she said.';
    const mentions = [...mentionsOf(text, 'Angela Merkel', 'PER'), ...mentionsOf(text, 'Macron', 'PER', 'Emmanuel Macron')];
    const [q] = direct(extractQuotes(text, mentions));
    expect(q?.speaker).toBe('she');
    // Most recent PER mention: no gender information, so the last person wins.
    expect(q?.speakerEntity).toBe('Emmanuel Macron');
  });

  it('resolves they to the most recent organisation', () => {
    const text = 'The European Commission opened an inquiry. "We will look at every contract," they said.';
    const mentions = mentionsOf(text, 'European Commission', 'ORG');
    const [q] = direct(extractQuotes(text, mentions));
    expect(q?.speakerEntity).toBe('European Commission');
  });

  it('resolves a nominal speaker to a person introduced with that title', () => {
    const text = 'President Joao Lourenco opened the summit on Monday.\n\n"Our region needs peace and investment," the president said.';
    const mentions = mentionsOf(text, 'Joao Lourenco', 'PER');
    const [q] = direct(extractQuotes(text, mentions));
    expect(q?.speaker).toBe('the president');
    expect(q?.speakerEntity).toBe('Joao Lourenco');
  });

  it('falls back to the longest name in the text when no mentions are given', () => {
    const text = 'Chinese President Xi Jinping sent a message. "Relations are at their best," Xi said.';
    const [q] = direct(extractQuotes(text, []));
    expect(q?.speakerEntity).toBe('Xi Jinping');
  });
});

describe('reported speech', () => {
  it.each([
    [
      'X in his message said …',
      'Putin in his message said both countries have advanced their partnership to new heights.',
      'Putin',
      'said',
      'both countries have advanced their partnership to new heights',
    ],
    [
      'X said that …',
      'The minister said that the new budget would cut taxes for most families.',
      'The minister',
      'said',
      'the new budget would cut taxes for most families',
    ],
    [
      'X told reporters …',
      'Lopez told reporters the factory would reopen in the spring.',
      'Lopez',
      'told',
      'the factory would reopen in the spring',
    ],
    [
      'X warned …',
      'The central bank warned that inflation could rise again next year.',
      'The central bank',
      'warned',
      'inflation could rise again next year',
    ],
    [
      '…, X said.',
      'The talks will resume next week in Geneva, a diplomat said.',
      'a diplomat',
      'said',
      'The talks will resume next week in Geneva',
    ],
    [
      'according to X, …',
      'According to the police, three people were arrested after the match.',
      'the police',
      'according to',
      'three people were arrested after the match',
    ],
    [
      '…, according to X.',
      'Three people were arrested after the match, according to the police.',
      'the police',
      'according to',
      'Three people were arrested after the match',
    ],
    [
      'X, the foreign minister, said …',
      'Lavrov, the foreign minister, said the sanctions had failed to change anything.',
      'Lavrov',
      'said',
      'the sanctions had failed to change anything',
    ],
  ])('%s', (_name, text, speaker, cue, content) => {
    const qs = reported(extractQuotes(text, []));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.speaker).toBe(speaker);
    expect(qs[0]?.cue?.toLowerCase()).toBe(cue);
    expect(qs[0]?.text).toBe(content);
    expect(at(text, qs[0]?.span ?? null)).toBe(content);
  });

  it('does not report a sentence that is already a direct quote', () => {
    const text = '"The talks were useful and we will meet again," Lavrov said.';
    expect(reported(extractQuotes(text, []))).toEqual([]);
  });

  it('can be switched off', () => {
    const text = 'The minister said that the new budget would cut taxes for most families.';
    expect(extractQuotes(text, [], { reported: false })).toEqual([]);
  });
});

describe('sample-like wire copy', () => {
  const text =
    'Beijing, December 31: China and Russia are moving forward along the "right path" of non-alliance, Chinese President Xi Jinping said on Tuesday in his New Year message to his Russian counterpart Vladimir Putin.\n\n' +
    '“In the face of a volatile international landscape, China and Russia always move forward hand in hand," Xi said in the message. Putin in his message said both countries have advanced the comprehensive strategic partnership to new heights.\n\n' +
    '“The political mutual trust between the two sides has been advancing toward higher levels," Xi said. Putin in his message said looking ahead to 2025, he stands ready to maintain close communication with Xi.';
  const mentions: EntityMention[] = [
    ...mentionsOf(text, 'Xi Jinping', 'PER'),
    ...mentionsOf(text, 'Vladimir Putin', 'PER'),
    ...[...text.matchAll(/\bXi\b(?! Jinping)/gu)].map((m) => ({
      text: 'Xi',
      start: m.index ?? 0,
      end: (m.index ?? 0) + 2,
      type: 'PER' as const,
      entity: 'Xi Jinping',
    })),
    ...[...text.matchAll(/(?<!Vladimir )\bPutin\b/gu)].map((m) => ({
      text: 'Putin',
      start: m.index ?? 0,
      end: (m.index ?? 0) + 5,
      type: 'PER' as const,
      entity: 'Vladimir Putin',
    })),
  ];
  const qs = extractQuotes(text, mentions);

  it("attributes Xi's two direct quotes to Xi Jinping", () => {
    const d = direct(qs);
    expect(d).toHaveLength(2);
    expect(d.map((q) => q.speakerEntity)).toEqual(['Xi Jinping', 'Xi Jinping']);
    expect(d[0]?.text).toMatch(/^In the face of/);
    expect(d[1]?.text).toMatch(/^The political mutual trust/);
  });

  it("attributes Putin's reported speech to Vladimir Putin", () => {
    const putin = reported(qs).filter((q) => q.speakerEntity === 'Vladimir Putin');
    expect(putin.map((q) => q.text)).toEqual([
      'both countries have advanced the comprehensive strategic partnership to new heights',
      'looking ahead to 2025, he stands ready to maintain close communication with Xi',
    ]);
  });

  it('attributes the lead paraphrase with its partial quote to Xi Jinping, without the dateline', () => {
    const lead = reported(qs).find((q) => q.speakerEntity === 'Xi Jinping');
    expect(lead?.text).toMatch(/^China and Russia are moving forward along the "right path"/);
    expect(lead?.speaker).toBe('Chinese President Xi Jinping');
  });

  it('keeps every offset consistent with the text', () => {
    for (const q of qs) {
      expect(q.span[0]).toBeLessThan(q.span[1]);
      if (q.speakerSpan) expect(at(text, q.speakerSpan)).toBe(q.speaker);
      if (q.cueSpan) expect(at(text, q.cueSpan)).toBe(q.cue);
    }
  });
});

const SAMPLE = '/work/shared/samples/xinhua-2024-12-31-xi-putin.txt';

describe.skipIf(!existsSync(SAMPLE))('the Xinhua sample (read from the shared samples when present)', () => {
  const text = existsSync(SAMPLE) ? readFileSync(SAMPLE, 'utf8') : '';
  const person = (re: RegExp, entity: string): EntityMention[] =>
    [...text.matchAll(re)].map((m) => ({
      text: m[0],
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      type: 'PER' as const,
      entity,
    }));
  const mentions = [...person(/\bXi(?: Jinping)?\b/gu, 'Xi Jinping'), ...person(/\b(?:Vladimir )?Putin\b/gu, 'Vladimir Putin')];

  for (const [label, ms] of [
    ['with mentions', mentions],
    ['without mentions', []],
  ] as const) {
    it(`attributes Xi's two direct quotes to Xi Jinping and Putin's reported speech to Vladimir Putin (${label})`, () => {
      const qs = extractQuotes(text, [...ms]);
      const d = direct(qs);
      expect(d.map((q) => q.speakerEntity)).toEqual(['Xi Jinping', 'Xi Jinping']);
      expect(d[0]?.text).toMatch(/^In the face of the accelerated transformation/);
      expect(d[1]?.text).toMatch(/^The political mutual trust/);
      const putin = reported(qs)
        .filter((q) => q.speakerEntity === 'Vladimir Putin')
        .map((q) => q.text);
      expect(putin.some((t) => t.startsWith('both countries have advanced'))).toBe(true);
      expect(putin.some((t) => t.startsWith('looking ahead to 2025, he stands ready'))).toBe(true);
    });
  }
});
