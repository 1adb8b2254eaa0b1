import type { DiscoveredLink, ParsedArticle, ParseResult } from '@newswire/contracts';
import type { AnyNode, Element } from 'domhandler';
import { getInnerHTML, textContent } from 'domutils';
import { parseDocument as parseDom } from 'htmlparser2';
import { ParseError } from '../detect/parse-error.js';
import { fillBody } from '../text/body.js';
import { countWords, emptyArticle, normalizeSpace, prov, splitAuthors, uniq } from '../text/common.js';
import { parseDateValue } from '../text/dates.js';
import { htmlFragmentParagraphs, looksLikeHtmlFragment } from '../text/html-fragment.js';

/** Items whose content has at least this many words become articles; shorter ones are links to fetch. */
export const FULL_CONTENT_MIN_WORDS = 80;

const isEl = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const children = (el: Element): Element[] => el.children.filter(isEl);
const lname = (el: Element): string => el.name.toLowerCase();

function descendants(nodes: AnyNode[], pred: (e: Element) => boolean, out: Element[] = [], stopAtMatch = true): Element[] {
  for (const n of nodes) {
    if (!isEl(n)) continue;
    if (pred(n)) {
      out.push(n);
      if (stopAtMatch) continue;
    }
    descendants(n.children, pred, out, stopAtMatch);
  }
  return out;
}

/** Text of an element: CDATA and entities decoded; markup children (unescaped HTML) kept as HTML. */
function rawValue(el: Element): string {
  const hasTags = el.children.some(isEl);
  return hasTags ? getInnerHTML(el, { xmlMode: false, decodeEntities: true }) : textContent(el);
}

function plain(el: Element | undefined): string | null {
  if (!el) return null;
  const v = rawValue(el);
  const t = looksLikeHtmlFragment(v) ? htmlFragmentParagraphs(v).join(' ') : v;
  return normalizeSpace(t) || null;
}

const child = (el: Element, ...names: string[]): Element | undefined => children(el).find((c) => names.includes(lname(c)));
const childrenNamed = (el: Element, ...names: string[]): Element[] => children(el).filter((c) => names.includes(lname(c)));

