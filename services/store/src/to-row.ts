import { createHash } from 'node:crypto';
import { normalizeUrl, type EnrichedArticle } from '@newswire/contracts';
import type { StoreArticleInput } from '@newswire/db';

/** Identity of an article's content: title and body with whitespace and case folded, so re-encoding or
 * re-wrapping the same story does not make a new article. */
export function contentHash(article: Pick<EnrichedArticle, 'title' | 'body'>): string {
  const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(`${norm(article.title ?? '')}\n${norm(article.body)}`)
    .digest('hex');
}

/** 16 hex digits -> signed 64-bit decimal string (Postgres bigint). */
export function simhashToBigint(hex: string): string {
  return BigInt.asIntN(64, BigInt(`0x${hex}`)).toString();
}

function toTimestamp(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Maps an enriched article to the rows the store writes. Pure. */
export function toStoreInput(intakeId: string, docSha256: string, a: EnrichedArticle): StoreArticleInput {
  const e = a.enrichment;
  const publishedAt = toTimestamp(a.publishedAt);
  return {
    article: {
      content_hash: contentHash(a),
      normalized_url: normalizeUrl(a.canonicalUrl ?? a.url),
      intake_id: intakeId,
      raw_sha256: docSha256,
      format: a.format,
      url: a.url,
      canonical_url: a.canonicalUrl,
      title: a.title,
      body: a.body,
      paragraphs: JSON.stringify(a.paragraphs),
      authors: a.authors,
      published_at: publishedAt,
      published_date: a.publishedAt ? a.publishedAt.slice(0, 10) : null,
      modified_at: toTimestamp(a.modifiedAt),
      date_conflicts: a.dateConflicts && a.dateConflicts.length > 0 ? JSON.stringify(a.dateConflicts) : null,
      dateline: a.dateline ? JSON.stringify(a.dateline) : null,
      dateline_place: a.dateline?.place ?? null,
      site_name: a.siteName,
      language: e.language?.code ?? a.language,
      section: a.section,
      tags: a.tags,
      image: a.image,
      description: a.description,
      fragments: JSON.stringify(a.fragments),
      provenance: JSON.stringify(a.provenance),
      keywords: JSON.stringify(e.keywords),
      summary: e.summary,
      tone_score: e.tone?.score ?? null,
      tone: e.tone ? JSON.stringify(e.tone) : null,
      word_count: e.wordCount,
      reading_time_minutes: e.readingTimeMinutes,
      simhash: simhashToBigint(e.simhash),
      quotes: JSON.stringify(e.quotes),
      mentioned_dates: JSON.stringify(e.dates),
      enrichment: JSON.stringify({ language: e.language, warnings: a.warnings ?? [], related: e.related ?? null }),
    },
    entities: e.entities.map((x) => ({ name: x.name, type: x.type, mentions: x.mentions, salience: x.salience, aliases: x.aliases })),
    places: e.places.map((p) => ({
      name: p.name,
      countryCode: p.countryCode,
      lat: p.lat,
      lon: p.lon,
      geonameId: p.geonameId ?? null,
      mentions: p.mentions,
      via: p.via,
      focus: p.focus,
    })),
  };
}
