import iconv from 'iconv-lite';
import { analyse } from 'chardet';
import { CJK_MULTI_BYTE, SINGLE_BYTE, charsetFromContentType, normalizeCharsetLabel } from './charset-labels.js';
import { plausibility } from './plausibility.js';

export type CharsetRule = 'bom' | 'http-header' | 'meta' | 'xml-decl' | 'sniff' | 'utf8-valid' | 'default';

export interface DecodeHints {
  contentType?: string | null;
  fileName?: string | null;
}

export interface DecodeResult {
  text: string;
  /** Canonical WHATWG encoding name, lower-cased: "utf-8", "windows-1252", "shift_jis", "utf-16le" ... */
  charset: string;
  rule: CharsetRule;
  /** 0..1: how sure the choice is (1 for a BOM, lower for statistical sniffing). */
  confidence: number;
}

/** How far into the document declarations are looked for (WHATWG prescans 1024 bytes; real pages put long <head>s first). */
const PRESCAN_BYTES = 4096;
/** Sniffing looks at this much; statistics settle long before and chardet is slow on megabytes. */
const SNIFF_BYTES = 16 * 1024;

/**
 * Bytes -> text, choosing the charset in this order:
 *
 * 1. BOM (UTF-8, UTF-16LE/BE): always wins, and is stripped from the text.
 * 2. HTTP header charset (`hints.contentType`).
 * 3. `<meta charset>` / `<meta http-equiv="Content-Type" content="...; charset=...">` in the first 4 KB.
 * 4. XML declaration `encoding="..."`.
 * 5. UTF-16 without BOM (NUL bytes in every other position), then valid UTF-8.
 * 6. Statistical sniffing (chardet candidates re-ranked by how plausible each decoding reads).
 * 7. windows-1252.
 *
 * A declaration (2-4) is overridden by the bytes when they contradict it:
 * - a legacy charset is declared but the bytes are valid UTF-8 containing multi-byte sequences (for a declared CJK
 *   multi-byte charset: at least 4 of them, as a few CJK byte pairs can form valid UTF-8 by chance) -> UTF-8, rule
 *   'utf8-valid'. Valid multi-byte UTF-8 is almost never produced by accident by legacy text, while mislabelled UTF-8
 *   ("charset=iso-8859-1" left over from a template) is common;
 * - UTF-8 is declared but the bytes are not UTF-8 (more than a few stray invalid sequences) -> fall through to sniffing;
 *   a few stray bytes in UTF-8 (declared or not) are read as windows-1252 rather than U+FFFD or a legacy sniff;
 * - UTF-16 is declared but the bytes are ASCII-compatible (no NUL pattern) -> the declaration is ignored;
 * - labels WHATWG cannot decode usefully (unknown, "replacement" family like ISO-2022-KR) are ignored.
 * In `<meta>` and the XML declaration, a UTF-16 label means UTF-8 (the parser could read it as ASCII, so it is not UTF-16).
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodeResult {
  const bom = detectBom(bytes);
  if (bom) {
    return { text: decodeAs(bytes.subarray(bom.length), bom.charset), charset: bom.charset, rule: 'bom', confidence: 1 };
  }

  let utf8: Utf8Stats | undefined;
  const stats = (): Utf8Stats => (utf8 ??= utf8Stats(bytes));

  const declarations: Array<{ rule: 'http-header' | 'meta' | 'xml-decl'; charset: string | null; confidence: number }> = [
    { rule: 'http-header', charset: normalizeCharsetLabel(charsetFromContentType(hints.contentType)), confidence: 0.9 },
  ];
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  declarations.push({ rule: 'meta', charset: asciiCompatible(normalizeCharsetLabel(metaCharset(head))), confidence: 0.85 });
  declarations.push({ rule: 'xml-decl', charset: asciiCompatible(normalizeCharsetLabel(xmlDeclCharset(head))), confidence: 0.85 });

  for (const decl of declarations) {
    const charset = decl.charset;
    if (!charset) continue;
    if (charset === 'utf-8') {
      if (stats().mostlyUtf8) return { text: decodeUtf8(bytes, stats()), charset, rule: decl.rule, confidence: decl.confidence };
      continue; // declared UTF-8 but the bytes are something else: let the evidence decide
    }
    if (charset === 'utf-16le' || charset === 'utf-16be') {
      if (utf16Pattern(bytes) === charset) return { text: decodeAs(bytes, charset), charset, rule: decl.rule, confidence: decl.confidence };
      continue;
    }
    if (contradictedByUtf8(charset, stats())) {
      return { text: decodeAs(bytes, 'utf-8'), charset: 'utf-8', rule: 'utf8-valid', confidence: 0.95 };
    }
    if (decl.rule === 'http-header' && charset === 'windows-1252') {
      const inDocument = declarations.find(
        (d) => d.rule !== 'http-header' && d.charset && d.charset !== 'windows-1252' && d.charset !== 'utf-8',
      );
      if (inDocument?.charset && documentDeclarationReadsBetter(bytes, inDocument.charset)) {
        return { text: decodeAs(bytes, inDocument.charset), charset: inDocument.charset, rule: inDocument.rule, confidence: 0.8 };
      }
    }
    return { text: decodeAs(bytes, charset), charset, rule: decl.rule, confidence: decl.confidence };
  }

  const utf16 = utf16Pattern(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), charset: utf16, rule: 'sniff', confidence: 0.8 };

  if (stats().valid) {
    // Pure ASCII is valid UTF-8 too, but then every ASCII-compatible charset would decode it identically.
    return { text: decodeAs(bytes, 'utf-8'), charset: 'utf-8', rule: 'utf8-valid', confidence: stats().multiByte > 0 ? 0.99 : 0.9 };
  }
  if (stats().mostlyUtf8) {
    // a UTF-8 document with a few stray bytes: sniffing a legacy charset would garble all of it
    return { text: decodeUtf8Lenient(bytes), charset: 'utf-8', rule: 'utf8-valid', confidence: 0.8 };
  }

  const sniffed = sniffCharset(bytes);
  if (sniffed) return { text: decodeAs(bytes, sniffed.charset), charset: sniffed.charset, rule: 'sniff', confidence: sniffed.confidence };

  return { text: decodeAs(bytes, 'windows-1252'), charset: 'windows-1252', rule: 'default', confidence: 0.2 };
}

/** Decodes with a canonical (WHATWG) charset name; unknown names decode as windows-1252. */
export function decodeAs(bytes: Uint8Array, charset: string): string {
  switch (charset) {
    case 'utf-8':
    case 'utf-16le':
    case 'utf-16be':
    case 'iso-2022-jp': // stateful, not in iconv-lite; ICU's decoder (Node's TextDecoder) handles it
      return new TextDecoder(charset, { ignoreBOM: true }).decode(bytes);
    default: {
      const name = ICONV_NAMES[charset] ?? charset;
      return iconv.decode(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        iconv.encodingExists(name) ? name : 'windows-1252',
      );
    }
  }
}

