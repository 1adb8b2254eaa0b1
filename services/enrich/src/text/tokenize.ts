/** A token with `[start, end)` UTF-16 offsets into the source text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A sentence as `[start, end)` offsets into the source text, with its tokens. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

// CoNLL/PTB-like tokens: words (with inner hyphens, apostrophes and dots of abbreviations),
// clitics split off ('s, n't), numbers with separators, and any other non-space char alone.
// Titles, company suffixes, month abbreviations and name initials keep their period ("Mr.", "Inc.", "J."),
// as in the treebank-style data the NER model is trained on.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gen|St|Jr|Sr|Rev|Mt|Ft|Inc|Corp|Co|Ltd|Bros|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs)\.(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.])\p{Lu}\.(?=\s+\p{Lu})|\p{L}+(?:[-‐'’]\p{L}+)*(?=(?:['’]s|n['’]t)\b)|n['’]t\b|['’]s\b|\p{N}+(?:[.,:/]\p{N}+)*%?|[\p{L}\p{N}]+(?:[-‐'’.&][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(offset, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'no',
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
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'etc',
  'rev',
  'mt',
  'ft',
  'ave',
  'blvd',
  'dept',
]);

/**
 * Splits text into sentences: after . ! ? (and closing quotes/brackets) followed by space and an
 * upper-case letter, digit or opening quote, unless the period ends a known abbreviation or an initial;
 * and always at blank lines (paragraph breaks).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/.test(text[s] ?? '')) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ start: s, end: e, tokens: tokenize(text, s, e) });
  };
  for (const m of text.matchAll(boundary)) {
    const idx = m.index ?? 0;
    if (m[0].startsWith('.')) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, idx - 12), idx))?.[1] ?? '';
      const word = before.toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before)) continue;
    }
    const end = idx + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
