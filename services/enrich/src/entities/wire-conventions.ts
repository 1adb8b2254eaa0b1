import { chunks, type Chunk } from './conlleval.js';
import { GAZ, type Gazetteer } from './features.js';
import { isDemonymOnly } from './nationalities.js';

/**
 * Sentence-local fixes for the layout conventions of wire copy, which the tagger's training text (Wikipedia, web
 * text, tweets) hardly shows:
 *
 * - **datelines**: "LONDON 1996-08-30", "AL-KHOBAR , Saudi Arabia 1996-07-01", "WASHINGTON ( Reuters ) - ...",
 *   "BEIJING , Dec 31 ( Xinhua ) --": the place in capitals (and the region or country after its comma) is a LOC;
 * - **sport slugs** that open headlines ("SOCCER - ...", "RUGBY UNION - ...", "Tennis - ...") are not names;
 * - **sports results and tables**: in "Barnsley 2 Norwich 0", "Grimsby 1 Sheffield United 3", a standings row
 *   "Bolton 8 6 1 1 18 7 19" or "Surrey 412 for six declared", the names are teams: organisations (CoNLL/MUC
 *   convention), except a country name, which names a national side and stays a LOC (also the CoNLL convention).
 *   In a team-sport headline ("CRICKET - SURREY CLOSE IN ON WIN AGAINST KENT"), a place name not after "in" or
 *   "at" is a team as well. Scorers with their minutes, in a score line's brackets or after "Scorers :", are people;
 * - **cricket scorecards**: "Hussain c Wasim Akram b Mushtaq Ahmed 12" holds three names, not one.
 *
 * Works on IOB2 tags in place; every rule needs the whole line to have its shape, so running text is untouched.
 */
