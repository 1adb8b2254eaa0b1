/**
 * Forms of names the tagger reads poorly, each a small rule over one sentence's IOB2 tags, run after the wire, sports
 * and news conventions: names written in ways its training text rarely shows (in lower case, surname first, by a
 * possessive, with a clipped abbreviation), the shapes of local news (numbered roads, home towns, holders' offices,
 * state codes), and span repairs (a span closed on a link word, a name run across a title-case headline verb, "X FC").
 * Each is measured on train, dev and the news check sets (BENCHMARKS.md, ninth session) and unit-tested.
 */
import { isEnglishWord } from '@newswire/text';
import { GAZ, type Gazetteer } from './features.js';
import { isTitleWord, US_STATE_CODES } from './lexicon.js';
import { isBigPlace } from './name-cues.js';
import { inCapitals } from './wire-conventions.js';

/**
 * Every name form below, in order, on one sentence's IOB2 tags (after the wire, sports and news conventions).
 * `headline`: whether the sentence is in headline case (model.ts headlineCase).
 */
export function applyNameForms(tokens: readonly string[], tags: string[], gaz: Gazetteer | null, headline: boolean): void {
  markPossessiveBusinesses(tokens, tags, gaz);
  markLowerCasePlaces(tokens, tags, gaz);
  markStateCodes(tokens, tags);
  markSurnameFirst(tokens, tags, gaz);
  markClippedAbbreviations(tokens, tags, gaz);
  joinDanglingLinks(tokens, tags);
  markClubMarks(tokens, tags);
  splitTitleHeadline(tokens, tags, gaz, headline);
  markRoads(tokens, tags);
  markHomeTowns(tokens, tags);
  markHoldersOffices(tokens, tags);
}

const PLACE = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;
/** Bits that say a word is also an ordinary word or a first name ("nice", "georgia", "victoria"). */
const NOT_ONLY_PLACE = GAZ.COMMON | GAZ.LOWER | GAZ.NOUN | GAZ.VERB | GAZ.ADJ | GAZ.FIRST;
/** Lower-case letters only, words joined by single spaces. */
const LOWER_PHRASE = /^\p{Ll}+(?: \p{Ll}+)*$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * The gazetteer's places that may be typed in lower case (value bit 1), and the first words of those of several words
 * (bit 2): one lookup per lower-case word.
 */
const lowerCasePlaceMaps = new WeakMap<Gazetteer, Map<string, number>>();

function lowerCasePlacesOf(gaz: Gazetteer): Map<string, number> {
  let map = lowerCasePlaceMaps.get(gaz);
  if (map) return map;
  map = new Map();
  for (const [phrase, bits] of gaz.phrases) {
    if ((bits & PLACE) === 0 || (bits & NOT_ONLY_PLACE) !== 0 || !LOWER_PHRASE.test(phrase)) continue;
    if (isEnglishWord(phrase.slice(phrase.lastIndexOf(' ') + 1))) continue;
    const space = phrase.indexOf(' ');
    if (space < 0 && phrase.length < 4) continue; // one word needs four letters: "est", "que" and "sf" are too often something else
    map.set(phrase, (map.get(phrase) ?? 0) | 1);
    if (space > 0) map.set(phrase.slice(0, space), (map.get(phrase.slice(0, space)) ?? 0) | 2);
  }
  lowerCasePlaceMaps.set(gaz, map);
  return map;
}

/**
 * Whether a lower-case phrase (words joined by one space) is a place name typed in lower case: the gazetteer knows it
 * as a country, city or region and as nothing else, its last word is no ordinary English word, and one word alone
 * has four letters or more.
 */
export function isLowerCasePlace(phrase: string, gaz: Gazetteer): boolean {
  return ((lowerCasePlacesOf(gaz).get(phrase) ?? 0) & 1) !== 0;
}

