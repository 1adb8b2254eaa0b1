/**
 * Cues to a name's kind in the words inside and around it, for the news conventions (news-conventions.ts): streets,
 * natural features and lists of places; institutions named after their place and the long names of institutions
 * ("Federal Bureau of Investigation"); firms by their words ("Halden Therapeutics", "Marlowe & Finch", "PT ...", "...
 * Holdings of Singapore"); works and titles ("Iranian drama The Salt Orchard"), bylines, laws, named operations, sides'
 * roles, Spanish and Portuguese particles, dateline dates. Each mark* function works on a sentence's spans in place and
 * says whether it changed any; the other helpers answer for one span.
 */
import { type Chunk } from './conlleval.js';
import { GAZ, type Gazetteer } from './features.js';
import { ORG_WORDS } from './lexicon.js';
import { COMPANY_NOUNS, FIRM_WORDS, LEGAL_FORMS, CALENDAR, capitalisedRun } from './business-cues.js';
import { isNationality } from './nationalities.js';
import { gazBits, isPlace, setSpan } from './wire-conventions.js';

/**
 * Start of the run of capitalised words that ends before token `end`, past the words at its head that are no part of a
 * name (`opener`: "The", "Our", a nationality); `end` when there is none.
 */
function nameBefore(tokens: readonly string[], end: number, opener: (w: string) => boolean): number {
  let start = end;
  while (start > 0 && /^\p{Lu}/u.test(tokens[start - 1]!)) start--;
  while (start < end && opener(tokens[start]!)) start++;
  return start;
}

/** A word the gazetteer knows as a first name. */
export function firstName(w: string, gaz: Gazetteer | null): boolean {
  return ((gaz?.phrases.get(w.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0;
}

/**
 * Last words of institutions named after their place ("Norfolk County Council"), or their first before "of". Not
 * hospitals, schools and universities: where something happens "at Royal Free Hospital", news and the training text
 * tag the place.
 */
export const PLACE_NAMED_HEADS = new Set([
  'Council',
  'Shire',
  'Police',
  'Constabulary',
  'Court',
  'Ministry',
  'Commission',
  'Committee',
  'Association',
  'Federation',
  'Party',
  'Bank',
  'Authority',
  'Agency',
]);

/**
 * Whether the place span [start, end) is an institution: it ends in an institution's head word ("Norfolk County
 * Council"; not after a direction: "West Bank"; "Earls Court" is two words, a court needs three) or opens with one
 * before "of" ("Central Bank of Brazil", "University of Texas").
 */
export function isInstitution(tokens: readonly string[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  const last = tokens[end - 1]!;
  if (PLACE_NAMED_HEADS.has(last)) {
    if (/^(?:west|east|north|south|left|right)$/i.test(tokens[end - 2]!)) return false;
    return last !== 'Court' || end - start >= 3;
  }
  const of = tokens.indexOf('of', start);
  if (of < 0 || of >= end - 1) return false;
  return PLACE_NAMED_HEADS.has(tokens[of - 1]!) && of - start <= 2;
}

/** Lower-case words of natural features after a name: "the Yarmouk river", "the Pra and Ankobra rivers". */
export const NATURAL_FEATURES = new Set([
  'river',
  'rivers',
  'lake',
  'lakes',
  'island',
  'islands',
  'mountains',
  'delta',
  'counties',
  'parishes',
]);
export const PLURAL_FEATURES = new Set(['rivers', 'lakes', 'islands', 'counties', 'parishes']);
const FEATURE_OPENERS = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'both', 'these', 'those', 'two', 'three']);

/**
 * A name before a natural feature's word is a place, however the tagger read it ("the Pra and Ankobra rivers", where
 * it read a club and a person): with a plural, the names of the list before it too ("Levy , Dixie and Taylor
 * counties"); counties and parishes count as such words.
 */
export function markFeatureNames(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 1; i < tokens.length; i++) {
    if (!NATURAL_FEATURES.has(tokens[i]!)) continue;
    let end = i;
    for (let round = 0; round < 4 && end > 0; round++) {
      const start = nameBefore(tokens, end, (w) => FEATURE_OPENERS.has(w.toLowerCase())); // "The Xijiang and ...", "Our rivers"
      // Not at the sentence's start ("Major European rivers", "Flooding river ..."), nor inside a longer name, nor a
      // nationality ("the Mexican desert").
      if (start === end || start === 0 || isNationality(tokens[start]!, gaz)) break;
      const cur = spans.filter((x) => x.start < end && x.end > start);
      if (cur.some((x) => x.start < start || x.end > end || x.type === 'MISC')) break;
      if (!(cur.length === 1 && cur[0]!.type === 'LOC' && cur[0]!.start === start && cur[0]!.end === end)) {
        setSpan(spans, start, end, 'LOC');
        changed = true;
      }
      // The list before a plural: "the Pra and Ankobra rivers", "Levy , Dixie and Taylor counties".
      const link = tokens[start - 1]!;
      if (!PLURAL_FEATURES.has(tokens[i]!) || !(link === 'and' || (link === ',' && round > 0))) break;
      end = start - 1;
    }
  }
  return changed;
}

/** Where a date inside a span starts ("Constitutional Council on Sunday": at "on"), or -1. */
export function calendarCut(tokens: readonly string[], s: Chunk): number {
  for (let k = s.start + 1; k + 1 < s.end; k++) {
    if ((tokens[k] === 'on' || tokens[k] === 'in') && CALENDAR.has(tokens[k + 1]!)) return k;
  }
  return -1;
}

/** Words that join the items of a list, and the last two. */
const LIST_LINKS = new Set(['and', 'or', ',']);
export const LAST_LINKS = new Set(['and', 'or']);
/** Prepositions of place before a list of places: "near Rocklea and Sherwood". */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'from', 'to', 'between', 'across', 'around', 'outside', 'towards']);