export function applyWireConventions(tokens: readonly string[], tags: string[], gaz: Gazetteer | null): void {
  // Every rule but the ranked results line needs a line that opens with a capital; the test keeps the cost for ordinary
  // sentences at a few character checks, and spans are only built for a line that has one of the shapes.
  if (tokens.length < 2) return;
  if (/^\d/.test(tokens[0]!)) {
    // "1. Mattias Enqvist ( Sweden ) Williams 1:20.330": a ranked driver's or rider's team after the country.
    const team = rankedTeam(tokens, tags, gaz);
    markBracketedNationals(tokens, tags, gaz);
    // A score or a rank is no name ("207 Park Jong-hwan ( South Korea ) 70 68 69").
    for (let i = 0; i < tokens.length; i++) {
      if (tags[i] === 'O' || /\p{L}/u.test(tokens[i]!)) continue;
      const single = tags[i]!.charCodeAt(0) === 66 && tags[i + 1]?.charCodeAt(0) !== 73;
      if (single) tags[i] = 'O';
    }
    if (team) {
      const s = chunks(tags);
      setSpan(s, team.start, team.end, 'ORG');
      // A country's three-letter code in the brackets ("( GBR )") is the country.
      if (team.code >= 0) setSpan(s, team.code, team.code + 1, 'LOC');
      fromSpans(s, tags);
    }
    return;
  }
  if (!/^\p{Lu}/u.test(tokens[0]!)) return;
  let cached: Chunk[] | undefined;
  const spans = (): Chunk[] => (cached ??= chunks(tags));
  // A headline in capitals: a name the tagger ran across a verb or a preposition is two names ("SAMOA STUN WALES",
  // "JENKINS FOR SCOTLAND"); capitals give it nothing else to go on.
  if (!tokens.some((w) => /\p{Ll}/u.test(w))) {
    splitCapsHeadline(tokens, tags, spans, gaz);
    // "NORRLAND SKOG NINE-MONTH PROFIT RISES", "HOLMBERG SAYS 1996 PROFIT TO BEAT FORECAST": the company whose results
    // the headline gives.
    const company = resultsCompany(tokens, gaz);
    if (company > 0 && !spans().some((x) => x.start === 0 && x.end === company && x.type === 'ORG')) setSpan(spans(), 0, company, 'ORG');
  }
  const slug = sportSlug(tokens);
  if (slug) {
    // The slug and its dash are not part of any name; a span that ran across them keeps its part after the dash.
    clearRange(spans(), 0, slug.end);
    headlineSubject(tokens, spans(), slug, gaz);
    if (slug.team) {
      for (const s of spans()) {
        if (s.type !== 'LOC' && s.type !== 'ORG') continue;
        const prev = s.start > 0 ? tokens[s.start - 1]!.toLowerCase() : '';
        if (prev === 'in' || prev === 'at') continue;
        s.type = isCountry(tokens, s.start, s.end, gaz) ? 'LOC' : 'ORG';
      }
    }
  } else {
    const d = dateline(tokens, gaz);
    // A place of several words must be one the tagger or the gazetteer knows ("WASHINGTON TIMES 2004-10-28" is a
    // newspaper's credit line); a single word in that position is taken as the place.
    if (
      d &&
      (d.placeEnd === 1 ||
        isPlace(tokens, 0, d.placeEnd, gaz) ||
        // "VAL D'ISERE , France 1996-12-14": a place of several words the gazetteer does not know, with its country.
        (d.regionEnd > d.regionStart && isCountry(tokens, d.regionStart, d.regionEnd, gaz)) ||
        spans().some((s) => s.start === 0 && s.end === d.placeEnd && s.type === 'LOC'))
    ) {
      setSpan(spans(), 0, d.placeEnd, 'LOC');
      if (d.regionEnd > d.regionStart) setSpan(spans(), d.regionStart, d.regionEnd, 'LOC');
    } else {
      // "Scorers :", "Bowling ( to date ) :"
      const colon = tokens[1] === '(' ? tokens.indexOf(')', 2) + 1 : 1;
      const scorersList = SCORERS.has(tokens[0]!.toLowerCase()) && colon > 0 && colon <= 5 && tokens[colon] === ':';
      const teams = scorersList ? null : resultTeams(tokens, gaz);
      if (scorersList) markScorers(tokens, spans(), colon + 1, tokens.length, gaz);
      if (teams) {
        for (const note of teams.notes) markScorers(tokens, spans(), note.start, note.end, gaz);
        for (const t of teams.runs) {
          const country = isCountry(tokens, t.start, t.end, gaz);
          // A standings row may also be a golfer's or an athlete's line ("Colin Montgomerie 70 68 71 209"):
          // there a person stays a person.
          const current = spans().find((s) => s.start === t.start && s.end === t.end);
          if (teams.kind === 'table' && current?.type === 'PER') continue;
          setSpan(spans(), t.start, t.end, country ? 'LOC' : 'ORG');
        }
      }
    }
  }
  if (cached) {
    // What is left of a name the rules cut around a score ("Morton 0 Airdrieonians" -> "0") is no name.
    for (let k = cached.length - 1; k >= 0; k--) {
      const s = cached[k]!;
      if (!tokens.slice(s.start, s.end).some((w) => /\p{L}/u.test(w))) cached.splice(k, 1);
    }
    fromSpans(cached, tags);
  }
  // "Hussain c Wasim Akram b Mushtaq Ahmed": the dismissal words end one name and start the next.
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i]!.charCodeAt(0) !== 73 /* I */ || !DISMISSALS.has(tokens[i]!)) continue;
    tags[i] = 'O';
    if (tags[i + 1]?.startsWith('I-')) tags[i + 1] = 'B-' + tags[i + 1]!.slice(2);
  }
  markScorecardLine(tokens, tags, gaz);
}

/**
 * A batting line of a cricket scorecard ("S. Jayawardane c Moyo b Mupariwa 48", "R. Gunatilleke lbw b Chivhanga 12"):
 * the batsman who opens it and each name after a dismissal word are people, however the tagger read them (it tags the
 * names it does not know as places or nothing). The line must end in the runs scored.
 */
function markScorecardLine(tokens: readonly string[], tags: string[], gaz: Gazetteer | null): void {
  const n = tokens.length;
  if (n < 4 || !/^\d{1,3}\*?$/.test(tokens[n - 1]!) || !NAME_RE.test(tokens[0]!)) return;
  const first = tokens.findIndex((w, i) => i > 0 && (DISMISSALS.has(w) || (w === 'run' && tokens[i + 1] === 'out')));
  if (first < 1) return;
  const runs: [number, number][] = [[0, first]];
  for (let i = first; i < n - 1; i++) {
    if (!DISMISSALS.has(tokens[i]!) || !NAME_RE.test(tokens[i + 1]!)) continue;
    let j = i + 1;
    while (j < n - 1 && (NAME_RE.test(tokens[j]!) || PARTICLES.has(tokens[j]!)) && !DISMISSALS.has(tokens[j]!)) j++;
    runs.push([i + 1, j]);
    i = j - 1;
  }
  // Every word between the names is a dismissal word, "run out" or a bracketed fielder.
  for (const [a, b] of runs) {
    if (b <= a || b - a > 4) return;
    for (let k = a; k < b; k++) if (!NAME_RE.test(tokens[k]!) && !PARTICLES.has(tokens[k]!)) return;
    if (b - a === 1 && ((gaz?.phrases.get(tokens[a]!.toLowerCase()) ?? 0) & GAZ.LOWER) !== 0) return;
  }
  const spans = chunks(tags);
  for (const [a, b] of runs) setSpan(spans, a, b, 'PER');
  fromSpans(spans, tags);
}

