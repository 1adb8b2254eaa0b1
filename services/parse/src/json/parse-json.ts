import type { DiscoveredLink, ParsedArticle, ParseResult } from '@newswire/contracts';
import { ParseError } from '../detect/parse-error.js';
import { fillBody, hasWords } from '../text/body.js';
import { countWords, emptyArticle, normalizeSpace, prov, splitAuthors, uniq } from '../text/common.js';
import { parseDateValue } from '../text/dates.js';
import { htmlFragmentParagraphs, looksLikeHtmlFragment } from '../text/html-fragment.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const TITLE_KEYS = ['headline', 'title', 'name', 'heading'];
const BODY_KEYS = [
  'articleBody',
  'article_body',
  'body',
  'content',
  'content_html',
  'contentHtml',
  'content_text',
  'text',
  'fullText',
  'full_text',
  'html',
  'story',
  'bodyText',
  'body_html',
  'bodyHtml',
  'description_html',
];
const AUTHOR_KEYS = ['authors', 'author', 'byline', 'creator', 'creators', 'writer', 'writers', 'by'];
const DATE_KEYS = [
  'datePublished',
  'publishedAt',
  'published_at',
  'published',
  'date_published',
  'pubDate',
  'pub_date',
  'publishDate',
  'publish_date',
  'publicationDate',
  'firstPublished',
  'date',
  'created',
  'createdAt',
  'created_at',
  'time',
  'timestamp',
];
const MODIFIED_KEYS = [
  'dateModified',
  'modifiedAt',
  'modified_at',
  'modified',
  'date_modified',
  'updated',
  'updatedAt',
  'updated_at',
  'lastModified',
];
const URL_KEYS = [
  'url',
  'link',
  'href',
  'webUrl',
  'web_url',
  'permalink',
  'canonical_url',
  'canonicalUrl',
  'external_url',
  'mainEntityOfPage',
  '@id',
  'id',
];
const LANG_KEYS = ['language', 'lang', 'inLanguage', 'locale'];
const TAG_KEYS = ['tags', 'keywords', 'categories', 'subjects', 'topics', 'labels'];
const DESC_KEYS = ['description', 'summary', 'abstract', 'excerpt', 'dek', 'subtitle', 'standfirst', 'lede', 'teaser'];
const IMAGE_KEYS = [
  'image',
  'image_url',
  'imageUrl',
  'thumbnail',
  'thumbnailUrl',
  'featured_image',
  'featuredImage',
  'banner_image',
  'top_image',
  'urlToImage',
];
const SECTION_KEYS = ['articleSection', 'section', 'sectionName', 'section_name', 'category'];
const SITE_KEYS = ['siteName', 'site_name', 'publisher', 'source', 'site'];
const CONTAINER_KEYS = [
  'article',
  'data',
  'item',
  'post',
  'story',
  'result',
  'results',
  'items',
  'articles',
  'entries',
  'docs',
  'hits',
  'posts',
  'stories',
  'response',
  '@graph',
  'value',
  'records',
  'documents',
  '_source',
];

/** Parses JSON articles: one object, `{article: {...}}`-style wrappers, arrays, JSON Lines, JSON-LD and JSON Feed. */
export function parseJson(text: string, opts: { url?: string | null } = {}): ParseResult {
  const roots = parseRoots(text);
  const candidates: Obj[] = [];
  for (const r of roots) collect(r, candidates, 0);
  const articles: ParsedArticle[] = [];
  const links: DiscoveredLink[] = [];
  for (const c of candidates) {
    const a = toArticle(c, roots.length === 1 && candidates.length === 1 ? opts.url : null);
    if (a && hasWords(a)) articles.push(a);
    else {
      const url = firstUrl(c);
      if (url) links.push({ url, title: str(pick(c, TITLE_KEYS)), publishedAt: parseDateValue(dateVal(pick(c, DATE_KEYS))) });
    }
  }
  if (articles.length === 0 && links.length === 0) {
    throw new ParseError(
      'JSON_NO_ARTICLE',
      'The JSON has no article fields: expected an object with a body (articleBody/body/text/content) or a title and url, possibly wrapped in {article: ...} or an array.',
    );
  }
  return { articles, links };
}

function parseRoots(text: string): unknown[] {
  const t = text.replace(/^\uFEFF/, '').trim();
  try {
    return [JSON.parse(t) as unknown];
  } catch {
    const lines = t.split(/\r?\n/).filter((l) => l.trim());
    try {
      return lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      throw new ParseError(
        'JSON_INVALID',
        'The document is not valid JSON or JSON Lines: check the file, or send it with a text/plain media type.',
      );
    }
  }
}

