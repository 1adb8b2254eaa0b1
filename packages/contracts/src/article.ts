import { z } from 'zod';

/**
 * Where a field's value came from: the rule that produced it and how sure it is.
 * Rules are short dotted names ("jsonld.headline", "meta.og:title", "text.first-line").
 */
export const provenanceSchema = z.object({
  rule: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const inputFormatSchema = z.enum(['text', 'html', 'json', 'markdown', 'feed']);
export type InputFormat = z.infer<typeof inputFormatSchema>;

/** A related-headline / teaser fragment cut out of a paragraph; `offset` is where it stood in the original paragraph. */
export const removedFragmentSchema = z.object({
  text: z.string(),
  paragraph: z.number().int().min(0),
  offset: z.number().int().min(0),
  rule: z.string(),
});
export type RemovedFragment = z.infer<typeof removedFragmentSchema>;

export const datelineSchema = z.object({
  raw: z.string(),
  place: z.string().nullable(),
  /** YYYY-MM-DD when the dateline carries a date (year from the header / publication date when missing). */
  date: z.string().nullable(),
  agency: z.string().nullable().optional(),
});
export type Dateline = z.infer<typeof datelineSchema>;

/** A candidate value from one source, kept when sources disagree. */
export const dateCandidateSchema = z.object({
  value: z.string(),
  rule: z.string(),
});

/** What the parse stage passes on: one article. Text offsets elsewhere refer to `body`. */
export const parsedArticleSchema = z.object({
  format: inputFormatSchema,
  title: z.string().nullable(),
  body: z.string(),
  paragraphs: z.array(z.string()),
  authors: z.array(z.string()),
  /** ISO 8601: YYYY-MM-DD or a full timestamp. */
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  /** Dates from different sources that disagree with the chosen one. */
  dateConflicts: z.array(dateCandidateSchema).optional(),
  dateline: datelineSchema.nullable(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  siteName: z.string().nullable(),
  language: z.string().nullable(),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  image: z.string().nullable(),
  description: z.string().nullable(),
  fragments: z.array(removedFragmentSchema),
  /** Field name -> the rule that produced it. */
  provenance: z.record(z.string(), provenanceSchema),
  warnings: z.array(z.string()).optional(),
});
export type ParsedArticle = z.infer<typeof parsedArticleSchema>;

/** A blank article of the given format; parsers fill in what they find. */
export function emptyParsedArticle(format: InputFormat): ParsedArticle {
  return {
    format,
    title: null,
    body: '',
    paragraphs: [],
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    dateline: null,
    url: null,
    canonicalUrl: null,
    siteName: null,
    language: null,
    section: null,
    tags: [],
    image: null,
    description: null,
    fragments: [],
    provenance: {},
  };
}

/** A feed item that has only a link: the pipeline fetches it as a new item. */
export const discoveredLinkSchema = z.object({
  url: z.string(),
  title: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
});
export type DiscoveredLink = z.infer<typeof discoveredLinkSchema>;

export const parseResultSchema = z.object({
  articles: z.array(parsedArticleSchema),
  links: z.array(discoveredLinkSchema),
});
export type ParseResult = z.infer<typeof parseResultSchema>;

// ---------------------------------------------------------------- enrichment

export const entityTypeSchema = z.enum(['PER', 'ORG', 'LOC', 'MISC']);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** `[start, end)` UTF-16 offsets into the article body. */
export const spanSchema = z.tuple([z.number().int(), z.number().int()]);
export type Span = z.infer<typeof spanSchema>;

export const entitySchema = z.object({
  /** Canonical name: the longest full form seen in the article ("Xi Jinping" for "Xi"). */
  name: z.string(),
  type: entityTypeSchema,
  mentions: z.number().int().min(1),
  /** 0..1, how central the entity is to the article (position, frequency, title). */
  salience: z.number().min(0).max(1),
  aliases: z.array(z.string()),
  spans: z.array(spanSchema),
});
export type Entity = z.infer<typeof entitySchema>;

export const placeSchema = z.object({
  name: z.string(),
  /** ISO 3166-1 alpha-2. */
  countryCode: z.string().length(2).nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geonameId: z.number().int().nullable().optional(),
  featureClass: z.string().nullable().optional(),
  population: z.number().nullable().optional(),
  mentions: z.number().int().min(1),
  spans: z.array(spanSchema),
  /**
   * How the place was found: a LOC entity, a demonym ("Chinese"), the dateline, or only inside a related-headline
   * fragment cut from the body (`related`: the page pointed at it, the story itself does not name it; `spans` is
   * empty and `enrichment.related` holds the fragment spans). Filter on `via` to keep the story's own places.
   */
  via: z.enum(['entity', 'demonym', 'dateline', 'related']),
  /** The article's focus location (the dateline place, or the most salient one). */
  focus: z.boolean(),
  confidence: z.number().min(0).max(1),
});
export type Place = z.infer<typeof placeSchema>;

export const quoteSchema = z.object({
  text: z.string(),
  span: spanSchema,
  direct: z.boolean(),
  /** The speaker as written ("Xi", "he", "the ministry"). */
  speaker: z.string().nullable(),
  speakerSpan: spanSchema.nullable(),
  /** Canonical entity name the speaker resolves to. */
  speakerEntity: z.string().nullable(),
  cue: z.string().nullable(),
  cueSpan: spanSchema.nullable(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const mentionedDateSchema = z.object({
  text: z.string(),
  span: spanSchema,
  /** YYYY-MM-DD (or YYYY-MM / YYYY for coarser mentions). */
  date: z.string(),
  granularity: z.enum(['day', 'month', 'year']),
});
export type MentionedDate = z.infer<typeof mentionedDateSchema>;

export const keywordSchema = z.object({ term: z.string(), score: z.number() });
export type Keyword = z.infer<typeof keywordSchema>;

export const toneSchema = z.object({
  /** Normalised sentiment in [-1, 1]. */
  score: z.number(),
  positive: z.number(),
  negative: z.number(),
  method: z.string(),
});
export type Tone = z.infer<typeof toneSchema>;

export const enrichmentSchema = z.object({
  language: z.object({ code: z.string(), confidence: z.number() }).nullable(),
  entities: z.array(entitySchema),
  places: z.array(placeSchema),
  quotes: z.array(quoteSchema),
  dates: z.array(mentionedDateSchema),
  keywords: z.array(keywordSchema),
  summary: z.array(z.string()),
  tone: toneSchema.nullable(),
  wordCount: z.number().int().min(0),
  readingTimeMinutes: z.number().min(0),
  /** 64-bit simhash as 16 lowercase hex digits. */
  simhash: z.string().regex(/^[0-9a-f]{16}$/),
  /**
   * Entities and places named in the related-headline fragments cut from the body (other stories the
   * page linked to), kept apart from the article's own. Spans refer to the fragments joined by "\n\n".
   */
  related: z.object({ entities: z.array(entitySchema), places: z.array(placeSchema) }).optional(),
});
export type Enrichment = z.infer<typeof enrichmentSchema>;

export const enrichedArticleSchema = parsedArticleSchema.extend({ enrichment: enrichmentSchema });
export type EnrichedArticle = z.infer<typeof enrichedArticleSchema>;