export /**
 * "TENNIS - SELES BEATEN IN ROME", "CRICKET - STREAK PUTS ZIMBABWE ON TOP": the word right after a sport slug, in
 * capitals and before a headline verb, is who the story is about. Teams are places and clubs the tagger and the
 * gazetteer know; an unknown word there is a player's surname (PER), in team sports too ("STREAK" is Heath Streak).
 * Only where the tagger saw nothing and the word is no country, city, region, organisation or ordinary word.
 */
function headlineSubject(tokens: readonly string[], spans: Chunk[], slug: { end: number }, gaz: Gazetteer | null): void {
  const i = slug.end;
  const w = tokens[i];
  if (!w || !/^\p{Lu}[\p{Lu}'’-]+$/u.test(w) || !HEADLINE_VERBS.has(tokens[i + 1]?.toLowerCase() ?? '')) return;
  if (spans.some((s) => s.start <= i && i < s.end)) return;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  // (Small towns share names with many people: "VILLENEUVE" is both.)
  if (bits & (GAZ.LOWER | GAZ.COMMON | GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.ORG | GAZ.DEMONYM)) return;
  setSpan(spans, i, i + 1, 'PER');
}

/** Verbs that follow a headline's subject: "SELES BEATEN", "STREAK PUTS", "LINDQVIST UPSETS". */
const HEADLINE_VERBS = new Set([
  'beats',
  'beat',
  'beaten',
  'wins',
  'win',
  'takes',
  'puts',
  'sets',
  'keeps',
  'leads',
  'upsets',
  'stuns',
  'snatches',
  'clinches',
  'retains',
  'reaches',
  'survives',
  'crashes',
  'slumps',
  'storms',
  'cruises',
  'battles',
  'edges',
  'holds',
  'hold',
  'seals',
  'grabs',
  'claims',
  'breaks',
  'pulls',
  'out',
  'injured',
  'quits',
  'retires',
  'signs',
  'joins',
  'sacked',
  'banned',
  'fined',
  'returns',
  'to',
  'in',
  'on',
  'out',
  "'s",
]);

function splitCapsHeadline(tokens: readonly string[], tags: readonly string[], spans: () => Chunk[], gaz: Gazetteer | null): void {
  let inside = false;
  for (let i = 1; i < tokens.length; i++) if (tags[i]!.charCodeAt(0) === 73 /* I */ && isHeadlineBreak(tokens[i]!)) inside = true;
  if (!inside) return;
  const list = spans();
  for (let k = 0; k < list.length; k++) {
    const s = list[k]!;
    for (let i = s.start + 1; i < s.end; i++) {
      if (!isHeadlineBreak(tokens[i]!)) continue;
      const type = s.type;
      const rest = { type, start: i + 1, end: s.end };
      s.end = i;
      for (const part of [s, rest]) if (part.end > part.start && isCountry(tokens, part.start, part.end, gaz)) part.type = 'LOC';
      if (rest.end > rest.start) list.splice(k + 1, 0, rest);
      break;
    }
  }
}

/**
 * Headline verbs and prepositions, which no name holds in the middle: "STUN", "BEAT", "FOR", "IN", "OVER". (The
 * gazetteer's verb class is no guide here: it holds "states" and "party".)
 */
function isHeadlineBreak(w: string): boolean {
  return HEADLINE_BREAKS.has(w.toLowerCase());
}

const HEADLINE_BREAKS = new Set([
  'rout',
  'routs',
  'posts',
  'agrees',
  'for',
  'in',
  'on',
  'at',
  'to',
  'with',
  'over',
  'against',
  'after',
  'into',
  'from',
  'by',
  'stun',
  'stuns',
  'beat',
  'beats',
  'hold',
  'holds',
  'win',
  'wins',
  'sign',
  'signs',
  'recall',
  'recalls',
  'lead',
  'leads',
  'top',
  'tops',
  'sink',
  'sinks',
  'face',
  'faces',
  'meet',
  'meets',
  'join',
  'joins',
  'quit',
  'quits',
  'sack',
  'sacks',
  'name',
  'names',
  'say',
  'says',
  'keep',
  'keeps',
  'take',
  'takes',
  'sets',
]);

export function fromSpans(spans: readonly Chunk[], tags: string[]): void {
  tags.fill('O');
  for (const s of spans) {
    if (s.end <= s.start) continue;
    for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? 'B-' : 'I-') + s.type;
  }
}

/** Removes [start, end) from every span (a span that straddles it keeps its parts outside). */
export function clearRange(spans: Chunk[], start: number, end: number): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    if (s.end <= start || s.start >= end) continue;
    if (s.start < start && s.end > end) {
      spans.splice(k + 1, 0, { start: end, end: s.end, type: s.type });
      s.end = start;
    } else if (s.start < start) s.end = start;
    else if (s.end > end) s.start = end;
    else spans.splice(k, 1);
  }
}

