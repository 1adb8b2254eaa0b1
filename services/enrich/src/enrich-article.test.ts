import { describe, expect, it } from 'vitest';
import { makeParsedArticle } from '@newswire/testing';
import { enrichArticle } from './enrich-article.js';

describe('enrichArticle', () => {
  const body =
    'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Friday. "Trade must never again be held hostage," Ruto said.\n\nHassan said both governments would clear the backlog of lorries by March 3.';

  it('fills every enrichment field from the body, with offsets into it', () => {
    const e = enrichArticle(makeParsedArticle({ body, paragraphs: body.split('\n\n'), publishedAt: '2025-02-14', fragments: [] }));
    expect(e.language?.code).toBe('en');
    const people = e.entities.filter((x) => x.type === 'PER');
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['William Ruto', 'Samia Suluhu Hassan']));
    for (const ent of e.entities) for (const [s, t] of ent.spans) expect(ent.aliases.concat(ent.name)).toContain(body.slice(s, t));
    expect(e.places.find((p) => p.name === 'Nairobi')?.countryCode).toBe('KE');
    expect(e.quotes.find((q) => q.direct)?.speakerEntity).toBe('William Ruto');
    expect(e.dates.map((d) => d.date)).toContain('2025-03-03');
    expect(e.summary.length).toBeGreaterThan(0);
    expect(e.wordCount).toBeGreaterThan(30);
    expect(e.simhash).toMatch(/^[0-9a-f]{16}$/);
    expect(e.related).toBeUndefined();
  });

  it('keeps what removed related headlines mention apart from the article itself', () => {
    const fragment = 'Ghana Police Arrest Two Suspects In Accra Bank Robbery.';
    const e = enrichArticle(
      makeParsedArticle({ body, paragraphs: body.split('\n\n'), fragments: [{ text: fragment, paragraph: 0, offset: 40, rule: 'test' }] }),
    );
    expect(e.related?.places.map((p) => p.countryCode)).toContain('GH');
    // Listed among the places too, marked as the headline's, not the story's: no body spans, never the focus.
    const own = e.places.filter((p) => p.via !== 'related');
    expect(own.map((p) => p.countryCode)).not.toContain('GH');
    const ghana = e.places.filter((p) => p.via === 'related' && p.countryCode === 'GH');
    expect(ghana.length).toBeGreaterThan(0);
    for (const p of ghana) expect(p).toMatchObject({ spans: [], focus: false });
  });

  it('does not list a related-headline place twice when the story names it itself', () => {
    const own = 'Police in Accra said on Monday that two men were arrested after the robbery of a bank in the city centre.';
    const e = enrichArticle(
      makeParsedArticle({
        body: own,
        paragraphs: [own],
        fragments: [{ text: 'Accra Bank Robbery Suspects Charged.', paragraph: 0, offset: 20, rule: 'test' }],
      }),
    );
    const accra = e.places.filter((p) => p.name === 'Accra');
    expect(accra).toHaveLength(1);
    expect(accra[0]?.via).not.toBe('related');
  });
});
