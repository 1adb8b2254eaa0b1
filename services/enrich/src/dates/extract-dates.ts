import type { MentionedDate } from '@newswire/contracts';
import { SPACE, charClass } from '../text/char-class.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatYear,
  isValidYmd,
  parseReferenceDate,
  toDayNumber,
  weekday,
  type Ymd,
} from './calendar.js';

/**
 * Dates mentioned in the text, resolved against the publication date (the reference date R).
 *
 * Shapes: ISO "2024-12-31" (also 2024/12/31); numeric "12/31/2024", "12-31-2024" (US month first;
 * day first when the first number is > 12), "31.12.2024"; "Dec. 31", "December 31, 2024", "Tuesday,
 * Dec. 31", "31 December 2024", "31st of December", "Jan. 20-22" (its first day); "March 2025",
 * "October of 2021", "in March" (month); "in 2025", "since 2019", "mid-2025" (year); weekdays ("on
 * Tuesday", "last Monday", "next Friday"); "yesterday", "today", "tomorrow", "tonight", "last night",
 * "this morning"; "last/this/next month|year"; "three days ago", "two years ago". Month and weekday
 * names must be capitalised ("may", "march" are verbs); a bare month needs a preposition before it.
 * Spans cover the date expression itself with its modifier ("last year", "next Monday"), not the
 * preposition before it ("on", "in").
 *
 * Resolution rules (news convention):
 * - A weekday equal to R's weekday is R. "last X" is the latest X before R, "next X" the first X
 *   after R. A bare weekday is the latest X before R, unless its clause has a clear future cue
 *   ("will", "next", "scheduled", "expected", "set to" ...), then the first X after R.
 * - A month/day (or month) without a year takes one of R-1, R, R+1 by tense of its clause (the
 *   nearest cue word between sentence ends and quotation marks): a past cue (auxiliary, past verb)
 *   forces a date on or before R, a future cue (auxiliary, "expected") one on or after R; an
 *   infinitive or "would" only hints, and moves the date across R only within 120 days; with no cue
 *   the nearest date wins, a future one counting three times its distance (news reports the past).
 *   ("January 20" in a story of 2024-12-31 -> 2025-01-20; "in April" in a story of 2023-12-22 ->
 *   2023-04; "the court will rule on Feb. 10" -> next February.)
 * - Without a reference date only mentions that carry their own year are returned.
 */
export function extractDates(text: string, publishedAt: string | null): MentionedDate[] {
  return extractDatesBy(text, publishedAt, false);
}

/**
 * extractDates, with `scanAll` every rule's regex scanning the whole text (the reference the tests pin
 * the shortcut to). Without it, rules that know where their matches can start (`starts`, a superset
 * found from the month, weekday, year and key words every match must contain) try their regex only
 * there, in order, as a sticky match: the same matches as the scan, since a global regex takes the
 * leftmost match at or after the end of the previous one.
 */
export function extractDatesBy(text: string, publishedAt: string | null, scanAll: boolean): MentionedDate[] {
  const ref = parseReferenceDate(publishedAt);
  const found: MentionedDate[] = [];
  let anchors: Anchors | null = null;
  for (const rule of RULES) {
    if (rule.starts !== undefined && !scanAll) {
      anchors ??= findAnchors(text);
      const re = rule.sticky!;
      let from = 0;
      for (const start of sortedUnique(rule.starts(anchors, text), text.length)) {
        if (start < from) continue;
        re.lastIndex = start;
        const m = re.exec(text);
        if (m === null) continue;
        const got = rule.resolve(m, ref, text);
        if (got !== null) found.push(got);
        from = start + m[0].length;
      }
      continue;
    }
    const re = rule.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const got = rule.resolve(m, ref, text);
      if (got !== null) found.push(got);
    }
  }
  // Keep the longest of overlapping mentions, then document order.
  found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: MentionedDate[] = [];
  let lastEnd = -1;
  for (const d of found) {
    if (d.span[0] < lastEnd) continue;
    out.push(d);
    lastEnd = d.span[1];
  }
  return out;
}

