import type { ParsedArticle } from '@newswire/contracts';
import { countWords, prov } from './common.js';
import { lowercaseVocabulary, removeFragments } from './fragments.js';
import { embeddedHtmlParagraphs, looksLikeHtmlFragment } from './html-fragment.js';
import { splitParagraphs } from './paragraphs.js';
import { applyDateline, firstSentenceTitle } from './parse-text.js';

/**
 * Fills body/paragraphs/dateline/fragments of an article from body content that may be HTML or text
 * (JSON bodies, feed item content, Markdown paragraphs): the same wire-story treatment as plain text,
 * including the first-sentence title when the source gave none.
 */
export function fillBody(a: ParsedArticle, content: string | string[], rule: string, opts: { url?: string | null } = {}): void {
  let paragraphs: string[];
  if (Array.isArray(content)) paragraphs = content;
  else if (looksLikeHtmlFragment(content)) paragraphs = embeddedHtmlParagraphs(content, opts.url);
  else paragraphs = splitParagraphs(content);
  paragraphs = paragraphs.filter((p) => p.trim().length > 0);
  paragraphs = applyDateline(a, paragraphs);
  const removal = removeFragments(paragraphs, { vocab: lowercaseVocabulary(paragraphs.join('\n')) });
  a.paragraphs = removal.paragraphs.filter((p) => p.length > 0);
  a.body = a.paragraphs.join('\n\n');
  a.fragments = removal.fragments;
  a.provenance.body = prov(rule, 0.9);
  if (removal.fragments.length) a.provenance.fragments = prov('text.fragment.title-case', 0.8);
  if (!a.title) {
    const t = firstSentenceTitle(a.paragraphs[0] ?? '');
    if (t) {
      a.title = t;
      a.provenance.title = prov('text.first-sentence', 0.3);
    }
  }
}

export function hasWords(a: ParsedArticle): boolean {
  return countWords(a.body) > 0;
}