/** Makes [start, end) one span of `type`, cutting whatever overlapped it. */
export function setSpan(spans: Chunk[], start: number, end: number, type: string): void {
  clearRange(spans, start, end);
  let k = 0;
  while (k < spans.length && spans[k]!.start < start) k++;
  spans.splice(k, 0, { start, end, type });
}

const PLACE_BITS = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN;

/** The gazetteer classes of tokens [start, end) as one phrase. */
export function gazBits(tokens: readonly string[], start: number, end: number, gaz: Gazetteer | null): number {
  return gaz?.phrases.get(phraseKey(tokens, start, end)) ?? 0;
}

export function phraseKey(tokens: readonly string[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.toLowerCase())
    .join(' ');
}

/** Whether tokens [start, end) name a country, city, region or town the gazetteer knows. */
export const isPlace = (tokens: readonly string[], start: number, end: number, gaz: Gazetteer | null): boolean =>
  (gazBits(tokens, start, end, gaz) & PLACE_BITS) !== 0;
export const isCountry = (tokens: readonly string[], start: number, end: number, gaz: Gazetteer | null): boolean =>
  (gazBits(tokens, start, end, gaz) & GAZ.COUNTRY) !== 0;

// ---------------------------------------------------------------- sport slugs

/** Sports whose results name teams (clubs, counties, franchises) rather than only people. */
const TEAM_SPORTS = [
  'soccer',
  'football',
  'american football',
  'rugby',
  'rugby union',
  'rugby league',
  'cricket',
  'baseball',
  'basketball',
  'ice hockey',
  'hockey',
  'handball',
  'volleyball',
  'water polo',
  'australian rules',
];
const OTHER_SPORTS = [
  'tennis',
  'golf',
  'athletics',
  'cycling',
  'boxing',
  'motor racing',
  'formula one',
  'motorcycling',
  'skiing',
  'alpine skiing',
  'nordic skiing',
  'swimming',
  'horse racing',
  'racing',
  'sailing',
  'yachting',
  'rowing',
  'badminton',
  'squash',
  'snooker',
  'chess',
  'judo',
  'wrestling',
  'weightlifting',
  'gymnastics',
  'figure skating',
  'speed skating',
  'triathlon',
  'marathon',
  'olympics',
  'sport',
  'sports',
];
const SPORTS = new Map<string, boolean>([...TEAM_SPORTS.map((s) => [s, true] as const), ...OTHER_SPORTS.map((s) => [s, false] as const)]);
const DASHES = new Set(['-', '--', '–', '—']);

/** "SOCCER - ...", "Rugby union - ...": the slug's end (after its dash) and whether the sport is played by teams. */
function sportSlug(tokens: readonly string[]): { end: number; team: boolean } | null {
  for (let len = 1; len <= 3 && len < tokens.length; len++) {
    if (!DASHES.has(tokens[len]!)) continue;
    const team = SPORTS.get(phraseKey(tokens, 0, len));
    return team === undefined ? null : { end: len + 1, team };
  }
  return null;
}

// ---------------------------------------------------------------- datelines

const MONTH_RE =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|june|july|august|september|october|november|december)$/i;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A word in capitals: "LONDON", "AL-AIN", "ST.", "N'DJAMENA". */
const CAPS_RE = /^\p{Lu}[\p{Lu}'’.-]*\p{Lu}[\p{Lu}'’.-]*$|^\p{Lu}\.$/u;
/** A capitalised name word: "Leeds", "O'Neill", "St.". */
export const NAME_RE = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * A dateline at the start of a line: a place in capitals, optionally ", Region", then a date, a month and day, an
 * agency in brackets and a dash, or (for a place the gazetteer knows) a dash alone; ordinary text or the line's end
 * must follow.
 */