/**
 * A single name read as a person in a list of places after a preposition of place is a place: "near Rocklea and
 * Sherwood", "in Sherwood and Rocklea" (not a first name: "in Paris and Francis ..." is rare, "at Jones and Smith" no
 * list of places).
 */
export function markPlaceLists(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type !== 'PER' || s.end - s.start !== 1) continue;
    // A first name only where it is a known place as well ("Sherwood").
    if (firstName(tokens[s.start]!, gaz) && (gazBits(tokens, s.start, s.end, gaz) & (GAZ.TOWN | GAZ.CITY | GAZ.REGION)) === 0) continue;
    const prev = spans[k - 1];
    const next = spans[k + 1];
    // The place before it ("near Rocklea and Sherwood") or after it ("in Sherwood and Rocklea"), one link between.
    // (Not after a comma: "in Australia , Geyer returned".)
    const before =
      prev?.type === 'LOC' && prev.end === s.start - 1 && LAST_LINKS.has(tokens[prev.end]!) && listAfterPreposition(tokens, spans, k - 1);
    const after =
      next?.type === 'LOC' &&
      next.start === s.end + 1 &&
      LAST_LINKS.has(tokens[s.end]!) &&
      PLACE_PREPOSITIONS.has(tokens[s.start - 1] ?? '');
    if (!before && !after) continue;
    s.type = 'LOC';
    changed = true;
  }
  return changed;
}

/** Whether the list holding span k opens after a preposition of place (over earlier items joined by links). */
function listAfterPreposition(tokens: readonly string[], spans: readonly Chunk[], k: number): boolean {
  while (k > 0 && spans[k - 1]!.end === spans[k]!.start - 1 && LIST_LINKS.has(tokens[spans[k - 1]!.end]!)) k--;
  return PLACE_PREPOSITIONS.has(tokens[spans[k]!.start - 1] ?? '');
}

/** Last words of streets' names. */
export const STREET_WORDS = new Set([
  'Street',
  'Road',
  'Avenue',
  'Lane',
  'Boulevard',
  'Drive',
  'Highway',
  'Square',
  'Terrace',
  'Parkway',
  'Expressway',
  // after a name, not part of it: "on Jose Domingo Canas street"
  'street',
  'road',
  'avenue',
  'boulevard',
]);
/** Words before a street's name. */
const STREET_BEFORE = new Set(['on', 'in', 'at', 'from', 'to', 'near', 'along', 'off', 'into', 'down', 'up', 'across', 'the']);

