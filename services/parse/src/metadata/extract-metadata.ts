import type { Provenance } from '@newswire/contracts';
import type { Document, Element } from 'domhandler';
import { blockText, findAll, findFirst, normalizeSpace, precedes, rawText, rawTextUpTo, textsAfter, textsBefore } from '../html/dom.js';
import { cleanAuthors, looksLikeUrl } from './authors.js';
import {
  chooseDate,
  dateFromUrl,
  localizeDate,
  offsetOf,
  parseDate,
  parseHumanDate,
  type DateCandidate,
  type VisibleDay,
} from './dates.js';
import { articleNode, jsonLdNodes, ldString, ldStrings, resolveRef, typesOf, type JsonObject } from './jsonld.js';
import { firstMeta, readHead, type MetaMap } from './meta-tags.js';
import { chooseTitle } from './title.js';

export interface ArticleMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  dateConflicts: { value: string; rule: string }[];
  canonicalUrl: string | null;
  siteName: string | null;
  language: string | null;
  section: string | null;
  tags: string[];
  image: string | null;
  description: string | null;
  /** schema.org articleBody, when the page declares one: a candidate for the main text. */
  jsonLdBody: string | null;
  /** DOM hints for the body extractor: the headline element and standfirst candidates. */
  hints: { headline: Element | null; dekEls: Element[] };
  provenance: Record<string, Provenance>;
}

export interface MetadataOptions {
  url?: string | null;
  /** Reference "now" for the not-in-the-future check. */
  now?: Date;
}

function resolveUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

function splitList(s: string): string[] {
  return s
    .split(/\s*[,;|]\s*/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0 && x.length < 80);
}

function uniq(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const k = x.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

/** People named in the schema.org author field (organisations only when no person is named). */
function jsonLdAuthors(node: JsonObject | null, nodes: readonly JsonObject[]): { people: string[]; orgs: string[] } {
  const people: string[] = [];
  const orgs: string[] = [];
  if (!node) return { people, orgs };
  const raw = resolveRef(node['author'] ?? node['creator'], nodes);
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  for (const a of list) {
    const r = resolveRef(a, nodes);
    if (typeof r === 'string') {
      if (!looksLikeUrl(r)) people.push(r);
      continue;
    }
    if (r && typeof r === 'object') {
      const o = r as JsonObject;
      const name = ldString(o['name']);
      if (!name || looksLikeUrl(name)) continue;
      if (typesOf(o).some((t) => /organi[sz]ation|corporation|newsmediaorganization/i.test(t))) orgs.push(name);
      else people.push(name);
    }
  }
  return { people, orgs };
}

/** Text of byline-looking elements ("By Jane Doe and John Roe"). */
function domBylines(els: readonly Element[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    const t = blockText(el);
    if (t.length > 2 && t.length < 160) out.push(t);
    if (out.length >= 6) break;
  }
  return out;
}

const TITLE_TAGS = new Set(['h2', 'h3', 'b', 'strong', 'font', 'span', 'div', 'p', 'td', 'header']);

/** The first element outside <head> whose whole text is the title (for pages whose headline is not an <h1>). */
function titleElement(doc: Document, title: string): Element | null {
  const body = findFirst(doc, (e) => e.name === 'body');
  if (!body) return null;
  let found: Element | null = null;
  // Raw text may carry extra whitespace around the title, so allow some slack before giving up on an element.
  const max = title.length * 2 + 40;
  findFirst(body, (e) => {
    if (!TITLE_TAGS.has(e.name)) return false;
    const raw = rawTextUpTo(e, max);
    if (raw !== null && normalizeSpace(raw) === title) {
      found = e;
      return true;
    }
    return false;
  });
  // The innermost element with that text (<td><font><b>Title</b></font></td> -> <b>).
  let el: Element | null = found;
  while (el) {
    const kids: Element[] = el.children.filter((c): c is Element => c.type === 'tag');
    const inner: Element | undefined = kids.length === 1 && normalizeSpace(rawText(kids[0]!)) === title ? kids[0] : undefined;
    if (!inner) break;
    el = inner;
  }
  return el;
}

/** A byline's lead-in word in the languages newswire reads ("By", "Von", "Par", "Por", "Di", "Door", "Av"). */
const BYLINE_LEAD = /^(?:by|von|par|por|di|door|av)\s+\p{Lu}/iu;

/**
 * Short lines right under the headline that open like a byline ("Von Anna Schmidt | 12.03.2024"), for pages that
 * mark their byline with no class or link: the part before the first "|", "·" or date.
 */
function leadInBylines(headline: Element | null): string[] {
  if (!headline) return [];
  for (const t of textsAfter(headline, 8)) {
    if (t.length > 120 || !BYLINE_LEAD.test(t)) continue;
    const part = t.split(/\s[|·•—–]\s|,?\s\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/u)[0]!.trim();
    // Only names after the lead-in: "By Tuesday the river rose" is a sentence, not a byline.
    const names = part.replace(/^\S+\s+/u, '').split(/\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b)\s*/u);
    const person = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|du|la|le))*\s+\p{Lu}[\p{L}'’.-]*$/u;
    return names.length > 0 && names.every((n) => person.test(n)) ? names : [];
  }
  return [];
}

