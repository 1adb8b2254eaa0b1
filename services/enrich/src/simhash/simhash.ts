/**
 * 64-bit simhash over word 3-shingles (Charikar). Words are runs of letters/digits, lower-cased, so
 * punctuation, case and whitespace changes do not move the hash. Each shingle is hashed to 64 bits
 * as two independent 32-bit halves (FNV-1a of the words with two offset bases, combined per shingle
 * and finished with murmur3's fmix32 so every output bit depends on every input bit). No BigInt:
 * the 64 bit counters live in an Int32Array and the result is built as two 8-hex-digit halves.
 */

const WORD_RE = /[\p{L}\p{N}]+/gu;
const FNV_PRIME = 0x01000193;
const BASIS_A = 0x811c9dc5;
const BASIS_B = 0x050c5d1f;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;

function fnv1a(word: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

export function simhash64(text: string): string {
  const words: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_RE)) words.push(m[0]);
  if (words.length === 0) return '0000000000000000';
  const ha = words.map((w) => fnv1a(w, BASIS_A));
  const hb = words.map((w) => fnv1a(w, BASIS_B));
  const counts = new Int32Array(64);
  const add = (lo: number, hi: number): void => {
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += (lo >>> bit) & 1 ? 1 : -1;
      counts[bit + 32]! += (hi >>> bit) & 1 ? 1 : -1;
    }
  };
  // Texts shorter than one shingle hash their words as one shingle.
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    let a = 0;
    let b = 0;
    for (let k = 0; k < 3 && i + k < words.length; k++) {
      a ^= rotl(ha[i + k]!, 11 * k);
      b ^= rotl(hb[i + k]!, 13 * k);
    }
    add(fmix32(a), fmix32(b ^ 0x9e3779b9));
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) lo |= 1 << bit;
    if (counts[bit + 32]! > 0) hi |= 1 << bit;
  }
  return hex8(hi >>> 0) + hex8(lo >>> 0);
}

const hex8 = (x: number): string => x.toString(16).padStart(8, '0');

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of differing bits between two 16-hex-digit simhashes. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) {
    throw new RangeError(`hammingDistance expects 16 hex digits, got "${a}" and "${b}"`);
  }
  const hi = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const lo = parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16);
  return popcount32(hi >>> 0) + popcount32(lo >>> 0);
}
