import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/tokenize.js';
import { summarize } from './summarize.js';

const TITLE = 'City approves budget that shifts money to buses and schools';
const TEXT = `City approves budget that shifts money to buses and schools

The city council on Tuesday approved a budget that moves money from road building to buses and schools. The vote was 7 to 2.
The budget raises spending on buses by a fifth and hires 120 teachers for the city schools next year, the council said.
Photo: council chamber
Council member Ana Ruiz, who voted against it, said the budget cuts road repairs that suburban drivers rely on every day.
The weather was mild and several residents watched the session from the gallery while eating sandwiches.
Supporters said more buses and better schools would draw families back to the city budget's core areas.`;

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

describe('summarize', () => {
  const summary = summarize(TEXT, { title: TITLE });

  it('returns 3 sentences by default, each verbatim from the text', () => {
    expect(summary).toHaveLength(3);
    for (const s of summary) expect(TEXT).toContain(s);
  });

  it('keeps document order', () => {
    const positions = summary.map((s) => TEXT.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prefers the lead and central sentences, skipping the repeated title, captions and fragments', () => {
    expect(summary[0]).toBe('The city council on Tuesday approved a budget that moves money from road building to buses and schools.');
    expect(summary).not.toContain(TITLE);
    expect(summary).not.toContain('The vote was 7 to 2.');
    expect(summary.some((s) => s.startsWith('Photo'))).toBe(false);
    expect(summary.some((s) => s.startsWith('The weather'))).toBe(false);
  });

  it('accepts the sentences when the caller has split them already', () => {
    expect(summarize(TEXT, { title: TITLE, split: splitSentences(TEXT) })).toEqual(summary);
  });

  it('honours the sentence count', () => {
    expect(summarize(TEXT, { title: TITLE, sentences: 2 })).toHaveLength(2);
    expect(summarize(TEXT, { sentences: 0 })).toEqual([]);
  });

  it('returns what there is for short texts and nothing for empty ones', () => {
    expect(summarize('')).toEqual([]);
    expect(summarize('Only one sentence here, and it is short.')).toEqual(['Only one sentence here, and it is short.']);
    const two = 'The first sentence is about the storm that hit the coast. The second sentence is about the damage it did.';
    expect(summarize(two)).toEqual(sentences(two));
  });

  it('skips near-duplicate sentences', () => {
    const text =
      'The storm hit the coast on Monday and flooded hundreds of homes in the region. ' +
      'The storm hit the coast on Monday and flooded hundreds of homes, officials said. ' +
      'Rescue teams used boats to reach families trapped on the roofs of their houses. ' +
      'The state opened shelters in three schools for people who lost their homes.';
    const got = summarize(text, { sentences: 2 });
    expect(got).toHaveLength(2);
    expect(got.filter((s) => s.startsWith('The storm hit'))).toHaveLength(1);
  });
});
