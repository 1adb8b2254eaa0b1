import { readFileSync } from 'node:fs';
import { parseResultSchema } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { ParseError, parseDocument } from './parse-article.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof ParseError ? e.code : 'other';
  }
};

describe('parseDocument', () => {
  it('dispatches each format and returns a valid ParseResult', () => {
    const cases: Array<[Parameters<typeof parseDocument>[0], string]> = [
      [{ text: fixture('wire-inline-header.txt'), fileName: 'a.txt' }, 'text'],
      [{ text: fixture('article.json') }, 'json'],
      [{ text: fixture('article.md'), fileName: 'a.md' }, 'markdown'],
      [{ text: fixture('feed-rss.xml') }, 'feed'],
      [
        {
          text: '<html><head><title>T</title></head><body><article><p>The council met on Monday and approved the budget after a long debate.</p><p>It takes effect in July.</p></article></body></html>',
          mediaType: 'text/html',
        },
        'html',
      ],
    ];
    for (const [input, format] of cases) {
      const r = parseDocument(input);
      expect(parseResultSchema.parse(r)).toBeTruthy();
      expect(r.articles[0]?.format).toBe(format);
    }
  });

  it('returns feed links alongside full articles', () => {
    const r = parseDocument({ text: fixture('feed-atom.xml'), mediaType: 'application/atom+xml' });
    expect(r.articles).toHaveLength(1);
    expect(r.links.map((l) => l.url)).toEqual(['https://atom.example.org/short']);
  });

  it('passes the input url to text articles', () => {
    const r = parseDocument({ text: 'A short story about the council.', url: 'https://x.example/s.txt' });
    expect(r.articles[0]?.url).toBe('https://x.example/s.txt');
  });

  it('throws ParseError with a code and an actionable message for non-articles', () => {
    expect(codeOf(() => parseDocument({ text: '' }))).toBe('EMPTY');
    expect(codeOf(() => parseDocument({ text: ' \n\t\u00A0 ' }))).toBe('EMPTY');
    expect(codeOf(() => parseDocument({ text: '\uFEFF' }))).toBe('EMPTY');
    expect(codeOf(() => parseDocument({ text: '--- 123 *** 456 ---', mediaType: 'text/plain' }))).toBe('NO_WORDS');
    expect(codeOf(() => parseDocument({ text: '{"ok": true, "count": 3}' }))).toBe('JSON_NO_ARTICLE');
    expect(codeOf(() => parseDocument({ text: '<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>' }))).toBe('FEED_EMPTY');
    try {
      parseDocument({ text: '{"ok": true}' });
    } catch (e) {
      expect((e as Error).message).toMatch(/expected an object with a body/);
      expect((e as Error).name).toBe('ParseError');
    }
  });
});