/**
 * A street is a place with its name, however the tagger read the name ("Sher Shah Road", where it read a person, "Queen
 * Street", where it read nothing); not inside a longer name ("Wall Street Journal").
 */
export function markStreetNames(tokens: readonly string[], spans: Chunk[]): boolean {
  let changed = false;
  for (let i = 1; i < tokens.length; i++) {
    if (!STREET_WORDS.has(tokens[i]!) || /^\p{Lu}/u.test(tokens[i + 1] ?? '')) continue;
    // "on Jose Domingo Canas street": the name alone (a lower-case word after a name is no part of it).
    const lower = /^\p{Ll}/u.test(tokens[i]!);
    if (lower && !/^\p{Lu}/u.test(tokens[i - 1]!)) continue;
    const start = nameBefore(tokens, i, (w) => FEATURE_OPENERS.has(w.toLowerCase()));
    if (start === i) continue;
    const cur = spans.filter((x) => x.start <= i && x.end > start);
    if (cur.some((x) => x.start < start || x.end > i + 1 || x.type === 'MISC')) continue;
    const last = lower ? i : i + 1;
    if (lower && (start === i || !STREET_BEFORE.has(tokens[start - 1] ?? ''))) continue;
    if (cur.length === 1 && cur[0]!.type === 'LOC' && cur[0]!.start === start && cur[0]!.end === last) continue;
    // Street is a surname as well ("GA Street"): a name read as a person is a street where a preposition or a house
    // number stands before it ("on Sher Shah Road", "340 Hay Street").
    const before = tokens[start - 1] ?? '';
    if (cur.some((x) => x.type === 'PER') && !STREET_BEFORE.has(before) && !/^\d/.test(before)) continue;
    setSpan(spans, start, last, 'LOC');
    changed = true;
  }
  return changed;
}

/** Words inside the long names of institutions: "Federal Bureau of Investigation", "Securities and Exchange Commission". */
export const NAME_LINKS = new Set(['of', 'for', 'and']);
/** Head words of institutions whose names go on with "of" or "for": "Federal Bureau of Investigation". */
const LONG_NAME_HEADS = new Set([
  'Court',
  'Tribunal',
  'Bureau',
  'Institute',
  'Centre',
  'Center',
  'Ministry',
  'Department',
  'Office',
  'Commission',
  'Council',
  'Committee',
  'Agency',
  'Authority',
  'Administration',
  'Organization',
  'Organisation',
  'Association',
  'Federation',
  'Union',
  'Foundation',
  'Society',
  'Board',
  'Service',
  'Academy',
  'Fund',
  'League',
  'Police',
]);

/**
 * The long names of institutions the tagger cut at a link word: "Federal Bureau" + "of Investigation", "Allen
 * Institute" + "for AI", "European Centre for Disease Prevention" + "and Control", "Securities and" + "Exchange
 * Commission", "Avon and" + "Somerset Police". Not where a known place follows ("the Foreign Ministry of Russia") or
 * a person, nor two organisations in a list ("Microsoft and Google": the second must end in a head word, the first be
 * no organisation).
 */