/**
 * Names of links to author pages. Those after the headline come first: links before it are usually
 * menus, and related-story bylines further down name other people.
 */
function authorLinkNames(links: readonly Element[], headline: Element | null): string[] {
  const looksLikeName = (t: string): boolean => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(t);
  const texts = (els: readonly Element[]): string[] => els.map((e) => normalizeSpace(rawText(e))).filter(looksLikeName);
  const after = headline ? links.filter((l) => precedes(headline, l)) : [...links];
  const names = texts(after.slice(0, 3));
  return names.length > 0 ? names.slice(0, 1) : texts(links).slice(0, 1);
}

function metaDates(meta: MetaMap, keys: string[], rulePrefix: string, confidence: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const k of keys) {
    for (const v of meta.get(k) ?? []) {
      const d = parseDate(v);
      if (d) out.push({ value: d, rule: `${rulePrefix}${k}`, confidence });
    }
  }
  return out;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'og:article:published_time',
  'release_date',
  'created',
  'displaydate',
  'dc.created',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'modified_time',
  'datemodified',
  'article:modified',
  'last-modified',
  'dcterms.modified',
  'dc.date.modified',
  'lastmod',
  'parsely-updated',
  'og:article:modified_time',
  'revised',
];

function elementDate(el: Element): string | null {
  const v = el.attribs['datetime'] ?? el.attribs['content'] ?? el.attribs['data-datetime'] ?? el.attribs['title'];
  const d = v ? parseDate(v) : null;
  if (d) return d;
  const t = normalizeSpace(rawText(el));
  return t.length < 100 ? parseHumanDate(t) : null;
}

/**
 * The date printed in the article header: the first written date in the short lines right under the
 * headline, before the story text starts (a line of running text ends the header); failing that, a
 * date in the few lines right above the headline (rubric lines).
 */
export function headerDate(headline: Element): string | null {
  let first: string | null = null;
  let sinceFirst = 0;
  let prev = '';
  for (const t of textsAfter(headline, 40)) {
    if (t.length > 200) break;
    if (first && ++sinceFirst > 8) break;
    const d = t.length <= 120 ? parseHumanDate(t) : null;
    if (d) {
      // "Updated Dec 23 / Published Dec 22": a date labelled as the publication one wins over the first shown.
      const label = `${prev.length < 30 ? prev : ''} ${t}`;
      if (PUBLISHED_LABEL.test(label) && !UPDATED_LABEL.test(t)) return d.slice(0, 10);
      first ??= d.slice(0, 10);
    }
    prev = d ? '' : t;
  }
  if (first) return first;
  // Some layouts print the date in a rubric line just above the headline.
  for (const t of textsBefore(headline, 3)) {
    const d = t.length <= 80 ? parseHumanDate(t) : null;
    if (d) return d.slice(0, 10);
  }
  return null;
}

const PUBLISHED_LABEL = /\b(?:published|posted|first published|publié|veröffentlicht|publicado|pubblicato)\b/i;
const UPDATED_LABEL = /\b(?:updated|modified|mis à jour|aktualisiert|actualizado|aggiornato)\b/i;

/**
 * Arbitrates between the chosen publication date and the date the header shows. The shown date wins
 * when one of the page's machine-readable dates (published or modified) has the same day: the page then
 * presents that date as the article's date (evergreen pages re-dated on update show only the new one).
 * With no machine-readable date at all, the header date beats <time> elements elsewhere on the page
 * (related stories, comments). A shown date no markup backs is not trusted over markup.
 */
