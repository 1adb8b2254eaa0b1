import { describe, expect, it } from 'vitest';
import { parseHtml } from '../html/dom.js';
import { extractMetadata } from './extract-metadata.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const meta = (html: string, url: string | null = null) => extractMetadata(parseHtml(html), { url, now: NOW });

describe('extractMetadata: JSON-LD', () => {
  const page = `<html lang="en-GB"><head>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","@id":"#org","name":"Example News"},
      {"@type":"Person","@id":"#jane","name":"Jane Doe"},
      {"@type":"NewsArticle","headline":"Council expands bus network","datePublished":"2023-12-20T09:30:00+01:00",
       "dateModified":"2023-12-21T10:00:00+01:00","author":[{"@id":"#jane"},{"@type":"Person","name":"John Roe"}],
       "publisher":{"@id":"#org"},"articleSection":"Local","keywords":"buses, transport","image":{"@type":"ImageObject","url":"https://example.com/bus.jpg"},
       "articleBody":"The council voted."}]}
    </script></head><body><h1>Council expands bus network</h1></body></html>`;

  it('reads headline, people, dates, section, tags, image and body with provenance', () => {
    const m = meta(page);
    expect(m.title).toBe('Council expands bus network');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(m.provenance['authors']).toEqual({ rule: 'jsonld.author', confidence: 0.9 });
    expect(m.publishedAt).toBe('2023-12-20T09:30:00+01:00');
    expect(m.provenance['publishedAt']?.rule).toBe('jsonld.datePublished');
    expect(m.modifiedAt).toBe('2023-12-21T10:00:00+01:00');
    expect(m.siteName).toBe('Example News');
    expect(m.section).toBe('Local');
    expect(m.tags).toEqual(['buses', 'transport']);
    expect(m.image).toBe('https://example.com/bus.jpg');
    expect(m.language).toBe('en');
    expect(m.jsonLdBody).toBe('The council voted.');
  });
});

describe('extractMetadata: OpenGraph and meta tags', () => {
  const page = `<html><head>
    <title>Council expands bus network | Example News</title>
    <meta property="og:title" content="Council expands bus network | Example News">
    <meta property="og:site_name" content="Example News">
    <meta property="og:description" content="Twelve new routes.">
    <meta property="og:image" content="/img/bus.jpg">
    <meta property="article:published_time" content="2023-12-20T09:30:00Z">
    <meta property="article:modified_time" content="2023-12-20T11:00:00-05:00">
    <meta property="article:section" content="Local">
    <meta property="article:tag" content="Buses"><meta property="article:tag" content="Transport">
    <meta name="author" content="By Jane Doe and John Roe">
    <link rel="canonical" href="/2023/12/20/council-buses">
    </head><body><h1>Something else entirely</h1></body></html>`;

  it('reads each field from its tag and resolves relative URLs', () => {
    const m = meta(page, 'https://example.com/story?utm=x');
    expect(m.title).toBe('Council expands bus network');
    expect(m.provenance['title']?.rule).toBe('meta.og:title');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(m.provenance['authors']?.rule).toBe('meta.author');
    expect(m.description).toBe('Twelve new routes.');
    expect(m.image).toBe('https://example.com/img/bus.jpg');
    expect(m.canonicalUrl).toBe('https://example.com/2023/12/20/council-buses');
    expect(m.section).toBe('Local');
    expect(m.tags).toEqual(['Buses', 'Transport']);
  });

  it('moves a UTC publish time into the offset the page uses for its other timestamps', () => {
    const m = meta(page, 'https://example.com/story');
    expect(m.publishedAt).toBe('2023-12-20T04:30:00-05:00');
    expect(m.provenance['publishedAt']?.rule).toBe('meta.article:published_time+offset');
  });
});

