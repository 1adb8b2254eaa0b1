import type { ParseResult } from '@newswire/contracts';
import { detectFormat } from './detect/detect-format.js';
import { ParseError } from './detect/parse-error.js';
import { parseFeed } from './feed/parse-feed.js';
import { extractHtml } from './html/extract-html.js';
import { parseJson } from './json/parse-json.js';
import { parseMarkdown } from './markdown/parse-markdown.js';
import { countWords } from './text/common.js';
import { parseText } from './text/parse-text.js';

export { ParseError } from './detect/parse-error.js';
export type { ParseErrorCode } from './detect/parse-error.js';

export interface ParseInput {
  /** The document, already decoded to a string by the fetch stage. */
  text: string;
  mediaType?: string | null;
  fileName?: string | null;
  url?: string | null;
}

/**
 * The parse stage's pure core: detects the format (HTML, RSS/Atom, JSON, Markdown, plain text) and
 * extracts articles, or links to fetch for feed items without full content. Throws `ParseError` for
 * input that holds no article.
 */
export function parseDocument(input: ParseInput): ParseResult {
  const text = input.text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ParseError('EMPTY', 'The document is empty (or whitespace only): nothing to parse; check the source.');
  const url = input.url ?? null;
  const { format } = detectFormat({ ...input, text });
  switch (format) {
    case 'html': {
      const a = extractHtml(text, { url });
      if (countWords(a.body) === 0)
        throw new ParseError(
          'NO_CONTENT',
          'No article text found in the HTML page: it may be an index, a paywall or a script-rendered page.',
        );
      return { articles: [a], links: [] };
    }
    case 'feed':
      return parseFeed(text, { url });
    case 'json':
      return parseJson(text, { url });
    case 'markdown':
      return { articles: [parseMarkdown(text, { url })], links: [] };
    case 'text':
      if (countWords(text) === 0) throw new ParseError('NO_WORDS', 'The text has no words (only symbols or numbers): send an article.');
      return { articles: [parseText(text, { url })], links: [] };
  }
}
