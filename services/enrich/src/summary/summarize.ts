import { STOPWORDS } from '../keywords/stopwords.js';
import { splitSentences } from '../text/tokenize.js';

/**
 * Extractive summary: the best 2-3 sentences, verbatim, in document order.
 *
 * Score = 0.55 x centrality + 0.45 x lead position + 0.25 x title overlap, where centrality is the
 * cosine between the sentence's content-word counts and the whole text's (divided by the best
 * sentence's), lead position is 1/sqrt(1 + index) (news puts the point first), and title overlap is
 * the share of the title's content words in the sentence.
 * Not eligible while better ones exist: lines without end punctuation (headlines, captions, list
 * items), the title repeated in the body, fragments under 6 words and run-ons over 80.
 * Redundancy: a sentence sharing more than half of its content words with a chosen one is skipped.
 */
export function summarize(text: string, opts: { title?: string | null; sentences?: number } = {}): string[] {
  const want = Math.max(0, opts.sentences ?? 3);
  if (want === 0 || text.trim() === '') return [];
  const titleWords = new Set(opts.title ? contentWords(opts.title) : []);
  const titleKey = opts.title ? normalise(opts.title) : null;

  const sents = splitSentences(text).map((s, index) => {
    const raw = text.slice(s.start, s.end);
    const words = contentWords(raw);
    const tokens = s.tokens.filter((t) => WORDLIKE.test(t.text)).length;
    const eligible =
      tokens >= 6 && tokens <= 80 && END_PUNCT.test(raw) && (titleKey === null || normalise(raw) !== titleKey);
    return { index, raw, words, eligible };
  });
  if (sents.length === 0) return [];

  const docCounts = new Map<string, number>();
  for (const s of sents) for (const w of s.words) docCounts.set(w, (docCounts.get(w) ?? 0) + 1);
  let docNorm = 0;
  for (const c of docCounts.values()) docNorm += c * c;
  docNorm = Math.sqrt(docNorm) || 1;

  const centrality = sents.map((s) => {
    const counts = new Map<string, number>();
    for (const w of s.words) counts.set(w, (counts.get(w) ?? 0) + 1);
    let dot = 0;
    let norm = 0;
    for (const [w, c] of counts) {
      dot += c * (docCounts.get(w) ?? 0);
      norm += c * c;
    }
    return norm === 0 ? 0 : dot / (Math.sqrt(norm) * docNorm);
  });
  const maxCentrality = Math.max(...centrality) || 1;

  const scored = sents.map((s, i) => {
    let titleOverlap = 0;
    if (titleWords.size > 0) {
      const uniq = new Set(s.words);
      let hit = 0;
      for (const w of titleWords) if (uniq.has(w)) hit++;
      titleOverlap = hit / titleWords.size;
    }
    const score = 0.55 * ((centrality[i] ?? 0) / maxCentrality) + 0.45 / Math.sqrt(1 + i) + 0.25 * titleOverlap;
    return { ...s, score };
  });

  const pool = scored.filter((s) => s.eligible);
  const ranked = (pool.length > 0 ? pool : scored).slice().sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: typeof ranked = [];
  for (const s of ranked) {
    if (chosen.length >= want) break;
    if (chosen.some((c) => overlap(s.words, c.words) > 0.5)) continue;
    chosen.push(s);
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.raw);
}

const WORD_RE = /\p{L}[\p{L}\p{N}'’-]*/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Sentence end: . ! ? or … optionally followed by closing quotes/brackets. */
const END_PUNCT = /[.!?…]["'”’)\]]*$/u;

function contentWords(s: string): string[] {
  const out: string[] = [];
  const re = WORD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const w = m[0].toLowerCase();
    if (w.length > 1 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

const normalise = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Share of a's distinct words that b also has. */
function overlap(a: string[], b: string[]): number {
  const sa = new Set(a);
  if (sa.size === 0) return 0;
  const sb = new Set(b);
  let hit = 0;
  for (const w of sa) if (sb.has(w)) hit++;
  return hit / sa.size;
}
