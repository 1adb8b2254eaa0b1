import { readFileSync } from 'node:fs';
import { parsedArticleSchema } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const body = 'The committee approved the plan on Thursday after a long debate about its cost.';

describe('parseJson', () => {
  it('reads a wrapped article with an HTML body, author objects, JSON-LD-style fields', () => {
    const r = parseJson(fixture('article.json'));
    expect(r.links).toEqual([]);
    const a = r.articles[0]!;
    expect(parsedArticleSchema.parse(a)).toBeTruthy();
    expect(a.format).toBe('json');
    expect(a.title).toBe('Port Strike Ends After Deal on Wages');
    expect(a.authors).toEqual(['Eva de Vries', 'Mark Jansen']);
    expect(a.publishedAt).toBe('2024-06-03T14:20:00.000Z');
    expect(a.url).toBe('https://json.example.com/port-strike');
    expect(a.language).toBe('en');
    expect(a.tags).toEqual(['ports', 'strikes', 'Netherlands']);
    expect(a.image).toBe('https://json.example.com/port.jpg');
    expect(a.dateline).toEqual({ raw: 'ROTTERDAM, June 3 (Reuters) -', place: 'Rotterdam', date: '2024-06-03', agency: 'Reuters' });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[0]).toMatch(/^Dock workers/);
    expect(a.provenance.title?.rule).toBe('json.headline');
    expect(a.provenance.body?.rule).toBe('json.articleBody');
  });

  it('reads arrays and JSON Lines as several articles', () => {
    const arr = JSON.stringify([
      { title: 'A', text: body },
      { title: 'B', body: body, date: '2024-01-02' },
    ]);
    expect(parseJson(arr).articles.map((a) => a.title)).toEqual(['A', 'B']);
    const lines = `{"title":"A","content":"${body}"}\n{"title":"B","content":"${body}","published":"March 1, 2024"}\n`;
    const r = parseJson(lines);
    expect(r.articles.map((a) => [a.title, a.publishedAt])).toEqual([
      ['A', null],
      ['B', '2024-03-01'],
    ]);
  });

  it('reads JSON-LD NewsArticle in a @graph and string authors', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'x' },
        { '@type': 'NewsArticle', headline: 'H', articleBody: body, author: 'By Jo Bloggs and Sam Smith', datePublished: '2024-02-03' },
      ],
    };
    const a = parseJson(JSON.stringify(ld)).articles[0]!;
    expect(a.title).toBe('H');
    expect(a.authors).toEqual(['Jo Bloggs', 'Sam Smith']);
    expect(a.publishedAt).toBe('2024-02-03');
  });

  it('reads WordPress REST shapes ({rendered}) and epoch dates', () => {
    const wp = {
      title: { rendered: 'WP &amp; Title' },
      content: { rendered: `<p>${body}</p>` },
      link: 'https://wp.example/p',
      date: 1717000000,
    };
    const a = parseJson(JSON.stringify(wp)).articles[0]!;
    expect(a.title).toBe('WP & Title');
    expect(a.body).toBe(body);
    expect(a.publishedAt).toBe('2024-05-29T16:26:40.000Z');
  });

  it('turns items with a title and url but no body into links (JSON Feed)', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: '1', url: 'https://jf.example/1', title: 'One', date_published: '2024-01-01T00:00:00Z' },
        { id: '2', url: 'https://jf.example/2', title: 'Two', content_html: `<p>${body}</p>` },
      ],
    };
    const r = parseJson(JSON.stringify(feed));
    expect(r.links).toEqual([{ url: 'https://jf.example/1', title: 'One', publishedAt: '2024-01-01T00:00:00.000Z' }]);
    expect(r.articles.map((a) => a.title)).toEqual(['Two']);
  });

  it('sends clipped news-API bodies to links and gives untitled bodies a first-sentence title', () => {
    const api = {
      status: 'ok',
      articles: [
        {
          title: 'Clipped',
          url: 'https://n.example/1',
          publishedAt: '2024-01-01T10:00:00Z',
          content: 'The first two hundred characters of the story… [+2345 chars]',
        },
      ],
    };
    expect(parseJson(JSON.stringify(api))).toEqual({
      articles: [],
      links: [{ url: 'https://n.example/1', title: 'Clipped', publishedAt: '2024-01-01T10:00:00.000Z' }],
    });
    const a = parseJson(JSON.stringify({ body })).articles[0]!;
    expect(a.title).toBe(body.replace(/\.$/, ''));
    expect(a.provenance.title?.rule).toBe('text.first-sentence');
  });

  it('refuses JSON without article fields and invalid JSON', () => {
    expect(() => parseJson('{"foo": 1, "bar": [1,2]}')).toThrow(expect.objectContaining({ code: 'JSON_NO_ARTICLE' }));
    expect(() => parseJson('{"foo": ')).toThrow(expect.objectContaining({ code: 'JSON_INVALID' }));
  });
});
