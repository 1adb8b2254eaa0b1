import type { Document, Element } from 'domhandler';
import type { AnyNode } from 'domhandler';
import { isElement, normalizeSpace, rawText } from '../html/dom.js';
import { classTokens } from '../html/vocabulary.js';

/** `<meta>` values keyed by lower-cased name / property / itemprop, in document order. */
export type MetaMap = Map<string, string[]>;

export interface PageHead {
  meta: MetaMap;
  canonical: string | null;
  htmlLang: string | null;
  titleTag: string | null;
  /** Elements with an itemprop (outside <meta>), keyed by lower-cased itemprop. */
  itemprops: Map<string, Element[]>;
  /** `<a rel="author">` / `<link rel="author">` texts. */
  relAuthors: string[];
  h1s: Element[];
  ldScripts: Element[];
  times: Element[];
  /** Elements whose class/id names a byline or author, in document order. */
  bylineEls: Element[];
  /** Elements whose class/id names a date, in document order. */
  dateEls: Element[];
  /** Standfirst candidates: class/id naming a dek / summary, or itemprop description. */
  dekEls: Element[];
  /** Links to an author page (/author/jane-doe, /writers/..., /bios/...), in document order. */
  authorLinks: Element[];
}

const AUTHOR_HREF = /\/(?:authors?|writers?|bios?|profiles?|staff|contributors?|columnists?|journalists?|reporters?|by)\/[^/?#]+/i;

const DEK_TOKENS = new Set([
  'standfirst',
  'dek',
  'subheadline',
  'subhead',
  'subtitle',
  'strapline',
  'summary',
  'description',
  'excerpt',
  'deck',
  'lede',
  'abstract',
  'intro',
  'teaser',
]);

const BYLINE_TOKENS = new Set([
  'byline',
  'bylines',
  'author',
  'authors',
  'authorname',
  'writer',
  'contributor',
  'contributors',
  'creditline',
]);
const DATE_TOKENS = new Set([
  'date',
  'dateline',
  'time',
  'timestamp',
  'published',
  'pubdate',
  'publishdate',
  'posted',
  'postdate',
  'meta',
  'byline',
  'entrydate',
  'datetime',
]);

/** One pass over the page collecting everything the metadata rules read. */
export function readHead(doc: Document): PageHead {
  const meta: MetaMap = new Map();
  const itemprops = new Map<string, Element[]>();
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  let titleTag: string | null = null;
  const relAuthors: string[] = [];
  const h1s: Element[] = [];
  const ldScripts: Element[] = [];
  const times: Element[] = [];
  const bylineEls: Element[] = [];
  const dateEls: Element[] = [];
  const dekEls: Element[] = [];
  const authorLinks: Element[] = [];
  const add = (key: string, value: string): void => {
    const k = key.toLowerCase().trim();
    const list = meta.get(k);
    if (list) list.push(value);
    else meta.set(k, [value]);
  };
  const visit = (el: Element): boolean => {
    const a = el.attribs;
    switch (el.name) {
      case 'meta': {
        const content = a['content'];
        if (content === undefined) return false;
        const v = normalizeSpace(content);
        if (!v) return false;
        for (const key of [a['property'], a['name'], a['itemprop'], a['http-equiv']]) if (key) for (const k of key.split(/\s+/)) add(k, v);
        return false;
      }
      case 'link': {
        const rel = (a['rel'] ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical') && a['href'] && !canonical) canonical = a['href'].trim();
        return false;
      }
      case 'title':
        if (titleTag === null) titleTag = normalizeSpace(rawText(el)) || null;
        return false;
      case 'script':
        if ((a['type'] ?? '').toLowerCase().includes('ld+json')) ldScripts.push(el);
        return false;
      case 'style':
      case 'svg':
        return false;
      case 'html':
        if (htmlLang === null && a['lang']) htmlLang = a['lang'].trim() || null;
        if (htmlLang === null && a['xml:lang']) htmlLang = a['xml:lang'].trim() || null;
        break;
      case 'h1':
        h1s.push(el);
        break;
      case 'time':
        times.push(el);
        break;
      case 'a':
        if (authorLinks.length < 12 && a['href'] && AUTHOR_HREF.test(a['href'])) authorLinks.push(el);
        break;
    }
    if (a['rel'] === 'author' && el.name === 'a') {
      const t = normalizeSpace(rawText(el));
      if (t) relAuthors.push(t);
    }
    const ip = a['itemprop'];
    if (ip) {
      for (const k of ip.toLowerCase().split(/\s+/)) {
        const list = itemprops.get(k);
        if (list) list.push(el);
        else itemprops.set(k, [el]);
      }
    }
    if (a['class'] || a['id']) {
      const tokens = classTokens(`${a['class'] ?? ''} ${a['id'] ?? ''}`);
      if (bylineEls.length < 12 && (a['rel'] === 'author' || tokens.some((t) => BYLINE_TOKENS.has(t)))) bylineEls.push(el);
      if (dateEls.length < 20 && tokens.some((t) => DATE_TOKENS.has(t))) dateEls.push(el);
      if (dekEls.length < 12 && tokens.some((t) => DEK_TOKENS.has(t))) dekEls.push(el);
    } else if (ip === 'description' || ip === 'alternativeHeadline') {
      if (dekEls.length < 12) dekEls.push(el);
    } else if (a['rel'] === 'author' && bylineEls.length < 12) bylineEls.push(el);
    return true;
  };
  // Iterative pre-order walk (pages can nest thousands deep); `visit` says whether to descend.
  const stack: AnyNode[] = [...(doc.children as AnyNode[])].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n) || !visit(n)) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return { meta, canonical, htmlLang, titleTag, itemprops, relAuthors, h1s, ldScripts, times, bylineEls, dateEls, dekEls, authorLinks };
}

/** First non-empty value of the first key present. */
export function firstMeta(meta: MetaMap, ...keys: string[]): { value: string; key: string } | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v && v[0]) return { value: v[0], key: k };
  }
  return null;
}
