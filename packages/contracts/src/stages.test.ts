import { describe, expect, it } from 'vitest';
import { STAGES, jobIdFor, stageCatalog } from './stages.js';

describe('stage catalog', () => {
  it('chains the stages in order and ends at store', () => {
    const order: string[] = [];
    let s: (typeof STAGES)[number] | null = 'fetch';
    while (s) {
      order.push(s);
      s = stageCatalog[s].next;
    }
    expect(order).toEqual([...STAGES]);
  });
  it('rejects a malformed payload with a readable message', () => {
    const r = stageCatalog.parse.input.safeParse({ intakeId: 'x', docSha256: 'nope' });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('sha256');
  });
  it('makes deterministic job ids without the BullMQ separator', () => {
    expect(jobIdFor('parse', 'abc:1')).toBe('parse.abc_1');
    expect(jobIdFor('parse', 'abc:1')).toBe(jobIdFor('parse', 'abc:1'));
    expect(jobIdFor('store', 'i1', 'r2')).toBe('store.i1.r2');
  });
});
