/**
 * Scoring for article-extraction benchmarks, after the Zyte article-extraction benchmark:
 * words are Unicode `\w+` runs (case kept), compared as multisets of overlapping 4-word shingles.
 */

const WORD_RE = /[\p{L}\p{N}_]+/gu;

export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Multiset of overlapping n-word shingles; a text shorter than n words is one shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const w = words(text);
  const out = new Map<string, number>();
  if (w.length === 0) return out;
  if (w.length < n) {
    out.set(w.join(' '), 1);
    return out;
  }
  for (let i = 0; i + n <= w.length; i++) {
    const key = w.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  /** null when the prediction is empty (it then counts in recall only). */
  precision: number | null;
  recall: number;
}

export function scoreBody(truth: string, pred: string): PageScore {
  const t = shingles(truth);
  const p = shingles(pred);
  let tCount = 0;
  let pCount = 0;
  let shared = 0;
  for (const c of t.values()) tCount += c;
  for (const [k, c] of p) {
    pCount += c;
    const tc = t.get(k);
    if (tc !== undefined) shared += Math.min(c, tc);
  }
  const precision = pCount === 0 ? null : shared / pCount;
  // An empty truth is fully "recalled" by anything; an empty prediction of it is perfect too.
  const recall = tCount === 0 ? 1 : shared / tCount;
  return { precision, recall };
}

export interface BodyAggregate {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
  emptyPredictions: number;
}

export function aggregateBody(scores: readonly PageScore[]): BodyAggregate {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  for (const s of scores) {
    rSum += s.recall;
    if (s.precision !== null) {
      pSum += s.precision;
      pN++;
    }
  }
  const precision = pN === 0 ? 0 : pSum / pN;
  const recall = scores.length === 0 ? 0 : rSum / scores.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: scores.length, emptyPredictions: scores.length - pN };
}

function ws(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function titleMatch(truth: string | null | undefined, pred: string | null | undefined): boolean {
  return ws(truth ?? '') === ws(pred ?? '');
}

/** Compares the calendar day (YYYY-MM-DD prefix) of two ISO-like dates. */
export function dateMatch(truth: string | null | undefined, pred: string | null | undefined): boolean {
  const day = (s: string | null | undefined): string => (s ?? '').trim().slice(0, 10);
  return day(truth) === day(pred);
}

/**
 * Month and day agree, the year is ignored. A diagnostic beside `dateMatch`, not a replacement: in naeb 18 references
 * carry the page's month and day under another year than the page's URL, markup and visible byline all show.
 */
export function monthDayMatch(truth: string | null | undefined, pred: string | null | undefined): boolean {
  const md = (s: string | null | undefined): string => {
    const m = /^\d{4}-(\d{2}-\d{2})/.exec((s ?? '').trim());
    return m ? m[1]! : '';
  };
  const t = md(truth);
  return t !== '' && t === md(pred);
}

function normName(s: string): string {
  return ws(s).toLowerCase();
}

/** First author, case- and whitespace-insensitive; both empty counts as a match. */
export function firstAuthorMatch(truth: readonly string[], pred: readonly string[]): boolean {
  return normName(truth[0] ?? '') === normName(pred[0] ?? '');
}
