import { describe, expect, it } from 'vitest';
import { FEATS_PER_TOKEN, GAZ, sentenceFeatures, type Gazetteer } from './features.js';
import { LABELS, deserializeModel, serializeModel, tagTokens } from './model.js';
import { trainPerceptron, type TrainSentence } from './perceptron.js';

const gaz: Gazetteer = {
  phrases: new Map([
    ['china', GAZ.COUNTRY],
    ['new york', GAZ.CITY],
    ['john', GAZ.FIRST],
  ]),
  maxLen: 2,
};
const mask = (1 << 16) - 1;

function featsOf(tokens: string[]): number[][] {
  const buf = sentenceFeatures(tokens, gaz, mask);
  return tokens.map((_, i) => {
    const row: number[] = [];
    for (let k = 0; k < FEATS_PER_TOKEN; k++) {
      const f = buf[i * FEATS_PER_TOKEN + k]!;
      if (f === -1) break;
      row.push(f);
    }
    return row;
  });
}

describe('sentenceFeatures', () => {
  it('is deterministic and stays inside the hash space', () => {
    const a = featsOf(['John', 'flew', 'to', 'New', 'York', '.']);
    const b = featsOf(['John', 'flew', 'to', 'New', 'York', '.']);
    expect(a).toEqual(b);
    for (const row of a) {
      expect(row.length).toBeGreaterThan(20);
      expect(row.length).toBeLessThanOrEqual(FEATS_PER_TOKEN);
      for (const f of row) expect(f >= 0 && f <= mask).toBe(true);
    }
  });
  it('depends on context, case and gazetteer membership', () => {
    const [x] = featsOf(['China', 'grew']);
    const [y] = featsOf(['china', 'grew']);
    const [, z] = featsOf(['in', 'China', 'grew']);
    expect(new Set(x)).not.toEqual(new Set(y));
    expect(new Set(x)).not.toEqual(new Set(z));
    // The multi-word gazetteer entry marks both tokens of "New York".
    const withGaz = featsOf(['in', 'New', 'York']);
    const noGaz = sentenceFeatures(['in', 'New', 'York'], null, mask);
    expect(withGaz[2]!.length).toBeGreaterThan(Array.from(noGaz.subarray(2 * FEATS_PER_TOKEN, 3 * FEATS_PER_TOKEN)).indexOf(-1));
  });
});

describe('trainPerceptron + serialisation', () => {
  const names = ['Alice', 'Boris', 'Chen', 'Dana', 'Emil', 'Farah'];
  const places = ['Paris', 'Lagos', 'Quito', 'Oslo', 'Hanoi', 'Lima'];
  const data: TrainSentence[] = [];
  for (const n of names)
    for (const p of places) {
      data.push({ tokens: [n, 'lives', 'in', p, '.'], tags: ['B-PER', 'O', 'O', 'B-LOC', 'O'] });
      data.push({ tokens: ['Mr.', n, 'visited', p, 'today'], tags: ['O', 'B-PER', 'O', 'B-LOC', 'O'] });
    }
  const model = trainPerceptron(data, { phrases: new Map(), maxLen: 1 }, { bits: 16, epochs: 5 });

  it('learns person/place patterns and generalises to unseen words by context', () => {
    expect(tagTokens(model, ['Boris', 'lives', 'in', 'Oslo', '.'])).toEqual(['B-PER', 'O', 'O', 'B-LOC', 'O']);
    expect(tagTokens(model, ['Mr.', 'Zed', 'visited', 'Rome', 'today'])).toEqual(['O', 'B-PER', 'O', 'B-LOC', 'O']);
  });
  it('only emits valid IOB2 labels', () => {
    for (const t of tagTokens(model, ['the', 'Boris', 'Paris', 'in', 'lives'])) expect(LABELS).toContain(t);
  });
  it('trains with a margin and class-dependent transitions, and keeps them through serialisation', () => {
    const m2 = trainPerceptron(data, { phrases: new Map(), maxLen: 1 }, { bits: 16, epochs: 4, margin: 1, classTransitions: true });
    expect(m2.trans2?.some((v) => v !== 0)).toBe(true);
    expect(tagTokens(m2, ['Dana', 'lives', 'in', 'Lima', '.'])).toEqual(['B-PER', 'O', 'O', 'B-LOC', 'O']);
    const back = deserializeModel(serializeModel(m2, 0.001));
    expect(back.trans2).toBeDefined();
    expect(tagTokens(back, ['Mr.', 'Emil', 'visited', 'Quito', 'today'])).toEqual(
      tagTokens(m2, ['Mr.', 'Emil', 'visited', 'Quito', 'today']),
    );
  });
  it('round-trips through the compact format with the same predictions', () => {
    const back = deserializeModel(serializeModel(model, 0.001));
    const s = ['Farah', 'lives', 'in', 'Hanoi', '.'];
    expect(tagTokens(back, s)).toEqual(tagTokens(model, s));
  });
});

describe('quantised fast path', () => {
  it('gives the same emission scores as summing every feature row', async () => {
    const { emissions, getNerModel, NL } = await import('./model.js');
    const shipped = getNerModel();
    const asFloat = { ...shipped, q: undefined, weights: Float32Array.from(shipped.q!, (v) => v * shipped.scale!) };
    for (const s of [
      ['Chinese', 'President', 'Xi', 'Jinping', 'met', 'Vladimir', 'Putin', 'in', 'Beijing', '.'],
      ['"', 'We', 'will', 'see', ',', '"', 'the', 'UN', 'said', 'on', 'Monday'],
    ]) {
      const fast = Array.from(emissions(shipped, s).scores.subarray(0, s.length * NL));
      const slow = Array.from(emissions(asFloat, s).scores.subarray(0, s.length * NL));
      fast.forEach((v, i) => expect(v).toBeCloseTo(slow[i]!, 3));
    }
  });
});