/** Closed-class words that may stand before a place typed in lower case ("in kerala", "how are vietnam and ..."). */
const BEFORE_PLACE = new Set([
  'in',
  'to',
  'from',
  'at',
  'of',
  'for',
  'near',
  'around',
  'about',
  'into',
  'through',
  'across',
  'via',
  'outside',
  'inside',
  'between',
  'towards',
  'toward',
  'over',
  'under',
  'with',
  'without',
  'and',
  'or',
  'but',
  'nor',
  'than',
  'like',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'the',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'all',
  'whole',
  'then',
  'not',
  'visit',
  'visiting',
  'visited',
  'leave',
  'leaving',
  'left',
  'love',
  'reach',
  'reached',
  'moved',
  'move',
  'moving',
  'live',
  'lived',
  'living',
  'back',
  'down',
  'up',
  'out',
  'off',
]);

/** Whether a lower-case word beside a place name makes it a modifier or part of a term ("goa trance", "crab rangoon"). */
function modifies(w: string | undefined, gaz: Gazetteer, bits: number): boolean {
  if (w === undefined || !LOWER_START.test(w)) return false;
  const lw = w.toLowerCase();
  return ((gaz.phrases.get(lw) ?? 0) & bits) !== 0 || !isEnglishWord(lw);
}

/** A lower-case word before the place that is not a closed-class word ("crab rangoon", "teacup chihuahua"). */
const modifiesAfter = (w: string | undefined): boolean => w !== undefined && LOWER_START.test(w) && !BEFORE_PLACE.has(w);

/**
 * Place names typed in lower case, as web and social text does ("we drove down to kerala", "flights from new york").
 * The training sources tag them as places where they occur (UNER-EWT and BTC: "canada", "delhi", "chicago"), but
 * the tagger reads capitals first and leaves them out. A lower-case word, or a phrase of up to three, outside any
 * name, that the gazetteer knows as a country, city or region is a place when it is nothing else: not an ordinary
 * English word (SCOWL's lists keep names apart, so "china", "turkey", "cork" and "nice" stay words), not a word
 * the gazetteer also knows as common or as a first name ("georgia", "victoria"), and, in a phrase, not ending in
 * an ordinary word ("high point", "long beach"); nor where it modifies or completes a term, with a noun, an
 * adjective or an unknown word after it ("goa trance", "lhasa apso") or a word other than a preposition, article or
 * the like before it ("crab rangoon"). Edited copy capitalises its places, so there it finds nothing. Works on IOB2
 * tags in place.
 */
export function markLowerCasePlaces(tokens: readonly string[], tags: string[], gaz: Gazetteer | null): void {
  if (!gaz) return;
  const n = tokens.length;
  const places = lowerCasePlacesOf(gaz);
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!;
    const c = w.charCodeAt(0);
    if (c < 97 || c > 122 || tags[i] !== 'O' || (i > 0 && tags[i - 1] !== 'O')) continue;
    // The longest place first (up to three words).
    const kind = places.get(w);
    if (kind === undefined) continue;
    let end = -1;
    if (kind & 2) {
      let key = w;
      for (let k = i + 1; k < n && k < i + 3 && tags[k] === 'O'; k++) {
        key += ' ' + tokens[k]!;
        if ((k + 1 === n || tags[k + 1] === 'O') && ((places.get(key) ?? 0) & 1) !== 0) end = k + 1;
      }
    }
    if (end < 0 && kind & 1 && (i + 1 === n || tags[i + 1] === 'O')) end = i + 1;
    if (end < 0 || modifies(tokens[end], gaz, GAZ.NOUN | GAZ.ADJ) || modifiesAfter(tokens[i - 1])) continue;
    tags[i] = 'B-LOC';
    for (let k = i + 1; k < end; k++) tags[k] = 'I-LOC';
    i = end - 1;
  }
}

/** What may follow a business named by a possessive: the sentence goes on without a noun for the "'s" to own. */
const AFTER_BUSINESS = new Set([
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'to',
  'with',
  'is',
  'was',
  'has',
  'had',
  'but',
  'because',
  'where',
  'which',
  'that',
  'again',
  'when',
  'if',
  'so',
  'before',
  'after',
  'since',
  'until',
  'near',
  'by',
  'became',
  'closed',
  'opened',
  '&',
]);
const POSSESSIVE = new Set(["'s", '’s']);
const CLOSING = /^[.,;:!?]+$/;