/** Parses RSS 2.0 / RSS 1.0 (RDF) / Atom: full items become articles, the rest links to fetch. */
export function parseFeed(xml: string, opts: { url?: string | null } = {}): ParseResult {
  const doc = parseDom(xml, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
  const root = descendants(doc.children, (e) => ['rss', 'feed', 'rdf:rdf', 'rdf'].includes(lname(e)))[0];
  if (!root)
    throw new ParseError(
      'FEED_INVALID',
      'The XML is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root): send a feed or an HTML page.',
    );
  const isAtom = lname(root) === 'feed';
  const channel = isAtom ? root : (child(root, 'channel') ?? root);
  const siteName = plain(child(channel, 'title'));
  const language = plain(child(channel, 'language', 'dc:language')) ?? root.attribs['xml:lang'] ?? null;
  const feedAuthors = isAtom
    ? childrenNamed(channel, 'author')
        .map((a) => plain(child(a, 'name')))
        .filter((x): x is string => !!x)
    : [];
  const items = descendants(root.children, (e) => (isAtom ? lname(e) === 'entry' : lname(e) === 'item'));
  if (items.length === 0)
    throw new ParseError('FEED_EMPTY', 'The feed has no items: nothing to parse; check the feed URL or try again later.');
  const articles: ParsedArticle[] = [];
  const links: DiscoveredLink[] = [];
  for (const item of items) {
    const r = isAtom ? atomItem(item, feedAuthors) : rssItem(item);
    const words = r.content ? countWords(looksLikeHtmlFragment(r.content) ? htmlFragmentParagraphs(r.content).join(' ') : r.content) : 0;
    // Without a link there is nothing to fetch, so whatever text the item has is the article.
    if (r.content && (words >= FULL_CONTENT_MIN_WORDS || (!r.link && words > 0))) {
      const a = emptyArticle('feed');
      a.title = r.title;
      a.url = r.link;
      a.authors = uniq(r.authors);
      a.publishedAt = r.published;
      a.modifiedAt = r.updated;
      a.tags = uniq(r.tags);
      a.image = r.image;
      a.description = r.description;
      a.siteName = siteName;
      a.language = r.language ?? (language ? language.toLowerCase() : null);
      const fields: Array<[keyof ParsedArticle, unknown, string]> = [
        ['title', a.title, 'feed.item.title'],
        ['url', a.url, 'feed.item.link'],
        ['authors', a.authors.length ? a.authors : null, r.authorRule],
        ['publishedAt', a.publishedAt, r.dateRule],
        ['modifiedAt', a.modifiedAt, 'feed.item.updated'],
        ['tags', a.tags.length ? a.tags : null, 'feed.item.category'],
        ['image', a.image, 'feed.item.media'],
        ['description', a.description, 'feed.item.description'],
        ['siteName', a.siteName, 'feed.channel.title'],
        ['language', a.language, 'feed.language'],
      ];
      for (const [f, v, rule] of fields) if (v) a.provenance[f] = prov(rule, 0.9);
      fillBody(a, r.content, r.contentRule, { url: a.url });
      if (a.body) {
        articles.push(a);
        continue;
      }
    }
    const url = r.link ?? opts.url ?? null;
    if (r.link && url) links.push({ url, title: r.title, publishedAt: r.published });
  }
  if (articles.length === 0 && links.length === 0) {
    throw new ParseError('FEED_EMPTY', 'The feed items have neither links nor text: nothing to fetch or parse; check the feed source.');
  }
  return { articles, links };
}

interface ItemFields {
  title: string | null;
  link: string | null;
  authors: string[];
  authorRule: string;
  published: string | null;
  dateRule: string;
  updated: string | null;
  tags: string[];
  image: string | null;
  description: string | null;
  content: string | null;
  contentRule: string;
  language: string | null;
}

function mediaImage(item: Element): string | null {
  for (const c of children(item)) {
    const n = lname(c);
    if (n === 'media:thumbnail' && c.attribs.url) return c.attribs.url;
    if (
      n === 'media:content' &&
      c.attribs.url &&
      (/image/.test(c.attribs.type ?? '') || c.attribs.medium === 'image' || /\.(?:jpe?g|png|gif|webp)(?:\?|$)/i.test(c.attribs.url))
    )
      return c.attribs.url;
    if (n === 'media:group') {
      const inner = mediaImage(c);
      if (inner) return inner;
    }
    if (n === 'enclosure' && c.attribs.url && /image/.test(c.attribs.type ?? '')) return c.attribs.url;
    if (n === 'link' && c.attribs.rel === 'enclosure' && /image/.test(c.attribs.type ?? '') && c.attribs.href) return c.attribs.href;
  }
  return null;
}

function rssItem(item: Element): ItemFields {
  const creators = childrenNamed(item, 'dc:creator', 'author', 'itunes:author').flatMap((c) => {
    const v = plain(c) ?? '';
    // RSS <author> is "email (Name)"; keep the name.
    const named = /^\S+@\S+\s*\(([^)]+)\)$/.exec(v);
    if (named) return [normalizeSpace(named[1] ?? '')];
    if (/^\S+@\S+$/.test(v)) return [];
    return splitAuthors(v);
  });
  const dateEl = child(item, 'pubdate') ?? child(item, 'pubDate') ?? child(item, 'dc:date') ?? child(item, 'published');
  const guid = child(item, 'guid');
  const guidUrl = guid && guid.attribs.isPermaLink !== 'false' ? plain(guid) : null;
  const link =
    plain(child(item, 'feedburner:origLink')) ??
    plain(child(item, 'link')) ??
    (guidUrl && /^https?:\/\//.test(guidUrl) ? guidUrl : null) ??
    item.attribs['rdf:about'] ??
    null;
  const encoded = child(item, 'content:encoded');
  const descEl = child(item, 'description');
  const content = encoded ? rawValue(encoded) : descEl ? rawValue(descEl) : null;
  return {
    title: plain(child(item, 'title')),
    link,
    authors: creators,
    authorRule: child(item, 'dc:creator') ? 'feed.item.dc:creator' : 'feed.item.author',
    published: parseDateValue(dateEl ? plain(dateEl) : null),
    dateRule: dateEl ? `feed.item.${lname(dateEl)}` : 'feed.item.pubDate',
    updated: parseDateValue(plain(child(item, 'atom:updated', 'dc:modified'))),
    tags: childrenNamed(item, 'category', 'dc:subject')
      .map((c) => plain(c))
      .filter((x): x is string => !!x),
    image: mediaImage(item),
    description: encoded && descEl ? plain(descEl) : null,
    content,
    contentRule: encoded ? 'feed.item.content:encoded' : 'feed.item.description',
    language: null,
  };
}

function atomItem(entry: Element, feedAuthors: string[]): ItemFields {
  const linkEls = childrenNamed(entry, 'link');
  const alt = linkEls.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate') ?? linkEls[0];
  const authors = childrenNamed(entry, 'author')
    .map((a) => plain(child(a, 'name')) ?? plain(a))
    .filter((x): x is string => !!x);
  const contentEl = child(entry, 'content');
  const summaryEl = child(entry, 'summary');
  const contentOf = (el: Element | undefined): string | null => {
    if (!el) return null;
    if (el.attribs.src) return null;
    return rawValue(el);
  };
  const content = contentOf(contentEl) ?? contentOf(summaryEl);
  const published = child(entry, 'published') ?? child(entry, 'issued');
  const updated = child(entry, 'updated') ?? child(entry, 'modified');
  return {
    title: plain(child(entry, 'title')),
    link: alt?.attribs.href ?? null,
    authors: authors.length ? authors : feedAuthors,
    authorRule: authors.length ? 'feed.entry.author' : 'feed.author',
    published: parseDateValue(plain(published ?? updated)),
    dateRule: published ? 'feed.entry.published' : 'feed.entry.updated',
    updated: parseDateValue(plain(updated)),
    tags: childrenNamed(entry, 'category')
      .map((c) => c.attribs.label ?? c.attribs.term ?? plain(c))
      .filter((x): x is string => !!x)
      .map(normalizeSpace),
    image: mediaImage(entry),
    description: contentEl && summaryEl ? plain(summaryEl) : null,
    content,
    contentRule: contentOf(contentEl) ? 'feed.entry.content' : 'feed.entry.summary',
    language: entry.attribs['xml:lang'] ?? null,
  };
}
