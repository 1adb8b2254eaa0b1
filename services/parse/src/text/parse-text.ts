import type { ParsedArticle } from '@newswire/contracts';
import { ParseError } from '../detect/parse-error.js';
import { bylineNames, countWords, emptyArticle, normalizeSpace, prov, splitAuthors, uniq } from './common.js';
import { dayOf, parseDateValue } from './dates.js';
import { extractDateline } from './dateline.js';
import { judgeHeadline, lowercaseVocabulary, removeFragments } from './fragments.js';
import { parseHeaders } from './headers.js';
import { splitSentenceSpans } from './sentences.js';
import { splitParagraphs } from './paragraphs.js';

export interface TextOptions {
  url?: string | null;
}

/** Parses a plain-text wire story: header lines, byline, dateline, paragraphs, headline fragments. */
export function parseText(text: string, opts: TextOptions = {}): ParsedArticle {
  if (!text.trim()) throw new ParseError('EMPTY', 'The document is empty: send a file with article text.');
  const a = emptyArticle('text');
  const { fields, rest } = parseHeaders(text);
  for (const f of fields) {
    switch (f.key) {
      case 'title':
        a.title = normalizeSpace(f.value);
        a.provenance.title = prov('text.header.title', 0.95);
        break;
      case 'author':
        a.authors = uniq([...a.authors, ...splitAuthors(f.value)]);
        a.provenance.authors = prov('text.header.author', 0.9);
        break;
      case 'date':
        a.publishedAt = parseDateValue(f.value);
        a.provenance.publishedAt = prov('header.date', 0.95);
        break;
      case 'modified':
        a.modifiedAt = parseDateValue(f.value);
        a.provenance.modifiedAt = prov('text.header.modified', 0.9);
        break;
      case 'source':
        a.siteName = normalizeSpace(f.value);
        a.provenance.siteName = prov('text.header.source', 0.9);
        break;
      case 'url':
        a.url = f.value;
        a.provenance.url = prov('text.header.url', 0.95);
        break;
      case 'language':
        a.language = f.value.trim().toLowerCase();
        a.provenance.language = prov('text.header.language', 0.9);
        break;
      case 'section':
        a.section = normalizeSpace(f.value);
        a.provenance.section = prov('text.header.section', 0.9);
        break;
      case 'tags':
        a.tags = uniq(f.value.split(/[,;|]/).map(normalizeSpace).filter(Boolean));
        a.provenance.tags = prov('text.header.tags', 0.9);
        break;
      case 'description':
        a.description = normalizeSpace(f.value);
        a.provenance.description = prov('text.header.description', 0.9);
        break;
    }
  }
  if (!a.url && opts.url) {
    a.url = opts.url;
    a.provenance.url = prov('input.url', 1);
  }
  let paragraphs = splitParagraphs(rest);

  // The header title repeated as the first line is not body text.
  if (a.title && paragraphs.length >= 2 && sameText(paragraphs[0] ?? '', a.title)) paragraphs = paragraphs.slice(1);
  if (!a.title && paragraphs.length >= 2) {
    const first = paragraphs[0] ?? '';
    if (looksLikeTitleLine(first)) {
      a.title = first;
      a.provenance.title = prov('text.first-line', 0.7);
      paragraphs = paragraphs.slice(1);
    } else if (isShortSingleSentence(first) && extractDateline(paragraphs[1] ?? '', dayOf(a.publishedAt))) {
      // A one-sentence line right before the dateline is the headline, even in sentence case.
      a.title = first.replace(/\.$/, '');
      a.provenance.title = prov('text.first-line', 0.6);
      paragraphs = paragraphs.slice(1);
    }
  }

  // "By Jane Doe and John F. Roe, Reuters": names only (no lower-case words besides joiners).
  const names = paragraphs.length >= 2 ? bylineNames(paragraphs[0]) : null;
  if (names) {
    a.authors = uniq([...a.authors, ...names]);
    a.provenance.authors ??= prov('text.byline', 0.8);
    paragraphs = paragraphs.slice(1);
  }

  paragraphs = applyDateline(a, paragraphs);

  const removal = removeFragments(paragraphs, { vocab: lowercaseVocabulary(rest) });
  paragraphs = removal.paragraphs.filter((p) => p.length > 0);
  if (paragraphs.every((p) => countWords(p) === 0)) {
    throw new ParseError('NO_WORDS', 'The document has no words: send a text article, not symbols or numbers only.');
  }
  a.paragraphs = paragraphs;
  a.body = paragraphs.join('\n\n');
  a.fragments = removal.fragments;
  a.provenance.body = prov('text.paragraphs', 0.9);
  if (removal.fragments.length) a.provenance.fragments = prov('text.fragment.title-case', 0.8);

  if (!a.title) {
    const t = firstSentenceTitle(paragraphs[0] ?? '');
    if (t) {
      a.title = t;
      a.provenance.title = prov('text.first-sentence', 0.3);
    }
  }
  return a;
}

