import type { ParsedArticle } from '@newswire/contracts';
import type { Element } from 'domhandler';
import { extractContent } from './extract-content.js';
import { attr, findFirst, normalizeSpace, parseHtml, rawText } from './dom.js';

export interface ExtractHtmlOptions {
  url?: string | null;
}


/** Extracts the main article (paragraphs + metadata) from an HTML page. */
export function extractHtml(html: string, opts: ExtractHtmlOptions = {}): ParsedArticle {
  const doc = parseHtml(html);
  const meta = (key: string): string | null => {
    const el = findFirst(doc, (e) => e.name === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key));
    const v = el ? attr(el, 'content') : undefined;
    return v ? normalizeSpace(v) : null;
  };
  const titleEl = findFirst(doc, (e) => e.name === 'title');
  const title = meta('og:title') ?? (titleEl ? normalizeSpace(rawText(titleEl)) : null);
  const root = findFirst(doc, (e) => e.name === 'body') ?? findFirst(doc, (e) => e.name === 'html') ?? (doc as unknown as Element);
  const content = extractContent(root, title);
  const paragraphs = content.paragraphs;
  const htmlEl = findFirst(doc, (e) => e.name === 'html');
  return {
    format: 'html',
    title,
    body: paragraphs.join('\n\n'),
    paragraphs,
    authors: meta('author') ? [meta('author')!] : [],
    publishedAt: meta('article:published_time'),
    modifiedAt: meta('article:modified_time'),
    dateline: null,
    url: opts.url ?? null,
    canonicalUrl: null,
    siteName: meta('og:site_name'),
    language: htmlEl ? (attr(htmlEl, 'lang') ?? null) : null,
    section: meta('article:section'),
    tags: [],
    image: meta('og:image'),
    description: meta('og:description') ?? meta('description'),
    fragments: [],
    provenance: {},
  };
}

