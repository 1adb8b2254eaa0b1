/**
 * Finds quoted regions in text: “…”, "…", «…», „…“, ‹…›, ‘…’ / '…' (when not apostrophes), mismatched pairs
 * such as “…", and quotes running over several paragraphs (an opening mark at the start of each paragraph,
 * no closing mark until the last one). Two apostrophes ''…'' (the New York Times archive style, also ``…'' in
 * typewriter text) are a double quotation mark: see normalizeQuoteMarks.
 */

export interface QuoteRegion {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the end of the last line when the quote is never closed). */
  end: number;
  /** Inner `[start, end)` pieces, one per paragraph (marks excluded). */
  pieces: Array<[number, number]>;
  /** Double marks (“ " « „) vs single marks (‘ ' ‹). */
  double: boolean;
  /** False when the last piece ends at a line end without a closing mark. */
  closed: boolean;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  pos: number;
  double: boolean;
  role: Role;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‟', '＂', '〝', '〞']);
const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '‹', '›']);

const MARK_RE = new RegExp(`[${[...DOUBLE_MARKS, ...SINGLE_MARKS].join('')}]`, 'u');

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which an opening mark may stand. */
const isOpenContext = (c: string | undefined): boolean => c === undefined || /[\s([{\-—–/]/u.test(c);
/** Characters before which a closing mark may stand. */
const isCloseContext = (c: string | undefined): boolean =>
  c === undefined || /[\s)\]}.,;:!?\-—–…/]/u.test(c) || DOUBLE_MARKS.has(c) || SINGLE_MARKS.has(c);

/** Two apostrophes (or backticks, or two curly single marks) used as one double quotation mark; a third apostrophe is a nested single mark. */
const TWO_MARK_RE = /'''?|``|‘‘|’’/gu;
const HAS_TWO_MARK_RE = /''|``|‘‘|’’/u;

/**
 * The text with every two-character double quotation mark (`''…''`, ``` ``…'' ```, `‘‘…’’`) rewritten as a curly
 * double mark plus a space, offsets unchanged: the mark keeps the pair's first position, so an opening pair (after a
 * space, a line start or an opening bracket, before a non-space) becomes `“ ` and a closing pair `” `. Without this,
 * ''…'' reads as two nested single quotes, and a short attributed quote in that style (`''We won,'' he said.`) is
 * lost. A third apostrophe is a single mark nested inside: `'''X` opens both (`“ '`), `X'''` closes both (`'” `).
 * The same string comes back when there is nothing to rewrite.
 */
export function normalizeQuoteMarks(text: string): string {
  if (!HAS_TWO_MARK_RE.test(text)) return text;
  return text.replace(TWO_MARK_RE, (m: string, at: number) => {
    if (m === '``' || m === '‘‘') return '“ ';
    if (m === '’’') return '” ';
    const prev = at > 0 ? text[at - 1] : undefined;
    // 6'2'': after a digit two apostrophes are a double prime (inches, seconds), not a quotation mark.
    if (prev !== undefined && /\d/u.test(prev)) return m;
    const next = text[at + m.length];
    const opening = isOpenContext(prev) && !isSpace(next);
    if (m.length === 3) return opening ? "“ '" : "'” ";
    return opening ? '“ ' : '” ';
  });
}

/** Decides whether a mark opens or closes a quote from its shape and neighbours. */
function classify(text: string, pos: number, lineStart: number, lineEnd: number): Mark | null {
  const ch = text[pos] ?? '';
  const prev = pos > lineStart ? text[pos - 1] : undefined;
  const next = pos + 1 < lineEnd ? text[pos + 1] : undefined;
  const leftFlank = isOpenContext(prev) || DOUBLE_MARKS.has(prev ?? '') || SINGLE_MARKS.has(prev ?? '');
  const rightFlank = isCloseContext(next);
  if (DOUBLE_MARKS.has(ch)) {
    if (ch === '„' || ch === '〝') return { pos, double: true, role: 'open' };
    if (ch === '〞') return { pos, double: true, role: 'close' };
    if (ch === '«') return { pos, double: true, role: isSpace(next) && !leftFlank ? 'close' : 'open' };
    if (ch === '»') return { pos, double: true, role: leftFlank && !isSpace(next) && !rightFlank ? 'open' : 'close' };
    if (leftFlank && !isSpace(next)) return { pos, double: true, role: 'open' };
    if (!leftFlank && rightFlank) return { pos, double: true, role: 'close' };
    if (leftFlank && isSpace(next)) return { pos, double: true, role: ch === '“' ? 'open' : 'either' };
    // Between two word characters ("a"b): leave it to the pairing.
    return { pos, double: true, role: ch === '“' ? 'open' : ch === '”' ? 'close' : 'either' };
  }
  if (SINGLE_MARKS.has(ch)) {
    // Between letters it is an apostrophe (don’t, O’Brien); after a letter it may close or be a possessive.
    if (isWordChar(prev) && isWordChar(next)) return null;
    if (ch === '‚') return { pos, double: false, role: 'open' };
    if (ch === '‹') return { pos, double: false, role: 'open' };
    if (ch === '›') return { pos, double: false, role: 'close' };
    if (leftFlank && isWordChar(next)) {
      // ’90s, ’em, 'til: elisions, not quotes.
      if (/\d/u.test(next ?? '')) return null;
      if (/^(?:em|tis|twas|til|cause|n)\b/iu.test(text.slice(pos + 1, pos + 6))) return null;
      return { pos, double: false, role: 'open' };
    }
    if (!leftFlank && rightFlank) return { pos, double: false, role: 'close' };
    return null;
  }
  return null;
}

