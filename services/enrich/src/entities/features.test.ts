import { describe, expect, it } from 'vitest';
import { FEATS_PER_TOKEN, GAZ, sentenceFeatures, type Gazetteer } from './features.js';
import { LABELS, NL as NL_, dequantise, deserializeModel, serializeModel, tagTokens } from './model.js';
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
  it('quantises with the largest weight at 127 by default, so strong weights are not clipped', () => {
    const m = { ...model, weights: new Float32Array(model.weights.length) };
    m.weights[0] = 0.5;
    m.weights[NL_] = 40; // one outlier far above the rest
    for (let i = 2 * NL_; i < 2 * NL_ + 2000; i++) m.weights[i] = 0.25;
    const linear = dequantise(deserializeModel(serializeModel(m, 0.001, 1, 1)));
    expect(linear[NL_]).toBeCloseTo(40, 4);
    expect(linear[0]).toBeCloseTo(0.5, 0);
    // Companded codes (the default) keep the outlier and resolve the small weights finely too.
    const companded = dequantise(deserializeModel(serializeModel(m, 0.001)));
    expect(companded[NL_]).toBeCloseTo(40, 4);
    expect(companded[0]).toBeCloseTo(0.5, 1);
    expect(companded[2 * NL_]).toBeCloseTo(0.25, 1);
    // Clipping at a quantile (the former default) saturates the outlier.
    const clipped = dequantise(deserializeModel(serializeModel(m, 0.001, 0.5, 1)));
    expect(clipped[NL_]).toBeLessThan(1);
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
    const asFloat = { ...shipped, q: undefined, weights: dequantise(shipped) };
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

describe('context features split for the inference caches', () => {
  it('bias + pair + rest features are exactly the context features, for every position', async () => {
    const { BOUNDARY, analyseSentence, contextFeatures, contextRestFeatures, pairLeftFeatures, pairRightFeatures } =
      await import('./features.js');
    for (const tokens of [
      ['"', 'John', 'Smith', 'of', 'New', 'York', 'said', 'China', 'would', 'win', '.'],
      ['WAR', 'IN', 'CHINA', 'SPREADS'],
      ['Hi'],
    ]) {
      const s = analyseSentence(tokens, gaz);
      const n = tokens.length;
      for (let i = 0; i < n; i++) {
        const whole = new Int32Array(FEATS_PER_TOKEN);
        const parts = new Int32Array(FEATS_PER_TOKEN);
        const kw = contextFeatures(s, i, whole, 0, mask);
        const t = s.info[i]!;
        let k = pairLeftFeatures(i > 0 ? s.info[i - 1]! : BOUNDARY, t, parts, 0, mask);
        k = pairRightFeatures(t, i + 1 < n ? s.info[i + 1]! : BOUNDARY, parts, k, mask);
        k = contextRestFeatures(s, i, parts, k, mask);
        expect(k).toBe(kw);
        expect([...parts.subarray(0, k)].sort((a, b) => a - b)).toEqual([...whole.subarray(0, kw)].sort((a, b) => a - b));
      }
    }
  });

  it('cached pair sums give the same scores on a second pass', async () => {
    const { emissions, getNerModel, NL } = await import('./model.js');
    const model = getNerModel();
    const s = ['Officials', 'in', 'Kabul', 'said', 'on', 'Monday', 'that', 'the', 'talks', 'in', 'Doha', 'failed', '.'];
    const first = Array.from(emissions(model, s).scores.subarray(0, s.length * NL));
    const second = Array.from(emissions(model, s).scores.subarray(0, s.length * NL));
    expect(second).toEqual(first);
  });
});

describe('word-cluster features', () => {
  it('parses the cluster file format and keys words lower-cased with digits folded', async () => {
    const { clusterKey, parseClusters } = await import('./features.js');
    expect(clusterKey('Paris')).toBe('paris');
    expect(clusterKey('G20')).toBe('g00');
    const map = parseClusters('paris\t0123\noslo\t0121\n\nbad line\n');
    expect([...map]).toEqual([
      ['paris', '0123'],
      ['oslo', '0121'],
    ]);
  });
  it('lets words of one cluster share features, and only through the prefixes they share', async () => {
    const { setWordClusters, getWordClusters } = await import('./features.js');
    const shipped = getWordClusters();
    try {
      setWordClusters(
        new Map([
          ['paris', '0123'],
          ['oslo', '0123'],
          ['lagos', '0177'],
        ]),
      );
      const own = (w: string): Set<number> => new Set(featsOf(['in', w, '.'])[1]);
      const shared = (a: Set<number>, b: Set<number>): number => [...a].filter((f) => b.has(f)).length;
      const paris = own('Paris');
      const oslo = own('Oslo');
      const lagos = own('Lagos');
      const unknown = own('Zorg');
      // Same full path: 4 prefixes + the cluster x case feature, on top of what the context already shares.
      expect(shared(paris, oslo) - shared(paris, unknown)).toBeGreaterThanOrEqual(4);
      // Same first digit only (and the "0" prefix): fewer shared features than with Oslo.
      expect(shared(paris, lagos)).toBeLessThan(shared(paris, oslo));
      expect(shared(paris, lagos)).toBeGreaterThan(shared(paris, unknown));
      // The right neighbour's cluster reaches the previous token's features.
      const before = (w: string): Set<number> => new Set(featsOf(['in', w, '.'])[0]);
      expect(shared(before('Paris'), before('Oslo'))).toBeGreaterThan(shared(before('Paris'), before('Zorg')));
    } finally {
      setWordClusters(shipped);
    }
  });
  it('ships clusters learnt from unlabelled text that group words by usage', async () => {
    const { getWordClusters } = await import('./features.js');
    const cl = getWordClusters();
    expect(cl.size).toBeGreaterThan(10_000);
    const at3 = (w: string): string | undefined => cl.get(w)?.slice(0, 3);
    expect(at3('said')).toBeDefined();
    expect(at3('said')).toBe(at3('told'));
    expect(at3('john')).toBe(at3('david'));
    expect(at3('john')).not.toBe(at3('said'));
  });
  it('ships a second clustering of pre-trained vectors that gives rare names a cluster, next to other names', async () => {
    const { getWordClusters } = await import('./features.js');
    const cl = getWordClusters();
    const glove = (w: string): string | undefined => cl.get(w)?.split(' ')[1];
    // Names the small corpus never saw: an empty corpus path, a GloVe path.
    for (const w of ['tietmeyer', 'fernandes', 'arusha', 'monterrey']) expect(cl.get(w)).toMatch(/^ \d{4}$/);
    expect(glove('tietmeyer')!.slice(0, 3)).toBe(glove('fernandes')!.slice(0, 3));
    expect(glove('arusha')!.slice(0, 2)).toBe(glove('monterrey')!.slice(0, 2));
    expect(glove('tietmeyer')!.slice(0, 2)).not.toBe(glove('monterrey')!.slice(0, 2));
  });
  it('keeps a word in capitals apart from the same word capitalised in the case-reading features', () => {
    const own = (w: string): Set<number> => new Set(featsOf(['in', w, '.'])[1]);
    const title = own('Japan');
    const caps = own('JAPAN');
    const lower = own('japan');
    const shared = (a: Set<number>, b: Set<number>): number => [...a].filter((f) => b.has(f)).length;
    // Lower-cased word, clusters and gazetteer are shared by all three; the case-reading features are not.
    expect(shared(title, caps)).toBeGreaterThan(0);
    expect([...caps].some((f) => !title.has(f) && !lower.has(f))).toBe(true);
    expect(shared(title, caps)).toBeLessThan(title.size);
  });
});

describe('document context', () => {
  it('records how each capitalised word is used in the other sentences of its document', async () => {
    const { DOC, buildDocContext, docFlags } = await import('./features.js');
    const doc = buildDocContext([
      ['Smith', 'said', 'Will', 'would', 'come', '.'],
      ['Mr.', 'Smith', 'met', 'John', 'Brown', '.'],
      ['They', 'will', 'stay', 'with', 'Brown', '.'],
    ]);
    const [smith, , will] = docFlags(doc, ['Smith', 'said', 'Will', 'would', 'come', '.']);
    // Elsewhere "Smith" follows a title in mid-sentence; its own sentence-initial use adds nothing.
    expect(smith! & DOC.AFTER_TITLE).toBeTruthy();
    expect(smith! & DOC.CAP_MID).toBeTruthy();
    // "Will" is also an ordinary lower-case word in this document.
    expect(will! & DOC.LOWER).toBeTruthy();
    const flags = docFlags(doc, ['Mr.', 'Smith', 'met', 'John', 'Brown', '.']);
    // Only this sentence uses "Smith" after a title, and "John" nowhere else: no evidence from elsewhere.
    expect(flags[1]! & DOC.AFTER_TITLE).toBe(0);
    expect(flags[3]).toBe(0);
    // "Brown" ends the run "John Brown" here and stands alone in mid-sentence in another sentence.
    expect(flags[4]! & DOC.SINGLE).toBeTruthy();
    expect(flags[4]! & DOC.RUN_LAST).toBe(0);
    const last = docFlags(doc, ['They', 'will', 'stay', 'with', 'Brown', '.']);
    expect(last[4]! & DOC.RUN_LAST).toBeTruthy();
  });
  it('adds document features to the tokens it knows about, and nothing without a document', async () => {
    const { buildDocContext } = await import('./features.js');
    const sentence = ['Smith', 'arrived', '.'];
    const doc = buildDocContext([sentence, ['Mr.', 'Smith', 'left', '.']]);
    const alone = sentenceFeatures(sentence, gaz, mask).slice(0, FEATS_PER_TOKEN);
    const inDoc = sentenceFeatures(sentence, gaz, mask, undefined, doc).slice(0, FEATS_PER_TOKEN);
    expect(inDoc.indexOf(-1)).toBeGreaterThan(alone.indexOf(-1));
    expect(Array.from(sentenceFeatures(sentence, gaz, mask, undefined, null).slice(0, FEATS_PER_TOKEN))).toEqual(Array.from(alone));
  });
});

describe('domain-augmented training', () => {
  it('appends per-domain copies of the non-word features, distinct across domains', async () => {
    const { addDomainCopies } = await import('./perceptron.js');
    const base = sentenceFeatures(['in', 'Paris'], gaz, mask).slice(0, 2 * FEATS_PER_TOKEN);
    const count = (f: Int32Array, t: number): number => {
      const row = Array.from(f.subarray(t * FEATS_PER_TOKEN, (t + 1) * FEATS_PER_TOKEN));
      const end = row.indexOf(-1);
      return end < 0 ? FEATS_PER_TOKEN : end;
    };
    const a = base.slice();
    const b = base.slice();
    addDomainCopies(a, 2, 0, mask);
    addDomainCopies(b, 2, 1, mask);
    const m = count(base, 1);
    expect(count(a, 1)).toBe(2 * m - 2);
    // The shared features are untouched; the copies differ by domain and stay inside the hash space.
    expect(Array.from(a.subarray(FEATS_PER_TOKEN, FEATS_PER_TOKEN + m))).toEqual(
      Array.from(base.subarray(FEATS_PER_TOKEN, FEATS_PER_TOKEN + m)),
    );
    const copiesA = Array.from(a.subarray(FEATS_PER_TOKEN + m, FEATS_PER_TOKEN + 2 * m - 2));
    const copiesB = Array.from(b.subarray(FEATS_PER_TOKEN + m, FEATS_PER_TOKEN + 2 * m - 2));
    expect(copiesA).not.toEqual(copiesB);
    for (const f of copiesA) expect(f >= 0 && f <= mask).toBe(true);
  });
});

describe('document features in training and tagging', () => {
  it('marks models trained with document context, keeps the flag through serialisation, and uses it only then', async () => {
    const { buildDocContext } = await import('./features.js');
    const { emissions, NL } = await import('./model.js');
    const docs = [
      [
        ['Mr.', 'Abel', 'came', '.'],
        ['Abel', 'left', '.'],
      ],
      [
        ['Ms.', 'Cora', 'came', '.'],
        ['Cora', 'left', '.'],
      ],
      [
        ['The', 'Sun', 'rose', '.'],
        ['Sun', 'rose', 'again', '.'],
      ],
    ];
    const tagsOf = (s: string[]): string[] => s.map((w) => (['Abel', 'Cora'].includes(w) ? 'B-PER' : 'O'));
    const data: TrainSentence[] = docs.flatMap((d) => {
      const ctx = buildDocContext(d);
      return d.map((s) => ({ tokens: s, tags: tagsOf(s), doc: ctx }));
    });
    const m = trainPerceptron(data, gaz, { bits: 16, epochs: 3 });
    expect(m.docFeatures).toBe(true);
    expect(deserializeModel(serializeModel(m, 0.001)).docFeatures).toBe(true);
    const plain = trainPerceptron(
      data.map(({ doc: _doc, ...rest }) => rest),
      gaz,
      { bits: 16, epochs: 3 },
    );
    expect(plain.docFeatures).toBeUndefined();
    const doc = buildDocContext(docs[0]!);
    const s = docs[0]![1]!;
    const withDoc = Array.from(emissions(m, s, doc).scores.subarray(0, NL));
    const without = Array.from(emissions(m, s, null).scores.subarray(0, NL));
    expect(withDoc).not.toEqual(without);
  });
});