/**
 * A business named by its founder's possessive, with no noun after it: "shoppers at Macy 's .", "Ivey 's and Hudson
 * Belk", "dinner at Del Frisco 's for ...", "Thalhimer 's became Hecht 's". A possessive must own something; when
 * the sentence goes on with punctuation, a conjunction, a preposition or a verb instead, the name with its "'s" is
 * the name of a shop or restaurant (the training sources tag "Morton 's", "Trader Joe 's", "Max 's" so, as one
 * span). The name becomes an organisation if the tagger read a person; places stay places (UNER-EWT tags
 * restaurants as places). A person named in full ("one of Victor Bout 's .") and a possessive before a quoted
 * title ("Kanye West 's " Stronger "") are left alone, and so are a person after a title ("Mr. Stojic 's and
 * ...") and two possessives sharing one noun ("Atta 's and Zacarias Moussaoui 's reasons").
 */
export function markPossessiveBusinesses(tokens: readonly string[], tags: string[], gaz: Gazetteer | null): void {
  const n = tokens.length;
  for (let i = 1; i < n; i++) {
    const c = tokens[i]!.charCodeAt(0);
    if ((c !== 39 && c !== 8217) /* ' ’ */ || !POSSESSIVE.has(tokens[i]!) || tags[i] !== 'O') continue;
    const t = tags[i - 1]!;
    if (t === 'O' || t.endsWith('MISC')) continue;
    const next = tokens[i + 1];
    if (next !== undefined && !CLOSING.test(next) && !AFTER_BUSINESS.has(next)) continue;
    let start = i - 1;
    while (start > 0 && tags[start]!.charCodeAt(0) === 73 /* I */) start--;
    // "Mr. Stojic 's and Mr. Kelly 's comments", "Atta 's and Zacarias Moussaoui 's reasons": the noun comes after
    // the last of two possessives.
    if ((next === 'and' || next === 'or') && tokens.indexOf(tokens[i]!, i + 2) > 0) continue;
    if (start > 0 && isTitleWord(tokens[start - 1]!)) continue;
    const type = t.slice(2);
    if (type === 'PER' && i - start > 1 && ((gaz?.phrases.get(tokens[start]!.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0) continue;
    const to = type === 'PER' ? 'ORG' : type;
    tags[start] = 'B-' + to;
    for (let k = start + 1; k <= i; k++) tags[k] = 'I-' + to;
  }
}

/**
 * A US state's postal code after a town and a comma is the state: "Chillicothe , OH area", "in Lawrence , KS" (the
 * training text tags "San Jose , CA" and "Houston , TX" so), also where the tagger read the code as a one-word name of
 * another kind. Not in a line written in capitals, where "OR", "IN" and "ME" are words.
 */
export function markStateCodes(tokens: readonly string[], tags: string[]): void {
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i - 1] !== ',' || !US_STATE_CODES.has(tokens[i]!) || !tags[i - 2]!.endsWith('LOC')) continue;
    // Untagged, or read as a one-word name of another kind ("Lawrence , KS closed": KS an organisation).
    if (tags[i] !== 'O' && (tags[i]!.charCodeAt(0) !== 66 /* B */ || tags[i + 1]?.charCodeAt(0) === 73) /* I */) continue;
    if (inCapitals(tokens)) return;
    tags[i] = 'B-LOC';
  }
}

const NAME_FIELD_EDGE = new Set(['"', "'", '“', '”', '<', '(', ')', ':', '[', ']']);
const INITIAL_TOKEN = /^\p{Lu}\.?$/u;

/**
 * A name written surname first, as address fields and lists write it: "" Lenhart , Matthew " <...>", "From: Townsend ,
 * George". The tagger reads two people (or a people's adjective) there; the training text tags one person. Only a
 * whole field: the name stands between the line's edges, quotation marks, brackets or a colon, its second part is a
 * first name the gazetteer knows (an initial may follow) and its first part no ordinary word ("Hi , Liz :"), so
 * "Obama , Biden and Clinton" and greetings are left alone.
 */