export function markLongOrgNames(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type !== 'ORG') continue;
    const link = tokens[s.end];
    const headed = LONG_NAME_HEADS.has(tokens[s.end - 1]!);
    // What follows is no name of its own: untagged, or ordinary words ("and Mineral Resources", "and Urban
    // Development"; not "and Yabloko", "and Plaid Cymru").
    const afterEnd = capitalisedRun(tokens, s.end + 1);
    const untaggedAfter =
      afterEnd > s.end + 1 &&
      (!spans.some((x) => x.start === s.end + 1) ||
        tokens.slice(s.end + 1, afterEnd).every((w) => ((gaz?.phrases.get(w.toLowerCase()) ?? 0) & (GAZ.LOWER | GAZ.COMMON)) !== 0));
    let right = false;
    if (link === 'of' && headed)
      right = true; // "Federal Bureau" + "of Investigation"
    // "Allen Institute" + "for AI" (not "the Swiss Super League for FC Basel")
    else if (link === 'for' && headed && untaggedAfter && tokens[s.end - 1] !== 'League') right = true;
    else if (link === 'and' && untaggedAfter) {
      // "European Centre for Disease Prevention" + "and Control": a name whose words after "of" or "for" are a
      // field, not a place ("Reform Party of Canada and Canadian Alliance" are two), and no second name after "and".
      let k2 = s.end - 1;
      while (k2 > s.start && tokens[k2] !== 'of' && tokens[k2] !== 'for') k2--;
      const runEnd = capitalisedRun(tokens, s.end + 1);
      right =
        k2 > s.start &&
        !isBigPlace(tokens, k2 + 1, s.end, gaz) &&
        runEnd > s.end + 1 &&
        !ORG_WORDS.has(tokens[runEnd - 1]!.toLowerCase()) &&
        !LONG_NAME_HEADS.has(tokens[runEnd - 1]!);
    }
    if (right) {
      const start = s.end + 1;
      if (!/^\p{Lu}/u.test(tokens[start] ?? '')) continue;
      const end = capitalisedRun(tokens, start);
      if (isBigPlace(tokens, start, end, gaz)) continue;
      const inside = spans.filter((x) => x.start < end && x.end > start);
      if (inside.some((x) => x.type === 'PER' || x.type === 'LOC' || x.start < start || x.end > end)) continue;
      for (const x of inside) spans.splice(spans.indexOf(x), 1);
      s.end = end;
      changed = true;
      k--; // it may go on ("Ministry of Energy and Mineral Resources")
      continue;
    }
    // "Securities and Exchange Commission", "Avon and Somerset Police": the words before "and" belong to the name.
    if (tokens[s.start - 1] === 'and' && headed && s.start >= 2 && /^\p{Lu}/u.test(tokens[s.start - 2]!)) {
      let first = s.start - 2;
      while (first > 0 && /^\p{Lu}/u.test(tokens[first - 1]!)) first--;
      while (first < s.start - 2 && FEATURE_OPENERS.has(tokens[first]!.toLowerCase())) first++;
      const before = spans.filter((x) => x.end > first && x.end <= s.start - 1);
      if (before.some((x) => x.type !== 'LOC' || x.start < first)) continue;
      if (first === 0 && s.start - 2 === 0 && before.length === 0) continue; // a sentence's first word alone
      for (const x of before) spans.splice(spans.indexOf(x), 1);
      k -= before.length;
      s.start = first;
      changed = true;
    }
  }
  return changed;
}

/** A country, city or region the gazetteer knows (not a small town: "Energy", Illinois). */
export function isBigPlace(tokens: readonly string[], start: number, end: number, gaz: Gazetteer | null): boolean {
  return (gazBits(tokens, start, end, gaz) & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) !== 0;
}

/** Last words of laws' names: MISC. */
export const LAW_HEADS = new Set(['Act', 'Regulation', 'Directive', 'Treaty']);
/** Words opening companies' names in some countries: "PT Garuda Nikel Indonesia Tbk". */
export const COMPANY_PREFIXES = new Set(['PT', 'PT.']);

/** The "of" in a firm's span that ends in "of <known place>" after a firm's word ("... Holdings of Singapore"), or -1. */
export function firmOfPlace(tokens: readonly string[], s: Chunk, gaz: Gazetteer | null): number {
  for (let k = s.start + 1; k < s.end - 1; k++) {
    if (tokens[k] !== 'of') continue;
    const before = tokens[k - 1]!;
    return (FIRM_WORDS.has(before) || LEGAL_FORMS.has(before)) && isBigPlace(tokens, k + 1, s.end, gaz) ? k : -1;
  }
  return -1;
}

/** Kinds of works whose title follows: "Iranian drama The Salt Orchard", "the album Blue Hours". */
export const WORK_NOUNS = new Set([
  'film',
  'movie',
  'drama',
  'thriller',
  'comedy',
  'documentary',
  'series',
  'sitcom',
  'miniseries',
  'album',
  'novel',
  'memoir',
  'musical',
  'opera',
  'anime',
  'biopic',
]);

