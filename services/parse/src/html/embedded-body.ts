import type { Document } from 'domhandler';
import { findAll, rawText } from './dom.js';
import { jsonLdParagraphs, wordsOf } from './json-ld-body.js';

/** Keys under which script-rendered sites keep the story text in their page state. */
const BODY_KEY =
  /^(?:body|content|articlebody|article_body|bodyhtml|body_html|contenthtml|content_html|html|text|story|storybody|rendered)$/i;
/** Assignments of page state in inline scripts: `window.__INITIAL_STATE__ = {...};`. */
const STATE_ASSIGN = /^\s*(?:window\.)?__[A-Z0-9_]+__\s*=\s*/;

/**
 * Story text of a script-rendered page (Next.js `__NEXT_DATA__`, Nuxt, `window.__INITIAL_STATE__ = …`, other
 * `application/json` scripts), for pages whose HTML holds no article text: the longest string held under a body-like
 * key, read as HTML when it is markup. Returns [] when there is none with at least `minWords` words.
 */
export function embeddedBodyParagraphs(doc: Document, minWords = 60): string[] {
  let best: { words: number; paragraphs: string[] } | null = null;
  const consider = (value: string): void => {
    if (value.length < 200) return;
    const paragraphs = jsonLdParagraphs(value);
    const words = wordsOf(paragraphs.join(' ')).length;
    if (words >= minWords && (!best || words > best.words)) best = { words, paragraphs };
  };
  const walk = (v: unknown, key: string, depth: number): void => {
    if (depth > 40) return;
    if (typeof v === 'string') {
      if (BODY_KEY.test(key)) consider(v);
    } else if (Array.isArray(v)) {
      // Rich-text arrays ({type: 'paragraph', text: …}) hold one paragraph each: join the strings of a body array.
      if (BODY_KEY.test(key) && v.length > 1 && v.every((x) => typeof x === 'string')) consider((v as string[]).join('\n'));
      for (const x of v) walk(x, key, depth + 1);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k, depth + 1);
    }
  };
  for (const s of findAll(doc, (e) => e.type === 'script' || e.name === 'script')) {
    const type = (s.attribs['type'] ?? '').toLowerCase();
    if (type === 'application/ld+json') continue;
    // rawText skips script elements themselves, so read the script's own text children.
    let text = s.children
      .map((c) => rawText(c))
      .join('')
      .trim();
    if (type !== 'application/json') {
      if (!STATE_ASSIGN.test(text)) continue;
      text = text.replace(STATE_ASSIGN, '').replace(/;\s*$/, '');
    }
    if (text.length < 200 || text.length > 5_000_000) continue;
    try {
      walk(JSON.parse(text), '', 0);
    } catch {
      // not JSON (or JSON with functions in it): nothing to read here
    }
  }
  return (best as { paragraphs: string[] } | null)?.paragraphs ?? [];
}