describe('extractMetadata: page text sources', () => {
  it('uses <time datetime> and a byline element when nothing is declared', () => {
    const m = meta(`<html><body><article><h1>Buses</h1>
      <div class="byline">By <a href="/a/jane">Jane Doe</a> and <a href="/a/john">John Roe</a></div>
      <time datetime="2023-12-20T09:30:00-05:00">Dec. 20, 2023</time><p>Text.</p></article></body></html>`);
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(m.provenance['authors']?.rule).toBe('dom.byline');
    expect(m.publishedAt).toBe('2023-12-20T09:30:00-05:00');
    expect(m.provenance['publishedAt']?.rule).toBe('html.time');
  });

  it('falls back to the URL date, then to a date written in a date element', () => {
    expect(meta('<html><body><p>x</p></body></html>', 'https://example.com/2023/12/22/story/').publishedAt).toBe('2023-12-22');
    const m = meta('<html><body><span class="post-date">Posted on December 5, 2023</span></body></html>');
    expect(m.publishedAt).toBe('2023-12-05');
    expect(m.provenance['publishedAt']?.rule).toBe('text.date');
  });

  it('prefers the byline timestamp to the URL day it contradicts, but not an unmarked <time>', () => {
    const url = 'https://example.com/news/2023/12/21/hackers-story-00132871';
    const byline = meta(
      `<html><body><h1>Hackers</h1><p class="story-meta__timestamp"><time datetime="2023-12-22 05:00:00">12/22/2023 05:00 AM EST</time></p><p>Text.</p></body></html>`,
      url,
    );
    expect(byline.publishedAt).toBe('2023-12-22T05:00:00');
    expect(byline.provenance['publishedAt']?.rule).toBe('html.time');
    expect(byline.dateConflicts).toEqual([{ value: '2023-12-21', rule: 'url.path' }]);
    // A <time> with no publication marker may belong to anything on the page (a related story): the URL day stands.
    const other = meta(
      `<html><body><h1>Hackers</h1><p>${'The story text runs on for a while. '.repeat(8)}</p><aside><h2>More news</h2><time datetime="2023-12-22 05:00:00">12/22/2023 05:00 AM EST</time></aside></body></html>`,
      url,
    );
    expect(other.publishedAt).toBe('2023-12-21');
  });

  it('reads an unmarked byline line under the headline in other languages, and its dotted date', () => {
    const m = meta(
      `<html lang="de"><body><main><h1>Bundestag beschließt Haushalt</h1><p class="meta">Von Anna Schmidt | 12.03.2024, 14:30 Uhr</p><p>${'Der Bundestag hat den Haushalt beschlossen. '.repeat(6)}</p></main></body></html>`,
    );
    expect(m.authors).toEqual(['Anna Schmidt']);
    expect(m.provenance['authors']?.rule).toBe('text.byline-near-headline');
    expect(m.publishedAt).toBe('2024-03-12T14:30:00');
    // A sentence of the story that happens to start with "By" is not a byline: only short lines qualify.
    const story = meta(
      `<html><body><h1>Floods</h1><p>${'By Tuesday the river had risen above the old bridge and the town council met to decide. '.repeat(2)}</p></body></html>`,
    );
    expect(story.authors).toEqual([]);
    const short = meta(
      `<html><body><h1>Floods</h1><p>By Tuesday, the floods had receded.</p><p>${'Text of the story. '.repeat(9)}</p></body></html>`,
    );
    expect(short.authors).toEqual([]);
    const two = meta(
      `<html lang="fr"><body><h1>Inondations</h1><p>Par Marie Dupont et Jean de la Fontaine · 3 mars 2024</p><p>${'Le texte. '.repeat(9)}</p></body></html>`,
    );
    expect(two.authors).toEqual(['Marie Dupont', 'Jean de la Fontaine']);
  });

  it('finds byline and date under a headline that is not an <h1> (older table templates)', () => {
    const m = meta(`<html><head><title>City council approves new budget</title></head><body>
      <table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr></table>
      <table><tr><td class="main"><font size="5"><b>City council approves new budget</b></font><br>
      <i>By Tom Baker, Staff Writer</i><br>March 4, 2024<br><br>
      The city council on Monday approved a budget for the coming fiscal year after a long public hearing.<br><br>
      Council members voted 5-2 in favor of the plan, which includes raises for police officers.</td></tr></table></body></html>`);
    expect(m.title).toBe('City council approves new budget');
    expect(m.authors).toEqual(['Tom Baker']);
    expect(m.publishedAt).toBe('2024-03-04');
  });

  it('rejects future and pre-1990 dates and records disagreements', () => {
    const m = meta(`<html><head>
      <meta property="article:published_time" content="2031-01-01T00:00:00Z">
      <meta name="date" content="1985-05-05">
      <meta itemprop="datePublished" content="2023-12-20">
      </head><body><time datetime="2023-11-02">Nov 2</time></body></html>`);
    expect(m.publishedAt).toBe('2023-12-20');
    expect(m.dateConflicts).toEqual([{ value: '2023-11-02', rule: 'html.time' }]);
  });

  it('uses microdata author and html lang', () => {
    const m = meta(
      `<html lang="fr-FR"><body><span itemprop="author" itemscope><span itemprop="name">Marie Curie</span></span></body></html>`,
    );
    expect(m.authors).toEqual(['Marie Curie']);
    expect(m.provenance['authors']?.rule).toBe('microdata.author');
    expect(m.language).toBe('fr');
  });

  it('falls back to the first author-page link after the headline', () => {
    const m = meta(`<html><body><nav><a href="/authors/editor-in-chief">Mary Major</a></nav>
      <h1>Council expands buses</h1><p>By <a href="/writers/jane-doe/">Jane Doe</a>, Staff Writer</p><p>Text.</p></body></html>`);
    expect(m.authors).toEqual(['Jane Doe']);
    expect(m.provenance['authors']?.rule).toBe('dom.author-link');
  });

  it('reads a date written under the headline when nothing else dates the page', () => {
    const m = meta(
      '<html><body><h1>Council expands buses</h1><div><span>Jane Doe</span><span>Dec 05, 2023</span></div><p>Text.</p></body></html>',
    );
    expect(m.publishedAt).toBe('2023-12-05');
    expect(m.provenance['publishedAt']?.rule).toBe('text.near-headline');
  });
});