/**
 * A title after a kind of work is the work (MISC), however the tagger read its words ("Iranian drama The Salt
 * Orchard", "the Japanese anime Kumo no Ito"); not a person ("the film Tom Hanks made" is rare; a first name opening
 * it is left alone).
 */
export function markWorkTitles(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!WORK_NOUNS.has(tokens[i]!) || !/^\p{Lu}/u.test(tokens[i + 1]!)) continue;
    if (i > 0 && /^(?:this|that|these|those)$/i.test(tokens[i - 1]!)) continue; // "In this movie Google and Amazon create ..."
    let end = i + 1;
    while (
      end < tokens.length &&
      (/^\p{Lu}/u.test(tokens[end]!) || (TITLE_LINKS.has(tokens[end]!) && /^\p{Lu}/u.test(tokens[end + 1] ?? '')))
    )
      end++;
    const cur = spans.filter((x) => x.start < end && x.end > i + 1);
    if (cur.some((x) => x.start < i + 1 || x.end > end || x.type === 'MISC')) continue;
    if (cur.some((x) => x.type === 'PER') && firstName(tokens[i + 1]!, gaz)) continue;
    setSpan(spans, i + 1, end, 'MISC');
    changed = true;
  }
  return changed;
}
/** Lower-case words inside titles of works: "Midnight in Mapo", "Kumo no Ito", "Las Hijas del Faro". */
const TITLE_LINKS = new Set(['in', 'of', 'the', 'a', 'on', 'at', 'to', 'no', 'del', 'de', 'la', 'le', 'des', 'du', 'di']);

/** Those who write for a paper or an agency, after its name: "Whatcom Ledger staff writer", "a Reuters correspondent". */
export const WRITERS = new Set(['writer', 'correspondent', 'reporter', 'columnist']);
const BYLINE_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'by']);

/** The name before a writer's job is the paper or agency ("By Megan Thorsby , Whatcom Ledger staff writer"). */
export function markPapersOfWriters(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 1; i < tokens.length; i++) {
    if (!WRITERS.has(tokens[i]!)) continue;
    const end = tokens[i - 1] === 'staff' ? i - 1 : i;
    // "This writer", "British Russia Today reporter": a determiner or a nationality is no part of the name.
    const start = nameBefore(tokens, end, (w) => BYLINE_OPENERS.has(w.toLowerCase()) || w.split('-').every((p) => isNationality(p, gaz)));
    // "Moscow correspondent": a place says where, not for whom.
    if (start === end || isPlace(tokens, start, end, gaz)) continue;
    const cur = spans.filter((x) => x.start < end && x.end > start);
    if (cur.some((x) => x.start < start || x.end > end)) continue;
    if (cur.some((x) => x.type === 'PER') && firstName(tokens[start]!, gaz)) continue;
    if (cur.length === 1 && cur[0]!.type === 'ORG' && cur[0]!.start === start && cur[0]!.end === end) continue;
    setSpan(spans, start, end, 'ORG');
    changed = true;
  }
  return changed;
}

export const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``']);
const ENGLISH_LINKS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for']);

/**
 * A short quotation of capitalised words joined by a lower-case link is a title, MISC, whatever the tagger read in it
 * (the film " Moss and Mallow ", the painting " Lemons and a Silver Ewer "): speech has lower-case words of its own.
 */
export function markQuotedTitles(tokens: readonly string[], spans: Chunk[]): boolean {
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!QUOTE_MARKS.has(tokens[i]!)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= 8 && !QUOTE_MARKS.has(tokens[end]!)) end++;
    if (end >= tokens.length || !QUOTE_MARKS.has(tokens[end]!) || end === i + 1) continue;
    const words = tokens.slice(i + 1, end);
    // With a lower-case link word inside ("Moss and Mallow", "Lemons and a Silver Ewer"): a quoted name alone
    // (" Andre ", the paper " Die ZEIT ") is a name.
    const link = (w: string): boolean => ENGLISH_LINKS.has(w); // not "de": " Porte de Vanves " is a place
    const title = /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || link(w)) && words.some(link);
    const cur = spans.filter((x) => x.start < end && x.end > i + 1);
    if (title && cur.length > 0 && cur.every((x) => x.start > i && x.end <= end) && !cur.every((x) => x.type === 'MISC')) {
      setSpan(spans, i + 1, end, 'MISC');
      changed = true;
    }
    i = end;
  }
  return changed;
}