function dateline(tokens: readonly string[], gaz: Gazetteer | null): { placeEnd: number; regionStart: number; regionEnd: number } | null {
  const n = tokens.length;
  let a = 0;
  while (a < n && a < 4 && CAPS_RE.test(tokens[a]!) && !MONTH_RE.test(tokens[a]!)) a++;
  if (a === 0 || a >= n) return null;
  let regionStart = a;
  let regionEnd = a;
  let p = a;
  if (tokens[p] === ',') {
    regionStart = regionEnd = p + 1;
    while (regionEnd < n && regionEnd - regionStart < 4 && NAME_RE.test(tokens[regionEnd]!) && !MONTH_RE.test(tokens[regionEnd]!))
      regionEnd++;
    p = regionEnd;
  }
  if (p >= n) return null;
  const t = tokens[p]!;
  // Where the dateline ends: after a date, a month and day, "( Agency ) -", or the dash after a known place.
  let end = -1;
  if (DATE_RE.test(t)) end = p + 1;
  else if (
    /^\d{4}$/.test(t) &&
    tokens[p + 1] === '-' &&
    /^\d{2}$/.test(tokens[p + 2] ?? '') &&
    tokens[p + 3] === '-' &&
    /^\d{2}$/.test(tokens[p + 4] ?? '')
  )
    end = p + 5; // the same date as newswire's tokenizer splits it
  else if (MONTH_RE.test(t) && p + 1 < n && /^\d{1,2},?$/.test(tokens[p + 1]!)) end = p + 2;
  else if (t === '(' && p + 3 < n && NAME_RE.test(tokens[p + 1]!) && tokens[p + 2] === ')' && DASHES.has(tokens[p + 3]!)) end = p + 4;
  // "WASHINGTON - The ...": only for a known place, as slugs look the same ("WRAPUP - Stocks ...").
  else if (DASHES.has(t) && p + 1 < n && isPlace(tokens, 0, a, gaz)) end = p + 1;
  if (end < 0) return null;
  // A dateline ends its line or is followed by ordinary text: "ON OR ABOUT SEPTEMBER 23 , 1999 A REQUEST ..." in a
  // text all in capitals is not one.
  if (end < n && !tokens.slice(end).some((w) => /\p{Ll}/u.test(w))) return null;
  return { placeEnd: a, regionStart, regionEnd };
}

// ---------------------------------------------------------------- results lines

const INT_RE = /^\d{1,3}$/;
const NUMERIC_RE = /^(\d+|\d*\.\d+|\d+\/\d+|\d+-\d+|-)$/;
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** Words that do not occur inside a team name, whatever their case ("GO DOWN 1 BLOCK TO SUPER 8"). */
const NOT_IN_NAMES = new Set(['a', 'an', 'and', 'or', 'the', 'to', 'in', 'on', 'at', 'is', 'was', 'it', 'as', 'by', 'with', 'for', 'from']);

/**
 * A run of capitalised words from `i` (at most 5; "&", "de" and "of" inside allowed), as its end; `i` when there
 * is none or the run holds a function word, and in a line all in capitals (`caps`), also when it is only words that
 * are mostly written in lower case.
 */
function nameRun(tokens: readonly string[], i: number, gaz: Gazetteer | null, caps: boolean): number {
  let j = i;
  while (j < tokens.length && j - i < 5) {
    const w = tokens[j]!;
    if (NAME_RE.test(w) || (j > i && (w === '&' || w === 'de' || w === 'of'))) j++;
    else break;
  }
  while (j > i && !NAME_RE.test(tokens[j - 1]!)) j--;
  let ordinary = true;
  for (let k = i; k < j; k++) {
    const lw = tokens[k]!.toLowerCase();
    if (NOT_IN_NAMES.has(lw)) return i;
    if (((gaz?.phrases.get(lw) ?? 0) & GAZ.LOWER) === 0) ordinary = false;
  }
  return ordinary && caps && gaz ? i : j;
}

/** Where the bracket opened at `i` closes (the line's end when it does not). */
function closing(tokens: readonly string[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && tokens[k] !== ')') k++;
  return k;
}

interface Results {
  kind: 'score' | 'table';
  runs: { start: number; end: number }[];
  /** Insides of the brackets of a score line: "( Litmanen 12 , Kluivert 80 )", "( OT )". */
  notes: { start: number; end: number }[];
}