function decodeUtf8(bytes: Uint8Array, stats: Utf8Stats): string {
  return stats.valid ? decodeAs(bytes, 'utf-8') : decodeUtf8Lenient(bytes);
}

/** WHATWG decoders that iconv-lite knows under another name. */
const ICONV_NAMES: Record<string, string> = {
  ibm866: 'cp866',
  'iso-8859-8-i': 'iso-8859-8',
  'x-mac-cyrillic': 'maccyrillic',
  gbk: 'gb18030', // the WHATWG GBK decoder is the gb18030 decoder
  big5: 'big5hkscs', // WHATWG Big5 includes the HKSCS extensions
  'euc-kr': 'cp949', // WHATWG EUC-KR is windows-949
  shift_jis: 'cp932', // WHATWG Shift_JIS is windows-31J
};

function detectBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** In-document declarations were read as ASCII, so a UTF-16 label there is wrong: WHATWG treats it as UTF-8. */
function asciiCompatible(charset: string | null): string | null {
  return charset === 'utf-16le' || charset === 'utf-16be' ? 'utf-8' : charset;
}

/** The charset of the first `<meta>` declaring one, in a latin1 view of the document head. Comments are skipped. */
export function metaCharset(head: string): string | null {
  const withoutComments = head.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  for (const tag of withoutComments.matchAll(/<meta[\s/][^>]*>?/gi)) {
    const attrs = parseAttributes(tag[0].slice(5));
    const charset = attrs.get('charset');
    if (charset !== undefined && normalizeCharsetLabel(charset)) return charset;
    const httpEquiv = attrs.get('http-equiv');
    const content = attrs.get('content');
    if (httpEquiv?.trim().toLowerCase() === 'content-type' && content !== undefined) {
      const fromContent = charsetFromMetaContent(content);
      if (fromContent && normalizeCharsetLabel(fromContent)) return fromContent;
    }
  }
  return null;
}

