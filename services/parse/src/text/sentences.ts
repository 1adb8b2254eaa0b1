/** `[start, end)` of one sentence inside a paragraph. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'govs',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'vs',
  'v',
  'no',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'e.g',
  'i.e',
  'etc',
  'rev',
  'mt',
  'ft',
  'ave',
  'blvd',
  'dept',
  'est',
  'approx',
  'fig',
  'pres',
  'supt',
  'atty',
  'hon',
  'messrs',
  'mme',
  'mlle',
  'calif',
  'colo',
  'conn',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
  'ariz',
  'ark',
  'del',
]);

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
      const word = before.toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) continue;
    }
    const end = idx + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}
