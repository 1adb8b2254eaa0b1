import { describe, expect, it } from 'vitest';
import { chunks, conllEval } from '../src/entities/conlleval.js';
import { CHECK_SETS, compromiseTags, formatNerBench, parseBracketed, readCheckSet, readWireCheck, tagJsonlLine } from './ner.js';

describe('conlleval chunks', () => {
  it('reads IOB2 spans, and an I- after O or another type as a new chunk (as conlleval does)', () => {
    expect(chunks(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 7 },
    ]);
    expect(chunks(['O', 'I-MISC'])).toEqual([{ type: 'MISC', start: 1, end: 2 }]);
  });
});

describe('conllEval', () => {
  it('counts only exact span and type matches', () => {
    const gold = [
      ['B-PER', 'I-PER', 'O', 'B-ORG'],
      ['B-LOC', 'O'],
    ];
    const pred = [
      ['B-PER', 'O', 'O', 'B-ORG'],
      ['B-ORG', 'O'],
    ];
    const s = conllEval(gold, pred);
    // PER: boundary wrong (fp + fn); ORG: one hit, one false positive; LOC: missed.
    expect(s.byType.PER).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.byType.ORG).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(s.byType.LOC).toMatchObject({ tp: 0, fp: 0, fn: 1, f1: 0 });
    expect(s.overall).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(s.overall.f1).toBeCloseTo((2 * (1 / 3) * (1 / 3)) / (2 / 3), 10);
  });
  it('ignores MISC by default and scores a perfect run as 1', () => {
    const gold = [['B-MISC', 'B-PER', 'I-PER']];
    expect(conllEval(gold, [['O', 'B-PER', 'I-PER']]).overall.f1).toBe(1);
    expect(conllEval(gold, gold, ['PER', 'MISC']).byType.MISC?.tp).toBe(1);
  });
  it('gives 0 (not NaN) when nothing is predicted or expected', () => {
    expect(conllEval([['O']], [['O']]).overall).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('baseline and CLI helpers', () => {
  it('maps compromise people and places back onto the given tokens', () => {
    const tags = compromiseTags(['Barack', 'Obama', 'visited', 'Paris', 'yesterday', '.']);
    expect(tags.slice(0, 2)).toEqual(['B-PER', 'I-PER']);
    expect(tags).toHaveLength(6);
  });
  it('tags a JSONL token line', () => {
    const out = JSON.parse(tagJsonlLine('{"tokens":["Angela","Merkel","visited","Paris"]}')) as { tags: string[] };
    expect(out.tags).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
  });
  it('formats a result table', () => {
    const prf = { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 };
    const score = { byType: { PER: prf, ORG: prf, LOC: prf }, overall: prf };
    const text = formatNerBench({
      sentences: 1,
      tokens: 4,
      speedRatio: 10,
      newswire: { score, tokensPerSecond: 1000 },
      compromise: { score, tokensPerSecond: 100 },
    });
    expect(text).toContain('newswire    ALL');
    expect(text).toContain('10.0x');
  });
});

describe('hand-annotated check sets', () => {
  it('reads bracket notation into tokens and IOB2 tags', () => {
    expect(parseBracketed('[LOC AL-AIN] , [LOC United Arab Emirates] 1996-12-06')).toEqual({
      tokens: ['AL-AIN', ',', 'United', 'Arab', 'Emirates', '1996-12-06'],
      tags: ['B-LOC', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O'],
    });
    expect(() => parseBracketed('[PER Craig Brown said')).toThrow(/unclosed/);
  });

  it.each(CHECK_SETS.map((c) => c.file))('ships %s well-formed, with entities of every type', (file) => {
    const rows = readCheckSet(file);
    expect(rows.length).toBeGreaterThan(50);
    const types = new Set(rows.flatMap((r) => r.tags.filter((t) => t.startsWith('B-')).map((t) => t.slice(2))));
    expect([...types].sort()).toEqual(['LOC', 'MISC', 'ORG', 'PER']);
    for (const r of rows) expect(r.tags).toHaveLength(r.tokens.length);
  });

  it('gives the rows of one story (lines between blank lines) one doc id, so they can be tagged as a document', () => {
    const rows = readCheckSet('news-check-d.txt');
    // Set D opens with a soccer report: headline, dateline, three sentences.
    expect(rows.slice(0, 5).every((r) => r.doc === rows[0]!.doc)).toBe(true);
    expect(rows[5]!.doc).not.toBe(rows[0]!.doc);
    expect(new Set(rows.map((r) => r.doc)).size).toBeGreaterThan(20);
  });

  it('keeps the wire-layout set readable under its old name', () => {
    expect(readWireCheck()).toEqual(readCheckSet('wire-check.txt'));
  });
});
