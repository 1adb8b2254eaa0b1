import { existsSync, readFileSync } from 'node:fs';
import { parsedArticleSchema } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../detect/parse-error.js';
import { restoreFragments } from './fragments.js';
import { parseText } from './parse-text.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const SAMPLE = new URL('../../../../../shared/samples/xinhua-2024-12-31-xi-putin.txt', import.meta.url);

describe('parseText', () => {
  it('parses an inline header, a dateline with agency and a year from the header, and removes fragments', () => {
    const a = parseText(fixture('wire-inline-header.txt'));
    expect(parsedArticleSchema.parse(a)).toBeTruthy();
    expect(a.publishedAt).toBe('2025-01-02');
    expect(a.provenance.publishedAt?.rule).toBe('header.date');
    expect(a.dateline).toEqual({ raw: 'New Delhi, Dec. 31 (IANS):', place: 'New Delhi', date: '2024-12-31', agency: 'IANS' });
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[0]).toMatch(/^India and Japan agreed on Tuesday/);
    expect(a.fragments.map((f) => [f.text, f.paragraph])).toEqual([
      ['Floods Kill 12 in Southern Brazil as Rivers Burst Their Banks.', 1],
      ['Oil Prices Climb After OPEC+ Signals Deeper Output Cuts.', 2],
    ]);
    expect(a.body).not.toContain('Floods Kill');
    expect(a.body).not.toContain('Oil Prices');
    expect(a.paragraphs[1]).toBe(
      'Officials said the two sides would set up a working group on critical minerals early next year. The group is expected to report to the leaders before their annual summit.',
    );
    expect(restoreFragments(a.paragraphs, a.fragments).join(' ')).toContain('next year. Floods Kill 12');
    expect(a.title).toMatch(/^India and Japan agreed/);
    expect(a.provenance.title).toEqual({ rule: 'text.first-sentence', confidence: 0.3 });
  });

  it('takes a first-line title and a byline, rejoins hard-wrapped lines', () => {
    const a = parseText(fixture('wire-hard-wrapped.txt'));
    expect(a.title).toBe('Storms Knock Out Power to Thousands Across Georgia');
    expect(a.provenance.title?.rule).toBe('text.first-line');
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.provenance.authors?.rule).toBe('text.byline');
    expect(a.dateline).toEqual({ raw: 'ATLANTA (AP) —', place: 'Atlanta', date: null, agency: 'AP' });
    expect(a.publishedAt).toBeNull();
    expect(a.paragraphs).toEqual([
      'Powerful storms swept across Georgia overnight, knocking out power to tens of thousands of homes and businesses and toppling trees onto roads, utility officials said Wednesday.',
      'Crews worked through the night to restore service, and by morning about half of the affected customers had their lights back on.',
      'The National Weather Service said more storms were possible later in the week as a cold front moves through the region.',
    ]);
    expect(a.fragments).toEqual([]);
  });

  it('reads a header block: title, authors, date, source, url, tags', () => {
    const a = parseText(fixture('header-block.txt'));
    expect(a.title).toBe('Central Bank Holds Rates Steady');
    expect(a.provenance.title?.rule).toBe('text.header.title');
    expect(a.authors).toEqual(['Maria Garcia', 'Tom Lee']);
    expect(a.publishedAt).toBe('2024-03-05');
    expect(a.siteName).toBe('Example Wire');
    expect(a.url).toBe('https://news.example.com/business/rates-steady');
    expect(a.tags).toEqual(['economy', 'central bank', 'inflation']);
    expect(a.dateline).toEqual({ raw: 'LONDON, March 5 (Reuters) -', place: 'London', date: '2024-03-05', agency: 'Reuters' });
    expect(a.paragraphs[0]).toMatch(/^The central bank kept/);
  });

  it('takes publishedAt from a dateline with a year when there is no header date', () => {
    const a = parseText('RIO DE JANEIRO, March 3, 2023 (Reuters) - Brazil’s central bank held rates.\n\nAnalysts expected the move.');
    expect(a.publishedAt).toBe('2023-03-03');
    expect(a.provenance.publishedAt?.rule).toBe('text.dateline.date');
  });

  it('finds the dateline behind a headline fragment glued to the top', () => {
    const a = parseText(
      "date 2025-01-02\n\nOil Prices Climb After OPEC+ Signals Deeper Output Cuts. BEIJING, Jan. 2 (Xinhua) -- China's exports rose in December, customs data showed.\n\nImports fell slightly.",
    );
    expect(a.dateline).toEqual({ raw: 'BEIJING, Jan. 2 (Xinhua) --', place: 'Beijing', date: '2025-01-02', agency: 'Xinhua' });
    expect(a.paragraphs[0]).toBe("China's exports rose in December, customs data showed.");
    expect(a.fragments).toEqual([
      { text: 'Oil Prices Climb After OPEC+ Signals Deeper Output Cuts.', paragraph: 0, offset: 0, rule: 'text.fragment.title-case' },
    ]);
  });

  it('drops the header title when the body repeats it as its first line', () => {
    const a = parseText(
      'title Storms Hit Georgia\n\nStorms Hit Georgia\n\nATLANTA (AP) — Storms hit Georgia overnight.\n\nCrews worked through the night.',
    );
    expect(a.title).toBe('Storms Hit Georgia');
    expect(a.paragraphs).toEqual(['Storms hit Georgia overnight.', 'Crews worked through the night.']);
  });

  it('reads a dateline on a line of its own', () => {
    const a = parseText(
      'BEIJING, Dec. 31 (Xinhua) --\nChinese President Xi Jinping sent a New Year message on Tuesday.\nPutin replied the same day.',
      {},
    );
    expect(a.dateline?.raw).toBe('BEIJING, Dec. 31 (Xinhua) --');
    expect(a.title).not.toBe('BEIJING, Dec. 31 (Xinhua) --');
    expect(a.paragraphs[0]).toBe('Chinese President Xi Jinping sent a New Year message on Tuesday.');
  });

  it('records a dateline date more than a day away from the header date as a conflict', () => {
    const a = parseText('date 2024-12-31\n\nBEIJING, Dec. 20 (Xinhua) -- The talks ended.');
    expect(a.publishedAt).toBe('2024-12-31');
    expect(a.dateConflicts).toEqual([{ value: '2024-12-20', rule: 'text.dateline.date' }]);
    expect(parseText('date 2025-01-01\n\nBEIJING, Dec. 31 (Xinhua) -- The talks ended.').dateConflicts).toBeUndefined();
  });

  it('takes a sentence-case first line right before the dateline as the title', () => {
    const a = parseText(
      'Xi, Putin exchange New Year greetings.\n\nBEIJING, Dec. 31 (Xinhua) -- The two leaders exchanged messages on Tuesday.\n\nMore text.',
    );
    expect(a.title).toBe('Xi, Putin exchange New Year greetings');
    expect(a.provenance.title?.rule).toBe('text.first-line');
    expect(a.dateline?.place).toBe('Beijing');
    expect(a.paragraphs[0]).toBe('The two leaders exchanged messages on Tuesday.');
  });

  it('reads bylines with initials and agency credits, not prose that starts with "By"', () => {
    expect(parseText('By John F. Roe and Ana de la Cruz, Reuters\n\nThe talks ended.').authors).toEqual(['John F. Roe', 'Ana de la Cruz']);
    const prose = parseText('Title Line Here\n\nBy Monday, officials had left the city.\n\nThe talks ended.');
    expect(prose.authors).toEqual([]);
    expect(prose.paragraphs[0]).toBe('By Monday, officials had left the city.');
  });

  it('uses the input url when the text has none', () => {
    expect(parseText('Some words of a story here.', { url: 'https://x.example/a' }).url).toBe('https://x.example/a');
  });

  it('refuses empty text and text without words', () => {
    expect(() => parseText('  \n\t ')).toThrow(ParseError);
    try {
      parseText('*** 123 --- 456 ***');
      expect.unreachable();
    } catch (e) {
      expect((e as ParseError).code).toBe('NO_WORDS');
    }
  });

  it.runIf(existsSync(SAMPLE))('parses the Xinhua sample: date, dateline, fragments out, paragraphs intact', () => {
    const a = parseText(readFileSync(SAMPLE, 'utf8'));
    expect(a.publishedAt).toBe('2024-12-31');
    expect(a.dateline?.place).toBe('Beijing');
    expect(a.dateline?.date).toBe('2024-12-31');
    expect(a.fragments.map((f) => f.text)).toEqual([
      'Russia Fourth-largest Economy Globally After China, US, India: Vladimir Putin.',
      'Taiwan Accuses China, Russia of Heightening Regional Tensions.',
    ]);
    expect(a.body).not.toContain('Fourth-largest');
    expect(a.body).not.toContain('Taiwan Accuses');
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs[0]).toMatch(/^China and Russia are moving forward/);
    expect(a.paragraphs[1]).toMatch(/to new heights\.$/);
    expect(a.paragraphs[3]).toMatch(/issues of common concern\.$/);
    expect(a.paragraphs[2]).toMatch(/^The mutually beneficial cooperation/);
  });
});
