import { isAbbreviation } from '@newswire/text';

/** `[start, end)` of one sentence inside a paragraph. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Splits a paragraph into sentences: a boundary is . ! ? (plus closing quotes/brackets) followed by
 * space and an upper-case letter, digit or opening quote, unless the period ends a known abbreviation,
 * an initial ("J.") or a dotted acronym ("U.S."). Unterminated text at the end is its own sentence.
 */
export function splitSentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘”’([]*[\p{Lu}\p{Lo}\p{N}])/gu;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/.test(text[s] ?? '')) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(boundary)) {
    const idx = m.index ?? 0;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, idx - 12), idx))?.[1] ?? '';
      if (isAbbreviation(before) || /^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) continue;
    }
    const end = idx + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}
