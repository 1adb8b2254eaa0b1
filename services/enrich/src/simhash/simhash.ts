/**
 * 64-bit simhash over word 3-shingles (Charikar). Words are runs of letters/digits, lower-cased, so
 * punctuation, case and whitespace changes do not move the hash. Each shingle is hashed to 64 bits
 * as two independent 32-bit halves (FNV-1a of the words with two offset bases, combined per shingle
 * with rotations and finished with murmur3's fmix32 so every output bit depends on every input bit).
 * No BigInt: the 64 bit counters live in an Int32Array and the result is two 8-hex-digit halves.
 * One pass over char codes, no substrings: this runs on every article.
 */

import { LETTER_OR_NUMBER, charClass } from '../text/char-class.js';

const FNV_PRIME = 0x01000193;
const BASIS_A = 0x811c9dc5;
const BASIS_B = 0x050c5d1f;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;

/** Is the UTF-16 unit at i part of a word? ASCII decided inline, the rest by Unicode class. */
function isWordChar(text: string, c: number, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  return (charClass(c) & LETTER_OR_NUMBER) !== 0;
}

let scratchA = new Uint32Array(4096);
let scratchB = new Uint32Array(4096);

export function simhash64(text: string): string {
  const lower = text.toLowerCase();
  // Word hashes in per-process scratch arrays (a text of n units has at most n / 2 + 1 words).
  if (scratchA.length < (lower.length >> 1) + 1) {
    scratchA = new Uint32Array(lower.length);
    scratchB = new Uint32Array(lower.length);
  }
  const ha = scratchA;
  const hb = scratchB;
  let words = 0;
  let a = BASIS_A;
  let b = BASIS_B;
  let inWord = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (i < lower.length && isWordChar(lower, c, i)) {
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      ha[words] = a;
      hb[words] = b;
      words++;
      a = BASIS_A;
      b = BASIS_B;
      inWord = false;
    }
  }
  if (words === 0) return '0000000000000000';
  // Per output bit, shingles with the bit set minus those without: counted as how often each 4-bit
  // nibble value occurs at each of the 16 nibble positions (16 increments per shingle, not 64).
  const nibbles = new Int32Array(16 * 16);
  // Texts shorter than one shingle hash their words as one shingle.
  const n = Math.max(1, words - 2);
  for (let i = 0; i < n; i++) {
    let x = 0;
    let y = 0;
    for (let k = 0; k < 3 && i + k < words; k++) {
      x ^= rotl(ha[i + k]!, 11 * k);
      y ^= rotl(hb[i + k]!, 13 * k);
    }
    const lo = fmix32(x);
    const hi = fmix32(y ^ 0x9e3779b9);
    for (let p = 0; p < 8; p++) {
      nibbles[p * 16 + ((lo >>> (4 * p)) & 15)]!++;
      nibbles[(p + 8) * 16 + ((hi >>> (4 * p)) & 15)]!++;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 64; bit++) {
    const p = bit >> 2;
    const mask = 1 << (bit & 3);
    let ones = 0;
    for (let v = 0; v < 16; v++) if ((v & mask) !== 0) ones += nibbles[p * 16 + v]!;
    // More shingles with the bit than without.
    if (2 * ones - n > 0) {
      if (bit < 32) lo |= 1 << bit;
      else hi |= 1 << (bit - 32);
    }
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

const HEX16 = /^[0-9a-f]{16}$/i;

/** Number of differing bits between two 16-hex-digit simhashes. */
export function hammingDistance(a: string, b: string): number {
  if (!HEX16.test(a) || !HEX16.test(b)) {
    throw new RangeError(`hammingDistance expects 16 hex digits, got "${a}" and "${b}"`);
  }
  const hi = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const lo = parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16);
  return popcount32(hi >>> 0) + popcount32(lo >>> 0);
}
