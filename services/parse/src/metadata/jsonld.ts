import type { Document, Element } from 'domhandler';
import { findAll, rawText } from '../html/dom.js';

export type JsonObject = Record<string, unknown>;

/** schema.org types that describe the page's article. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
  'techarticle',
  'medicalscholarlyarticle',
  'satiricalarticle',
  'advertisercontentarticle',
  'review',
  'creativework',
  'webpage',
  'itempage',
  'medicalwebpage',
  'videoobject',
  'recipe',
  'howto',
  'qapage',
  'faqpage',
]);

/** Lower is better: a NewsArticle describes the story more precisely than the WebPage around it. */
function typeRank(types: string[]): number {
  let best = Infinity;
  for (const t of types) {
    const k = t.toLowerCase();
    if (!ARTICLE_TYPES.has(k)) continue;
    const r =
      k.endsWith('article') || k === 'blogposting' || k === 'liveblogposting' || k === 'report'
        ? 0
        : k.endsWith('posting') || k === 'review'
          ? 1
          : k === 'webpage' || k === 'itempage'
            ? 3
            : 2;
    best = Math.min(best, r);
  }
  return best;
}

export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.replace(/^.*[/#]/, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
  return [];
}

/** Parses JSON that sites emit with small defects (HTML comments, CDATA, raw control characters, trailing commas). */
export function parseLenientJson(text: string): unknown {
  let s = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  try {
    return JSON.parse(s);
  } catch {
    // eslint-disable-next-line no-control-regex
    s = s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(s);
    } catch {
      return undefined;
    }
  }
}

/** Every object in the page's JSON-LD blocks, flattening arrays, @graph and mainEntity. */
export function jsonLdNodes(source: Document | readonly Element[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as JsonObject;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o['mainEntity'] && typeof o['mainEntity'] === 'object') visit(o['mainEntity'], depth + 1);
  };
  const scripts = Array.isArray(source)
    ? (source as readonly Element[])
    : findAll(source as Document, (e) => e.name === 'script' && (e.attribs['type'] ?? '').toLowerCase().includes('ld+json'));
  for (const el of scripts) {
    // rawText skips script elements themselves, so read the script's own text children.
    visit(parseLenientJson(el.children.map((c) => rawText(c)).join('')), 0);
  }
  return out;
}

/** The JSON-LD object that best describes the article, or null. */
export function articleNode(nodes: readonly JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  for (const n of nodes) {
    let r = typeRank(typesOf(n));
    if (r === Infinity) continue;
    // Prefer the node that actually carries article fields.
    if (!n['headline'] && !n['datePublished'] && !n['articleBody']) r += 5;
    if (r < bestRank) {
      best = n;
      bestRank = r;
    }
  }
  return best;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/** Decodes the HTML entities some sites leave inside JSON-LD strings. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A string from a JSON-LD value that may be a string, an object with name/@value/url, or an array of those. */
export function ldString(v: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof v === 'string') return decodeEntities(v).trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = ldString(x, key);
      if (s) return s;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const o = v as JsonObject;
    const s = o[key] ?? o['@value'] ?? (key === 'url' ? (o['contentUrl'] ?? o['@id']) : o['headline']);
    return typeof s === 'string' ? decodeEntities(s).trim() || null : null;
  }
  return null;
}

/** All strings of a JSON-LD value (array or single). */
export function ldStrings(v: unknown, key: 'name' | 'url' = 'name'): string[] {
  if (Array.isArray(v)) return v.map((x) => ldString(x, key)).filter((x): x is string => x !== null);
  const s = ldString(v, key);
  return s ? [s] : [];
}

/** Resolves `{"@id": ...}` references against the other nodes of the page. */
export function resolveRef(v: unknown, nodes: readonly JsonObject[]): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveRef(x, nodes));
  if (v && typeof v === 'object') {
    const o = v as JsonObject;
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length === 1)
      return nodes.find((n) => n !== o && n['@id'] === id && Object.keys(n).length > 1) ?? v;
  }
  return v;
}
