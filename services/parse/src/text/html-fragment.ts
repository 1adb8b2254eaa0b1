import type { AnyNode } from 'domhandler';
import { parseDocument as parseDom } from 'htmlparser2';
import { BLOCK_TAGS } from '../html/extract-content.js';
import { extractHtml } from '../html/extract-html.js';
import { countWords, normalizeSpace } from './common.js';

// The page extractor's block elements: a fragment breaks into paragraphs where a page would.
const BLOCK = BLOCK_TAGS;
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'figure',
  'figcaption',
  'img',
  'video',
  'audio',
  'object',
  'form',
  'button',
  'select',
  'nav',
]);

/** True when a string (a JSON body, a feed item's content) is HTML markup rather than text. */
export function looksLikeHtmlFragment(s: string): boolean {
  return /<\/?(?:p|div|br|h[1-6]|ul|ol|li|span|a|strong|em|b|i|figure|img|blockquote|section|article|table)\b[^>]*>/i.test(s);
}

/** Paragraphs of an HTML fragment, block by block, with scripts, media and forms dropped. */
export function htmlFragmentParagraphs(html: string): string[] {
  const doc = parseDom(html, { decodeEntities: true });
  let buf = '';
  const walk = (nodes: AnyNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'text') buf += (n as unknown as { data: string }).data;
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const el = n as unknown as { name: string; children: AnyNode[] };
        const name = el.name.toLowerCase();
        if (SKIP.has(name) || n.type !== 'tag') continue;
        if (name === 'br') {
          buf += '\n';
          continue;
        }
        const block = BLOCK.has(name);
        if (block) buf += '\n\n';
        walk(el.children);
        if (block) buf += '\n\n';
      } else if (n.type === 'cdata') {
        walk((n as unknown as { children: AnyNode[] }).children);
      }
    }
  };
  walk(doc.children);
  return buf
    .split(/\n\s*\n/)
    .flatMap((b) => b.split('\n'))
    .map(normalizeSpace)
    .filter((p) => p.length > 0);
}

/**
 * Paragraphs of HTML content embedded in a feed item or a JSON body. The HTML extractor is asked
 * first (it knows boilerplate); when it keeps much less text than the content holds (it was built for
 * whole pages), the plain block walk is used instead.
 */
export function embeddedHtmlParagraphs(html: string, url?: string | null): string[] {
  const plain = htmlFragmentParagraphs(html);
  let extracted: string[] = [];
  try {
    extracted = extractHtml(`<html><body><article>${html}</article></body></html>`, { url: url ?? null }).paragraphs;
  } catch {
    extracted = [];
  }
  const words = (ps: string[]): number => ps.reduce((n, p) => n + countWords(p), 0);
  return words(extracted) >= 0.8 * words(plain) && extracted.length > 0 ? extracted : plain;
}