export function markSurnameFirst(tokens: readonly string[], tags: string[], gaz: Gazetteer | null): void {
  const n = tokens.length;
  for (let i = 0; i + 2 < n; i++) {
    if (tokens[i + 1] !== ',' || !/^\p{Lu}\p{Ll}/u.test(tokens[i]!) || (i > 0 && !NAME_FIELD_EDGE.has(tokens[i - 1]!))) continue;
    if (((gaz?.phrases.get(tokens[i + 2]!.toLowerCase()) ?? 0) & GAZ.FIRST) === 0 || !/^\p{Lu}/u.test(tokens[i + 2]!)) continue;
    // "Hi , Liz :", "Thanks , Jean": a greeting, not a surname.
    const surname = tokens[i]!.toLowerCase();
    if (isEnglishWord(surname) || ((gaz?.phrases.get(surname) ?? 0) & (GAZ.COMMON | GAZ.LOWER)) !== 0) continue;
    let end = i + 3;
    if (end < n && INITIAL_TOKEN.test(tokens[end]!)) end++;
    if (end < n && !NAME_FIELD_EDGE.has(tokens[end]!)) continue;
    if (tags[i] === 'O' && tags[i + 2] === 'O') continue;
    tags[i] = 'B-PER';
    for (let k = i + 1; k < end; k++) tags[k] = 'I-PER';
    i = end - 1;
  }
}

const CLIPPED = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/**
 * A dotted abbreviation typed without its last full stop, "in the U.S for areas", "delivery in the U.S .", is read
 * as the abbreviation: a place or an organisation when the training text tagged "U.S." or "U.K." as one (the tagger
 * meets the clipped shape too rarely to know it).
 */
export function markClippedAbbreviations(tokens: readonly string[], tags: string[], gaz: Gazetteer | null): void {
  if (!gaz) return;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (tags[i] !== 'O' || w.length < 3 || w.charCodeAt(1) !== 46 /* . */ || !CLIPPED.test(w)) continue;
    const bits = gaz.phrases.get(w.toLowerCase() + '.') ?? 0;
    if (bits & GAZ.E_LOC) tags[i] = 'B-LOC';
    else if (bits & GAZ.E_ORG) tags[i] = 'B-ORG';
  }
}

const LINKS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'da', 'do', 'di', 'du', 'von', 'van']);

/**
 * A name does not end in a link word: where the tagger closes a span on "of", "for", "and" or "&" and opens another
 * right after it ("the University of" + "Cape Town"), the two are one name of the first one's type. (Where nothing
 * follows, the span is left: the training text has "Don Antonio de ," as a person.)
 */
export function joinDanglingLinks(tokens: readonly string[], tags: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tags[i]!;
    if (t.charCodeAt(0) !== 73 /* I */ || !LINKS.has(tokens[i]!) || tags[i + 1]?.charCodeAt(0) === 73) continue;
    const next = tags[i + 1];
    if (next === undefined || next === 'O' || next.endsWith('MISC')) continue;
    for (let k = i + 1; k < tokens.length && (k === i + 1 || tags[k]!.charCodeAt(0) === 73); k++) tags[k] = t;
  }
}

/**
 * Verbs of title-case headlines, which no name holds in the middle ("Ethiopian Airlines Orders 20 Jets", "Janata
 * Vikas Morcha Sweeps Rewa Civic Polls", "Kenyan Court Suspends Housing Levy").
 */
