import type { ParsedArticle } from '@newswire/contracts';
import { ParseError } from '../detect/parse-error.js';
import { fillBody, hasWords } from '../text/body.js';
import { bylineNames, emptyArticle, normalizeSpace, prov, splitAuthors, uniq } from '../text/common.js';
import { parseDateValue } from '../text/dates.js';
import { htmlFragmentParagraphs } from '../text/html-fragment.js';

export interface FrontMatter {
  [key: string]: string | string[];
}

/** YAML-ish front matter: `key: value`, quoted values, `[a, b]` and `- item` lists. Not full YAML. */
export function parseFrontMatter(text: string): { data: FrontMatter; rest: string } {
  const t = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/.exec(t);
  if (!m) return { data: {}, rest: t };
  const data: FrontMatter = {};
  let listKey: string | null = null;
  for (const line of (m[2] ?? '').split('\n')) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey) {
      const cur = data[listKey];
      const v = unquote(item[1] ?? '');
      // "- name: Jane" inside an authors list.
      const named = /^name\s*:\s*(.+)$/.exec(v);
      data[listKey] = [...(Array.isArray(cur) ? cur : cur ? [cur] : []), unquote(named ? (named[1] ?? '') : v)];
      continue;
    }
    const kv = /^([A-Za-z_][\w.-]*)\s*[:=]\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = (kv[1] ?? '').toLowerCase();
    const raw = (kv[2] ?? '').trim();
    if (!raw) {
      listKey = key;
      data[key] = [];
      continue;
    }
    listKey = null;
    const arr = /^\[(.*)\]$/.exec(raw);
    data[key] = arr ? (arr[1] ?? '').split(',').map(unquote).filter(Boolean) : unquote(raw);
  }
  return { data, rest: t.slice(m[0].length) };
}

