import type { Enrichment, ParsedArticle, Place } from '@newswire/contracts';
import { extractDates } from './dates/index.js';
import { extractEntities } from './entities/extract-entities.js';
import { resolvePlaces } from './geo/index.js';
import { extractKeywords } from './keywords/index.js';
import { detectLanguage } from './language/index.js';
import { extractQuotes } from './quotes/extract-quotes.js';
import { simhash64 } from './simhash/index.js';
import { textStats } from './stats/index.js';
import { summarize } from './summary/index.js';
import { splitSentences } from './text/tokenize.js';
import { scoreTone } from './tone/index.js';

/**
 * The enrich stage: everything newswire adds to a parsed article. Pure and synchronous; models and
 * lexicons are loaded once per process by the modules themselves. Offsets refer to `article.body`.
 */
export function enrichArticle(article: ParsedArticle): Enrichment {
  const text = article.body;
  // One sentence split (with tokens) shared by NER and the summary.
  const split = splitSentences(text);
  const { entities, mentions } = extractEntities(text, { title: article.title, split });
  const places = resolvePlaces({ text, mentions, dateline: article.dateline?.place ?? null });
  const quotes = extractQuotes(text, mentions);
  const stats = textStats(text);
  const related = enrichFragments(article);
  return {
    language: detectLanguage(article.title ? `${article.title}\n${text}` : text),
    entities,
    places: related ? [...places, ...relatedOnly(places, related.places)] : places,
    quotes,
    dates: extractDates(text, article.publishedAt),
    keywords: extractKeywords(text, { title: article.title }),
    summary: summarize(text, { title: article.title, split }),
    tone: scoreTone(text),
    wordCount: stats.wordCount,
    readingTimeMinutes: stats.readingTimeMinutes,
    simhash: simhash64(text),
    ...(related ? { related } : {}),
  };
}

/**
 * Places named only in the removed related headlines, listed after the article's own as `via: 'related'` (no body
 * spans, never the focus, half the confidence): the page pointed at them, so they are worth finding, but a query
 * for the story's own places filters them out by `via`.
 */
export function relatedOnly(own: readonly Place[], related: readonly Place[]): Place[] {
  const key = (p: Place): string => (p.geonameId != null ? `g${p.geonameId}` : `${p.countryCode ?? ''}|${p.name.toLowerCase()}`);
  const seen = new Set(own.map(key));
  const out: Place[] = [];
  for (const p of related) {
    if (seen.has(key(p))) continue;
    seen.add(key(p));
    out.push({ ...p, via: 'related', spans: [], focus: false, confidence: p.confidence / 2 });
  }
  return out;
}

/** Who and where the removed related headlines talk about: kept apart from the article's own (spans in the fragments). */
function enrichFragments(article: ParsedArticle): Enrichment['related'] {
  if (article.fragments.length === 0) return undefined;
  const text = article.fragments.map((f) => f.text).join('\n\n');
  const { entities, mentions } = extractEntities(text);
  return { entities, places: resolvePlaces({ text, mentions, dateline: null }) };
}