function parseAttributes(s: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of s.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** WHATWG "extracting a character encoding from a meta element" (the `content` attribute). */
function charsetFromMetaContent(content: string): string | null {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? '').trim() || null;
}

export function xmlDeclCharset(head: string): string | null {
  const m = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/.exec(head.slice(0, 1024));
  return m?.[1] ?? null;
}

export interface Utf8Stats {
  /** No invalid sequence (a sequence cut off by the end of the buffer is not counted: bodies may be truncated). */
  valid: boolean;
  /** Count of well-formed multi-byte sequences. */
  multiByte: number;
  invalid: number;
  /** UTF-8 with at most a few stray bytes (editors pasting a windows-1252 quote into a UTF-8 page). */
  mostlyUtf8: boolean;
}

export function utf8Stats(bytes: Uint8Array, onInvalid?: (start: number, length: number) => void): Utf8Stats {
  let multiByte = 0;
  let invalid = 0;
  let truncatedTail = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      onInvalid?.(i, 1);
      i++;
      continue;
    }
    let j = 1;
    let ok = true;
    for (; j <= need; j++) {
      if (i + j >= n) break; // truncated at the end: not evidence either way
      const c = bytes[i + j]!;
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (c < min || c > max) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      invalid++;
      onInvalid?.(i, j);
      i += j; // resync at the offending byte
      continue;
    }
    if (i + need < n) multiByte++;
    else truncatedTail = true;
    i += need + 1;
  }
  // a cut-off last character only passes in text that has shown UTF-8 before it
  if (truncatedTail && multiByte === 0) invalid++;
  const mostlyUtf8 = invalid === 0 || (multiByte >= 10 && invalid * 50 <= multiByte);
  return { valid: invalid === 0, multiByte, invalid, mostlyUtf8 };
}

/**
 * "charset=ISO-8859-1" is what servers add by default (Apache's AddDefaultCharset), so it often contradicts the page's
 * own `<meta>` (windows-1251, ISO-8859-2 ...). When the page's declaration reads clearly better than windows-1252
 * (fewer controls, symbols inside words, whole words of accented letters), it wins.
 */
function documentDeclarationReadsBetter(bytes: Uint8Array, charset: string): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const header = plausibility(decodeAs(sample, 'windows-1252'));
  const own = plausibility(decodeAs(sample, charset));
  return own.hardErrors <= header.hardErrors && own.rate + 0.3 < header.rate;
}

/**
 * UTF-8 with its few invalid bytes read as windows-1252 instead of U+FFFD: the stray bytes in a UTF-8 page are
 * nearly always a pasted windows-1252 character (a curly quote, an accented letter) that a reader can still use.
 */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  const parts: string[] = [];
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let from = 0;
  utf8Stats(bytes, (start, length) => {
    if (start > from) parts.push(utf8.decode(bytes.subarray(from, start)));
    parts.push(decodeAs(bytes.subarray(start, start + length), 'windows-1252'));
    from = start + length;
  });
  if (from < bytes.length) parts.push(utf8.decode(bytes.subarray(from)));
  return parts.join('');
}

function contradictedByUtf8(declared: string, s: Utf8Stats): boolean {
  if (!s.valid || s.multiByte === 0) return false;
  if (SINGLE_BYTE.has(declared)) return true;
  if (CJK_MULTI_BYTE.has(declared)) return s.multiByte >= 4;
  return false;
}

/** UTF-16 without a BOM shows as NUL bytes in every other position for Latin text (and for markup in any language). */
export function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, PRESCAN_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** chardet's names -> WHATWG canonical names (null: not a decodable candidate for us). */
const CHARDET_NAMES: Record<string, string | null> = {
  'UTF-8': 'utf-8',
  ASCII: 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-9': 'windows-1254',
  'ISO-2022-JP': 'iso-2022-jp',
  'ISO-2022-KR': null,
  'ISO-2022-CN': null,
  ISO_2022: null,
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'UTF-32': null,
  'UTF-32LE': null,
  'UTF-32BE': null,
  mbcs: null,
  sbcs: null,
};

