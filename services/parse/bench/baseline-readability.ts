import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';

export interface BaselineResult {
  title: string | null;
  body: string;
  author: string | null;
  publishedAt: string | null;
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'td',
  'th',
  'ul',
]);

/** Text of an HTML fragment with a line break around each block element, so adjacent blocks never glue. */
export function blockText(html: string): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') {
      parts.push((n as unknown as { data: string }).data);
      return;
    }
    if (!('children' in n)) return;
    const name = 'name' in n ? (n as { name: string }).name : '';
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (const c of n.children) walk(c);
    if (block) parts.push('\n');
  };
  walk(parseDocument(html));
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Readability.js on linkedom: the baseline the newswire extractor is compared with. */
export function extractWithReadability(html: string): BaselineResult {
  const { document } = parseHTML(html);
  // Readability expects a full Document; linkedom's is close enough for its traversal.
  const article = new Readability(document as never).parse();
  if (!article) return { title: null, body: '', author: null, publishedAt: null };
  return {
    title: article.title ?? null,
    body: article.content ? blockText(article.content) : '',
    author: article.byline ?? null,
    publishedAt: article.publishedTime ?? null,
  };
}
