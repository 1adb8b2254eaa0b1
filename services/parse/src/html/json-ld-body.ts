import type { Element } from 'domhandler';
import { parseHtml, findFirst, rawText } from './dom.js';
import { linearize, type BlockKind } from './extract-content.js';

const WORD = /[\p{L}\p{N}_]+/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Paragraphs of a schema.org articleBody, which may be plain text (newline-separated) or HTML. */
export function jsonLdParagraphs(body: string): string[] {
  if (/<(?:p|div|br|h\d|li)\b[^>]*>/i.test(body)) {
    const doc = parseHtml(body);
    const root = findFirst(doc, (e) => e.name === 'body') ?? (doc as unknown as Element);
    return linearize(root).map((b) => b.text);
  }
  // Parsing as HTML decodes the entities some sites leave in the JSON string.
  return rawText(parseHtml(body))
    .split(/\s*\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

function trigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export interface BodyReconciliation {
  paragraphs: string[];
  rule: 'dom' | 'jsonld.articleBody' | 'dom+jsonld-filter';
}

/**
 * Reconciles DOM paragraphs with the page's declared articleBody: the declared body wins when the
 * DOM yields much less (paywalled / script-rendered pages); when the DOM covers the declared body,
 * DOM paragraphs that share nothing with it (captions, promos) are dropped while DOM paragraph
 * boundaries are kept.
 */
export function reconcileWithJsonLd(dom: readonly string[], ldBody: string | null, kinds: readonly BlockKind[] = []): BodyReconciliation {
  if (!ldBody) return { paragraphs: [...dom], rule: 'dom' };
  const ldParas = jsonLdParagraphs(ldBody);
  const ldWords = wordsOf(ldParas.join(' '));
  if (ldWords.length < 30) return { paragraphs: [...dom], rule: 'dom' };
  const domWords = wordsOf(dom.join(' '));
  if (domWords.length < ldWords.length * 0.6) return { paragraphs: ldParas, rule: 'jsonld.articleBody' };
  // A declared body much shorter than the page text is an excerpt, not a reference for filtering.
  if (ldWords.length < domWords.length * 0.5) return { paragraphs: [...dom], rule: 'dom' };
  const ldTri = trigrams(ldWords);
  const domTri = trigrams(domWords);
  let covered = 0;
  for (const t of ldTri) if (domTri.has(t)) covered++;
  if (ldTri.size === 0 || covered / ldTri.size < 0.85) return { paragraphs: [...dom], rule: 'dom' };
  const ldSet = new Set(ldWords);
  const matched = dom.map((p) => {
    const w = wordsOf(p);
    if (w.length < 3) return w.every((x) => ldSet.has(x));
    const tri = trigrams(w);
    let hit = 0;
    for (const t of tri) if (ldTri.has(t)) hit++;
    return hit / tri.size >= 0.5;
  });
  const first = matched.indexOf(true);
  const last = matched.lastIndexOf(true);
  if (first < 0) return { paragraphs: [...dom], rule: 'dom' };
  // Text after the last matched paragraph is either trailing furniture or the part of the story a
  // truncated declared body left out; a long tail means the latter.
  let tailWords = 0;
  for (let i = last + 1; i < dom.length; i++) tailWords += wordsOf(dom[i]!).length;
  const keepTail = tailWords > ldWords.length * 0.25;
  // Only short unmatched paragraphs go (captions, promos, "read more"): declared bodies sometimes omit
  // real paragraphs (standfirsts, paragraphs with embeds), and those are long.
  // Subheadings and list items are kept too: declared bodies are usually flattened without them.
  const kept = dom.filter((p, i) => matched[i] || (i > last && keepTail) || (kinds[i] ?? 'text') !== 'text' || wordsOf(p).length >= 25);
  return { paragraphs: kept, rule: 'dom+jsonld-filter' };
}
