import { emptyParsedArticle, type EnrichedArticle, type ParsedArticle } from '@newswire/contracts';

/** A minimal valid parsed article; override what a test cares about. */
export function makeParsedArticle(over: Partial<ParsedArticle> = {}): ParsedArticle {
  const body = over.body ?? 'Officials in Lisbon said on Monday that the harbour bridge will reopen next week after repairs.';
  return {
    ...emptyParsedArticle('text'),
    title: 'Harbour bridge to reopen',
    body,
    paragraphs: [body],
    publishedAt: '2025-03-03',
    dateline: { raw: 'LISBON, March 3 --', place: 'Lisbon', date: '2025-03-03', agency: null },
    language: 'en',
    provenance: { title: { rule: 'test', confidence: 1 } },
    ...over,
  };
}

export function makeEnrichedArticle(over: Partial<EnrichedArticle> = {}): EnrichedArticle {
  const base = makeParsedArticle(over);
  return {
    ...base,
    enrichment: {
      language: { code: 'en', confidence: 0.99 },
      entities: [{ name: 'Lisbon', type: 'LOC', mentions: 1, salience: 0.8, aliases: [], spans: [[12, 18]] }],
      places: [
        {
          name: 'Lisbon',
          countryCode: 'PT',
          lat: 38.72,
          lon: -9.14,
          geonameId: 2267057,
          mentions: 1,
          spans: [[12, 18]],
          via: 'entity',
          focus: true,
          confidence: 0.9,
        },
      ],
      quotes: [],
      dates: [],
      keywords: [{ term: 'harbour bridge', score: 1 }],
      summary: [base.body],
      tone: { score: 0.1, positive: 1, negative: 0, method: 'test' },
      wordCount: 17,
      readingTimeMinutes: 0.1,
      simhash: 'ffffffffffffffff',
    },
    ...('enrichment' in over && over.enrichment ? { enrichment: over.enrichment } : {}),
  };
}