interface Open {
  mark: Mark;
  /** Offset where the current piece's content starts. */
  pieceStart: number;
  pieces: Array<[number, number]>;
  start: number;
}

/** First offset of a quote's content after its opening mark: spaces after the mark (`“ We won”`, and the space
 * normalizeQuoteMarks leaves in place of a pair's second apostrophe) are not content. */
function contentStart(text: string, from: number, lineEnd: number): number {
  let i = from;
  while (i < lineEnd && text[i] === ' ') i++;
  return i;
}

/** Regions of one line; an unclosed double quote is returned as `carry` so the next paragraph may continue it. */
function scanLine(text: string, lineStart: number, lineEnd: number, carry: Open | null, out: QuoteRegion[]): Open | null {
  const stack: Open[] = [];
  let lead = lineStart;
  while (lead < lineEnd && isSpace(text[lead])) lead++;
  let continued: Open | null = null;
  // Jump from mark to mark (the marks are a small share of the characters).
  const markRe = new RegExp(MARK_RE.source, 'gu');
  markRe.lastIndex = lineStart;
  for (let m = markRe.exec(text); m && m.index < lineEnd; m = markRe.exec(text)) {
    const i = m.index;
    const mark = classify(text, i, lineStart, lineEnd);
    if (!mark) continue;
    // A paragraph opening with the same kind of mark continues a quote left open in the previous paragraph.
    if (carry && i === lead && mark.double === carry.mark.double && mark.role !== 'close') {
      continued = carry;
      continued.pieceStart = contentStart(text, i + 1, lineEnd);
      stack.push(continued);
      carry = null;
      continue;
    }
    const top = [...stack].reverse().find((o) => o.mark.double === mark.double);
    const canClose = top !== undefined && mark.role !== 'open';
    // Straight double quote (or ”) closing when a double quote is open; “…" mismatches are accepted.
    if (canClose && top) {
      const idx = stack.lastIndexOf(top);
      stack.length = idx; // drops unclosed inner single quotes
      top.pieces.push([top.pieceStart, i]);
      // Only outermost regions are reported: inner quotes belong to the outer one.
      if (stack.length === 0 || !stack.some((o) => o.mark.double)) {
        out.push({ start: top.start, end: i + 1, pieces: top.pieces, double: top.mark.double, closed: true });
      }
      continue;
    }
    if (mark.role === 'close') continue;
    // A single mark inside a double quote only matters for nesting, and an opening single mark with no
    // closing partner on the line is dropped at the end of the line.
    stack.push({ mark, pieceStart: contentStart(text, i + 1, lineEnd), pieces: [], start: i });
  }
  // Unclosed marks: the outermost unclosed double quote may continue in the next paragraph.
  const outer = stack.find((o) => o.mark.double);
  if (outer) {
    let e = lineEnd;
    while (e > outer.pieceStart && isSpace(text[e - 1])) e--;
    outer.pieces.push([outer.pieceStart, e]);
    return outer;
  }
  return null;
}

export function findQuoteRegions(text: string, multiParagraph = true): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let carry: Open | null = null;
  let carryEnd = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const blank = text.slice(lineStart, lineEnd).trim() === '';
    if (!blank) {
      const before: Open | null = carry;
      const next = scanLine(text, lineStart, lineEnd, multiParagraph ? carry : null, out);
      if (before && next !== before && !out.some((r) => r.start === before.start)) {
        // The open quote did not continue here: close it at the end of its last line.
        out.push({ start: before.start, end: carryEnd, pieces: before.pieces, double: true, closed: false });
      }
      carry = next;
      if (next) {
        const last = next.pieces[next.pieces.length - 1];
        carryEnd = last ? last[1] : lineEnd;
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (carry) {
    const c: Open = carry;
    if (!out.some((r) => r.start === c.start)) {
      out.push({ start: c.start, end: carryEnd, pieces: c.pieces, double: true, closed: false });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
