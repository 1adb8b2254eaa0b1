import { STOPWORDS } from '../keywords/stopwords.js';
import { splitSentences, tokenize, type Sentence, type Token } from '../text/tokenize.js';

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
 * `opts.split`: `splitSentences(text)` when the caller already has it (the stage splits for NER too).
 */
export function summarize(text: string, opts: { title?: string | null; sentences?: number; split?: readonly Sentence[] } = {}): string[] {
  const want = Math.max(0, opts.sentences ?? 3);
  if (want === 0 || text.trim() === '') return [];
  const titleWords = new Set(opts.title ? tokenWords(tokenize(opts.title), null).words : []);
  const titleKey = opts.title ? normalise(opts.title) : null;

  // Lower-case once; offsets stay valid unless lower-casing changed the length (rare: "İ").
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const sents = (opts.split ?? splitSentences(text)).map((s, index) => {
    const raw = text.slice(s.start, s.end);
    // Content words straight from the sentence's tokens: no second scan of the text.
    const { words, tokens } = sameLength ? tokenWords(s.tokens, lower) : tokenWords(s.tokens, null);
    const isTitle = titleKey !== null && Math.abs(raw.length - (opts.title?.length ?? 0)) < 8 && normalise(raw) === titleKey;
    const eligible = tokens >= 6 && tokens <= 80 && END_PUNCT.test(raw) && !isTitle;
    return { index, raw, words, eligible };
  });
  if (sents.length === 0) return [];

  // Word ids, document counts, then each sentence's cosine with the document (counts in a scratch array).
  const ids = new Map<string, number>();
  const sentIds = sents.map((s) =>
    s.words.map((w) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
      }
      return id;
    }),
  );
  const doc = new Float64Array(ids.size);
  for (const list of sentIds) for (const id of list) doc[id]! += 1;
  let docNorm = 0;
  for (const c of doc) docNorm += c * c;
  docNorm = Math.sqrt(docNorm) || 1;
  const scratch = new Float64Array(ids.size);
  const centrality = sentIds.map((list) => {
    let dot = 0;
    let norm = 0;
    for (const id of list) {
      // (c+1)^2 - c^2 = 2c + 1: the squared norm grows as the counts do.
      norm += 2 * scratch[id]! + 1;
      scratch[id]! += 1;
      dot += doc[id]!;
    }
    for (const id of list) scratch[id] = 0;
    return norm === 0 ? 0 : dot / (Math.sqrt(norm) * docNorm);
  });
  let maxCentrality = 0;
  for (const c of centrality) if (c > maxCentrality) maxCentrality = c;
  if (maxCentrality === 0) maxCentrality = 1;

  // Title overlap: the title's distinct words a sentence has, counted by word id (a title word the text
  // lacks has none and never counts).
  const isTitleId = new Uint8Array(ids.size);
  for (const w of titleWords) {
    const id = ids.get(w);
    if (id !== undefined) isTitleId[id] = 1;
  }
  const seenIn = new Int32Array(ids.size).fill(-1);
  const scored = sents.map((s, i) => {
    let titleOverlap = 0;
    if (titleWords.size > 0) {
      let hit = 0;
      for (const id of sentIds[i]!) {
        if (isTitleId[id] === 1 && seenIn[id] !== i) {
          seenIn[id] = i;
          hit++;
        }
      }
      titleOverlap = hit / titleWords.size;
    }
    const score = 0.55 * ((centrality[i] ?? 0) / maxCentrality) + 0.45 / Math.sqrt(1 + i) + 0.25 * titleOverlap;
    return { index: s.index, raw: s.raw, words: s.words, eligible: s.eligible, score };
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

const WORDLIKE = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** Sentence end: . ! ? or … optionally followed by closing quotes/brackets. */
const END_PUNCT = /[.!?…]["'”’)\]]*$/u;

/**
 * Content words (lower-cased, not stopwords, starting with a letter) and the count of word-like
 * tokens. `lower` is the lower-cased source the token offsets point into, or null to lower-case each.
 */
function tokenWords(tokens: readonly Token[], lower: string | null): { words: string[]; tokens: number } {
  const words: string[] = [];
  let count = 0;
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    const ascii = c < 128;
    const letter = ascii ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER.test(t.text.charAt(0));
    if (letter || (ascii ? c >= 48 && c <= 57 : WORDLIKE.test(t.text))) count++;
    if (!letter || t.text.length < 2) continue;
    // A token already in lower-case ASCII is its own lower case (and may already be hashed, by NER).
    const w = isLowerAscii(t.text) ? t.text : lower !== null ? lower.slice(t.start, t.end) : t.text.toLowerCase();
    if (!STOPWORDS.has(w)) words.push(w);
  }
  return { words, tokens: count };
}

function isLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Share of a's distinct words that b also has. */
function overlap(a: string[], b: string[]): number {
  const sa = new Set(a);
  if (sa.size === 0) return 0;
  const sb = new Set(b);
  let hit = 0;
  for (const w of sa) if (sb.has(w)) hit++;
  return hit / sa.size;
}