/** Always considered: the charsets most legacy web/news text is in, whatever chardet thinks. */
const BASE_CANDIDATES = [
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'koi8-r',
  'ibm866',
  'iso-8859-2',
  'windows-1257',
  'windows-1253',
  'iso-8859-7',
  'windows-1255',
  'windows-1256',
];

/**
 * chardet proposes candidates with a language-model confidence; each candidate's decoding is then checked for
 * things real text does not contain (C1 controls, U+FFFD, symbols inside words, mixed-script or mIxEd-case words,
 * whole words of accented Latin letters). The best combined score wins.
 */
export function sniffCharset(bytes: Uint8Array): { charset: string; confidence: number } | null {
  const sample = textSample(bytes);
  const scores = new Map<string, number>();
  for (const match of analyse(sample)) {
    const name = match.name in CHARDET_NAMES ? CHARDET_NAMES[match.name] : normalizeCharsetLabel(match.name);
    if (!name || name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be') continue;
    if (!scores.has(name)) scores.set(name, match.confidence / 100);
  }
  // chardet tells an ISO code page from its Windows sibling only by the presence of bytes 0x80-0x9F; the decodings
  // (U+FFFD, controls, misplaced punctuation) judge that better, so siblings compete on equal terms.
  for (const [a, b] of SIBLINGS) {
    const ca = scores.get(a) ?? -1;
    const cb = scores.get(b) ?? -1;
    if (ca > cb) scores.set(b, ca - 0.001);
    else if (cb > ca) scores.set(a, cb - 0.001);
  }
  for (const name of BASE_CANDIDATES) if (!scores.has(name)) scores.set(name, 0);

  let best: { charset: string; score: number } | null = null;
  for (const [charset, chardetConfidence] of scores) {
    const p = plausibility(decodeAs(sample, charset));
    // each undecodable byte is strong evidence on its own, however long the text
    const score =
      chardetConfidence -
      PENALTY_WEIGHT * p.rate -
      HARD_ERROR_WEIGHT * Math.min(p.hardErrors, 5) +
      (charset === 'windows-1252' ? WINDOWS_1252_PRIOR : 0);
    if (!best || score > best.score) best = { charset, score };
  }
  if (!best) return null;
  return { charset: best.charset, confidence: Math.max(0.1, Math.min(0.8, best.score)) };
}

const SIBLINGS: ReadonlyArray<readonly [string, string]> = [
  ['windows-1250', 'iso-8859-2'],
  ['windows-1253', 'iso-8859-7'],
  ['windows-1255', 'iso-8859-8'],
  ['windows-1256', 'iso-8859-6'],
  ['windows-1257', 'iso-8859-13'],
  ['windows-1252', 'iso-8859-15'],
];

const PENALTY_WEIGHT = 3;
const HARD_ERROR_WEIGHT = 0.1;
/** windows-1252 is by far the most common legacy charset of web and news text: it wins near-ties. */
const WINDOWS_1252_PRIOR = 0.05;

/**
 * The text the statistics should look at: for markup, tags, scripts, styles, comments and entities are dropped (they
 * are ASCII and dilute the letter statistics; in every ASCII-compatible charset, CJK ones included, '<' and '>' are
 * never part of a multi-byte character, so this is safe on undecoded bytes).
 */
function textSample(bytes: Uint8Array): Uint8Array {
  const window = bytes.subarray(0, SNIFF_BYTES * 4);
  const raw = latin1(window);
  if (!/<[a-zA-Z!/]/.test(raw.slice(0, 4096))) return trimToCharBoundary(window.subarray(0, SNIFF_BYTES), bytes.length > SNIFF_BYTES);
  const text = raw
    .replace(/<(script|style|svg|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<[a-zA-Z/!?][^>]*(>|$)/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, ' ')
    .replace(/[ \t\r\n]{2,}/g, ' ');
  const stripped = new Uint8Array(Buffer.from(text.slice(0, SNIFF_BYTES), 'latin1'));
  return trimToCharBoundary(stripped, text.length > SNIFF_BYTES || bytes.length > window.length);
}

/** Cuts a sample before a trailing partial character so the tail does not count as garbage. */
function trimToCharBoundary(sample: Uint8Array, truncated: boolean): Uint8Array {
  if (!truncated) return sample;
  let end = sample.length;
  // back off to an ASCII byte: every ASCII-compatible charset starts a character after it
  for (let k = 0; k < 8 && end > 0 && sample[end - 1]! >= 0x80; k++) end--;
  return sample.subarray(0, end);
}