/** Roles of a side in a match report, written before its name: "Hosts Morocco", "Holders Ajax". */
export const SIDE_ROLES = new Set(['Hosts', 'Holders', 'Champions', 'Visitors', 'Leaders', 'Newcomers', 'Underdogs']);

/** A first name's initial: "O.", "J.". */
export const INITIAL = /^\p{Lu}\.$/u;

/** Whether a person span is two surnames joined by "&" ("Marlowe & Finch"): not two first names, no initials. */
export function isFirmOfTwo(tokens: readonly string[], s: Chunk, gaz: Gazetteer | null): boolean {
  // Two single names ("Francis & Anthony Bacon" are two people of one family; "C & D", "G. V. & A. Bourret" initials).
  if (s.end - s.start !== 3 || tokens[s.start + 1] !== '&') return false;
  const a = tokens[s.start]!;
  const b = tokens[s.start + 2]!;
  return a.length > 2 && b.length > 2 && !a.includes('.') && !b.includes('.') && !(firstName(a, gaz) && firstName(b, gaz));
}

/** Head words an organisation's name ends in, which the tagger sometimes leaves after the span. */
export const TRAILING_HEADS = new Set([
  'Board',
  'Bank',
  'Council',
  'Commission',
  'Authority',
  'Association',
  'Society',
  'Trust',
  'Fund',
  'Corporation',
]);
/** Month abbreviations in datelines: "LONDON , Dec 1 -". */
export const MONTH_ABBREVIATIONS = new Set([
  'Jan',
  'Feb',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Jan.',
  'Feb.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]);

/** Index of a lower-case kind of business inside an organisation span before a capitalised name ("Norwegian utility Vestkraft"), or -1. */
export function companyNounInside(tokens: readonly string[], s: Chunk): number {
  for (let j = s.start + 1; j < s.end - 1; j++) if (COMPANY_NOUNS.has(tokens[j]!) && /^\p{Lu}/u.test(tokens[j + 1]!)) return j;
  return -1;
}

/** Kinds of business that open a sentence before the firm's name ("Miner BHP said"); not those that open names ("House of ..."). */
export const KIND_OPENERS = new Set(
  [...COMPANY_NOUNS]
    .filter(
      (w) =>
        !['house', 'club', 'company', 'service', 'platform', 'app', 'marketplace', 'utility', 'cooperative', 'co-operative'].includes(w),
    )
    .map((w) => w[0]!.toUpperCase() + w.slice(1)),
);

/** Particles inside Spanish and Portuguese names: "Urioste y Aramayo", "Maria do Socorro", "Lula da Silva". */
export const NAME_PARTICLES = new Set(['y', 'do', 'da', 'dos', 'das', 'de', 'del']);

/**
 * End of the person's name that goes on after a particle past span k ("Carlos Urioste" + "y Aramayo"), or -1: the rest
 * is one to three capitalised words, no known country or city, read as a person, a place or nothing.
 */
export function particleJoin(tokens: readonly string[], spans: readonly Chunk[], k: number, gaz: Gazetteer | null): number {
  const s = spans[k]!;
  if (!NAME_PARTICLES.has(tokens[s.end] ?? '') || !/^\p{Lu}\p{Ll}/u.test(tokens[s.end + 1] ?? '')) return -1;
  let end = s.end + 1;
  while (end < tokens.length && end - s.end <= 3 && /^\p{Lu}\p{Ll}/u.test(tokens[end]!)) end++;
  if (isBigPlace(tokens, s.end + 1, end, gaz)) return -1;
  const next = spans[k + 1];
  if (next && next.start < end && (next.type === 'ORG' || next.type === 'MISC' || next.end > end)) return -1;
  return end;
}
