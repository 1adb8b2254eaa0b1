import { normalizeSpace } from './common.js';

const ENDS_SENTENCE = /[.!?]["'”’)\]]*$|[:]$/;

/**
 * Splits plain text into paragraphs. Blank lines always separate paragraphs. Inside a block, lines are
 * either hard-wrapped prose (rejoined; a line that ends a sentence although the next word would have
 * fitted, or an indented next line, ends a paragraph) or one paragraph per line (long lines, lines that each end a
 * sentence, or the rows of a table).
 */
export function splitParagraphs(text: string): string[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00A0]*\n/);
  const out: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim().length > 0);
    if (lines.length === 0) continue;
    if (lines.length === 1) {
      out.push(normalizeSpace(lines[0] ?? ''));
      continue;
    }
    for (const p of splitBlock(lines)) out.push(p);
  }
  return out.map(normalizeSpace).filter((p) => p.length > 0);
}

/** A line of a results table or listing: it ends in a figure, or holds several ("Barnsley 2 Norwich 0", "Bolton 8 6 1 1"). */
const TABLE_ROW = /(?:^|\s)[-+]?\d[\d.,:/-]*$|(?:\s[-+]?\d[\d.,:/-]*){2,}/;

function splitBlock(lines: string[]): string[] {
  // Tables keep their rows: a block mostly of rows is not wrapped prose, however full its lines are.
  const rows = lines.filter((l) => TABLE_ROW.test(l.trim())).length;
  if (rows >= 2 && rows >= lines.length / 2) return lines.map((l) => l.trim());
  const lens = lines.map((l) => l.trim().length);
  const maxLen = Math.max(...lens);
  const body = lines.slice(0, -1);
  const endsSentence = body.filter((l) => ENDS_SENTENCE.test(l.trim())).length;
  const nearFull = body.filter((l) => l.trim().length >= 0.6 * maxLen).length;
  // Hard wrap: lines fill a fixed width and mostly stop mid-sentence.
  const wrapped = maxLen <= 120 && nearFull >= body.length * 0.6 && endsSentence < body.length * 0.6;
  if (!wrapped) return lines.map((l) => l.trim());
  const paras: string[] = [];
  let cur: string[] = [];
  lines.forEach((line, i) => {
    const t = line.trim();
    const next = lines[i + 1];
    cur.push(t);
    // A deliberate break: the next line's first word would still have fitted on this one.
    const nextWord = next?.trim().split(/\s+/)[0] ?? '';
    const short = t.length + 1 + nextWord.length <= maxLen;
    const nextIndented = next !== undefined && /^[ \t\u00A0]{2,}\S/.test(next) && !/^[ \t\u00A0]{2,}/.test(line);
    if (next === undefined || (ENDS_SENTENCE.test(t) && short) || nextIndented) {
      paras.push(cur.join(' '));
      cur = [];
    }
  });
  if (cur.length) paras.push(cur.join(' '));
  return paras;
}