function isArticleLike(o: Obj): boolean {
  const type = o['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /(?:Article|Posting|Report|Blog|NewsArticle)$/.test(t))) return true;
  const body = bodyOf(o);
  if (body && countWords(body) >= 5) return true;
  return str(pick(o, TITLE_KEYS)) !== null && firstUrl(o) !== null && !CONTAINER_KEYS.some((k) => Array.isArray(o[k]));
}

function collect(v: unknown, out: Obj[], depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  if (isArticleLike(v)) {
    out.push(v);
    return;
  }
  for (const k of CONTAINER_KEYS) if (k in v) collect(v[k], out, depth + 1);
}

function pick(o: Obj, keys: string[]): unknown {
  for (const k of keys) {
    const v = o[k];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  // Case-insensitive fallback ("Title", "Body").
  const lower = new Map(Object.keys(o).map((k) => [k.toLowerCase(), k]));
  for (const k of keys) {
    const real = lower.get(k.toLowerCase());
    const v = real !== undefined ? o[real] : undefined;
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/** A string from a string, `{rendered}`/`{text}`/`{value}`/`{name}`, or the first of an array. */
function str(v: unknown): string | null {
  if (typeof v === 'string')
    return (
      normalizeSpace(looksLikeHtmlFragment(v) || /&(?:#\d+|#x[\da-f]+|\w+);/i.test(v) ? htmlFragmentParagraphs(v).join(' ') : v) || null
    );
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length ? str(v[0]) : null;
  if (isObj(v)) return str(v.rendered ?? v.text ?? v.value ?? v.name ?? v['@value'] ?? v.title);
  return null;
}

function bodyOf(o: Obj): string | null {
  for (const k of BODY_KEYS) {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (isObj(v)) {
      const inner = v.rendered ?? v.html ?? v.text ?? v.value;
      if (typeof inner === 'string' && inner.trim()) return inner;
    }
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length) return v.join('\n\n');
  }
  return null;
}

function dateVal(v: unknown): string | number | null {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (isObj(v)) return dateVal(v.value ?? v['@value'] ?? v.date);
  return null;
}

function urlLike(v: unknown): string | null {
  if (typeof v === 'string' && /^https?:\/\/\S+$/i.test(v.trim())) return v.trim();
  if (isObj(v)) return urlLike(v['@id'] ?? v.url ?? v.href);
  if (Array.isArray(v)) return urlLike(v[0]);
  return null;
}

function firstUrl(o: Obj): string | null {
  for (const k of URL_KEYS) {
    const u = urlLike(o[k]);
    if (u) return u;
  }
  return null;
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return splitAuthors(v);
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObj(v)) {
    const n = v.name ?? v.displayName ?? v.display_name ?? v.fullName ?? v.title;
    if (typeof n === 'string') return [normalizeSpace(n)].filter(Boolean);
    const first = v.firstName ?? v.first_name ?? v.givenName;
    const last = v.lastName ?? v.last_name ?? v.familyName;
    if (typeof first === 'string' || typeof last === 'string') return [normalizeSpace(`${first ?? ''} ${last ?? ''}`)];
  }
  return [];
}

function tagList(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,;|]/).map(normalizeSpace).filter(Boolean);
  if (Array.isArray(v))
    return v
      .flatMap((x) =>
        typeof x === 'string' ? [normalizeSpace(x)] : isObj(x) ? tagList(x.name ?? x.term ?? x.label ?? x.title ?? x.value) : [],
      )
      .filter(Boolean);
  if (isObj(v)) return tagList(v.name ?? v.term ?? v.label);
  return [];
}

function imageOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.length ? imageOf(v[0]) : null;
  if (isObj(v)) return imageOf(v.url ?? v.contentUrl ?? v.src ?? v.href ?? v['@id']);
  return null;
}

function toArticle(o: Obj, inputUrl: string | null | undefined): ParsedArticle | null {
  const a = emptyArticle('json');
  const body = bodyOf(o);
  // News APIs often send a clipped body ("... [+2345 chars]"): the page itself has to be fetched.
  if (!body || /\[\+\d+ chars\]\s*$/.test(body)) return null;
  const fieldRule = (field: string, keys: string[]): string => {
    const k = keys.find((key) => o[key] !== undefined && o[key] !== null && o[key] !== '') ?? keys[0] ?? field;
    return `json.${k}`;
  };
  a.title = str(pick(o, TITLE_KEYS));
  if (a.title) a.provenance.title = prov(fieldRule('title', TITLE_KEYS), 0.95);
  const authors = uniq(names(pick(o, AUTHOR_KEYS)));
  if (authors.length) {
    a.authors = authors;
    a.provenance.authors = prov(fieldRule('authors', AUTHOR_KEYS), 0.9);
  }
  a.publishedAt = parseDateValue(dateVal(pick(o, DATE_KEYS)));
  if (a.publishedAt) a.provenance.publishedAt = prov(fieldRule('publishedAt', DATE_KEYS), 0.95);
  a.modifiedAt = parseDateValue(dateVal(pick(o, MODIFIED_KEYS)));
  if (a.modifiedAt) a.provenance.modifiedAt = prov(fieldRule('modifiedAt', MODIFIED_KEYS), 0.9);
  a.url = firstUrl(o) ?? inputUrl ?? null;
  if (a.url) a.provenance.url = prov(firstUrl(o) ? fieldRule('url', URL_KEYS) : 'input.url', 0.95);
  const lang = str(pick(o, LANG_KEYS));
  if (lang) {
    a.language = lang.toLowerCase().replace('_', '-');
    a.provenance.language = prov(fieldRule('language', LANG_KEYS), 0.9);
  }
  a.tags = uniq(tagList(pick(o, TAG_KEYS)));
  if (a.tags.length) a.provenance.tags = prov(fieldRule('tags', TAG_KEYS), 0.9);
  a.description = str(pick(o, DESC_KEYS));
  if (a.description) a.provenance.description = prov(fieldRule('description', DESC_KEYS), 0.9);
  a.image = imageOf(pick(o, IMAGE_KEYS));
  if (a.image) a.provenance.image = prov(fieldRule('image', IMAGE_KEYS), 0.9);
  a.section = str(pick(o, SECTION_KEYS));
  if (a.section) a.provenance.section = prov(fieldRule('section', SECTION_KEYS), 0.8);
  a.siteName = str(pick(o, SITE_KEYS));
  if (a.siteName) a.provenance.siteName = prov(fieldRule('siteName', SITE_KEYS), 0.8);
  fillBody(a, body, fieldRule('body', BODY_KEYS), { url: a.url });
  return a;
}
