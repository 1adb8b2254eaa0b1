import { describe, expect, it } from 'vitest';
import {
  addDenseScores,
  deserializeDense,
  deserializeVectors,
  hiddenInput,
  newDense,
  outputProbs,
  projectionCounts,
  sentenceMean,
  serializeDense,
  serializeVectors,
  vectorRows,
  type WordVectors,
} from './dense.js';
import { tokenClasses } from './model.js';
import { rng } from './perceptron.js';

function tinyVectors(words: string[], dims: number, seed = 3): WordVectors {
  const r = rng(seed);
  const codes = new Int8Array(words.length * dims).map(() => Math.round((r() * 2 - 1) * 127));
  return { dims, scale: 0.01, index: new Map(words.map((w, i) => [w, i])), codes };
}

describe('dense scorer files', () => {
  it('round-trips word vectors: words (any script), order and codes', () => {
    const words = ['the', ',', 'kyiv', 'zürich', '北京', '0000'];
    const v = tinyVectors(words, 5);
    const back = deserializeVectors(serializeVectors(v, words));
    expect([...back.index.entries()]).toEqual(words.map((w, i) => [w, i]));
    expect(Array.from(back.codes)).toEqual(Array.from(v.codes));
    expect(back.scale).toBe(0.01);
  });

  it('round-trips the network and refuses vectors of another width or a foreign file', () => {
    const v = tinyVectors(['a', 'b'], 4);
    const d = { ...newDense(v, 2, 6, rng(1)), weight: 3.5 };
    const back = deserializeDense(serializeDense(d), v);
    expect(back.weight).toBe(3.5);
    expect(back.hidden).toBe(6);
    expect(Array.from(back.w1)).toEqual(Array.from(d.w1));
    expect(Array.from(back.w2)).toEqual(Array.from(d.w2));
    expect(Array.from(back.ws!)).toEqual(Array.from(d.ws!));
    // A network without the sentence layer (files from before it) reads back without one.
    const plain = newDense(v, 2, 6, rng(1), false);
    expect(deserializeDense(serializeDense(plain), v).ws).toBeNull();
    expect(() => deserializeDense(serializeDense(d), tinyVectors(['a'], 5))).toThrow(/4-dimensional/);
    expect(() => deserializeDense(Buffer.from('hello\n{}\n'), v)).toThrow(/not a newswire dense-scorer file/);
    const file = serializeDense(d);
    expect(() => deserializeDense(file.subarray(0, file.length - 4), v)).toThrow(/truncated or damaged; rebuild it/);
    expect(() => deserializeDense(Buffer.concat([file, Buffer.alloc(4)]), v)).toThrow(/truncated or damaged/);
    expect(() => deserializeVectors(Buffer.from('hello'))).toThrow(/not a newswire word-vector file/);
  });
});

