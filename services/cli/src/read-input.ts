import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fetchUrl, gunzipIfNeeded, prepareDocument } from '@newswire/fetch';

export interface LoadedDocument {
  text: string;
  mediaType: string | null;
  fileName: string | null;
  url: string | null;
  charset: string;
  charsetRule: string;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Reads a file, URL or stdin exactly as the fetch stage would: decompress, sniff, decode. */
export async function loadDocument(arg: string, opts: { maxBytes: number; timeoutMs: number }): Promise<LoadedDocument> {
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let fileName: string | null = null;
  let url: string | null = null;
  if (arg === '-') {
    bytes = await readStdin();
  } else if (isUrl(arg)) {
    const res = await fetchUrl(arg, {
      timeoutMs: opts.timeoutMs,
      maxBytes: opts.maxBytes,
      maxRedirects: 5,
      userAgent: 'newswire-cli/0.1',
      // The operator's own command on their own machine: an intranet or localhost URL is theirs to read.
      allowPrivateNetworks: true,
    });
    bytes = res.bytes;
    contentType = res.contentType;
    url = res.finalUrl;
    fileName = new URL(res.finalUrl).pathname.split('/').pop() || null;
  } else {
    bytes = await readFile(arg);
    fileName = path.basename(arg);
  }
  const content = await gunzipIfNeeded(bytes, opts.maxBytes);
  const doc = prepareDocument(content, { contentType, fileName: fileName?.replace(/\.gz$/i, '') ?? null });
  return { text: doc.text, mediaType: doc.mediaType, fileName, url, charset: doc.charset, charsetRule: doc.charsetRule };
}