export function preferShownDate(
  chosen: string | null,
  shownDay: string,
  machine: readonly DateCandidate[],
): { value: string; rule: string } | null {
  if (chosen && chosen.slice(0, 10) === shownDay) return null;
  const backing = machine.find((c) => c.value.slice(0, 10) === shownDay);
  if (backing) return { value: backing.value, rule: `text.header-date+${backing.rule}` };
  if (machine.length === 0) return { value: shownDay, rule: 'text.header-date' };
  return null;
}

export function extractMetadata(doc: Document, opts: MetadataOptions = {}): ArticleMetadata {
  const head = readHead(doc);
  const { meta } = head;
  const nodes = jsonLdNodes(head.ldScripts);
  const art = articleNode(nodes);
  const provenance: Record<string, Provenance> = {};
  const set = (field: string, rule: string | null, confidence: number): void => {
    if (rule) provenance[field] = { rule, confidence };
  };
  const url = opts.url ?? null;

  // Site name first: title and author cleaning use it.
  let siteName: string | null = null;
  const publisher = art ? resolveRef(art['publisher'], nodes) : undefined;
  const ogSite = firstMeta(meta, 'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'al:ios:app_name');
  if (ogSite) {
    siteName = ogSite.value;
    set('siteName', `meta.${ogSite.key}`, 0.9);
  } else if (ldString(publisher)) {
    siteName = ldString(publisher);
    set('siteName', 'jsonld.publisher', 0.85);
  }

  // Title
  const h1s = head.h1s
    .map((e) => normalizeSpace(rawText(e)))
    .filter((t) => t.length > 0)
    .slice(0, 5);
  const title = chooseTitle({
    h1s,
    ogTitle: firstMeta(meta, 'og:title')?.value ?? null,
    twitterTitle: firstMeta(meta, 'twitter:title')?.value ?? null,
    // A headline cut with an ellipsis is a truncated copy, not a title.
    jsonLdHeadline: ((h) => (h && !/(?:\.\.\.|…)$/.test(h) ? h : null))(art ? (ldString(art['headline']) ?? ldString(art['name'])) : null),
    titleTag: head.titleTag,
    siteName,
    url,
  });
  set('title', title.rule, title.confidence);
  // The headline element: the <h1> carrying the title (a first <h1> can be the site logo); on pages without an <h1>
  // (older templates: <font><b>, <h2>, a styled <div>), the first short element whose text is the title.
  const headline =
    head.h1s.find((e) => normalizeSpace(rawText(e)) === title.value) ??
    head.h1s[0] ??
    (title.value ? titleElement(doc, title.value) : null);

  // Authors
  let authors: string[] = [];
  const ldAuth = jsonLdAuthors(art, nodes);
  const tryAuthors = (raws: string[], rule: string, confidence: number): boolean => {
    if (authors.length > 0 || raws.length === 0) return false;
    authors = cleanAuthors(raws, { siteName, publisher: ldString(publisher) });
    if (authors.length > 0) set('authors', rule, confidence);
    return authors.length > 0;
  };
  tryAuthors(ldAuth.people, 'jsonld.author', 0.9);
  const metaAuthorKeys = [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'dcterms.creator',
    'byl',
    'citation_author',
    'twitter:creator:name',
  ];
  for (const k of metaAuthorKeys) {
    const vals = (meta.get(k) ?? []).filter((v) => !looksLikeUrl(v));
    if (tryAuthors(vals, `meta.${k}`, 0.8)) break;
  }
  const itempropAuthors = (head.itemprops.get('author') ?? [])
    .map((el) => {
      const nameEl = findAll(el, (e) => e.attribs['itemprop'] === 'name')[0];
      const v = nameEl ? (nameEl.attribs['content'] ?? rawText(nameEl)) : (el.attribs['content'] ?? rawText(el));
      return normalizeSpace(v);
    })
    .filter((t) => t.length > 0 && t.length < 120);
  tryAuthors(itempropAuthors, 'microdata.author', 0.75);
  tryAuthors(head.relAuthors, 'dom.rel-author', 0.7);
  tryAuthors(domBylines(head.bylineEls), 'dom.byline', 0.6);
  tryAuthors(authorLinkNames(head.authorLinks, head.h1s[0] ?? null), 'dom.author-link', 0.5);
  tryAuthors(leadInBylines(headline), 'text.byline-near-headline', 0.45);
  tryAuthors(ldAuth.orgs, 'jsonld.author-organization', 0.5);

  // Dates
  const now = opts.now ?? new Date();
  const published: DateCandidate[] = [];
  const modified: DateCandidate[] = [];
  if (art) {
    const dp = ldString(art['datePublished']) ?? ldString(art['dateCreated']);
    const d = dp ? parseDate(dp) : null;
    if (d) published.push({ value: d, rule: 'jsonld.datePublished', confidence: 0.9 });
    const dm = ldString(art['dateModified']);
    const m = dm ? parseDate(dm) : null;
    if (m) modified.push({ value: m, rule: 'jsonld.dateModified', confidence: 0.9 });
  }
  published.push(...metaDates(meta, PUBLISHED_META, 'meta.', 0.85));
  // A video's uploadDate is the date of an embedded clip (often older than the story): below the page's own dates.
  const upload = art ? ldString(art['uploadDate']) : null;
  const uploadDay = upload ? parseDate(upload) : null;
  if (uploadDay) published.push({ value: uploadDay, rule: 'jsonld.uploadDate', confidence: 0.7 });
  modified.push(...metaDates(meta, MODIFIED_META, 'meta.', 0.85));
  for (const el of head.itemprops.get('datepublished') ?? []) {
    const d = elementDate(el);
    if (d) published.push({ value: d, rule: 'microdata.datePublished', confidence: 0.85 });
  }
  for (const el of head.itemprops.get('datemodified') ?? []) {
    const d = elementDate(el);
    if (d) modified.push({ value: d, rule: 'microdata.dateModified', confidence: 0.85 });
  }
  const urlDate = dateFromUrl(url) ?? dateFromUrl(head.canonical);
  if (urlDate) published.push({ value: urlDate, rule: 'url.path', confidence: 0.75 });
  // Candidates the page declares in markup (structured data, meta tags), as opposed to text or URL.
  const machine = [...published, ...modified].filter((c) => c.rule !== 'url.path');
  const times = head.times.slice(0, 10);
  // The URL day is what the publisher filed the story under: the strongest hint of its local day.
  const visibleDays: VisibleDay[] = urlDate ? [{ day: urlDate, instant: null }] : [];
  const shownDay = headline ? headerDate(headline) : null;
  if (shownDay) visibleDays.push({ day: shownDay, instant: null });
  const marked = (e: Element | null, re: RegExp): boolean => !!e && re.test(`${e.attribs['class'] ?? ''} ${e.attribs['id'] ?? ''}`);
  const pubTime = times.find(
    (t) =>
      t.attribs['pubdate'] !== undefined ||
      marked(t, /publish|posted|created/i) ||
      marked(t.parent as Element | null, /publish|posted|created|timestamp/i),
  );
  let timeAdded = false;
  for (const t of pubTime ? [pubTime, ...times] : times) {
    const text = normalizeSpace(rawText(t));
    const shown = text.length < 100 ? parseHumanDate(text) : null;
    const attr = t.attribs['datetime'];
    if (shown) visibleDays.push({ day: shown, instant: attr ? parseDate(attr) : null });
    const d = elementDate(t);
    if (d && !timeAdded) {
      // A publication <time> whose visible text shows the same day as its datetime is the byline's own date: it
      // outranks the URL's day (the day the story was filed, often the evening before).
      const bylineTime = t === pubTime && shown !== null && shown.slice(0, 10) === d.slice(0, 10);
      const cand = { value: d, rule: 'html.time', confidence: bylineTime ? 0.8 : 0.7 };
      const urlAt = bylineTime ? published.findIndex((c) => c.rule === 'url.path') : -1;
      if (urlAt >= 0) published.splice(urlAt, 0, cand);
      else published.push(cand);
      timeAdded = true;
    }
  }
  for (const el of head.dateEls) {
    const t = normalizeSpace(rawText(el));
    if (t.length > 200) continue;
    const d = parseHumanDate(t);
    if (d) {
      visibleDays.push({ day: d, instant: null });
      published.push({ value: d, rule: 'text.date', confidence: 0.55 });
      break;
    }
  }
  // Last resort: a date written in the lines right under the headline (bylines with no markup).
  if (published.length === 0 && headline) {
    for (const t of textsAfter(headline, 25)) {
      if (t.length > 80) continue;
      const d = parseHumanDate(t);
      if (d) {
        published.push({ value: d, rule: 'text.near-headline', confidence: 0.45 });
        visibleDays.push({ day: d, instant: null });
        break;
      }
    }
  }
  const pub = chooseDate(published, now);
  const header = shownDay ? preferShownDate(pub.value, shownDay, machine) : null;
  if (header && header.value !== pub.value) {
    pub.value = header.value;
    pub.rule = header.rule;
    pub.confidence = Math.max(pub.confidence, 0.75);
    pub.conflicts = chooseDate([{ value: header.value, rule: header.rule, confidence: 0.75 }, ...published], now).conflicts;
  }
  if (pub.value) {
    const offsets = [...published, ...modified].map((c) => offsetOf(c.value)).filter((o): o is string => o !== null);
    const local = localizeDate(pub.value, offsets, visibleDays);
    // The day the byline shows is the day readers see: an offset found elsewhere never moves the date off it.
    const movesOffShownDay = shownDay !== null && pub.value.slice(0, 10) === shownDay && local.value.slice(0, 10) !== shownDay;
    if (local.rule && !movesOffShownDay) {
      pub.value = local.value;
      pub.rule = `${pub.rule}+${local.rule}`;
    }
  }
  set('publishedAt', pub.rule, pub.confidence);
  const mod = chooseDate(modified, now);
  set('modifiedAt', mod.rule, mod.confidence);

  // Canonical URL
  let canonicalUrl: string | null = null;
  const canon =
    head.canonical ??
    firstMeta(meta, 'og:url')?.value ??
    (art ? (ldString(art['url'], 'url') ?? ldString(art['mainEntityOfPage'], 'url')) : null);
  canonicalUrl = resolveUrl(canon, url);
  if (canonicalUrl) set('canonicalUrl', head.canonical ? 'link.canonical' : firstMeta(meta, 'og:url') ? 'meta.og:url' : 'jsonld.url', 0.9);

  // Language
  let language: string | null = null;
  const langSrc: [string | null | undefined, string][] = [
    [head.htmlLang, 'html.lang'],
    [firstMeta(meta, 'content-language', 'language', 'dc.language')?.value, 'meta.content-language'],
    [art ? ldString(art['inLanguage']) : null, 'jsonld.inLanguage'],
    [firstMeta(meta, 'og:locale')?.value, 'meta.og:locale'],
  ];
  for (const [v, rule] of langSrc) {
    const m = v ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(v.trim()) : null;
    if (m) {
      language = m[1]!.toLowerCase();
      set('language', rule, rule === 'html.lang' ? 0.85 : 0.75);
      break;
    }
  }

  // Section, tags
  let section: string | null = null;
  const sec = firstMeta(meta, 'article:section', 'parsely-section', 'section', 'og:section', 'category');
  if (sec) {
    section = sec.value;
    set('section', `meta.${sec.key}`, 0.8);
  } else if (art && ldString(art['articleSection'])) {
    section = ldString(art['articleSection']);
    set('section', 'jsonld.articleSection', 0.8);
  }
  let tags: string[] = uniq((meta.get('article:tag') ?? []).flatMap(splitList));
  if (tags.length > 0) set('tags', 'meta.article:tag', 0.8);
  if (tags.length === 0 && art) {
    const kw = art['keywords'];
    tags = uniq(Array.isArray(kw) ? ldStrings(kw).flatMap(splitList) : typeof kw === 'string' ? splitList(kw) : []);
    if (tags.length > 0) set('tags', 'jsonld.keywords', 0.75);
  }
  if (tags.length === 0) {
    const k = firstMeta(meta, 'news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags');
    if (k) {
      tags = uniq(splitList(k.value));
      if (tags.length > 0) set('tags', `meta.${k.key}`, 0.6);
    }
  }
  tags = tags.slice(0, 30);

  // Image, description
  let image: string | null = null;
  const img = firstMeta(meta, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src');
  if (img) {
    image = resolveUrl(img.value, url);
    if (image) set('image', `meta.${img.key}`, 0.85);
  } else if (art && ldString(art['image'], 'url')) {
    image = resolveUrl(ldString(art['image'], 'url'), url);
    if (image) set('image', 'jsonld.image', 0.8);
  }
  let description: string | null = null;
  const desc = firstMeta(meta, 'og:description', 'description', 'twitter:description');
  if (desc) {
    description = desc.value;
    set('description', `meta.${desc.key}`, 0.85);
  } else if (art && ldString(art['description'])) {
    description = ldString(art['description']);
    set('description', 'jsonld.description', 0.8);
  }

  const body = art ? (ldString(art['articleBody']) ?? ldString(art['text'])) : null;
  return {
    title: title.value,
    authors,
    publishedAt: pub.value,
    modifiedAt: mod.value,
    dateConflicts: pub.conflicts,
    canonicalUrl,
    siteName,
    language,
    section,
    tags,
    image,
    description,
    jsonLdBody: body,
    hints: { headline, dekEls: head.dekEls },
    provenance,
  };
}