// ------------------------------------------------------------------ vocabulary

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

// Full month names, or abbreviations with or without a dot ("Sept." "Dec"); capitalised only.
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** Capitalised words that make a weekday part of a name (a show, a paper), not a date. */
const WEEKDAY_NAME_WORDS = String.raw`(?:Night|Times|Telegraph|Post|Herald|Mail|Express|Star|Review|Sport|Football|Live|Show|Edition|Magazine|Journal|Independent|Mirror|Tribune)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR4 = String.raw`(?:1[6-9]\d{2}|20\d{2}|2100)`;
const NOT_NUM_AFTER = String.raw`(?![\w]|[.,:]\d|-\d)`;
/** After a day: no more digits, except a day range ("Jan. 20-22"). */
const NOT_NUM_AFTER_DAY = String.raw`(?![\w]|[.,:]\d|-\d{3})`;
/** "last" -> "[Ll]ast": sentence-initial capitals without the slow case-insensitive flag. */
const ci = (words: string): string =>
  words
    .split('|')
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join('|');

const monthNumber = (name: string): number | undefined => MONTHS[name.toLowerCase().replace(/\.$/, '')];
const startsUpper = (s: string): boolean => /^\p{Lu}/u.test(s);

// ------------------------------------------------------------------ tense of the clause

const FUTURE_CUES = new Set([
  'will',
  "'ll",
  'shall',
  'next',
  'upcoming',
  'scheduled',
  'expected',
  'due',
  'going',
  'ahead',
  'coming',
  'slated',
  'tomorrow',
  'later',
]);
const PAST_CUES = new Set(['was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'previously', 'yesterday', 'since']);
/** Past main verbs: weak cues, like regular "-ed" forms (the clause may still look forward: "met ... to sign"). */
const PAST_VERBS = new Set([
  'said',
  'told',
  'came',
  'went',
  'took',
  'gave',
  'made',
  'began',
  'died',
  'won',
  'lost',
  'met',
  'left',
  'held',
  'saw',
  'found',
  'brought',
  'fell',
  'rose',
  'sent',
  'spoke',
  'wrote',
  'became',
  'got',
  'ran',
  'hit',
  'struck',
  'fought',
  'led',
  'paid',
  'sold',
  'bought',
  'stood',
  'thought',
  'knew',
  'felt',
  'kept',
]);
/** Words after "to" that do not make it an infinitive ("to the", "to his"). */
const NOT_VERBS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'him',
  'them',
  'us',
  'me',
  'it',
  'be',
  'date',
  'and',
  'or',
  'all',
  'some',
  'more',
  'about',
]);
const CUE_WORD_RE = /\p{L}+(?:['’]\p{L}+)?|['’]ll/gu;

type Tense = 'past' | 'future' | 'neutral';
/** `strong: false` marks a tense hinted by an infinitive only: it steers a year only when that stays close. */
type TenseCue = { tense: Tense; strong: boolean };

/**
 * Tense of the sentence around [start, end), from the nearest cue within ~90 chars each side.
 * Strong cues (auxiliaries, "ago", "last", "next", "scheduled" ...) win over weak ones (a past main
 * verb, "-ed" or irregular; a "to"-infinitive, which looks forward: "agreed to sign ... on January 20").
 * Only an infinitive or "would" comes back as not `strong`: it steers a year only within WEAK_REACH days.
 */
function clauseTense(text: string, start: number, end: number): TenseCue {
  let lo = Math.max(0, start - 90);
  let hi = Math.min(text.length, end + 90);
  const before = text.slice(lo, start);
  // The clause ends at sentence ends, line breaks and quotation marks ("... will rise,” he said on Friday).
  const cut = before.search(/[.!?]\s(?=[^.!?\n“”"]*$)|[\n“”"](?=[^\n“”"]*$)/);
  if (cut >= 0) lo += cut + 1;
  const after = text.slice(end, hi);
  const stop = after.search(/[.!?](?:\s|$)|[\n“”"]/);
  if (stop >= 0) hi = end + stop;
  const best: Record<'strong' | 'weak', { tense: Tense; dist: number }> = {
    strong: { tense: 'neutral', dist: Infinity },
    weak: { tense: 'neutral', dist: Infinity },
  };
  const words = [...text.slice(lo, hi).matchAll(CUE_WORD_RE)];
  words.forEach((m, i) => {
    const pos = lo + (m.index ?? 0);
    if (pos >= start && pos < end) return;
    const w = m[0].toLowerCase().replace('’', "'");
    let tense: Tense = 'neutral';
    let kind: 'strong' | 'weak' = 'strong';
    if (FUTURE_CUES.has(w) || (w === 'set' && words[i + 1]?.[0] === 'to')) tense = 'future';
    else if (PAST_CUES.has(w)) tense = 'past';
    else if (PAST_VERBS.has(w) || (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed'))) [tense, kind] = ['past', 'weak'];
    else if (w === 'would')
      [tense, kind] = ['future', 'weak']; // often future-in-the-past ("said it would")
    else if (w === 'to') {
      const next = words[i + 1]?.[0];
      if (next !== undefined && /^\p{Ll}/u.test(next) && !NOT_VERBS.has(next)) [tense, kind] = ['future', 'weak'];
    }
    if (tense === 'neutral') return;
    const dist = pos < start ? start - pos : pos - end;
    if (dist < best[kind].dist) best[kind] = { tense, dist };
  });
  if (best.strong.tense !== 'neutral') return { tense: best.strong.tense, strong: true };
  // A past verb is firm evidence; an infinitive only hints ("began accepting applications to dispense
  // the products in October" is about a past October).
  return { tense: best.weak.tense, strong: best.weak.tense === 'past' };
}

// ------------------------------------------------------------------ resolution helpers

function mk(m: RegExpMatchArray, date: string, granularity: MentionedDate['granularity'], group = 0): MentionedDate {
  const whole = m[0];
  const part = m[group] ?? whole;
  const start = (m.index ?? 0) + (group === 0 ? 0 : whole.indexOf(part));
  return { text: part, span: [start, start + part.length], date, granularity };
}

/** Year for a month(/day) without one: the nearest of R-1, R, R+1, constrained by tense. */
function inferYear(ref: Ymd, month: number, day: number | null, cue: TenseCue): number | null {
  const steered = inferYearWith(ref, month, day, cue.tense);
  if (cue.strong || cue.tense === 'neutral') return steered;
  // A weak cue may pick the other side of R only within WEAK_REACH days; beyond that, the nearest wins.
  const nearest = inferYearWith(ref, month, day, 'neutral');
  if (steered === null || nearest === null || steered === nearest) return steered ?? nearest;
  const r = toDayNumber(ref);
  const dist = Math.abs(toDayNumber({ y: steered, m: month, d: day ?? 15 }) - r);
  return dist <= WEAK_REACH ? steered : nearest;
}

const WEAK_REACH = 120;
const FUTURE_WEIGHT = 3;

function inferYearWith(ref: Ymd, month: number, day: number | null, tense: Tense): number | null {
  const r = toDayNumber(ref);
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (day !== null && !isValidYmd(y, month, day)) continue;
    // A month mention stands for its whole span: compare with its first and last day.
    const first = toDayNumber({ y, m: month, d: day ?? 1 });
    const last = day !== null ? first : toDayNumber({ y, m: month, d: new Date(Date.UTC(y, month, 0)).getUTCDate() });
    if (tense === 'future' && last < r) continue;
    if (tense === 'past' && first > r) continue;
    // News mostly reports the past: with no tense to go by, a future date counts FUTURE_WEIGHT times
    // as far ("in April" in late December is last April; "January 20" then is next month).
    const dist = r < first ? (first - r) * (tense === 'neutral' ? FUTURE_WEIGHT : 1) : r > last ? r - last : 0;
    if (dist < bestDist || (dist === bestDist && y === ref.y)) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

function resolveWeekday(ref: Ymd, target: number, modifier: string | undefined, tense: Tense): Ymd {
  const today = weekday(ref);
  const back = (today - target + 7) % 7; // days since the latest target weekday (0 = today)
  const ahead = (target - today + 7) % 7;
  const mod = modifier?.toLowerCase();
  if (mod === 'last' || mod === 'past') return addDays(ref, -(back === 0 ? 7 : back));
  if (mod === 'next' || mod === 'coming') return addDays(ref, ahead === 0 ? 7 : ahead);
  if (back === 0) return ref;
  if (mod === 'this') return tense === 'past' ? addDays(ref, -back) : addDays(ref, ahead);
  return tense === 'future' ? addDays(ref, ahead) : addDays(ref, -back);
}

function twoDigitYear(y: number): number {
  return y >= 100 ? y : y < 50 ? 2000 + y : 1900 + y;
}

// ------------------------------------------------------------------ rules

interface Rule {
  re: RegExp;
  resolve(m: RegExpMatchArray, ref: Ymd | null, text: string): MentionedDate | null;
  /** Every position where a match of `re` can start (more is fine, in any order); absent: scan the text. */
  starts?: (anchors: Anchors, text: string) => number[];
  /** `re` made sticky, for `starts` (set below). */
  sticky?: RegExp;
}

// ------------------------------------------------------------------ where matches can start

/** Where month names (their first three letters), weekday names and possible years begin in a text. */
interface Anchors {
  months: number[];
  weekdays: number[];
  years: number[];
}

const MONTH_PREFIXES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function findAnchors(text: string): Anchors {
  const anchors: Anchors = { months: [], weekdays: [], years: [] };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      for (const name of MONTH_PREFIXES) if (name.charCodeAt(0) === c && text.startsWith(name, i)) anchors.months.push(i);
      for (const name of WEEKDAY_NAMES) if (name.charCodeAt(0) === c && text.startsWith(name, i)) anchors.weekdays.push(i);
    } else if ((c === 49 || c === 50) && !isDigitCode(text.charCodeAt(i - 1))) {
      anchors.years.push(i); // YEAR4 starts 1 or 2 and never right after a digit in the year rule
    }
  }
  return anchors;
}

/** Start of the run of white space (`\s`) that ends at i; i itself when there is none. */
function spaceBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && (charClass(text.charCodeAt(j - 1)) & SPACE) !== 0) j--;
  return j;
}

function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i);
  return out;
}

/** Starts of words of the given lengths that end where the (non-empty) white space before `at` begins. */
function wordsBefore(text: string, at: number, lengths: readonly number[], out: number[]): void {
  const end = spaceBefore(text, at);
  if (end === at) return;
  for (const n of lengths) out.push(end - n);
}

function sortedUnique(starts: number[], length: number): number[] {
  starts.sort((a, b) => a - b);
  const out: number[] = [];
  for (const s of starts) if (s >= 0 && s < length && s !== out[out.length - 1]) out.push(s);
  return out;
}

/** Lengths of the words and phrases that may stand before a month ("in", "since", "end of", "beginning of" ...). */
const MONTH_LEAD_LENGTHS = lengthsOf(
  'in|since|by|until|till|through|from|during|before|after|early|late|mid|end of|start of|beginning of|last|next|this',
);
const YEAR_LEAD_LENGTHS = lengthsOf(
  'in|since|by|until|till|through|throughout|from|to|during|before|after|of|for|early|late|mid|end of|start of|beginning of|spring|summer|autumn|fall|winter',
);
const MODIFIER_LENGTHS = lengthsOf('last|next|this|past|coming');
function lengthsOf(words: string): number[] {
  return [...new Set(words.split('|').map((w) => w.length))];
}

/** Month rules: at a month name, at a weekday before one, or (`lead`) at a word before it. */
function monthStarts(a: Anchors, text: string, lead: 'weekday' | 'day' | 'word'): number[] {
  const out = [...a.months];
  if (lead !== 'word') out.push(...a.weekdays);
  for (const m of a.months) {
    if (lead === 'word') wordsBefore(text, m, MONTH_LEAD_LENGTHS, out);
    if (lead !== 'day') continue;
    // DAY (1-4 chars: "1", "21st") before the month, maybe with "of" between.
    const end = spaceBefore(text, m);
    if (end === m) continue;
    for (let n = 1; n <= 4; n++) out.push(end - n);
    if (text.startsWith('of', end - 2)) wordsBefore(text, end - 2, [1, 2, 3, 4], out);
  }
  return out;
}

const RULES: Rule[] = [
  // 2024-12-31, 2024/12/31, 2024.12.31
  {
    re: new RegExp(String.raw`(?<![\w./-])(${YEAR4})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\w]|[-/.]\d)`, 'g'),
    resolve(m) {
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      return isValidYmd(y, mo, d) ? mk(m, formatDay({ y, m: mo, d }), 'day') : null;
    },
  },
  // 12/31/2024, 31/12/2024, 12/31/24, 12-31-2024, 31.12.2024
  {
    re: new RegExp(String.raw`(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[/.-]\d)`, 'g'),
    resolve(m) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const y = twoDigitYear(Number(m[4]));
      if (m[4]?.length === 2 && m[2] !== '/') return null; // "1.5.24", "3-1-22": versions, scores
      // Slashes are read US-style (month first) unless the first number cannot be a month; dots day first.
      const dayFirst = m[2] === '.' || a > 12;
      const [mo, d] = dayFirst ? [b, a] : [a, b];
      return isValidYmd(y, mo, d) ? mk(m, formatDay({ y, m: mo, d }), 'day') : null;
    },
  },
  // (Tuesday,) Dec. 31(, 2024) / December 31st
  {
    starts: (a, text) => monthStarts(a, text, 'weekday'),
    re: new RegExp(String.raw`\b(?:(${WEEKDAY}),?\s+(?:the\s+)?)?(${MONTH})\s+(${DAY})(?:,?\s+(${YEAR4}))?${NOT_NUM_AFTER_DAY}`, 'g'),
    resolve(m, ref, text) {
      if (!startsUpper(m[2] ?? '')) return null;
      if (m[1] !== undefined && !startsUpper(m[1])) return null;
      const mo = monthNumber(m[2] ?? '');
      const d = parseInt(m[3] ?? '', 10);
      if (mo === undefined) return null;
      return dayMonthYear(m, mo, d, m[4], ref, text);
    },
  },
  // (Tuesday,) 31 December 2024 / 31st of December
  {
    starts: (a, text) => monthStarts(a, text, 'day'),
    re: new RegExp(String.raw`\b(?:(${WEEKDAY}),?\s+(?:the\s+)?)?(${DAY})(?:\s+of)?\s+(${MONTH})(?:,?\s+(${YEAR4}))?${NOT_NUM_AFTER}`, 'g'),
    resolve(m, ref, text) {
      if (!startsUpper(m[3] ?? '')) return null;
      if (m[1] !== undefined && !startsUpper(m[1])) return null;
      const mo = monthNumber(m[3] ?? '');
      const d = parseInt(m[2] ?? '', 10);
      if (mo === undefined) return null;
      return dayMonthYear(m, mo, d, m[4], ref, text);
    },
  },
  // March 2025, October of 2021, in March, since May
  {
    starts: (a, text) => monthStarts(a, text, 'word'),
    re: new RegExp(
      String.raw`\b(?:(${ci('in|since|by|until|till|through|from|during|before|after|early|late|mid|end of|start of|beginning of|last|next|this')})\s+)?(${MONTH})(?:,?\s+(?:of\s+)?(${YEAR4}))?${NOT_NUM_AFTER}`,
      'g',
    ),
    resolve(m, ref, text) {
      const name = m[2] ?? '';
      if (!startsUpper(name)) return null;
      const mo = monthNumber(name);
      if (mo === undefined) return null;
      const start = (m.index ?? 0) + m[0].indexOf(name);
      if (m[3] !== undefined) {
        const y = Number(m[3]);
        const part = text.slice(start, (m.index ?? 0) + m[0].length);
        return { text: part, span: [start, start + part.length], date: formatMonth(y, mo), granularity: 'month' };
      }
      // A bare month name needs a full name and a preposition or modifier before it ("May" is a verb too).
      const lead = m[1]?.toLowerCase();
      if (lead === undefined || ref === null || name.length < 3 || name.endsWith('.')) return null;
      if (!/^(january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(name)) {
        return null;
      }
      let y: number | null;
      let spanStart = start;
      if (lead === 'last' || lead === 'next' || lead === 'this') {
        spanStart = m.index ?? 0;
        if (lead === 'this') y = ref.y;
        else if (lead === 'last') y = mo < ref.m ? ref.y : ref.y - 1;
        else y = mo > ref.m ? ref.y : ref.y + 1;
      } else {
        const cue: TenseCue = lead === 'since' ? { tense: 'past', strong: true } : clauseTense(text, start, start + name.length);
        y = inferYear(ref, mo, null, cue);
      }
      if (y === null) return null;
      const end = start + name.length;
      return { text: text.slice(spanStart, end), span: [spanStart, end], date: formatMonth(y, mo), granularity: 'month' };
    },
  },
  // in 2025, since 2019, by 2030, early 2025
  {
    starts(a, text) {
      // LEAD, an optional "-", white space, maybe "early" / "late" / "mid(-)" and white space, then the year.
      const out: number[] = [];
      const leadBefore = (at: number): void => {
        const end = spaceBefore(text, at);
        if (end === at) return;
        for (const e of text.charCodeAt(end - 1) === 45 ? [end, end - 1] : [end]) for (const n of YEAR_LEAD_LENGTHS) out.push(e - n);
      };
      for (const y of a.years) {
        leadBefore(y);
        const end = spaceBefore(text, y);
        for (const mod of ['early', 'late', 'mid', 'mid-']) if (text.startsWith(mod, end - mod.length)) leadBefore(end - mod.length);
      }
      return out;
    },
    re: new RegExp(
      String.raw`\b(?:${ci('in|since|by|until|till|through|throughout|from|to|during|before|after|of|for|early|late|mid|end of|start of|beginning of|spring|summer|autumn|fall|winter')})-?\s+(?:(?:early|late|mid-?)\s*)?(${YEAR4})(?![\w%]|[.,:]\d|-\d|\s*(?:%|percent|per cent)\b)`,
      'g',
    ),
    resolve(m) {
      const y = m[1] ?? '';
      return mk(m, formatYear(Number(y)), 'year', 1);
    },
  },
  // (on) Tuesday, last Monday, next Friday
  {
    starts(a, text) {
      const out = [...a.weekdays];
      for (const w of a.weekdays) wordsBefore(text, w, MODIFIER_LENGTHS, out);
      return out;
    },
    re: new RegExp(
      String.raw`\b(?:(${ci('last|next|this|past|coming')})\s+)?(${WEEKDAY})\b(?!\s+${WEEKDAY_NAME_WORDS}\b|\s*\(\s*${MONTH}\s*\d)`,
      'g',
    ),
    resolve(m, ref, text) {
      // (The lookahead above drops names, "Saturday Night Live", "Sunday Times", and weekdays that a
      // date in brackets spells out, "Thursday (Nov 16)".)
      if (ref === null || !startsUpper(m[2] ?? '')) return null;
      const target = WEEKDAYS[(m[2] ?? '').toLowerCase()];
      if (target === undefined) return null;
      const start = m.index ?? 0;
      // Bare weekdays default to the past; only a clear future cue turns them forward.
      const cue = clauseTense(text, start, start + m[0].length);
      const date = resolveWeekday(ref, target, m[1], cue.strong ? cue.tense : 'neutral');
      return mk(m, formatDay(date), 'day');
    },
  },
  // yesterday, today, tomorrow, tonight, last night, this morning
  {
    starts(_a, text) {
      const out: number[] = [];
      for (const w of ['esterday', 'oday', 'omorrow', 'onight']) for (const i of occurrences(text, w)) out.push(i - 1);
      for (const w of ['night', 'morning', 'afternoon', 'evening']) for (const i of occurrences(text, w)) wordsBefore(text, i, [4], out);
      return out;
    },
    re: new RegExp(
      String.raw`\b(${ci('yesterday|today|tomorrow|tonight')}|${ci('last')}\s+night|${ci('this')}\s+(?:morning|afternoon|evening))\b`,
      'g',
    ),
    resolve(m, ref, text) {
      if (ref === null) return null;
      const w = (m[1] ?? '').toLowerCase();
      // Capitalised after a capitalised word mid-sentence, it is a name: "USA Today", "NBC's Today".
      if (startsUpper(m[1] ?? '') && /\p{Lu}[\p{L}'’]*\s+$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) {
        return null;
      }
      const delta = w === 'yesterday' || w.startsWith('last') ? -1 : w === 'tomorrow' ? 1 : 0;
      return mk(m, formatDay(addDays(ref, delta)), 'day');
    },
  },
  // last/this/next month|year
  {
    starts(_a, text) {
      const out: number[] = [];
      for (const w of ['month', 'year']) for (const i of occurrences(text, w)) wordsBefore(text, i, MODIFIER_LENGTHS, out);
      return out;
    },
    re: new RegExp(String.raw`\b(${ci('last|this|next|past|coming')})\s+(month|year)\b`, 'g'),
    resolve(m, ref) {
      if (ref === null) return null;
      const mod = (m[1] ?? '').toLowerCase();
      const delta = mod === 'last' || mod === 'past' ? -1 : mod === 'next' || mod === 'coming' ? 1 : 0;
      if ((m[2] ?? '').toLowerCase() === 'year') return mk(m, formatYear(ref.y + delta), 'year');
      const { y, m: mo } = addMonths(ref.y, ref.m, delta);
      return mk(m, formatMonth(y, mo), 'month');
    },
  },
  // three days ago, two weeks ago, a year ago
  {
    starts(_a, text) {
      // NUMBER (1-6 chars), white space, UNIT (3-6 chars), white space, "ago".
      const units: number[] = [];
      for (const i of occurrences(text, 'ago')) wordsBefore(text, i, [3, 4, 5, 6], units);
      const out: number[] = [];
      for (const u of units) if (u > 0) wordsBefore(text, u, [1, 2, 3, 4, 5, 6], out);
      return out;
    },
    re: new RegExp(
      String.raw`\b(\d{1,3}|${ci('a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve')})\s+(days?|weeks?|months?|years?)\s+ago\b`,
      'g',
    ),
    resolve(m, ref) {
      if (ref === null) return null;
      const raw = (m[1] ?? '').toLowerCase();
      const n = /^\d/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
      if (n === undefined) return null;
      const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
      if (unit === 'day') return mk(m, formatDay(addDays(ref, -n)), 'day');
      if (unit === 'week') return mk(m, formatDay(addDays(ref, -7 * n)), 'day');
      if (unit === 'month') {
        const { y, m: mo } = addMonths(ref.y, ref.m, -n);
        return mk(m, formatMonth(y, mo), 'month');
      }
      return mk(m, formatYear(ref.y - n), 'year');
    },
  },
];

for (const rule of RULES) if (rule.starts !== undefined) rule.sticky = new RegExp(rule.re.source, rule.re.flags.replace('g', '') + 'y');

function dayMonthYear(
  m: RegExpMatchArray,
  mo: number,
  d: number,
  yearText: string | undefined,
  ref: Ymd | null,
  text: string,
): MentionedDate | null {
  if (yearText !== undefined) {
    const y = Number(yearText);
    return isValidYmd(y, mo, d) ? mk(m, formatDay({ y, m: mo, d }), 'day') : null;
  }
  if (ref === null || d < 1 || d > 31) return null;
  const start = m.index ?? 0;
  const y = inferYear(ref, mo, d, clauseTense(text, start, start + m[0].length));
  return y === null ? null : mk(m, formatDay({ y, m: mo, d }), 'day');
}