function unquote(s: string): string {
  const t = s.trim();
  const q = /^(["'])([\s\S]*)\1$/.exec(t);
  return q ? (q[2] ?? '').replace(/\\"/g, '"') : t.replace(/\s+#.*$/, '');
}

const first = (d: FrontMatter, keys: string[]): { key: string; value: string | string[] } | null => {
  for (const k of keys) {
    const v = d[k];
    if (v !== undefined && (Array.isArray(v) ? v.length > 0 : v !== '')) return { key: k, value: v };
  }
  return null;
};
const one = (v: string | string[]): string => (Array.isArray(v) ? (v[0] ?? '') : v);

/** Parses a Markdown article: front matter, `# Title`, paragraphs with the markup stripped. */
export function parseMarkdown(text: string, opts: { url?: string | null } = {}): ParsedArticle {
  const a = emptyArticle('markdown');
  const { data, rest } = parseFrontMatter(text);
  const fm = (field: keyof ParsedArticle, keys: string[]): { key: string; value: string | string[] } | null => {
    const f = first(data, keys);
    if (f) a.provenance[field] = prov(`markdown.front-matter.${f.key}`, 0.95);
    return f;
  };
  const title = fm('title', ['title', 'headline']);
  if (title) a.title = normalizeSpace(one(title.value));
  const date = fm('publishedAt', ['date', 'published', 'publishdate', 'pubdate', 'published_at', 'publishedat', 'created']);
  if (date) a.publishedAt = parseDateValue(one(date.value));
  if (!a.publishedAt) delete a.provenance.publishedAt;
  const mod = fm('modifiedAt', ['lastmod', 'updated', 'modified', 'updated_at']);
  if (mod) a.modifiedAt = parseDateValue(one(mod.value));
  const au = fm('authors', ['authors', 'author', 'byline', 'by']);
  if (au) a.authors = uniq((Array.isArray(au.value) ? au.value : [au.value]).flatMap((x) => splitAuthors(x)));
  const tags = fm('tags', ['tags', 'keywords', 'categories', 'topics']);
  if (tags) a.tags = uniq((Array.isArray(tags.value) ? tags.value : tags.value.split(',')).map(normalizeSpace).filter(Boolean));
  const url = fm('url', ['url', 'link', 'canonical', 'canonical_url', 'permalink']);
  a.url = url ? one(url.value) : (opts.url ?? null);
  if (!url && a.url) a.provenance.url = prov('input.url', 1);
  const desc = fm('description', ['description', 'summary', 'excerpt', 'subtitle']);
  if (desc) a.description = normalizeSpace(one(desc.value));
  const lang = fm('language', ['lang', 'language', 'locale']);
  if (lang) a.language = one(lang.value).toLowerCase();
  const img = fm('image', ['image', 'cover', 'thumbnail', 'featured_image', 'og_image']);
  if (img) a.image = one(img.value);
  const sec = fm('section', ['section', 'category']);
  if (sec) a.section = normalizeSpace(one(sec.value));
  const site = fm('siteName', ['source', 'site', 'publisher', 'site_name']);
  if (site) a.siteName = normalizeSpace(one(site.value));

  const blocks = markdownBlocks(rest);
  let paragraphs: string[] = [];
  for (const b of blocks) {
    // A leading # heading is the title; when front matter already gave one it is a repeat of it.
    if (b.kind === 'heading' && b.level === 1 && paragraphs.length === 0) {
      if (!a.title) {
        a.title = b.text;
        a.provenance.title = prov('markdown.h1', 0.9);
      }
      continue;
    }
    paragraphs.push(b.text);
  }
  paragraphs = paragraphs.filter((p) => p.length > 0);
  // A byline paragraph under the title ("By Jane Roe", "*By Jane Roe and Li Wei*") is the authors, not body text.
  const names = paragraphs.length >= 2 ? bylineNames(paragraphs[0]) : null;
  if (names) {
    if (a.authors.length === 0) {
      a.authors = names;
      a.provenance.authors = prov('markdown.byline', 0.8);
    }
    paragraphs = paragraphs.slice(1);
  }
  fillBody(a, paragraphs, 'markdown.blocks');
  if (!hasWords(a)) throw new ParseError('NO_WORDS', 'The Markdown document has no text paragraphs: send an article with body text.');
  return a;
}

interface Block {
  kind: 'heading' | 'paragraph';
  level: number;
  text: string;
}

/** Block structure of CommonMark-ish Markdown; code blocks, tables, rules and link definitions are dropped. */
export function markdownBlocks(md: string): Block[] {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) {
      const text = inlineText(para.join(' '));
      if (text) out.push({ kind: 'paragraph', level: 0, text });
    }
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = /^\s{0,3}(```+|~~~+)/.exec(line);
    if (fence) {
      flush();
      const marker = fence[1] ?? '```';
      i++;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker)) i++;
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    // Indented code (only after a blank line, so wrapped list continuations stay text).
    if (/^(?: {4}|\t)/.test(line) && para.length === 0 && !/^\s*(?:[-*+]|\d+[.)])\s/.test(line)) continue;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      const text = inlineText(h[2] ?? '');
      if (text) out.push({ kind: 'heading', level: (h[1] ?? '#').length, text });
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (para.length === 0 && /^\s{0,3}(=+|-+)\s*$/.test(next) && line.trim()) {
      const text = inlineText(line);
      if (text) out.push({ kind: 'heading', level: next.trim().startsWith('=') ? 1 : 2, text });
      i++;
      continue;
    }
    if (/^\s{0,3}(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue;
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s*<\/?[a-zA-Z][^>]*>\s*$/.test(line) && !/<(?:p|div)\b[^>]*>.*\S.*<\//i.test(line)) {
      flush();
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      para.push(item[1] ?? '');
      continue;
    }
    para.push(line.replace(/^\s{0,3}>\s?/, '').replace(/^>\s?/, ''));
  }
  flush();
  return out;
}

/** Inline Markdown to plain text: links keep their text, images go, emphasis/code markers go. */
export function inlineText(s: string): string {
  let t = s;
  t = t.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/!\[[^\]]*\]\[[^\]]*\]/g, '');
  t = t.replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1');
  t = t.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  t = t.replace(/\[\^[^\]]+\]/g, '');
  t = t.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  t = t.replace(/`([^`]+)`/g, '$1');
  if (/<[a-zA-Z/][^>]*>/.test(t)) t = htmlFragmentParagraphs(t).join(' ');
  t = t.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
  t = t.replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\*)/g, '$1$2');
  t = t.replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?![\w])/g, '$1$2');
  t = t.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1');
  return normalizeSpace(t);
}