describe('extractMetadata: the date shown in the article header', () => {
  const ld = (pub: string, mod: string): string =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Best rain jackets","datePublished":"${pub}","dateModified":"${mod}"}</script>`;
  const story =
    '<p>' + 'Every year we test a dozen jackets through the wet season and report on the ones that hold up. '.repeat(4) + '</p>';

  it('prefers the header date when a machine-readable date (here the modified one) backs it', () => {
    const m = meta(
      `<html><head>${ld('2019-03-30T08:00:00-04:00', '2023-12-19T09:00:00-05:00')}</head><body>
      <h1>Best rain jackets</h1><div class="byline">By Ann Author</div><div>Dec 19, 2023</div>${story}</body></html>`,
    );
    expect(m.publishedAt).toBe('2023-12-19T09:00:00-05:00');
    expect(m.provenance['publishedAt']?.rule).toBe('text.header-date+jsonld.dateModified');
    expect(m.dateConflicts.map((c) => c.value.slice(0, 10))).toContain('2019-03-30');
  });

  it('keeps the shown day when the backing timestamp is UTC and another date carries a local offset', () => {
    // Published 22:57 New York time, shown in the byline as the UTC morning after: the byline day stands.
    const m = meta(
      `<html><head>${ld('2023-12-18T22:57:00-05:00', '2023-12-19T03:57:44Z')}</head><body>
      <h1>Best rain jackets</h1><div class="byline">By Ann Author</div><div>Dec 19, 2023 3:57 AM</div>${story}</body></html>`,
    );
    expect(m.publishedAt).toBe('2023-12-19T03:57:44Z');
    expect(m.provenance['publishedAt']?.rule).toBe('text.header-date+jsonld.dateModified');
  });

  it('keeps the machine date when the header date is backed by nothing', () => {
    const m = meta(
      `<html><head>${ld('2023-12-18T10:00:00-05:00', '2023-12-18T11:00:00-05:00')}</head><body>
      <h1>Best rain jackets</h1><div>March 3, 2021</div>${story}</body></html>`,
    );
    expect(m.publishedAt).toBe('2023-12-18T10:00:00-05:00');
  });

  it('takes the date labelled "Published" when the header also shows an update', () => {
    const m = meta(
      `<html><head>${ld('2023-12-18T21:12:00Z', '2023-12-23T11:33:00Z')}</head><body>
      <h1>Best rain jackets</h1><time>Last Updated: Dec. 23, 2023 at 6:33 a.m. ET</time>
      <time>First Published: Dec. 18, 2023 at 4:12 p.m. ET</time>${story}</body></html>`,
    );
    expect(m.publishedAt?.slice(0, 10)).toBe('2023-12-18');
  });

  it('reads only the header: a date inside the story text is not a header date', () => {
    const m = meta(
      `<html><head>${ld('2023-12-18T10:00:00-05:00', '2023-12-20T10:00:00-05:00')}</head><body>
      <h1>Best rain jackets</h1>${story}<p>Updated Dec 20, 2023</p></body></html>`,
    );
    expect(m.publishedAt).toBe('2023-12-18T10:00:00-05:00');
  });

  it('beats <time> elements of related stories when the page declares no date in markup', () => {
    const m = meta(
      `<html><body><h1>Best rain jackets</h1><span class="hero-date">22 Dec 2023</span>${story}
      <ul><li><a href="/x">Other story</a> <time>16 Feb 2024</time></li></ul></body></html>`,
    );
    expect(m.publishedAt).toBe('2023-12-22');
    expect(m.provenance['publishedAt']?.rule).toBe('text.header-date');
  });

  it('localizes a UTC timestamp to the day the header shows', () => {
    const m = meta(
      `<html><head><meta property="article:published_time" content="2023-12-23T03:00:46Z"></head><body>
      <h1>Best rain jackets</h1><div>by Jane Doe December 22, 2023 10:00 PM</div>${story}</body></html>`,
    );
    expect(m.publishedAt?.slice(0, 10)).toBe('2023-12-22');
  });

  it('reads the header of the headline carrying the title, not of a logo <h1>', () => {
    const m = meta(
      `<html><head><meta property="og:title" content="Best rain jackets"></head><body>
      <h1>Example News</h1><div class="masthead">Sunday, December 24, 2023</div>
      <h1>Best rain jackets</h1><div>Dec 19, 2023</div>${story}</body></html>`,
    );
    expect(m.publishedAt).toBe('2023-12-19');
  });

  it('reads a rubric date printed just above the headline when none follows it', () => {
    const m = meta(
      `<html><head>${ld('2019-03-30T08:00:00-04:00', '2023-12-19T09:00:00-05:00')}</head><body>
      <div class="rubric"><a href="/gear">Gear</a><time>Dec 19, 2023 9:00 AM</time></div>
      <h1>Best rain jackets</h1><p>When it rains, it pours.</p>${story}</body></html>`,
    );
    expect(m.publishedAt).toBe('2023-12-19T09:00:00-05:00');
  });

  it('ranks a video uploadDate below the page meta dates', () => {
    const m = meta(
      `<html><head><meta name="datePublished" content="2023-12-22T09:42:00-06:00">
      <script type="application/ld+json">{"@type":"VideoObject","name":"Clip","uploadDate":"2023-12-06T10:55:00-06:00"}</script>
      </head><body><h1>Police chase ends in crash</h1>${story}</body></html>`,
    );
    expect(m.publishedAt).toBe('2023-12-22T09:42:00-06:00');
  });
});
