import type { ParsedArticle } from '@newswire/contracts';
import type { Element } from 'domhandler';
import { attr, findAll, findFirst, normalizeSpace, parseHtml, rawText } from './dom.js';

export interface ExtractHtmlOptions {
  url?: string | null;
}

const DROP = new Set(['script', 'style', 'noscript', 'nav', 'footer', 'aside', 'form', 'figure', 'svg', 'iframe', 'template']);

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
  const ps = findAll(doc, (e) => e.name === 'p').filter((p) => !hasDroppedAncestor(p));
  const byParent = new Map<Element, number>();
  for (const p of ps) {
    const parent = p.parent as Element | null;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + normalizeSpace(rawText(p)).length);
  }
  let best: Element | null = null;
  let bestLen = 0;
  for (const [el, len] of byParent) if (len > bestLen) { best = el; bestLen = len; }
  const paragraphs = best
    ? ps.filter((p) => p.parent === best).map((p) => normalizeSpace(rawText(p))).filter((t) => t.length > 0)
    : [];
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

function hasDroppedAncestor(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ('name' in p && DROP.has((p as Element).name)) return true;
  return false;
}
