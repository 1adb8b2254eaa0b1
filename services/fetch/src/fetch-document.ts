import { constants, gunzip, type ZlibOptions } from 'node:zlib';
import { decodeBytes, type CharsetRule } from './decode.js';
import { FetchError } from './errors.js';
import { sniffContent } from './sniff.js';

export { FetchError, isFetchError } from './errors.js';
export type { FetchErrorCode, FetchErrorKind } from './errors.js';
export { decodeBytes } from './decode.js';
export { sniffContent } from './sniff.js';

export interface DocumentHints {
  contentType?: string | null;
  fileName?: string | null;
}

export interface PreparedDocument {
  text: string;
  mediaType: string | null;
  charset: string;
  charsetRule: CharsetRule;
  charsetConfidence: number;
}

/** A .gz inside a .gz happens (double-compressed uploads, gzip served with Content-Encoding: gzip on top). */
const MAX_GZIP_LAYERS = 3;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function gunzipAsync(bytes: Uint8Array, opts: ZlibOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gunzip(bytes, opts, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

/**
 * Decompresses gzip content (files like `article.html.gz` from the intake); other bytes are returned as they are.
 * The output size is capped while inflating (zlib stops at `maxBytes`), so a gzip bomb costs at most `maxBytes` of
 * memory. A truncated archive yields what could be inflated, as a cut-off article is still worth parsing.
 */
export async function gunzipIfNeeded(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  let current = bytes;
  for (let layer = 0; layer < MAX_GZIP_LAYERS && isGzip(current); layer++) {
    current = await gunzipCapped(current, maxBytes);
    if (current.length === 0) {
      throw new FetchError(
        'permanent',
        'empty',
        'empty after gzip decompression: the .gz archive contains a 0-byte file; check the source file',
      );
    }
  }
  return current;
}

async function gunzipCapped(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const maxOutputLength = Math.max(1, Math.floor(maxBytes));
  try {
    return new Uint8Array(await gunzipAsync(bytes, { maxOutputLength }));
  } catch (err) {
    if (isTooLarge(err)) throw tooLarge(bytes.length, maxBytes, err);
    if (errorCode(err) === 'Z_BUF_ERROR') {
      // "unexpected end of file": the archive was cut off; keep what inflates
      try {
        const partial = new Uint8Array(await gunzipAsync(bytes, { maxOutputLength, finishFlush: constants.Z_SYNC_FLUSH }));
        if (partial.length > 0) return partial;
      } catch (again) {
        if (isTooLarge(again)) throw tooLarge(bytes.length, maxBytes, again);
      }
    }
    throw new FetchError(
      'permanent',
      'bad-compression',
      `gzip data is corrupt (${err instanceof Error ? err.message : String(err)}); the file is not a valid .gz archive — re-export or re-upload it`,
      { cause: err },
    );
  }
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function isTooLarge(err: unknown): boolean {
  return err instanceof RangeError || errorCode(err) === 'ERR_BUFFER_TOO_LARGE';
}

function tooLarge(compressed: number, maxBytes: number, cause: unknown): FetchError {
  return new FetchError(
    'permanent',
    'too-large',
    `gzip content (${compressed} bytes compressed) inflates beyond the ${maxBytes}-byte limit: refusing a possible gzip bomb; raise the size limit if the document is genuine`,
    { cause },
  );
}

const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/**
 * Bytes (already decompressed) -> a decoded text document with its media type and charset decision.
 * Throws permanent FetchErrors: 'empty' for 0 bytes or whitespace only, 'binary' for images, PDFs, archives and other
 * non-text content (with the detected format in the message).
 */
export function prepareDocument(bytes: Uint8Array, hints: DocumentHints): PreparedDocument {
  if (bytes.length === 0) throw new FetchError('permanent', 'empty', 'file is empty (0 bytes): nothing to ingest');
  const sniffed = sniffContent(bytes, hints);
  switch (sniffed.kind) {
    case 'binary':
      throw new FetchError('permanent', 'binary', sniffed.reason ?? 'binary content');
    case 'gzip':
      throw new FetchError(
        'permanent',
        'binary',
        `${sniffed.reason ?? 'gzip-compressed content'} (still compressed after ${MAX_GZIP_LAYERS} layers of decompression)`,
      );
    case 'text':
      break;
  }
  const decoded = decodeBytes(bytes, hints);
  // U+0000 cannot be stored in PostgreSQL text and means nothing in a document: a stray NUL byte is dropped
  if (decoded.text.includes('\u0000')) decoded.text = decoded.text.replaceAll('\u0000', '');
  if (BLANK.test(decoded.text)) {
    throw new FetchError('permanent', 'empty', `file contains only whitespace (${bytes.length} bytes): nothing to ingest`);
  }
  return {
    text: decoded.text,
    mediaType: sniffed.mediaType,
    charset: decoded.charset,
    charsetRule: decoded.rule,
    charsetConfidence: decoded.confidence,
  };
}
