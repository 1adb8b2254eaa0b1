import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

const prose = 'The council met on Monday and approved the budget after a long debate.';

describe('detectFormat', () => {
  it.each([
    [{ text: '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>' }, 'feed', 'sniff'],
    [{ text: '<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom"></feed>' }, 'feed', 'sniff'],
    [{ text: '<!DOCTYPE html><html><body><p>x</p></body></html>', mediaType: 'text/plain' }, 'html', 'sniff'],
    [{ text: '{"title": "x", "body": "y"}', mediaType: 'text/html' }, 'json', 'sniff'],
    [{ text: '{"a":1}\n{"a":2}\n' }, 'json', 'sniff'],
    [{ text: `<p>${prose}</p>`, mediaType: 'text/html; charset=utf-8' }, 'html', 'media-type'],
    [{ text: prose, mediaType: 'text/html' }, 'text', 'sniff.weak'],
    [{ text: prose, mediaType: 'application/rss+xml' }, 'feed', 'media-type'],
    [{ text: prose, mediaType: 'text/markdown' }, 'markdown', 'media-type'],
    [{ text: prose, mediaType: 'application/vnd.api+json' }, 'json', 'media-type'],
    [{ text: prose, fileName: 'story.md' }, 'markdown', 'extension'],
    [{ text: prose, fileName: 'story.TXT' }, 'text', 'extension'],
    [{ text: prose, url: 'https://x.example/a/story.html?x=1' }, 'html', 'extension'],
    [{ text: '<div><p>One</p><p>Two</p></div>' }, 'html', 'sniff.weak'],
    [{ text: '---\ntitle: X\n---\n\nBody text.' }, 'markdown', 'sniff.weak'],
    [{ text: '# Heading\n\nSome [link](https://x.example) text.' }, 'markdown', 'sniff.weak'],
    [{ text: prose }, 'text', 'default'],
    [{ text: '[Not JSON] but a bracketed opener in prose.' }, 'text', 'default'],
  ])('%j -> %s', (input, format, by) => {
    expect(detectFormat(input)).toEqual({ format, by });
  });
});
