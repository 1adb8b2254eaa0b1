import { readFileSync } from 'node:fs';
import { parsedArticleSchema } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../detect/parse-error.js';
import { parseFeed } from './parse-feed.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('parseFeed (RSS)', () => {
  const r = parseFeed(fixture('feed-rss.xml'));

  it('turns an item with full content:encoded into an article', () => {
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(parsedArticleSchema.parse(a)).toBeTruthy();
    expect(a.format).toBe('feed');
    expect(a.title).toBe('Rivers Rise as Storms Drench the Valley');
    expect(a.url).toBe('https://wire.example.com/2024/05/rivers-rise');
    expect(a.authors).toEqual(['Ana Lopez']);
    expect(a.publishedAt).toBe('2024-05-14T09:30:00.000Z');
    expect(a.tags).toEqual(['Weather', 'Floods']);
    expect(a.image).toBe('https://wire.example.com/img/river.jpg');
    expect(a.siteName).toBe('Example Wire & Co');
    expect(a.language).toBe('en-us');
    expect(a.description).toBe('Heavy rain pushed rivers over their banks.');
    expect(a.dateline).toMatchObject({ place: 'Sacramento', agency: 'AP', date: null });
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]).toMatch(/^Heavy rain pushed rivers/);
    expect(a.body).not.toContain('A flooded road');
    expect(a.provenance.body?.rule).toBe('feed.item.content:encoded');
  });

  it('sends a teaser-only item to links, entities decoded', () => {
    expect(r.links).toEqual([
      {
        url: 'https://wire.example.com/2024/05/markets',
        title: 'Markets close higher & bonds slip',
        publishedAt: '2024-05-14T21:00:00.000Z',
      },
    ]);
  });
});

describe('parseFeed (Atom)', () => {
  const r = parseFeed(fixture('feed-atom.xml'));

  it('reads entries with html content, alternate links, categories and feed authors', () => {
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.title).toBe('Council Approves New Budget');
    expect(a.url).toBe('https://atom.example.org/council-budget');
    expect(a.publishedAt).toBe('2024-11-02T09:00:00.000Z');
    expect(a.modifiedAt).toBe('2024-11-03T08:00:00.000Z');
    expect(a.tags).toEqual(['Politics']);
    expect(a.authors).toEqual(['Desk Editor']);
    expect(a.language).toBe('en');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('links an entry with only a summary', () => {
    expect(r.links).toEqual([{ url: 'https://atom.example.org/short', title: 'Short item', publishedAt: '2024-11-04T08:00:00.000Z' }]);
  });
});

describe('parseFeed content shapes', () => {
  const long = Array.from(
    { length: 4 },
    (_, i) =>
      `Paragraph ${i + 1} of the story says the council debated the budget for hours and agreed to raise spending on transport and housing next year.`,
  );

  it('reads Atom xhtml content and RSS descriptions with raw (unescaped) HTML', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>X</title><link href="https://a.example/x"/><updated>2024-01-01T00:00:00Z</updated>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${long.map((p) => `<p>${p}</p>`).join('')}</div></content></entry></feed>`;
    expect(parseFeed(atom).articles[0]?.paragraphs).toEqual(long);
    const rss = `<rss><channel><title>R</title><item><title>Y</title><link>https://r.example/y</link><description>${long.map((p) => `<p>${p}</p>`).join('')}</description>
      <enclosure url="https://r.example/y.jpg" type="image/jpeg" length="1"/></item></channel></rss>`;
    const a = parseFeed(rss).articles[0]!;
    expect(a.paragraphs).toEqual(long);
    expect(a.image).toBe('https://r.example/y.jpg');
    expect(a.provenance.body?.rule).toBe('feed.item.description');
  });
});

describe('parseFeed errors', () => {
  it('refuses a feed with no items', () => {
    expect(() => parseFeed('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>')).toThrow(
      expect.objectContaining({ code: 'FEED_EMPTY' }),
    );
  });

  it('refuses XML that is not a feed', () => {
    expect(() => parseFeed('<?xml version="1.0"?><catalog><book/></catalog>')).toThrow(ParseError);
  });

  it('keeps a short item without a link as an article, and refuses items with neither', () => {
    const short = '<rss><channel><item><title>Note</title><description>Road closed until Friday.</description></item></channel></rss>';
    expect(parseFeed(short).articles.map((a) => a.body)).toEqual(['Road closed until Friday.']);
    expect(() => parseFeed('<rss><channel><item><title>Nothing</title></item></channel></rss>')).toThrow(
      expect.objectContaining({ code: 'FEED_EMPTY' }),
    );
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://r.example/"><title>R</title></channel>
      <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link></item></rdf:RDF>`;
    expect(parseFeed(xml).links).toEqual([{ url: 'https://r.example/1', title: 'One', publishedAt: null }]);
  });
});
