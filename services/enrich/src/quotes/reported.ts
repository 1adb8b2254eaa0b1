/**
 * Reported (indirect) speech: "X said (that) …", "X told reporters …", "…, X said.", "…, said X.",
 * "according to X, …", "X, the foreign minister, warned …".
 */
import { cuesIn, SPEECH_ONLY } from './cues.js';
import { phraseAfter, phraseBefore, type SpeakerSpan } from './speaker.js';
import { sentencesOf, wordCount } from './text-utils.js';

export interface ReportedSpeech {
  content: SpeakerSpan;
  speaker: SpeakerSpan;
  cue: SpeakerSpan;
}

/** Cues whose object comes before the reported clause ("told reporters …", "warned Congress …"). */
const OBJECT_CUES = /^(?:told|tells|tell|warned|warns|urged|urges|reminded|assured|informed|promised|asked)$/iu;
const OBJECT_WORDS = /^(?:reporters|journalists|him|her|them|us|me|the\s+\p{L}+|a\s+\p{L}+|an\s+\p{L}+|(?:\p{Lu}[\p{L}.'’&-]*\s*)+)\s*/u;
/** Adverbials between the cue and the clause: "said on Tuesday", "said in a statement". */
const ADVERBIAL =
  /^(?:,?\s*(?:on|in|at|during|late|early|last|this|earlier|later|yesterday|today|tonight|recently|again|repeatedly|also|publicly|privately|separately|via|through|after|before|over)\b[^,]*?,\s*|(?:on|late|early|last|this)\s+\p{Lu}\p{Ll}+day\s+|(?:yesterday|today|tonight|recently|again|also|publicly|separately|earlier|later|last\s+week|this\s+week)\s+|(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|message|speech|letter|post|tweet|conference|call|release|note|address|meeting|briefing|appearance|broadcast|email|op-ed|video|remarks|rally|debate|hearing|session|event)s?\s+(?:(?:to|with|on|at)\s+(?:\p{L}+\s+){1,4}?)?)/u;

const DATELINE = /^[^.!?]{0,60}?\d{1,2}(?:\s*\([^)]{1,30}\))?\s*(?::|--|—|–)\s+/u;

/** What may follow a sentence-final "…, X said": nothing, or when/where/to whom. */
const SENTENCE_FINAL_TAIL =
  /^\s*(?:$|,|(?:on|in|at|during|to|after|before|last|this|earlier|later|yesterday|today|tonight|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday|told|in\s+a|of|about|when|while|as|via|through|from|with)\b)/iu;
const NOT_A_CLAUSE =
  /^(?:by|to|from|during|in|on|at|with|for|of|after|before|about|over|into|responding|referring|speaking|while|when)\b/iu;

const overlaps = (a: [number, number], s: number, e: number): number => Math.max(0, Math.min(a[1], e) - Math.max(a[0], s));

export function findReportedSpeech(text: string, quoted: Array<[number, number]>): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  const inQuote = (pos: number): boolean => quoted.some(([s, e]) => pos >= s && pos < e);
  const mostlyQuoted = (s: number, e: number): boolean => quoted.reduce((n, q) => n + overlaps(q, s, e), 0) > 0.5 * (e - s);
  for (const [s0, end] of sentencesOf(text)) {
    let e0 = end;
    while (e0 > s0 && /[.!?\s]/u.test(text[e0 - 1] ?? '')) e0--;
    if (wordCount(text.slice(s0, e0)) < 5) continue;
    const found = reportedIn(text, s0, e0, inQuote);
    if (!found) continue;
    if (mostlyQuoted(found.content.start, found.content.end)) continue;
    if (wordCount(text.slice(found.content.start, found.content.end)) < 4) continue;
    out.push(found);
  }
  return out;
}

function reportedIn(text: string, s0: number, e0: number, inQuote: (pos: number) => boolean): ReportedSpeech | null {
  const slice = text.slice(s0, e0);
  // according to X
  const acc = slice.includes('ccording') || slice.includes('CCORDING') ? /\baccording\s+to\s+/iu.exec(slice) : null;
  if (acc && !inQuote(s0 + (acc.index ?? 0))) {
    const cueStart = s0 + (acc.index ?? 0);
    const cue = { start: cueStart, end: cueStart + acc[0].trimEnd().length };
    const speaker = phraseAfter(text, cueStart + acc[0].length, e0);
    if (speaker) {
      const afterSpeaker = text.slice(speaker.end, e0);
      const comma = afterSpeaker.indexOf(',');
      if (cueStart - s0 < 3 && comma >= 0) {
        // "According to X, …"
        return { content: trim(text, speaker.end + comma + 1, e0), speaker, cue };
      }
      if (cueStart - s0 > 10) return { content: trim(text, s0, cueStart), speaker, cue };
    }
  }
  for (const m of cuesIn(text, s0, e0)) {
    const cs = m.start;
    const ce = m.end;
    const word = text.slice(cs, ce);
    if (inQuote(cs) || !SPEECH_ONLY.has(word.toLowerCase().replace(/\s+/gu, ' '))) continue;
    const before = text.slice(s0, cs);
    // "…, X said." / "…, said X." at the end of the sentence.
    const lastComma = before.lastIndexOf(',');
    const tail = text.slice(ce, e0);
    if (lastComma > 0 && wordCount(before.slice(0, lastComma)) >= 4 && wordCount(tail) <= 14 && SENTENCE_FINAL_TAIL.test(tail)) {
      const speaker = before.slice(lastComma + 1).trim() === '' ? phraseAfter(text, ce, e0) : phraseBefore(text, s0 + lastComma + 1, cs);
      if (speaker && !/,/u.test(text.slice(speaker.end, cs))) {
        // Skip a dateline opening the sentence ("BEIJING, Dec. 31 (Xinhua) --", "Beijing, December 31:").
        const dl = DATELINE.exec(text.slice(s0, s0 + lastComma));
        return { content: trim(text, s0 + (dl ? dl[0].length : 0), s0 + lastComma), speaker, cue: { start: cs, end: ce } };
      }
    }
    // "X said (that) …" with the subject at the start of the sentence or of its last clause.
    const speaker = phraseBefore(text, s0, cs);
    if (!speaker) continue;
    let rest = ce;
    const skip = (re2: RegExp): void => {
      const mm = re2.exec(text.slice(rest, e0));
      if (mm && mm.index === 0) rest += mm[0].length;
    };
    skip(/^\s+/u);
    if (OBJECT_CUES.test(word)) skip(OBJECT_WORDS);
    for (let k = 0; k < 2; k++) skip(ADVERBIAL);
    skip(/^(?:,\s*)?that\s+/iu);
    skip(/^[:,]\s*/u);
    if (/^["“”«„]/u.test(text.slice(rest, rest + 1))) continue;
    // "spoke to Breitbart", "told during a call": no reported clause follows.
    if (NOT_A_CLAUSE.test(text.slice(rest, e0))) continue;
    if (wordCount(text.slice(rest, e0)) < 4) continue;
    // A clause, not a noun phrase: "said the deal was dead", not "said goodbye".
    return { content: trim(text, rest, e0), speaker, cue: { start: cs, end: ce } };
  }
  return null;
}

function trim(text: string, s: number, e: number): SpeakerSpan {
  while (s < e && /[\s,;:—–-]/u.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:—–-]/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