const TITLE_VERBS = new Set([
  'Sweeps',
  'Upholds',
  'Fines',
  'Suspends',
  'Orders',
  'Extends',
  'Confirms',
  'Raises',
  'Cuts',
  'Opens',
  'Recalls',
  'Approves',
  'Rejects',
  'Blocks',
  'Warns',
  'Urges',
  'Seeks',
  'Plans',
  'Launches',
  'Unveils',
  'Announces',
  'Reports',
  'Posts',
  'Says',
  'Names',
  'Buys',
  'Sells',
  'Acquires',
  'Hires',
  'Sues',
  'Wins',
  'Loses',
  'Beats',
  'Expands',
  'Closes',
  'Delays',
  'Bans',
  'Backs',
  'Slams',
  'Vows',
  'Denies',
  'Admits',
  'Charges',
  'Arrests',
  'Jails',
  'Kills',
  'Hits',
  'Grips',
  'Tightens',
  'Agrees',
  'Signs',
  'Joins',
  'Quits',
  'Retains',
  'Edge',
  'Edges',
  'Beat',
  'Sets',
  'Takes',
  'Keeps',
  'Holds',
  // sports headlines: "Rockies Top Padres in 11 Innings", "Wild Blank Blackhawks", "Gonzaga Past Saint Mary 's"
  'Top',
  'Tops',
  'Blank',
  'Blanks',
  'Past',
  'Lifts',
  'Rally',
  'Rallies',
  'Down',
  'Downs',
  'Sink',
  'Sinks',
  'Stun',
  'Stuns',
  'Rout',
  'Routs',
  'Play',
]);

/**
 * A headline in title case: a name the tagger ran across a headline verb ends before it; the words after the verb
 * are a name only where they are a known country, city or region (a place), since capitals say nothing in such a
 * line; a known place before the verb is the place ("Singapore Fines Commodity Trader"). `headline`: whether the
 * line is in headline case (model.ts headlineCase).
 */
export function splitTitleHeadline(tokens: readonly string[], tags: string[], gaz: Gazetteer | null, headline: boolean): void {
  if (!headline) return;
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i]!.charCodeAt(0) !== 73 /* I */ || !TITLE_VERBS.has(tokens[i]!)) continue;
    let start = i - 1;
    while (start > 0 && tags[start]!.charCodeAt(0) === 73) start--;
    let end = i + 1;
    while (end < tokens.length && tags[end]!.charCodeAt(0) === 73) end++;
    if (isBigPlace(tokens, start, i, gaz)) for (let k = start; k < i; k++) tags[k] = k === start ? 'B-LOC' : 'I-LOC';
    const place = end > i + 1 && isBigPlace(tokens, i + 1, end, gaz);
    for (let k = i; k < end; k++) tags[k] = place && k > i ? (k === i + 1 ? 'B-LOC' : 'I-LOC') : 'O';
    i = end - 1;
  }
}

const CLUB_MARKS = new Set(['FC', 'AFC', 'CF', 'F.C.', 'A.F.C.']);

/**
 * "Dreams FC moved up to fourth", "Bechem United AFC": a run of capitalised words before a club's "FC" is the club,
 * whatever the tagger read in it (in and out of sports copy: "FC" is nothing else).
 */
export function markClubMarks(tokens: readonly string[], tags: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const c = tokens[i]!.charCodeAt(0);
    if ((c !== 70 && c !== 65 && c !== 67) /* F A C */ || !CLUB_MARKS.has(tokens[i]!) || tags[i] === 'I-ORG') continue;
    let start = i;
    while (start > 0 && start > i - 3 && /^\p{Lu}/u.test(tokens[start - 1]!) && !CLUB_MARKS.has(tokens[start - 1]!)) start--;
    if (start === i || (start > 0 && tags[start]!.charCodeAt(0) === 73) /* I */) continue;
    tags[start] = 'B-ORG';
    for (let k = start + 1; k <= i; k++) tags[k] = 'I-ORG';
    if (tags[i + 1]?.charCodeAt(0) === 73) tags[i + 1] = 'B-' + tags[i + 1]!.slice(2);
  }
}

const ROAD_WORDS = new Set(['Interstate', 'Highway', 'Route', 'Loop', 'Hwy', 'Hwy.', 'Freeway', 'Motorway']);
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/;
const ROAD_CODE = /^I-\d{1,3}$/;

