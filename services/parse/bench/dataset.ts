import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  id: string;
  html: string;
  url: string | null;
  truth: { body: string; title: string | null; authors: string[]; date: string | null };
}

type Raw = Record<string, unknown>;

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function authorList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  if (typeof v === 'string') return v.split(/\s*[,;]\s*/).filter((x) => x.trim() !== '');
  return [];
}

/** Finds the charset a document declares in its first bytes (meta charset / http-equiv). */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/** UTF-8 unless the document declares another charset Node's TextDecoder knows. */
export function decodeHtml(bytes: Uint8Array): string {
  const label = sniffCharset(bytes);
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // unknown label: fall through to UTF-8
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Loads a dataset laid out like NAEB: `articles.json` (object keyed by id, or an array) + `html/<id>.html.gz`. */
export function loadDataset(dir: string, limit = Infinity): BenchPage[] {
  const raw = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as unknown;
  const entries: [string, Raw][] = Array.isArray(raw)
    ? (raw as Raw[]).map((r, i) => [String(r['id'] ?? i), r])
    : Object.entries(raw as Record<string, Raw>);
  const pages: BenchPage[] = [];
  for (const [key, r] of entries) {
    if (pages.length >= limit) break;
    const fileName = str(r['html_file']);
    const candidates = [
      fileName ? join(dir, 'html', fileName) : null,
      fileName ? join(dir, fileName) : null,
      join(dir, 'html', `${key}.html.gz`),
      join(dir, 'html', `${String(r['id'] ?? key)}.html.gz`),
      join(dir, 'html', `${key}.html`),
    ].filter((p): p is string => p !== null);
    const file = candidates.find((p) => existsSync(p));
    if (!file) continue;
    let bytes: Uint8Array = readFileSync(file);
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
    pages.push({
      id: key,
      html: decodeHtml(bytes),
      url: str(r['url']) ?? str(r['link']),
      truth: {
        body: str(r['articleBody']) ?? str(r['text']) ?? str(r['body']) ?? '',
        title: str(r['title']),
        authors: authorList(r['authors'] ?? r['author']),
        date: str(r['date']) ?? str(r['published']),
      },
    });
  }
  return pages;
}
