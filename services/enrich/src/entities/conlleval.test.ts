import { describe, expect, it } from 'vitest';
import { f1BySource, groupByDoc } from './conlleval.js';

describe('groupByDoc', () => {
  it('groups consecutive sentences of one document and keeps doc-less rows apart', () => {
    const rows = [{ doc: 'a:1' }, { doc: 'a:1' }, { doc: 'b:2' }, {}, {}, { doc: 'a:1' }];
    expect(groupByDoc(rows).map((d) => d.length)).toEqual([2, 1, 1, 1, 1]);
  });
});

describe('f1BySource', () => {
  it('scores each source corpus (the doc prefix) on its own sentences', () => {
    const rows = [
      { doc: 'wiki:1', tags: ['B-PER', 'I-PER', 'O'] },
      { doc: 'wiki:2', tags: ['B-LOC', 'O'] },
      { doc: 'tweets:9', tags: ['B-ORG', 'O'] },
    ];
    const pred = [
      ['B-PER', 'I-PER', 'O'],
      ['O', 'O'],
      ['B-ORG', 'O'],
    ];
    const f1 = f1BySource(rows, pred);
    expect(Object.keys(f1)).toEqual(['wiki', 'tweets']);
    expect(f1.wiki).toBeCloseTo(2 / 3);
    expect(f1.tweets).toBe(1);
  });
});
