import type { InputFormat } from '@newswire/contracts';

export interface DetectInput {
  text: string;
  mediaType?: string | null;
  fileName?: string | null;
  url?: string | null;
}

export interface Detection {
  format: InputFormat;
  /** What decided it: 'sniff', 'media-type', 'extension', 'sniff.weak' or 'default'. */
  by: 'sniff' | 'media-type' | 'extension' | 'sniff.weak' | 'default';
}

const MEDIA_TYPES: Record<string, InputFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/feed+json': 'json',
  'application/json': 'json',
  'application/ld+json': 'json',
  'application/x-ndjson': 'json',
  'application/jsonl': 'json',
  'application/x-jsonlines': 'json',
  'text/json': 'json',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
};

const EXTENSIONS: Record<string, InputFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  jsonld: 'json',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  txt: 'text',
  text: 'text',
};

/**
 * Decides the input format. Content that unmistakably is one format (an XML feed root, an HTML
 * document, valid JSON) wins over labels, since servers mislabel; otherwise the media type, then the
 * file extension (from fileName or the URL path), then weaker content cues; plain text by default.
 */
export function detectFormat(input: DetectInput): Detection {
  const strong = sniffStrong(input.text);
  if (strong) return { format: strong, by: 'sniff' };
  const mt = input.mediaType?.split(';')[0]?.trim().toLowerCase();
  if (mt && mt !== 'text/plain' && mt !== 'application/octet-stream') {
    const f = MEDIA_TYPES[mt];
    // A page labelled HTML that holds no markup at all is plain text served with the wrong type.
    if (f === 'html' && !/<[a-z!/]/i.test(input.text.slice(0, 20_000))) return { format: 'text', by: 'sniff.weak' };
    if (f) return { format: f, by: 'media-type' };
    if (mt.endsWith('+json')) return { format: 'json', by: 'media-type' };
    if (/xml$/.test(mt)) return { format: looksLikeHtml(input.text) ? 'html' : 'feed', by: 'media-type' };
  }
  const ext = extensionOf(input.fileName) ?? extensionOf(urlPath(input.url));
  if (ext && ext !== 'xml' && EXTENSIONS[ext]) {
    const f = EXTENSIONS[ext];
    if (f) return { format: f, by: 'extension' };
  }
  if (ext === 'xml') return { format: looksLikeHtml(input.text) ? 'html' : 'feed', by: 'extension' };
  if (looksLikeHtml(input.text)) return { format: 'html', by: 'sniff.weak' };
  if (looksLikeMarkdown(input.text)) return { format: 'markdown', by: 'sniff.weak' };
  return { format: 'text', by: 'default' };
}

function sniffStrong(text: string): InputFormat | null {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2048);
  if (/^<\?xml\b/i.test(head) || /^<(?:rss|feed|rdf:RDF)\b/i.test(head)) {
    const afterDecl = head.replace(/^<\?xml[^>]*>\s*/i, '').replace(/^(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*/, '');
    if (/^<(?:rss|feed|rdf:RDF)\b/i.test(afterDecl)) return 'feed';
    if (/^<(?:!doctype\s+html|html)\b/i.test(afterDecl)) return 'html';
  }
  if (/^<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return 'html';
  if (/^[[{]/.test(head)) {
    const t = text.trim();
    if (isJson(t)) return 'json';
    const lines = t.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length > 1 && lines.every((l) => /^\s*\{/.test(l)) && lines.slice(0, 5).every((l) => isJson(l))) return 'json';
  }
  return null;
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 5000);
  const tags = head.match(/<\/?(?:p|div|article|section|span|br|h[1-6]|ul|li|a|html|body|head|meta|strong|em|table)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3 || /^\s*<(?:!doctype|html|body|article|div|p)\b/i.test(head);
}

function looksLikeMarkdown(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '');
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(t) && /^\w[\w-]*\s*:/m.test(t.slice(4, 400))) return true;
  let score = 0;
  if (/^#{1,6}\s+\S/m.test(t)) score += 2;
  if (/\[[^\]\n]+\]\((?:https?:|\/|#)[^)\s]*\)/.test(t)) score += 2;
  if (/^```/m.test(t)) score += 2;
  if (/(?:\*\*|__)\S[^*\n]*\S(?:\*\*|__)/.test(t)) score += 1;
  if (/^\s*[-*+]\s+\S/m.test(t) && /^\s*[-*+]\s+\S.*\n\s*[-*+]\s+\S/m.test(t)) score += 1;
  if (/^>\s+\S/m.test(t)) score += 1;
  if (/!\[[^\]]*\]\([^)]+\)/.test(t)) score += 2;
  return score >= 2;
}

function extensionOf(name: string | null | undefined): string | null {
  if (!name) return null;
  const m = /\.([a-z0-9]{1,10})$/i.exec(name.replace(/[?#].*$/, ''));
  return m?.[1]?.toLowerCase() ?? null;
}

function urlPath(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