/**
 * The team names of a results line: "A 2 B 0", each score optionally followed by a bracketed note ("Ajax 2 ( Litmanen
 * 12 ) Feyenoord 1 ( Larsson 44 )"), a standings row "A 8 6 1 1 18 7 19" (three or more figures to the end), or a
 * cricket score "A 412 for six ( declared )".
 */
function resultTeams(tokens: readonly string[], gaz: Gazetteer | null): Results | null {
  const n = tokens.length;
  let figure = 1;
  while (figure < n && figure <= 5 && !INT_RE.test(tokens[figure]!)) figure++;
  if (figure === n || figure > 5) return null;
  const caps = !tokens.some((w) => /\p{Ll}/u.test(w));
  const a = nameRun(tokens, 0, gaz, caps);
  if (a === 0 || a >= n || !INT_RE.test(tokens[a]!)) return null;
  // "A 2 B 0", "A 2 ( scorers ) B 0 ( scorers )"
  const notes: { start: number; end: number }[] = [];
  let p = a + 1;
  // "Oklahoma City Thunder 112 , Memphis Grizzlies 110 ( OT )": a comma between the two sides.
  if (tokens[p] === ',' && NAME_RE.test(tokens[p + 1] ?? '')) p++;
  if (tokens[p] === '(') {
    const c = closing(tokens, p);
    notes.push({ start: p + 1, end: c });
    p = c + 1;
  }
  const b = nameRun(tokens, p, gaz, caps);
  if (b > p && b < n && INT_RE.test(tokens[b]!)) {
    let q = b + 1;
    if (tokens[q] === '(') {
      const c = closing(tokens, q);
      notes.push({ start: q + 1, end: c });
      q = c + 1;
    }
    // "... Middlesbrough 1 ( Haugland 23rd ) . Attendance : 24,105"
    const attendance = tokens[q] === '.' && /^attendance$/i.test(tokens[q + 1] ?? '') && q + 4 >= n;
    if (q >= n || (q === n - 1 && tokens[q] === '.') || attendance) {
      return {
        kind: 'score',
        runs: [
          { start: 0, end: a },
          { start: p, end: b },
        ],
        notes,
      };
    }
  }
  // "Sri Lanka 275 ( Jayasuriya 78 , de Silva 55 ; Wasim Akram 4-43 )": an innings with its scorers.
  if (notes.length === 1 && (p >= n || (p === n - 1 && tokens[p] === '.'))) return { kind: 'score', runs: [{ start: 0, end: a }], notes };
  // "A 8 6 1 1 18 7 19"
  let k = a;
  while (k < n && NUMERIC_RE.test(tokens[k]!)) k++;
  if (k === n && k - a >= 3) return { kind: 'table', runs: [{ start: 0, end: a }], notes: [] };
  // "A 412 for six declared", "A 201 for 7"
  if (a + 2 < n && tokens[a + 1] === 'for' && (INT_RE.test(tokens[a + 2]!) || NUMBER_WORDS.has(tokens[a + 2]!))) {
    return { kind: 'score', runs: [{ start: 0, end: a }], notes: [] };
  }
  return null;
}

/**
 * A list of scorers, "Kanu 23 , Okocha 67" or "Litmanen 12 pen": each name followed by its minute is a person;
 * anything else tagged in the list ("OT" in "( OT )") is not a name.
 */
function markScorers(tokens: readonly string[], spans: Chunk[], start: number, end: number, gaz: Gazetteer | null): void {
  clearRange(spans, start, end);
  let i = start;
  while (i < end) {
    // "de Silva 55": a surname may open with its particle.
    let from = PARTICLES.has(tokens[i]!) && NAME_RE.test(tokens[i + 1] ?? '') ? i + 1 : i;
    let j = nameRun(tokens, from, gaz, false);
    if (j > from && tokens[j] === '-' && j + 1 < end) {
      // "Romania - Adrian Munteanu ( 23rd minute )": the side, then its scorers.
      setSpan(spans, from, j, isCountry(tokens, from, j, gaz) ? 'LOC' : 'ORG');
      i = j + 1;
      from = PARTICLES.has(tokens[i]!) && NAME_RE.test(tokens[i + 1] ?? '') ? i + 1 : i;
      j = nameRun(tokens, from, gaz, false);
    }
    // A minute, a score, or bowling figures ("Wasim Akram 4-43", "Ashworth 82nd"), bare or in brackets ("( 23rd minute )").
    const figure = (w: string | undefined): boolean => w !== undefined && (INT_RE.test(w) || FIGURES_RE.test(w) || ORDINAL_RE.test(w));
    if (
      j > from &&
      j < end &&
      (figure(tokens[j]) || (tokens[j] === '(' && (figure(tokens[j + 1]) || ORDINAL_RE.test(tokens[j + 1] ?? ''))))
    ) {
      setSpan(spans, i, j, 'PER');
      i = j + 1;
    } else i++;
    while (i < end && tokens[i] !== ',' && tokens[i] !== ';') i++;
    i++;
  }
}

