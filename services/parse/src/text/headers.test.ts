import { describe, expect, it } from 'vitest';
import { parseHeaders } from './headers.js';

describe('parseHeaders', () => {
  it('reads a date header that runs into the first body line', () => {
    const r = parseHeaders(' date 2024-12-31 Beijing, December 31: China and Russia are moving forward.\n\nNext.');
    expect(r.fields).toEqual([{ key: 'date', value: '2024-12-31' }]);
    expect(r.rest).toBe('Beijing, December 31: China and Russia are moving forward.\n\nNext.');
  });

  it('reads key value and key: value lines', () => {
    const r = parseHeaders(
      'title Xi, Putin exchange greetings\nauthor Staff Reporter\nsource Xinhua\nurl https://example.com/a\nDate: December 31, 2024\n\nBody text here.',
    );
    expect(r.fields).toEqual([
      { key: 'title', value: 'Xi, Putin exchange greetings' },
      { key: 'author', value: 'Staff Reporter' },
      { key: 'source', value: 'Xinhua' },
      { key: 'url', value: 'https://example.com/a' },
      { key: 'date', value: 'December 31, 2024' },
    ]);
    expect(r.rest.trim()).toBe('Body text here.');
  });

  it('keeps a clock time after the date out of the body, and reads day-month-year dates', () => {
    const r = parseHeaders('Date: Tuesday, December 31, 2024 - 10:30 IST\nBeijing, December 31: Text.');
    expect(r.fields).toEqual([{ key: 'date', value: 'Tuesday, December 31, 2024' }]);
    expect(r.rest).toBe('Beijing, December 31: Text.');
    expect(parseHeaders('published 31-12-2024 | 08:15 AM Some body text.').rest).toBe('Some body text.');
  });

  it('does not take prose for headers', () => {
    expect(parseHeaders('Title IX rules were changed on Friday.').fields).toEqual([]);
    expect(parseHeaders('Source code was leaked, the company said.').fields).toEqual([]);
    expect(parseHeaders('date night ideas are popular.').fields).toEqual([]);
  });
});