describe('addDenseScores', () => {
  const words = ['the', 'president', 'of', 'kenya', 'said', ','];
  const v = tinyVectors(words, 6);
  const d = { ...newDense(v, 2, 5, rng(9)), weight: 2 };
  const tokens = ['The', 'President', 'of', 'Kenya', ',', 'Ruto', ',', 'said'];

  it('adds weight x log-probabilities that form a distribution over the nine labels', () => {
    const scores = new Float32Array(tokens.length * 9).fill(1);
    addDenseScores(d, tokens, tokenClasses(tokens), scores);
    for (let i = 0; i < tokens.length; i++) {
      let mass = 0;
      for (let l = 0; l < 9; l++) mass += Math.exp((scores[i * 9 + l]! - 1) / d.weight);
      expect(mass).toBeCloseTo(1, 3);
    }
  });

  it('leaves alone the tokens whose perceptron O score leads by more than the gate, and scores the rest', () => {
    const gated = { ...d, gate: 10 };
    const scores = new Float32Array(tokens.length * 9);
    for (let i = 0; i < tokens.length; i++) scores[i * 9] = i % 2 === 0 ? 50 : 5; // even tokens: O far ahead
    const before = Float32Array.from(scores);
    addDenseScores(gated, tokens, tokenClasses(tokens), scores);
    const full = Float32Array.from(before);
    addDenseScores(d, tokens, tokenClasses(tokens), full);
    for (let i = 0; i < tokens.length; i++) {
      const row = (a: Float32Array): number[] => Array.from(a.subarray(i * 9, i * 9 + 9));
      if (i % 2 === 0) expect(row(scores)).toEqual(row(before));
      else expect(row(scores)).toEqual(row(full));
    }
  });

  it('scores from its cache what the network computes from its weights', () => {
    const rows = new Int32Array(tokens.length);
    vectorRows(v, tokens, rows);
    expect(rows[5]).toBe(-1); // "Ruto" has no vector
    const cls = tokenClasses(tokens);
    const cached = new Float32Array(tokens.length * 9);
    addDenseScores(d, tokens, cls, cached);
    const pre = new Float32Array(d.hidden);
    const act = new Float32Array(d.hidden);
    const prob = new Float32Array(9);
    const mean = new Float32Array(v.dims);
    expect(sentenceMean(v, rows, cls, tokens.length, mean)).toBe(true);
    for (let i = 0; i < tokens.length; i++) {
      hiddenInput(d, rows, cls, tokens.length, i, pre, undefined, undefined, false, mean);
      outputProbs(d, pre, act, prob);
      for (let l = 0; l < 9; l++) expect(cached[i * 9 + l]).toBeCloseTo(d.weight * Math.log(prob[l]! + d.floor), 4);
    }
  });

  it('hits its cache on words seen before, and scores the same after their entries were evicted', () => {
    // Letters only: the vectors are keyed with digits folded to 0.
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const many = Array.from({ length: 70_000 }, (_, i) => `w${letters(i)}`);
    const big = { ...newDense(tinyVectors([...words, ...many], 3, 5), 1, 2, rng(4)), weight: 1 };
    const sentence = ['the', many[7]!, 'kenya', many[69_999]!];
    const first = new Float32Array(sentence.length * 9);
    addDenseScores(big, sentence, tokenClasses(sentence), first);
    const misses = projectionCounts.misses;
    addDenseScores(big, sentence, tokenClasses(sentence), new Float32Array(sentence.length * 9));
    expect(projectionCounts.misses).toBe(misses);
    addDenseScores(big, many, tokenClasses(many), new Float32Array(many.length * 9)); // 210,000 entries, 65,536 slots
    const again = new Float32Array(sentence.length * 9);
    addDenseScores(big, sentence, tokenClasses(sentence), again);
    expect(projectionCounts.misses).toBeGreaterThan(misses + 65_536);
    expect(Array.from(again)).toEqual(Array.from(first));
  });

  it('reads each position of the window: changing a neighbour changes the centre token’s distribution', () => {
    const rows = new Int32Array(3);
    const pre = new Float32Array(d.hidden);
    const act = new Float32Array(d.hidden);
    const a = new Float32Array(9);
    const b = new Float32Array(9);
    const cls = tokenClasses(['of', 'Kenya', 'said']);
    vectorRows(v, ['of', 'Kenya', 'said'], rows);
    hiddenInput(d, rows, cls, 3, 1, pre);
    outputProbs(d, pre, act, a);
    vectorRows(v, ['the', 'Kenya', 'said'], rows);
    hiddenInput(d, rows, cls, 3, 1, pre);
    outputProbs(d, pre, act, b);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('reads the whole sentence through its sentence layer: a word beyond the window moves the first token', () => {
    const near = ['The', 'President', 'of', 'Kenya', 'said'];
    const far = ['The', 'President', 'of', 'Kenya', 'the'];
    const score = (dd: typeof d, toks: string[]): number[] => {
      const out = new Float32Array(toks.length * 9);
      addDenseScores(dd, toks, tokenClasses(toks), out);
      return Array.from(out.subarray(0, 9));
    };
    // Token 0 reads positions 0-2 only; the fifth word reaches it through the sentence's mean vector alone.
    expect(score(d, near)).not.toEqual(score(d, far));
    const plain = { ...d, ws: null };
    expect(score(plain, near)).toEqual(score(plain, far));
  });
});

describe('sentenceMean', () => {
  it('averages the vectors of the words that have one, skipping punctuation, digits and unknown words', () => {
    const v: WordVectors = {
      dims: 2,
      scale: 0.5,
      index: new Map([
        ['kenya', 0],
        ['said', 1],
        [',', 2],
        ['0000', 3],
      ]),
      codes: Int8Array.from([2, 4, 6, -8, 100, 100, 100, 100]),
    };
    const toks = ['Kenya', ',', 'said', '2024', 'Ruto'];
    const rows = new Int32Array(toks.length);
    vectorRows(v, toks, rows);
    const out = new Float32Array(2);
    expect(sentenceMean(v, rows, tokenClasses(toks), toks.length, out)).toBe(true);
    expect(Array.from(out)).toEqual([2, -1]); // ((2 + 6) / 2, (4 - 8) / 2) x 0.5
    const none = [',', 'Ruto'];
    vectorRows(v, none, rows);
    expect(sentenceMean(v, rows, tokenClasses(none), none.length, out)).toBe(false);
    expect(Array.from(out)).toEqual([0, 0]);
  });
});
