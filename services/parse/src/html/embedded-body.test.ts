import { describe, expect, it } from 'vitest';
import { parseHtml } from './dom.js';
import { embeddedBodyParagraphs } from './embedded-body.js';
import { extractHtml } from './extract-html.js';

const P = [
  'A powerful storm hit the coast on Thursday, knocking out power to thousands of homes across the region and flooding several low-lying streets.',
  'Emergency crews worked through the night to clear fallen trees from the main roads, officials said, and schools in three districts stayed closed on Friday.',
  'The weather service expects the storm to weaken by Saturday as it moves inland, but warned of more heavy rain in the hills over the weekend.',
];
const html = P.map((p) => `<p>${p}</p>`).join('');

describe('embeddedBodyParagraphs', () => {
  it('reads the story from Next.js page data, the longest body-like field winning', () => {
    const data = {
      props: { pageProps: { article: { title: 'Storm', summary: 'A storm.', body: html }, related: [{ body: 'Short teaser text.' }] } },
    };
    const doc = parseHtml(
      `<html><body><div id="__next">Loading...</div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></body></html>`,
    );
    expect(embeddedBodyParagraphs(doc)).toEqual(P);
  });

  it('reads a window.__INITIAL_STATE__ assignment and plain-text bodies split by lines', () => {
    const state = { story: { headline: 'Storm', content: P.join('\n') } };
    const doc = parseHtml(`<html><body><script>window.__INITIAL_STATE__ = ${JSON.stringify(state)};</script></body></html>`);
    expect(embeddedBodyParagraphs(doc)).toEqual(P);
  });

  it('ignores other scripts, JSON-LD and short strings', () => {
    const doc = parseHtml(
      `<html><body><script>var x = ${JSON.stringify({ body: html })};</script><script type="application/ld+json">${JSON.stringify({ articleBody: P.join(' ') })}</script><script type="application/json">${JSON.stringify({ body: 'Too short to be a story.' })}</script></body></html>`,
    );
    expect(embeddedBodyParagraphs(doc)).toEqual([]);
  });
});

describe('extractHtml with page state', () => {
  it('falls back to the embedded story only when the HTML holds none', () => {
    const data = JSON.stringify({ props: { pageProps: { article: { body: html } } } });
    const empty = extractHtml(
      `<html><head><title>Storm</title></head><body><main><p>Loading...</p></main><script type="application/json">${data}</script></body></html>`,
    );
    expect(empty.paragraphs).toEqual(P);
    expect(empty.provenance['body']).toEqual({ rule: 'embedded-json.body', confidence: 0.6 });
    const rendered = extractHtml(
      `<html><head><title>Storm</title></head><body><article><h1>Storm</h1>${html}</article><script type="application/json">${JSON.stringify({ body: '<p>' + 'Other text from page state that is not the story at all. '.repeat(12) + '</p>' })}</script></body></html>`,
    );
    expect(rendered.paragraphs).toEqual(P);
    expect(rendered.provenance['body']?.rule).not.toBe('embedded-json.body');
  });
});