/**
 * Numbered roads are places: "on Interstate 35", "along Highway 36", "near the Loop 340 exit", "State Route 267",
 * "U.S. Highway 2", "I-35". The tagger, which reads names by their capitals, leaves a word and a number out or takes
 * the word alone.
 */
export function markRoads(tokens: readonly string[], tags: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const c = w.charCodeAt(0);
    if (c < 65 || c > 90) continue; // every road word starts with a capital
    let start = -1;
    let end = -1;
    if (ROAD_WORDS.has(w) && ROAD_NUMBER.test(tokens[i + 1] ?? '')) {
      start = i;
      end = i + 2;
      // "State Route 267", "U.S. Highway 2", "County Road 12"
      if (i > 0 && /^(?:State|U\.S\.|US|County|Farm)$/.test(tokens[i - 1]!)) start = i - 1;
    } else if (c === 73 /* I */ && tags[i] === 'O' && ROAD_CODE.test(w)) {
      start = i;
      end = i + 1;
    }
    if (start < 0) continue;
    // Inside a longer name ("Route 66 Diner", "the Highway 61 Revisited tour") it is that name's.
    if (tags[end]?.charCodeAt(0) === 73 /* I */ || (start > 0 && tags[start]!.charCodeAt(0) === 73 && tags[start - 1] !== 'O')) continue;
    if (/^\p{Lu}/u.test(tokens[end] ?? '') && tags[end] !== 'O') continue;
    tags[start] = 'B-LOC';
    for (let k = start + 1; k < end; k++) tags[k] = 'I-LOC';
    i = end - 1;
  }
}

const AGE = /^\d{1,3}$/;

/**
 * A person's home town after the age, as local news writes it: "Austin Kemper , 27 , of Hewitt ,", "Luz Maria
 * Cardenas , 61 , of Temple": the capitalised words after "of" are a place (the tagger reads a surname).
 */
export function markHomeTowns(tokens: readonly string[], tags: string[]): void {
  for (let i = 3; i + 1 < tokens.length; i++) {
    if (tokens[i] !== 'of' || tokens[i - 1] !== ',' || !AGE.test(tokens[i - 2]!) || tokens[i - 3] !== ',') continue;
    let end = i + 1;
    while (end < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[end]!) && end - i <= 3) end++;
    if (end === i + 1 || tags.slice(i + 1, end).some((t) => t.endsWith('ORG'))) continue;
    if (tags[end]?.charCodeAt(0) === 73 /* I */) continue;
    tags[i + 1] = 'B-LOC';
    for (let k = i + 2; k < end; k++) tags[k] = 'I-LOC';
  }
}

const OFFICE_HOLDERS = new Set(['Sheriff', 'Attorney', 'Marshal', 'Coroner', 'Clerk', 'Prosecutor', 'Commissioner']);
const OFFICES = new Set(['Office', 'Department']);

/**
 * An office named by its holder's possessive is one organisation: "the Tehama County Sheriff 's Office", "the 10th
 * Judicial District Attorney 's Office", "the Knox County Sheriff 's Office said" (the tagger stops at the "'s" and
 * reads a place or a person). Only with the capitalised words before the holder ("the Sheriff 's Office" alone is
 * any county's).
 */
export function markHoldersOffices(tokens: readonly string[], tags: string[]): void {
  for (let i = 2; i + 2 < tokens.length; i++) {
    const next = tokens[i + 1]!;
    if ((next !== "'s" && next !== '’s') || !OFFICE_HOLDERS.has(tokens[i]!) || !OFFICES.has(tokens[i + 2]!)) continue;
    let start = i;
    while (start > 0 && /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u.test(tokens[start - 1]!) && !/^(?:The|THE)$/.test(tokens[start - 1]!)) start--;
    if (start === i) continue;
    tags[start] = 'B-ORG';
    for (let k = start + 1; k <= i + 2; k++) tags[k] = 'I-ORG';
    if (tags[i + 3]?.charCodeAt(0) === 73 /* I */) tags[i + 3] = 'B-' + tags[i + 3]!.slice(2);
    i += 2;
  }
}
