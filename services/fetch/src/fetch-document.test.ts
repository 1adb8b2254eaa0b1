import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FetchError, gunzipIfNeeded, prepareDocument } from './fetch-document.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const gz = (b: Uint8Array | string): Uint8Array => new Uint8Array(gzipSync(b));

async function rejection(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected a rejection');
}

function thrown(fn: () => unknown): FetchError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected an error');
}

describe('gunzipIfNeeded', () => {
  const html = '<html><body><p>Élection municipale: résultats</p></body></html>';

  it('decompresses gzip content', async () => {
    const out = await gunzipIfNeeded(gz(html), 1_000_000);
    expect(new TextDecoder().decode(out)).toBe(html);
  });

  it('returns other bytes untouched', async () => {
    const bytes = utf8(html);
    expect(await gunzipIfNeeded(bytes, 10)).toBe(bytes);
  });

  it('unwraps a gzip inside a gzip', async () => {
    const out = await gunzipIfNeeded(gz(gz(html)), 1_000_000);
    expect(new TextDecoder().decode(out)).toBe(html);
  });

  it('rejects a gzip that decompresses to 0 bytes as permanent "empty after gzip decompression"', async () => {
    const err = await rejection(gunzipIfNeeded(gz(new Uint8Array(0)), 1_000_000));
    expect(err.kind).toBe('permanent');
    expect(err.code).toBe('empty');
    expect(err.message).toContain('empty after gzip decompression');
  });

  it('stops a gzip bomb at maxBytes with a permanent too-large error', async () => {
    const bomb = gz(new Uint8Array(5_000_000)); // ~5 KB compressed
    expect(bomb.length).toBeLessThan(10_000);
    const err = await rejection(gunzipIfNeeded(bomb, 1_000_000));
    expect(err).toMatchObject({ kind: 'permanent', code: 'too-large' });
    expect(err.message).toContain('1000000-byte limit');
  });

  it('keeps what inflates from a truncated archive', async () => {
    const long = `<p>${'Lorem ipsum dolor sit amet. '.repeat(2000)}</p>`;
    const full = gz(long);
    const out = await gunzipIfNeeded(full.subarray(0, Math.floor(full.length * 0.6)), 1_000_000);
    const text = new TextDecoder().decode(out);
    expect(text.length).toBeGreaterThan(1000);
    expect(long.startsWith(text)).toBe(true);
  });

  it('rejects corrupt gzip data as permanent bad-compression', async () => {
    const bytes = gz(html);
    bytes.fill(0x55, 10, 30);
    const err = await rejection(gunzipIfNeeded(bytes, 1_000_000));
    expect(err).toMatchObject({ kind: 'permanent', code: 'bad-compression' });
  });
});

describe('prepareDocument', () => {
  it('decodes a text document and reports media type and charset rule', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body>Новости дня</body></html>';
    const doc = prepareDocument(new Uint8Array(iconv.encode(html, 'windows-1251')), { fileName: 'news.html' });
    expect(doc).toMatchObject({ text: html, mediaType: 'text/html', charset: 'windows-1251', charsetRule: 'meta' });
  });

  it('rejects an empty file as permanent "empty"', () => {
    const err = thrown(() => prepareDocument(new Uint8Array(0), {}));
    expect(err).toMatchObject({ kind: 'permanent', code: 'empty' });
    expect(err.message).toContain('file is empty (0 bytes)');
  });

  it('rejects a whitespace-only file as "empty"', () => {
    const err = thrown(() => prepareDocument(utf8(' \n\t\r\n \u00a0 '), { fileName: 'blank.txt' }));
    expect(err).toMatchObject({ kind: 'permanent', code: 'empty' });
    expect(err.message).toContain('only whitespace');
  });

  it('rejects binary content with the detected format in the message', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const err = thrown(() => prepareDocument(png, { fileName: 'photo.html' }));
    expect(err).toMatchObject({ kind: 'permanent', code: 'binary' });
    expect(err.message).toContain('image/png');
    expect(err.message).toContain('newswire ingests text, HTML, JSON, Markdown and feeds');
  });

  it('drops a stray NUL byte from an otherwise textual document', () => {
    const text = `<html><body>${'<p>Council approves the budget.</p>'.repeat(100)}</body></html>`;
    const bytes = utf8(text);
    bytes[2000] = 0;
    const doc = prepareDocument(bytes, {});
    expect(doc.text).not.toContain('\u0000');
    expect(doc.text.length).toBe(text.length - 1);
    expect(doc.mediaType).toBe('text/html');
  });

  it('rejects content that is still gzip-compressed', () => {
    const err = thrown(() => prepareDocument(gz('<p>x</p>'), {}));
    expect(err).toMatchObject({ kind: 'permanent', code: 'binary' });
    expect(err.message).toContain('gzip');
  });
});
