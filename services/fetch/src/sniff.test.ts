import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffContent } from './sniff.js';

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(Buffer.from(p, 'latin1')) : p)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffContent: binary and compressed content', () => {
  it.each([
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image/png'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0]), 'image/jpeg'],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), 'application/pdf'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['MP4', bytes([0, 0, 0, 0x18], 'ftypmp42', [0, 0, 0, 0]), 'video/mp4'],
    ['ZIP (docx, epub ...)', bytes('PK', [3, 4, 20, 0, 6, 0]), 'application/zip'],
  ])('recognises %s by its magic number, whatever the label says', (_name, content, type) => {
    const r = sniffContent(content, { contentType: 'text/html', fileName: 'article.html' });
    expect(r.kind).toBe('binary');
    expect(r.mediaType).toBe(type);
    expect(r.reason).toContain(`binary content (${type}`);
    expect(r.reason).toContain('newswire ingests text, HTML, JSON, Markdown and feeds');
  });

  it('flags gzip (magic 1f 8b) as gzip, to be decompressed', () => {
    const r = sniffContent(new Uint8Array(gzipSync('<html></html>')));
    expect(r).toMatchObject({ kind: 'gzip', mediaType: 'application/gzip' });
  });

  it('calls unknown content with NUL bytes binary', () => {
    const r = sniffContent(bytes('abc', [0, 1, 2, 0, 0, 7], 'def'), { contentType: 'application/octet-stream' });
    expect(r.kind).toBe('binary');
    expect(r.reason).toContain('NUL');
  });

  it('calls content full of control characters binary', () => {
    const noise = Array.from({ length: 400 }, (_, i) => [1, 2, 3, 4, 5, 6, 0x0e, 0x0f, 0x41, 0x42][i % 10]!);
    expect(sniffContent(new Uint8Array(noise)).kind).toBe('binary');
  });

  it('keeps UTF-16 text (NULs by design) as text', () => {
    const r = sniffContent(new Uint8Array(iconv.encode('<html><body>Hello</body></html>', 'utf-16le')));
    expect(r).toMatchObject({ kind: 'text', mediaType: 'text/html' });
  });

  it('keeps ISO-2022-JP (ESC sequences) and legacy 8-bit text as text', () => {
    expect(sniffContent(bytes('\x1b$B$3$s$K$A$O\x1b(B world')).kind).toBe('text');
    expect(sniffContent(new Uint8Array(iconv.encode('Привет, мир! Новости дня.', 'koi8-r'))).kind).toBe('text');
  });
});

describe('sniffContent: text media types', () => {
  it('takes a specific Content-Type header', () => {
    expect(sniffContent(utf8('# Title\n\nSome text'), { contentType: 'text/markdown; charset=utf-8' }).mediaType).toBe('text/markdown');
    expect(sniffContent(utf8('hello'), { contentType: 'application/xhtml+xml' }).mediaType).toBe('text/html');
  });

  it('recognises feeds from the content even under a generic label', () => {
    const rss = '<?xml version="1.0" encoding="utf-8"?>\n<!-- feed --><rss version="2.0"><channel></channel></rss>';
    const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>';
    const rdf = '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>';
    expect(sniffContent(utf8(rss), { contentType: 'text/xml' }).mediaType).toBe('application/rss+xml');
    expect(sniffContent(utf8(rss), { contentType: 'text/html' }).mediaType).toBe('application/rss+xml');
    expect(sniffContent(utf8(atom), { contentType: 'application/xml' }).mediaType).toBe('application/atom+xml');
    expect(sniffContent(utf8(rdf)).mediaType).toBe('application/rss+xml');
  });

  it('recognises HTML, XML, JSON and Markdown from the content when nothing else says', () => {
    expect(sniffContent(utf8('\n  <!DOCTYPE html><html><body></body></html>')).mediaType).toBe('text/html');
    expect(sniffContent(utf8('<div class="x"><p>Hello</p></div>')).mediaType).toBe('text/html');
    expect(sniffContent(utf8('<?xml version="1.0"?><article><p>x</p></article>')).mediaType).toBe('application/xml');
    expect(sniffContent(utf8('{"headline": "Storm hits coast", "body": "..."}')).mediaType).toBe('application/json');
    expect(sniffContent(utf8('[{"a": 1}]'), { contentType: 'text/plain' }).mediaType).toBe('application/json');
    const md = '# Storm hits coast\n\nBy **Jane Doe**\n\n- item one\n- item two\n\nSee [the report](https://example.org/r).';
    expect(sniffContent(utf8(md)).mediaType).toBe('text/markdown');
  });

  it('does not call plain prose Markdown or JSON', () => {
    const prose = 'Storm hits coast\n\nThe storm [which began on Monday] left thousands without power.\n{Editor: check figures}';
    expect(sniffContent(utf8(prose)).mediaType).toBe('text/plain');
  });

  it('uses the file extension (ignoring .gz) when the header is generic or missing', () => {
    expect(sniffContent(utf8('Title\n\nBody'), { fileName: 'story.md' }).mediaType).toBe('text/markdown');
    expect(sniffContent(utf8('Title\n\nBody'), { contentType: 'text/plain', fileName: 'story.markdown' }).mediaType).toBe('text/markdown');
    expect(sniffContent(utf8('<p>x</p>'), { contentType: 'application/octet-stream', fileName: 'a.html.gz' }).mediaType).toBe('text/html');
    expect(sniffContent(utf8('just words'), { fileName: 'notes.txt' }).mediaType).toBe('text/plain');
  });

  it('drops a label or extension the content cannot match', () => {
    expect(sniffContent(utf8('Storm hits coast.\n\nThousands without power.'), { contentType: 'application/json' }).mediaType).toBe(
      'text/plain',
    );
    expect(sniffContent(utf8('# Storm\n\nSee [the report](https://example.org/r).\n\n- one'), { fileName: 'story.xml' }).mediaType).toBe(
      'text/markdown',
    );
  });

  it('lets unmistakable content win over a wrong specific label (HTML error page served as JSON)', () => {
    const r = sniffContent(utf8('<!doctype html><html><body>502 Bad Gateway</body></html>'), { contentType: 'application/json' });
    expect(r.mediaType).toBe('text/html');
  });
});
