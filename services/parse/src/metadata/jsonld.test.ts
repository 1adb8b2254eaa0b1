import { describe, expect, it } from 'vitest';
import { parseHtml } from '../html/dom.js';
import { articleNode, jsonLdNodes, ldString, ldStrings, parseLenientJson, resolveRef } from './jsonld.js';

const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('jsonLdNodes / articleNode', () => {
  it('flattens @graph and top-level arrays and picks the article node', () => {
    const doc = parseHtml(
      `<html><head>${ld('{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},{"@type":"WebPage","name":"Page"},{"@type":"NewsArticle","headline":"Council expands buses","datePublished":"2023-12-20"}]}')}${ld('[{"@type":"Organization","name":"Example Media"}]')}</head><body></body></html>`,
    );
    const nodes = jsonLdNodes(doc);
    expect(nodes.map((n) => n['@type'])).toEqual([undefined, 'WebSite', 'WebPage', 'NewsArticle', 'Organization']);
    expect(articleNode(nodes)?.['headline']).toBe('Council expands buses');
  });

  it('accepts array @type and prefers an article over a web page', () => {
    const nodes = jsonLdNodes(
      parseHtml(
        `${ld('{"@type":"WebPage","headline":"Page title"}')}${ld('{"@type":["Article","NewsArticle"],"headline":"Story title"}')}`,
      ),
    );
    expect(articleNode(nodes)?.['headline']).toBe('Story title');
  });

  it('survives comments, raw newlines in strings and trailing commas', () => {
    expect(parseLenientJson('<!-- {"a": "x\ny", "b": [1,2,],} -->')).toEqual({ a: 'x y', b: [1, 2] });
    expect(parseLenientJson('not json')).toBeUndefined();
  });
});

describe('value helpers', () => {
  it('reads strings from objects and arrays', () => {
    expect(ldString({ '@type': 'Person', name: 'Jane Doe' })).toBe('Jane Doe');
    expect(ldString([{ url: 'https://x/img.jpg' }], 'url')).toBe('https://x/img.jpg');
    expect(ldStrings([{ name: 'A' }, 'B', 3])).toEqual(['A', 'B', '3']);
  });
  it('resolves @id references against other nodes', () => {
    const nodes = [{ '@id': '#jane', '@type': 'Person', name: 'Jane Doe' }];
    expect(resolveRef({ '@id': '#jane' }, nodes)).toEqual(nodes[0]);
  });
});
