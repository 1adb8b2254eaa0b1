export interface SniffHints {
  contentType?: string | null;
  fileName?: string | null;
}

export interface SniffResult {
  kind: 'text' | 'gzip' | 'binary';
  /** Media type of a text document (text/html, application/xml, application/rss+xml, application/atom+xml,
   * application/json, text/markdown, text/plain), or of the detected binary format; null when unknown. */
  mediaType: string | null;
  /** Why the content was refused (binary) or needs another step (gzip). */
  reason?: string;
}

const ACCEPTED = 'newswire ingests text, HTML, JSON, Markdown and feeds';

/** Magic numbers of binary formats seen where documents are expected. Checked on the first bytes only. */
const SIGNATURES: ReadonlyArray<{ type: string; at?: number; bytes: ReadonlyArray<number | null> }> = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: ascii('GIF87a') },
  { type: 'image/gif', bytes: ascii('GIF89a') },
  { type: 'image/webp', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { type: 'audio/wav', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  { type: 'video/x-msvideo', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')] },
  { type: 'image/bmp', bytes: [0x42, 0x4d, null, null, null, null, 0x00, 0x00, 0x00, 0x00] },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'image/x-icon', bytes: [0x00, 0x00, 0x01, 0x00] },
  { type: 'image/avif', at: 4, bytes: ascii('ftypavif') },
  { type: 'image/heic', at: 4, bytes: ascii('ftypheic') },
  { type: 'video/mp4', at: 4, bytes: ascii('ftyp') },
  { type: 'video/webm', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { type: 'audio/mpeg', bytes: [...ascii('ID3'), 0x03, 0x00] },
  { type: 'audio/mpeg', bytes: [...ascii('ID3'), 0x04, 0x00] },
  { type: 'audio/mpeg', bytes: [...ascii('ID3'), 0x02, 0x00] },
  { type: 'audio/ogg', bytes: ascii('OggS') },
  { type: 'audio/flac', bytes: ascii('fLaC') },
  { type: 'application/pdf', bytes: ascii('%PDF-') },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { type: 'application/x-bzip2', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { type: 'application/x-xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { type: 'application/zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { type: 'application/x-7z-compressed', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'application/vnd.rar', bytes: ascii('Rar!\x1a\x07') },
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // .doc/.xls/.msg
  { type: 'application/vnd.sqlite3', bytes: ascii('SQLite format 3\0') },
  { type: 'application/x-executable', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { type: 'application/wasm', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { type: 'application/java-vm', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { type: 'font/woff', bytes: ascii('wOFF') },
  { type: 'font/woff2', bytes: ascii('wOF2') },
  { type: 'application/x-tar', at: 257, bytes: ascii('ustar') },
];

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

function matches(bytes: Uint8Array, sig: { at?: number; bytes: ReadonlyArray<number | null> }): boolean {
  const at = sig.at ?? 0;
  if (bytes.length < at + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => b === null || bytes[at + i] === b);
}

/** Bytes examined for the text/binary decision and content-based media type. */
const SAMPLE = 8192;

/**
 * Is this something newswire can read, and what kind of document is it?
 *
 * Binary detection trusts the bytes, never the label: magic numbers first, then NUL bytes (except in UTF-16, which has
 * them by design) and the share of control characters. Servers and file names lie in both directions (HTML served as
 * application/octet-stream, a PNG named .html), so the media type of text comes from the Content-Type header when it
 * names a specific text type, else from the file extension, else from the content; a feed or an HTML page is
 * recognised from its content even under a generic or wrong XML/HTML/plain label.
 */
export function sniffContent(bytes: Uint8Array, hints: SniffHints = {}): SniffResult {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    return { kind: 'gzip', mediaType: 'application/gzip', reason: 'gzip-compressed content: decompress it before decoding' };
  }
  for (const sig of SIGNATURES) {
    if (matches(bytes, sig)) return binary(sig.type);
  }

  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = utf16Kind(sample);
  if (!utf16) {
    const control = controlStats(sample);
    // Binary formats are full of NULs; a text file may carry a stray one (prepareDocument removes it).
    if (control.nul > Math.max(1, sample.length * 0.001) || (control.nul > 0 && sample.length < 256)) {
      return binary(headerType(hints.contentType) ?? null, 'contains NUL bytes');
    }
    if (control.other > Math.max(2, sample.length * 0.05)) {
      return binary(headerType(hints.contentType) ?? null, `${control.other} control characters in the first ${sample.length} bytes`);
    }
  }

  const head = textHead(sample, utf16);
  return { kind: 'text', mediaType: textMediaType(head, hints) };
}

function binary(type: string | null, detail?: string): SniffResult {
  const what = [type, detail].filter(Boolean).join(', ');
  return { kind: 'binary', mediaType: type, reason: `binary content${what ? ` (${what})` : ''}; ${ACCEPTED}` };
}

function utf16Kind(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const n = sample.length & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.3 && even / pairs < 0.05) return 'utf-16le';
  if (even / pairs > 0.3 && odd / pairs < 0.05) return 'utf-16be';
  return null;
}

/** NULs, and C0 controls other than tab, LF, VT, FF, CR and ESC (ISO-2022 escapes); 0x7F counts too. */
function controlStats(sample: Uint8Array): { nul: number; other: number } {
  let nul = 0;
  let other = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) other++;
  }
  return { nul, other };
}

/** The sample as a string good enough for markup/JSON detection (ASCII structure is what matters). */
function textHead(sample: Uint8Array, utf16: 'utf-16le' | 'utf-16be' | null): string {
  let s: string;
  if (utf16) s = new TextDecoder(utf16).decode(sample);
  else s = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1');
  return s.replace(/^(\ufeff|\u00ef\u00bb\u00bf)/, '');
}

const TEXT_TYPES: Record<string, string> = {
  'text/html': 'text/html',
  'application/xhtml+xml': 'text/html',
  'application/xml': 'application/xml',
  'text/xml': 'application/xml',
  'application/rss+xml': 'application/rss+xml',
  'application/rdf+xml': 'application/rss+xml',
  'application/atom+xml': 'application/atom+xml',
  'application/json': 'application/json',
  'text/json': 'application/json',
  'application/ld+json': 'application/json',
  'application/feed+json': 'application/json',
  'text/markdown': 'text/markdown',
  'text/x-markdown': 'text/markdown',
  'text/plain': 'text/plain',
};

/** Labels that say nothing about the text kind. text/plain is among them: servers use it for .md, .json, feeds. */
const GENERIC = new Set([
  'text/plain',
  'application/octet-stream',
  'binary/octet-stream',
  'application/unknown',
  'application/x-gzip',
  'application/gzip',
]);

const EXTENSIONS: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'text/html',
  shtml: 'text/html',
  xml: 'application/xml',
  rss: 'application/rss+xml',
  rdf: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/json',
  jsonld: 'application/json',
  md: 'text/markdown',
  markdown: 'text/markdown',
  mdown: 'text/markdown',
  txt: 'text/plain',
  text: 'text/plain',
};

function headerType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const t = contentType.split(';')[0]?.trim().toLowerCase();
  return t ? t : null;
}

function extensionType(fileName: string | null | undefined): string | null {
  if (!fileName) return null;
  const base = fileName.replace(/[?#].*$/, '').replace(/\.(gz|gzip)$/i, '');
  const m = /\.([a-z0-9]+)$/i.exec(base);
  return m ? (EXTENSIONS[m[1]!.toLowerCase()] ?? null) : null;
}

function textMediaType(head: string, hints: SniffHints): string {
  const content = contentType(head);
  const header = headerType(hints.contentType);
  const declared = header ? TEXT_TYPES[header] : undefined;

  // What the content proves beats any label: feeds served as text/xml or text/html, HTML error pages served as JSON.
  if (content.certain) return content.type;
  // A specific label is kept unless the content cannot be of that kind (JSON that does not start like JSON, XML that
  // does not start with markup): the parse stage would fail on it, while the content's own kind still parses.
  if (declared && !GENERIC.has(header!) && fits(declared, head)) return declared;
  const ext = extensionType(hints.fileName);
  if (ext && ext !== 'text/plain' && fits(ext, head)) return ext;
  return content.type;
}

function fits(type: string, head: string): boolean {
  const s = head.trimStart();
  if (type === 'application/json') return /^[[{]/.test(s);
  if (type === 'application/xml' || type === 'application/rss+xml' || type === 'application/atom+xml') return s.startsWith('<');
  return true;
}

/**
 * Media type from the content. `certain` when the content cannot be anything else (a feed root element, an HTML
 * doctype or <html> root, a JSON document that parses); otherwise a best guess (markup fragments, Markdown signals).
 */
function contentType(head: string): { type: string; certain: boolean } {
  const s = head.replace(/^\s+/, '');
  const xmlish = /^<\?xml[\s?]/i.test(s);
  const root = firstElement(s);
  if (root) {
    const name = root.toLowerCase();
    if (name === 'rss' || name === 'rdf:rdf') return { type: 'application/rss+xml', certain: true };
    if (name === 'feed' && /xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/atom/i.test(s.slice(0, 2000))) {
      return { type: 'application/atom+xml', certain: true };
    }
    if (name === 'feed' && xmlish) return { type: 'application/atom+xml', certain: true };
    if (name === 'html') return { type: 'text/html', certain: true };
  }
  if (/^<!doctype\s+html/i.test(s)) return { type: 'text/html', certain: true };
  if (xmlish) return { type: 'application/xml', certain: false };
  if (/^[[{]/.test(s) && looksLikeJson(s, head.length >= SAMPLE)) return { type: 'application/json', certain: true };
  if (/<(html|head|body|article|div|p|h[1-6]|meta|title|section|span|br)\b[^>]*>/i.test(s.slice(0, 2048))) {
    return { type: 'text/html', certain: false };
  }
  if (markdownSignals(s) >= 2) return { type: 'text/markdown', certain: false };
  return { type: 'text/plain', certain: false };
}

/** Name of the first element after the prolog (XML declaration, comments, doctype, processing instructions). */
function firstElement(s: string): string | null {
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i.exec(s);
  const rest = s.slice(prolog?.[0].length ?? 0);
  const m = /^<([A-Za-z_][\w:.-]*)/.exec(rest);
  return m?.[1] ?? null;
}

function looksLikeJson(s: string, truncated: boolean): boolean {
  if (!truncated) {
    try {
      JSON.parse(s);
      return true;
    } catch {
      // latin1 view of non-ASCII UTF-8 still parses; a failure means it is not one JSON document
      return false;
    }
  }
  // only the head is available: a JSON object starts with a key, an array with a value
  return /^\{\s*("|\})/.test(s) || /^\[\s*(["{[\]\d-]|true|false|null)/.test(s);
}

/** Count of distinct Markdown constructs in the head; one alone is common in plain text. */
function markdownSignals(s: string): number {
  const text = s.slice(0, 4096);
  const signals = [
    /^#{1,6}\s+\S/m, // ATX heading
    /^\S.*\n(=+|-+)\s*$/m, // setext heading
    /\[[^\]\n]+\]\((https?:\/\/|\/|\.)[^)\s]*\)/, // inline link
    /^```/m, // fenced code
    /^>\s+\S/m, // block quote
    /(\*\*|__)\S[^*\n]*\S\1/, // strong emphasis
    /^\s{0,3}[-*+]\s+\S/m, // bullet list
    /^---\s*\n[\s\S]*?\n---\s*$/m, // front matter
    /!\[[^\]]*\]\([^)]+\)/, // image
  ];
  return signals.filter((re) => re.test(text)).length;
}