/** Words of a company's results in a headline in capitals. */
const RESULTS_WORDS = new Set([
  'PROFIT',
  'NET',
  'SALES',
  'EARNINGS',
  'RESULTS',
  'LOSS',
  'REVENUE',
  'REVENUES',
  'TURNOVER',
  'DIVIDEND',
  'PRE-TAX',
  'PRETAX',
  'OPERATING',
]);
/** Function words, which a company's name in a results headline does not hold. */
const FUNCTION_WORDS = new Set([
  'THE',
  'A',
  'AN',
  'OF',
  'AND',
  'IN',
  'AT',
  'ON',
  'FOR',
  'TO',
  'BY',
  'FROM',
  'DURING',
  'SINCE',
  'THIS',
  'THAT',
  'LAST',
  'NEXT',
  'END',
  'AFTER',
  'BEFORE',
]);
/** Verbs of a company's outlook before its results: "HOLMBERG SAYS 1996 PROFIT ...". */
const OUTLOOK_VERBS = new Set(['SAYS', 'SEES', 'EXPECTS', 'FORECASTS', 'PREDICTS', 'WARNS', 'POSTS', 'REPORTS']);
/** Words between an outlook verb and the results: "NORDVIK POSTS HIGHER NINE-MONTH PROFIT". */
const RESULT_QUALIFIERS = new Set(['HIGHER', 'LOWER', 'RECORD', 'FLAT', 'STRONG', 'WEAK', 'BETTER', 'WORSE']);
const PERIOD_RE =
  /^(?:(?:19|20)\d\d(?:\/\d\d)?|H[12]|Q[1-4]|(?:NINE|SIX|THREE|FOUR|12)-MONTH|HALF-YEAR|FIRST-HALF|1ST-HALF|YEAR|FY|INTERIM)$/;

/**
 * End of the company's name that opens a results headline in capitals (its words, then a period or a results word,
 * or an outlook verb and those); 0 when the line is not one.
 */
function resultsCompany(tokens: readonly string[], gaz: Gazetteer | null): number {
  let end = 0;
  while (end < tokens.length && end < 4 && CAPS_RE.test(tokens[end]!) && !OUTLOOK_VERBS.has(tokens[end]!)) {
    if (PERIOD_RE.test(tokens[end]!) || RESULTS_WORDS.has(tokens[end]!)) break;
    end++;
  }
  if (end === 0) return 0;
  // A company's name, not a sentence in capitals ("IN 1963 THE ...", "THIS YEAR IT IS ..."): no ordinary word opens it,
  // and no function word is in it.
  if ((gazBits(tokens, 0, 1, gaz) & (GAZ.LOWER | GAZ.COMMON)) !== 0) return 0;
  for (let i = 0; i < end; i++) if (FUNCTION_WORDS.has(tokens[i]!)) return 0;
  let k = end;
  if (OUTLOOK_VERBS.has(tokens[k] ?? '')) k++;
  if (RESULT_QUALIFIERS.has(tokens[k] ?? '')) k++;
  const next = tokens[k] ?? '';
  if (!(PERIOD_RE.test(next) || RESULTS_WORDS.has(next))) return 0;
  // A bare year must be a results year: "1996 PROFIT", not "1996 GDP".
  if (/^(?:(?:19|20)\d\d|YEAR)$/.test(next) && !RESULTS_WORDS.has(tokens[k + 1] ?? '')) return 0;
  // A country's or a market's figures ("JAPAN 1996 GDP", "GERMAN 1996 INFLATION") are not a company's.
  if (isPlace(tokens, 0, end, gaz) || (end === 1 && isDemonymOnly(tokens[0]!, gaz))) return 0;
  return end;
}

/**
 * A results line that opens with a score or a rank lists people with their country in brackets ("67 Santiago
 * Ferrandez ( Argentina ) , Wessel du Toit ( South Africa )"): each run of names right before a bracketed country is
 * a person, however the tagger read it.
 */
