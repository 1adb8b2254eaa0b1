import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './url.js';

describe('normalizeUrl', () => {
  it('drops tracking params, fragments, www, default ports and trailing slashes', () => {
    expect(normalizeUrl('HTTP://WWW.Example.com:80/a/b/?utm_source=x&b=2&a=1#frag')).toBe('https://example.com/a/b?a=1&b=2');
    expect(normalizeUrl('https://example.com/')).toBe('https://example.com');
  });
  it('rejects non-http URLs and garbage', () => {
    expect(normalizeUrl('ftp://x.org/file')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
    expect(normalizeUrl(null)).toBeNull();
  });
});
