import type { ParsedArticle } from '@newswire/contracts';
import { extractMetadata } from '../metadata/extract-metadata.js';
import { findFirst, parseHtml } from './dom.js';
import { extractContent } from './extract-content.js';
import { embeddedBodyParagraphs } from './embedded-body.js';
import { reconcileWithJsonLd, wordsOf } from './json-ld-body.js';
import { findStandfirst } from './standfirst.js';
import { extractDateline } from '../text/dateline.js';

export interface ExtractHtmlOptions {
  /** Where the page was fetched from: resolves relative URLs and supplies a URL date. */
  url?: string | null;
  /** Reference time for the "not in the future" date check (tests). */
  now?: Date;
}

/** Extracts the main article (paragraphs + metadata with provenance) from an HTML page. */
export function extractHtml(html: string, opts: ExtractHtmlOptions = {}): ParsedArticle {
  let doc = parseHtml(html);
  // Fragments and plain text have no <body>: give them one so every page has a single element root.
  if (!findFirst(doc, (e) => e.name === 'body')) doc = parseHtml(`<body>${html}</body>`);
  const meta = extractMetadata(doc, { url: opts.url ?? null, ...(opts.now ? { now: opts.now } : {}) });
  const root = findFirst(doc, (e) => e.name === 'body')!;
  const content = extractContent(root, meta.title);
  const body: { paragraphs: string[]; rule: string } = reconcileWithJsonLd(content.paragraphs, meta.jsonLdBody, content.kinds);
  // A script-rendered page with no story in its HTML may carry it in its page state (Next.js, Nuxt, …).
  if (wordsOf(body.paragraphs.join(' ')).length < 30) {
    const embedded = embeddedBodyParagraphs(doc);
    if (embedded.length > 0) {
      body.paragraphs = embedded;
      body.rule = 'embedded-json.body';
    }
  }
  const paragraphs = body.paragraphs;
  if (content.container) {
    const dek = findStandfirst({
      candidates: meta.hints.dekEls,
      headline: meta.hints.headline,
      container: content.container,
      body: paragraphs,
      description: meta.description,
    });
    paragraphs.unshift(...dek);
  }
  const provenance = { ...meta.provenance };
  if (paragraphs.length > 0) {
    provenance['body'] =
      body.rule === 'dom'
        ? { rule: content.rule, confidence: content.confidence }
        : { rule: body.rule, confidence: body.rule === 'jsonld.articleBody' ? 0.75 : body.rule === 'embedded-json.body' ? 0.6 : 0.9 };
  }
  // The dateline stays in the body (it is part of the printed text); it is reported separately.
  const first = paragraphs[0];
  const dl = first ? extractDateline(first, meta.publishedAt ? meta.publishedAt.slice(0, 10) : null) : null;
  if (dl) provenance['dateline'] = { rule: 'text.first-paragraph', confidence: 0.8 };
  const warnings: string[] = [];
  if (paragraphs.length === 0) warnings.push('no main text found');
  return {
    format: 'html',
    title: meta.title,
    body: paragraphs.join('\n\n'),
    paragraphs,
    authors: meta.authors,
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    ...(meta.dateConflicts.length > 0 ? { dateConflicts: meta.dateConflicts } : {}),
    dateline: dl ? dl.dateline : null,
    url: opts.url ?? null,
    canonicalUrl: meta.canonicalUrl,
    siteName: meta.siteName,
    language: meta.language,
    section: meta.section,
    tags: meta.tags,
    image: meta.image,
    description: meta.description,
    fragments: [],
    provenance,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