function markBracketedNationals(tokens: readonly string[], tags: string[], gaz: Gazetteer | null): void {
  let spans: Chunk[] | null = null;
  for (let open = 1; open < tokens.length - 2; open++) {
    if (tokens[open] !== '(') continue;
    const close = tokens.indexOf(')', open + 1);
    if (close < 0 || close - open > 4) continue;
    if (!(isCountry(tokens, open + 1, close, gaz) || tags[open + 1] === 'B-LOC')) continue;
    let start = open;
    while (start > 0 && open - start < 4 && (NAME_RE.test(tokens[start - 1]!) || PARTICLES.has(tokens[start - 1]!))) start--;
    if (PARTICLES.has(tokens[start]!)) start++;
    if (start === open || (start > 0 && !/^(?:\d[\d.:]*|,|;|-)$/.test(tokens[start - 1]!))) continue;
    spans ??= chunks(tags);
    if (!spans.some((x) => x.start === start && x.end === open && x.type === 'PER')) setSpan(spans, start, open, 'PER');
  }
  if (spans) fromSpans(spans, tags);
}

/**
 * A results line of motor racing or cycling: a rank, a name, the country in brackets, then the team and a time
 * ("1. Koen De Waele ( Belgium ) Lotto 6 hours 02 minutes", "2. Jesper Kjaergaard ( Denmark ) Rabobank same time").
 * Returns the team's words.
 */
function rankedTeam(
  tokens: readonly string[],
  tags: readonly string[],
  gaz: Gazetteer | null,
): { start: number; end: number; code: number } | null {
  let i = 0;
  if (!/^\d{1,3}\.?$/.test(tokens[0]!)) return null;
  i = tokens[1] === '.' ? 2 : 1;
  const open = tokens.indexOf('(', i + 1);
  if (open < 0 || open - i > 5) return null;
  for (let k = i; k < open; k++) if (!NAME_RE.test(tokens[k]!) && !PARTICLES.has(tokens[k]!)) return null;
  const close = tokens.indexOf(')', open + 1);
  if (close < 0 || close - open > 4) return null;
  const country = isCountry(tokens, open + 1, close, gaz) || tags[open + 1] === 'B-LOC' || /^\p{Lu}{3}$/u.test(tokens[open + 1]!);
  if (!country) return null;
  let end = close + 1;
  while (end < tokens.length && end - close <= 4 && (NAME_RE.test(tokens[end]!) || (end > close + 1 && tokens[end] === '-'))) end++;
  const after = tokens[end];
  if (end === close + 1 || after === undefined || !(/^[\d+]/.test(after) || after === 'same' || after === 's.t.')) return null;
  // A constructor may bear a country's name: "Jordan".
  return { start: close + 1, end, code: close === open + 2 && /^\p{Lu}{3}$/u.test(tokens[open + 1]!) ? open + 1 : -1 };
}

const SCORERS = new Set(['scorers', 'scorer', 'goalscorers', 'goalscorer', 'scorer(s)', 'bowling']);
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'di', 'du', 'le', 'la', 'dos', 'del']);
// "4-43", or a bowler's overs, maidens, runs and wickets: "14-3-41-1", "9.4-1-30-0".
const FIGURES_RE = /^\d{1,2}-\d{1,3}$|^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
const ORDINAL_RE = /^\d{1,3}(?:st|nd|rd|th)$/;

/** Cricket scorecards: "Nasser Hussain c Wasim Akram b Mushtaq Ahmed 12"; no name holds these words. */
const DISMISSALS = new Set(['c', 'b', 'lbw', 'st', 'c&b']);

/** A line in capitals (a headline, a slug): most of its words of two or more letters have no lower-case letter. */
export function inCapitals(tokens: readonly string[]): boolean {
  const n = tokens.length;
  let words = 0;
  let caps = 0;
  for (const w of tokens) {
    if (w.length < 2) continue;
    const c = w.charCodeAt(0);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : !/^\p{L}/u.test(w)) continue;
    words++;
    if (!hasLowerCase(w)) caps++;
    // Ordinary text: more words with lower case than a fifth of the line's tokens already (most lines stop here).
    else if ((words - caps) * 5 > n) return false;
  }
  return words >= 3 && caps * 10 >= words * 8;
}

/** Whether a word has a lower-case letter (as `w !== w.toUpperCase()` says, without building the string). */
function hasLowerCase(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128 && w[i] !== w[i]!.toUpperCase()) return true;
  }
  return false;
}
