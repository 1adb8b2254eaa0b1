import type { Document, Element } from 'domhandler';
import { findAll, normalizeSpace, rawText } from '../html/dom.js';

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
}

export function readHead(doc: Document): PageHead {
  const meta: MetaMap = new Map();
  const itemprops = new Map<string, Element[]>();
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  let titleTag: string | null = null;
  const relAuthors: string[] = [];
  const add = (key: string, value: string): void => {
    const k = key.toLowerCase().trim();
    const list = meta.get(k);
    if (list) list.push(value);
    else meta.set(k, [value]);
  };
  for (const el of findAll(doc, (e) => e.name === 'meta' || e.name === 'link' || e.name === 'title' || e.name === 'html' || e.attribs['itemprop'] !== undefined || e.attribs['rel'] === 'author')) {
    const a = el.attribs;
    if (el.name === 'meta') {
      const content = a['content'];
      if (content === undefined) continue;
      const v = normalizeSpace(content);
      if (!v) continue;
      for (const key of [a['property'], a['name'], a['itemprop'], a['http-equiv']]) if (key) for (const k of key.split(/\s+/)) add(k, v);
      continue;
    }
    if (el.name === 'link') {
      const rel = (a['rel'] ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('canonical') && a['href'] && !canonical) canonical = a['href'].trim();
      continue;
    }
    if (el.name === 'title') {
      if (titleTag === null) titleTag = normalizeSpace(rawText(el)) || null;
      continue;
    }
    if (el.name === 'html') {
      if (htmlLang === null && a['lang']) htmlLang = a['lang'].trim() || null;
      if (htmlLang === null && a['xml:lang']) htmlLang = a['xml:lang'].trim() || null;
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
  }
  return { meta, canonical, htmlLang, titleTag, itemprops, relAuthors };
}

/** First non-empty value of the first key present. */
export function firstMeta(meta: MetaMap, ...keys: string[]): { value: string; key: string } | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v && v[0]) return { value: v[0], key: k };
  }
  return null;
}
