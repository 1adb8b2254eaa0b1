import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHtml, loadDataset, sniffCharset } from './dataset.js';

describe('charset handling', () => {
  it('finds meta charset and http-equiv declarations', () => {
    expect(sniffCharset(Buffer.from('<html><head><meta charset="ISO-8859-1">'))).toBe('iso-8859-1');
    expect(sniffCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))).toBe('windows-1252');
    expect(sniffCharset(Buffer.from('<html><body>none</body></html>'))).toBeNull();
  });
  it('decodes with the declared charset and falls back to UTF-8', () => {
    const latin1 = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>caf'), Buffer.from([0xe9]), Buffer.from(' ’</p>')]);
    expect(decodeHtml(latin1)).toContain('café');
    expect(decodeHtml(Buffer.from('<meta charset="utf-8"><p>café</p>'))).toContain('café');
    expect(decodeHtml(Buffer.from('<meta charset="x-unknown-label"><p>café</p>'))).toContain('café');
  });
});

describe('loadDataset', () => {
  it('reads an NAEB-style directory keyed by id, splitting comma-separated authors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'naeb-'));
    mkdirSync(join(dir, 'html'));
    writeFileSync(join(dir, 'html', 'abc.html.gz'), gzipSync(Buffer.from('<p>Hello world</p>')));
    writeFileSync(
      join(dir, 'articles.json'),
      JSON.stringify({
        abc: { title: 'T', authors: 'Jane Doe, John Roe', date: '2023-12-01', articleBody: 'Hello world', url: 'https://x/a' },
        missing: { title: 'No file', authors: '', date: '', articleBody: '' },
      }),
    );
    const pages = loadDataset(dir);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({
      id: 'abc',
      html: '<p>Hello world</p>',
      url: 'https://x/a',
      truth: { body: 'Hello world', title: 'T', authors: ['Jane Doe', 'John Roe'], date: '2023-12-01' },
    });
  });
});