/**
 * Cuts a dateline off the first paragraph and fills `dateline` (and `publishedAt` when none is known yet);
 * returns the paragraphs without it.
 */
export function applyDateline(a: ParsedArticle, paragraphs: string[]): string[] {
  const first = paragraphs[0];
  if (first === undefined) return paragraphs;
  const ref = dayOf(a.publishedAt);
  let m = extractDateline(first, ref) ?? datelineAfterHeadline(first, ref);
  let consumed = 1;
  // A dateline on a line of its own ("BEIJING, Dec. 31 (Xinhua) --" then the story).
  if (!m && paragraphs.length > 1 && countWords(first) <= 8) {
    m = extractDateline(`${first} ${paragraphs[1] ?? ''}`, ref);
    consumed = 2;
  }
  if (!m) return paragraphs;
  a.dateline = m.dateline;
  a.provenance.dateline = prov('text.dateline', 0.9);
  if (!a.publishedAt && m.dateline.date) {
    a.publishedAt = m.dateline.date;
    a.provenance.publishedAt = prov('text.dateline.date', 0.6);
  } else if (m.dateline.date && ref && daysApart(m.dateline.date, ref) > 1) {
    // A day either way is time zones and overnight filing; more is worth flagging downstream.
    a.dateConflicts = [...(a.dateConflicts ?? []), { value: m.dateline.date, rule: 'text.dateline.date' }];
  }
  return [m.rest, ...paragraphs.slice(consumed)];
}

/** A first line that reads as a headline: short, no sentence-final period, or Title Case. */
function looksLikeTitleLine(line: string): boolean {
  const n = countWords(line);
  if (n === 0 || n > 25 || line.length > 200) return false;
  // A dateline on a line of its own ("BEIJING, Dec. 31 (Xinhua) --") is not a title.
  if (extractDateline(line, null) || extractDateline(`${line} Text`, null)) return false;
  if (/^by\s/i.test(line)) return false;
  if (!/[.!?]["'”’)]*$/.test(line) || /[?!]$/.test(line)) return n >= 2 || line.length >= 8;
  return judgeHeadline(line).headline;
}

/** The first sentence, cut to about 12 words, as a last-resort title. */
export function firstSentenceTitle(p: string): string | null {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(p)?.[0] ?? p;
  const ws = sentence.split(/\s+/).filter(Boolean);
  if (ws.length === 0) return null;
  if (ws.length <= 14) return sentence.replace(/[.]$/, '');
  return `${ws
    .slice(0, 12)
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}

/**
 * A dateline behind a headline fragment glued to the top of the story ("Xi Meets Putin in Moscow.
 * BEIJING, Dec. 31 (Xinhua) -- ..."): the dateline is cut out and the fragment left for the remover.
 */
function datelineAfterHeadline(p: string, ref: string | null): ReturnType<typeof extractDateline> {
  const spans = splitSentenceSpans(p);
  for (let i = 0; i < Math.min(2, spans.length - 1); i++) {
    const sp = spans[i];
    const next = spans[i + 1];
    if (!sp || !next || !judgeHeadline(p.slice(sp.start, sp.end)).headline) return null;
    const m = extractDateline(p.slice(next.start), ref);
    if (m) return { dateline: m.dateline, rest: `${p.slice(0, next.start).trimEnd()} ${m.rest}` };
  }
  return null;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

function isShortSingleSentence(p: string): boolean {
  return countWords(p) <= 20 && splitSentenceSpans(p).length === 1;
}
