import { chunks, type Chunk } from './conlleval.js';
import { GAZ, type Gazetteer } from './features.js';
import { AMBIGUOUS_COMPANIES, COMPANIES } from './companies.js';
import { DIRECTION_WORDS, isPersonTitle, isTitleWord } from './lexicon.js';
import { phraseAt, phraseIndex } from './phrase-index.js';
import { fromSpans, gazBits, setSpan } from './wire-conventions.js';
import { EXTRA_DEMONYMS, REGION_ADJECTIVES } from '../geo/aliases.js';

/**
 * Span conventions of news NER (CoNLL-2003) that the tagger's mixed training text leaves unsettled:
 *
 * - an administrative word after a place is not part of its name: "Khorasan province", "Donetsk region" ->
 *   the place alone (the training sources disagree; news annotation does not include it);
 * - a nationality opening a person span is not part of the name: "Dane Bjarne Riis", "Kenyan Faith Kipyegon" ->
 *   the nationality (MISC) and the person;
 * - business and media copy names companies by where they stand: "shares in Repsol", "Gazprom shares", "Repsol
 *   chairman Alfonso Cortina", "told RAI television", "Daewoo said it would ...": a single name there (not a known
 *   place, nationality or first name) is an organisation (the tagger, which has seen few company names, guesses a
 *   person or a place from the word's shape);
 * - a run of capitalised words ending in an organisation's head word ("Foreign Ministry", "Revolutionary Guards")
 *   that the tagger left untagged is an organisation.
 *
 * Works on IOB2 tags in place.
 */
export function applyNewsConventions(tokens: readonly string[], tags: string[], gaz: Gazetteer | null): void {
  const n = tokens.length;
  // One pass decides which rules may apply (most sentences: none), so the rest runs only where needed.
  let need = 0;
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    const w = tokens[i]!;
    const kind = KINDS.get(w) ?? 0;
    if (kind !== 0) {
      if (kind & (K.COMPANY | K.LEGAL)) need |= kind & (K.COMPANY | K.LEGAL);
      if (t === 'O') {
        if (kind & K.CUE) need |= K.CUE;
        if (kind & K.SAID && saidItOf(tokens, i)) need |= K.CUE;
        if (kind & (K.GROUP | K.PLACE)) need |= K.SPANCUE;
        if (kind & K.HEAD) need |= K.HEAD;
        if (kind & K.GROUPWORD && /^\p{Lu}/u.test(tokens[i + 1] ?? '')) need |= K.GROUPWORD;
        if (kind & K.AT && i > 0 && ANALYSTS.has(tokens[i - 1]!.toLowerCase())) need |= K.AT;
        if (kind & K.AT && i > 1 && tags[i - 1]!.endsWith('-PER')) need |= K.AT; // "analyst Deborah Kwan of ..."
        if (kind & K.INDEX && i > 0 && tags[i - 1] !== 'O') need |= K.SPANFIX;
      } else if (kind & K.TRAILING && (t === 'I-LOC' || t === 'I-ORG')) need |= K.SPANFIX;
    }
    if (t === 'O') continue;
    const b = t.charCodeAt(0) === 66; /* B */
    if (t === 'B-ORG' && tags[i + 1] === 'I-ORG' && tags[i + 2] === 'I-ORG' && isLeadingNationality(w, gaz)) need |= K.SPANFIX;
    if (t === 'B-PER' && i > 0 && tags[i - 1] === 'O' && SURNAME_PARTICLES.has(tokens[i - 1]!)) need |= K.SPANFIX;
    if (t === 'B-LOC' && i > 0 && tags[i - 1] === 'O' && (tokens[i - 1] === 'Bank' || tokens[i - 1] === 'BANK')) need |= K.SPANFIX;
    if (w === "'s" && (t === 'I-ORG' || t === 'I-LOC' || t === 'I-MISC') && tags[i + 1] === t) need |= K.SPANFIX;
    if ((t === 'I-ORG' || t === 'I-LOC') && VENUE_HEADS.has(w) && tags[i + 1] !== t) need |= K.SPANFIX;
    if (t === 'I-MISC' && ORG_HEADS.has(w) && tags[i + 1] !== 'I-MISC') need |= K.SPANFIX;
    if ((t === 'I-LOC' || t === 'I-ORG') && EVENT_HEADS.has(w.toLowerCase())) need |= K.SPANFIX;
    if (
      (t === 'B-LOC' || t === 'B-PER' || t === 'I-PER' || t === 'B-ORG') &&
      tags[i + 1] === 'O' &&
      EVENT_HEADS.has(tokens[i + 1]?.toLowerCase() ?? '') &&
      /^\p{Lu}/u.test(tokens[i + 1]!)
    )
      need |= K.SPANFIX;
    if (t === 'I-ORG' && w.length > 3 && w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122 && DESCRIPTORS.has(w)) need |= K.SPANFIX;
    if (t === 'I-PER') {
      if (tags[i - 1] === 'B-PER') {
        const first = tokens[i - 1]!;
        if (STORMS.has(first) || ORG_FIRST.has(first) || isNationality(first, gaz)) need |= K.SPANFIX;
        else if (tags[i + 1] === 'I-PER' && isLeadingNationality(first, gaz)) need |= K.SPANFIX;
      }
    } else if (t === 'I-LOC') {
      if (tags[i - 1] === 'B-LOC' && DIRECTIONS.has(tokens[i - 1]!)) need |= K.SPANFIX;
      if (tags[i + 1] !== 'I-LOC' && STATES.has(w.toLowerCase())) need |= K.SPANFIX;
    } else if (b) {
      if (
        tags[i + 1]?.charCodeAt(0) !== 73 /* I */ &&
        (isPeopleNoun(w, gaz) || ((t === 'B-LOC' || t === 'B-ORG') && isDemonymOnly(w, gaz)))
      )
        need |= K.SPANFIX;
      if (tags[i + 1]?.charCodeAt(0) === 73 /* I */ && HEADLINE_NOUNS.has(tokens[i + 1]!) && isDemonymOnly(w, gaz)) need |= K.SPANFIX;
      if (t === 'B-PER' && i > 0 && STORMS.has(tokens[i - 1]!)) need |= K.SPANFIX;
      if (t === 'B-PER' && i > 0 && tags[i - 1] === 'O' && /^\p{Lu}/u.test(tokens[i - 1]!) && isTitleWord(tokens[i - 1]!)) need |= K.TITLE;
      else if (t === 'B-LOC' && w.length <= 6 && /^\p{Lu}{2,6}$/u.test(w)) need |= K.SPANCUE;
    }
  }
  if (need === 0) return;
  const spans = chunks(tags);
  let changed = false;
  if (need & K.COMPANY) changed = markCompanies(tokens, spans) || changed;
  if (need & K.LEGAL) changed = markLegalForms(tokens, spans, gaz) || changed;
  if (need & K.CUE) changed = markCompanyCues(tokens, tags, spans, gaz) || changed;
  if (need & (K.TITLE | K.SPANCUE)) changed = markNamedBefore(tokens, tags, spans, gaz, need) || changed;
  if (need & K.AT) changed = markAnalystsAt(tokens, spans, gaz) || changed;
  if (need & K.SPANCUE) changed = markCodeGroups(tokens, tags, spans, gaz) || changed;
  if (need & K.HEAD) changed = markOrgHeads(tokens, tags, spans, gaz) || changed;
  if (need & K.GROUPWORD) changed = markNamedGroups(tokens, tags, spans, gaz) || changed;
  if (!(need & K.SPANFIX)) {
    if (changed) fromSpans(spans, tags);
    return;
  }
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const d = s.type === 'ORG' ? descriptorAt(tokens, s) : -1;
    if (d > 0) {
      // "Zulu nationalist Inkatha Freedom Party": the description is not part of the name; a nationality before it is
      // MISC.
      const left = { type: isNationalityWord(tokens[s.start]!, gaz) && d - s.start === 1 ? 'MISC' : s.type, start: s.start, end: d };
      spans.splice(k, 0, left);
      s.start = d + 1;
      k++;
      changed = true;
    } else if (s.type !== 'MISC' && isIndexName(tokens, s.start, s.end, gaz)) {
      // "the Dow Jones industrial average", "the Nikkei index", "Brent crude": market indices and benchmarks.
      s.type = 'MISC';
      changed = true;
    } else if (s.type !== 'MISC' && eventEnd(tokens, s) > 0 && (s.type !== 'PER' || eventEnd(tokens, s) === s.end + 1)) {
      // "the Macau Open", "OSTRAVA OPEN", "the African Nations Cup finals", "former Davis Cup player": a competition,
      // MISC in news annotation.
      s.end = eventEnd(tokens, s);
      s.type = 'MISC';
      changed = true;
    } else if (s.type === 'MISC' && s.end - s.start >= 2 && ORG_HEADS.has(tokens[s.end - 1]!)) {
      // "The Supreme Electoral Tribunal", "the Nobel Committee": a name ending in an institution's head word.
      s.type = 'ORG';
      changed = true;
    } else if (s.type === 'PER' && s.start > 0 && tags[s.start - 1] === 'O' && SURNAME_PARTICLES.has(tokens[s.start - 1]!)) {
      // "van der Berg , the chief executive , said": the particles of a surname the tagger left out where no first
      // name comes before them.
      while (s.start > 0 && tags[s.start - 1] === 'O' && SURNAME_PARTICLES.has(tokens[s.start - 1]!)) s.start--;
      changed = true;
    } else if (
      s.type === 'LOC' &&
      s.start > 0 &&
      (tokens[s.start - 1] === 'Bank' || tokens[s.start - 1] === 'BANK') &&
      tags[s.start - 1] === 'O'
    ) {
      // "Bank Indonesia", "Bank Negara Malaysia": a central bank named after its country.
      s.start--;
      s.type = 'ORG';
      changed = true;
    } else if (s.type === 'ORG' && s.end - s.start >= 2 && VENUE_HEADS.has(tokens[s.end - 1]!)) {
      // "the Cairo International Stadium", "the Tokyo Dome": a venue is a place.
      s.type = 'LOC';
      changed = true;
    } else if (possessiveAt(tokens, s, gaz) > 0) {
      // "Israel 's Defence Ministry", "Japan 's Finance Ministry": a country's (or a city's) institution, two names;
      // "Krakow 's Kazimierz": a city's district, two places.
      const p = possessiveAt(tokens, s, gaz);
      spans.splice(k, 0, { type: 'LOC', start: s.start, end: p });
      s.start = p + 1;
      changed = true; // the loop reads the name after the possessive next ("Kazimierz district")
    } else if (s.end - s.start === 1 && (s.type === 'LOC' || s.type === 'ORG') && isDemonymOnly(tokens[s.start]!, gaz)) {
      // "the central Philippine island", "RUSSIAN TROOPS PULL OUT": a nationality adjective is MISC in news annotation,
      // never a place (one web-text source of the training data tags it LOC).
      s.type = 'MISC';
      changed = true;
    } else if (
      s.end - s.start >= 2 &&
      s.type !== 'MISC' &&
      isDemonymOnly(tokens[s.start]!, gaz) &&
      tokens.slice(s.start + 1, s.end).every((w) => HEADLINE_NOUNS.has(w))
    ) {
      // A headline in capitals: "INDONESIAN ARMY SAYS ...", "POLISH CENTRAL BANK CUTS ...": the nationality, then
      // what it qualifies.
      s.type = 'MISC';
      s.end = s.start + 1;
      changed = true;
    } else if (s.end - s.start === 1 && s.type !== 'MISC' && isPeopleNoun(tokens[s.start]!, gaz)) {
      // "two Britons", "Kurds", "Israelis": a people, MISC in news annotation.
      s.type = 'MISC';
      changed = true;
    } else if ((s.type === 'LOC' || s.type === 'ORG') && s.end - s.start >= 2 && TRAILING_WORDS.has(tokens[s.end - 1]!)) {
      // "Khorasan province", "the Yarmouk river", "the Verdi union", "the Zairean army": the lower-case word that
      // follows a name is not part of it; what is left of a nationality is MISC.
      while (s.end - s.start >= 2 && TRAILING_WORDS.has(tokens[s.end - 1]!)) s.end--;
      if (s.end - s.start === 1 && isNationalityWord(tokens[s.start]!, gaz)) s.type = 'MISC';
      changed = true;
    } else if (
      s.type === 'LOC' &&
      s.end - s.start === 2 &&
      DIRECTIONS.has(tokens[s.start]!) &&
      !isKnownPlace(tokens, s.start, s.end, gaz)
    ) {
      // "NORTHERN PERU", "southern Italy" written in capitals: the direction is not part of the name.
      s.start++;
      changed = true;
    } else if (s.type === 'LOC' && s.end - s.start >= 2 && splitPlaceAndState(tokens, s, spans, k, gaz)) {
      // "Miramar California", "san francisco california": a town and its state, two places.
      k++;
      changed = true;
    } else if (s.type === 'PER' && s.end - s.start >= 2 && STORMS.has(tokens[s.start]!)) {
      // "Typhoon Lingling": the storm's name, MISC.
      s.start++;
      s.type = 'MISC';
      changed = true;
    } else if (s.type === 'PER' && s.start > 0 && STORMS.has(tokens[s.start - 1]!)) {
      // "Hurricane Maria", the tagger having left the storm word out.
      s.type = 'MISC';
      changed = true;
    } else if (s.type === 'PER' && s.end - s.start >= 2 && ORG_FIRST.has(tokens[s.start]!)) {
      // "Banco Bilbao Vizcaya", "Groupe Danone": a company, whatever the words after.
      s.type = 'ORG';
      changed = true;
    } else if (
      (s.type === 'PER' && s.end - s.start >= 2 && isNationality(tokens[s.start]!, gaz)) ||
      (s.type === 'PER' && s.end - s.start >= 3 && isLeadingNationality(tokens[s.start]!, gaz)) ||
      (s.type === 'ORG' &&
        s.end - s.start === 3 &&
        isLeadingNationality(tokens[s.start]!, gaz) &&
        firstName(tokens[s.start + 1]!, gaz) &&
        surnameLike(tokens[s.start + 2]!, gaz))
    ) {
      // "Dane Bjarne Riis", "Briton Tim Henman", "Kenyan Faith Kipyegon" (read as one organisation at the start of a
      // sentence): the nationality, then the person.
      spans.splice(k + 1, 0, { type: 'PER', start: s.start + 1, end: s.end });
      s.type = 'MISC';
      s.end = s.start + 1;
      changed = true;
      k++;
    }
  }
  if (changed) fromSpans(spans, tags);
}

/** After a company's name: "Repsol chairman Alfonso Cortina" (a person's name must follow), "Gazprom shares". */
const COMPANY_AFTER = new Set(['chairman', 'chairwoman', 'ceo', 'shares']);
/** A share's price move in a market report. */
const PRICE_MOVES = new Set([
  'rose',
  'fell',
  'gained',
  'lost',
  'eased',
  'firmed',
  'climbed',
  'dropped',
  'slipped',
  'added',
  'shed',
  'jumped',
  'slumped',
  'dipped',
]);
/** Units of a share price: "rose 1.25 rand", "fell 10 cents", "gained 3p". */
const PRICE_UNITS = new Set([
  'cents',
  'cent',
  'pence',
  'p',
  'rand',
  'yen',
  'pesos',
  'baht',
  'rupees',
  'ringgit',
  'francs',
  'marks',
  'crowns',
  'kroner',
  'lire',
  'euros',
  'shekels',
  'dollars',
  'won',
  'rupiah',
  'stg',
]);

/** A price after a move verb: a number and its unit ("1.25 rand", "10 cents"), or "to" a price ("5 to 140"). */
function priceFollows(tokens: readonly string[], j: number): boolean {
  if (!/^\d[\d.,]*$/.test(tokens[j] ?? '')) return false;
  const unit = tokens[j + 1] ?? '';
  if (PRICE_UNITS.has(unit)) return true;
  // "gained 5 to 240 ." but not a golfer's "slipped 2 to 8 under par".
  const after = tokens[j + 3];
  return (
    unit === 'to' &&
    /^\d[\d.,]*$/.test(tokens[j + 2] ?? '') &&
    (after === undefined || after === '.' || after === ',' || PRICE_UNITS.has(after))
  );
}

/** Kinds of ship written right before the ship's name: "the tanker Aegean Star". */
const SHIP_NOUNS = new Set([
  'tanker',
  'freighter',
  'ferry',
  'frigate',
  'destroyer',
  'trawler',
  'yacht',
  'liner',
  'vessel',
  'warship',
  'submarine',
]);

/** Kinds of business written right before the business's name: "chipmaker Nvidia", "airline Sen Vang". */
const COMPANY_NOUNS = new Set([
  'service',
  'utility',
  'company',
  'firm',
  'maker',
  'drugmaker',
  'carmaker',
  'automaker',
  'chipmaker',
  'retailer',
  'marketplace',
  'app',
  'startup',
  'start-up',
  'lender',
  'insurer',
  'airline',
  'conglomerate',
  'manufacturer',
  'supermarket',
  'brewer',
  'miner',
  'brokerage',
  'broadcaster',
  'distributor',
]);

/** "chief executive", "chief economist" after a company's name, before a person's. */
const CHIEF_OF = new Set(['executive', 'economist', 'strategist', 'operating', 'financial', 'investment']);
/** After a broadcaster's or a paper's name: "told RAI television". */
const MEDIA_AFTER = new Set(['television', 'radio', 'tv', 'newspaper']);
/** Before a paper's name: "the daily Hurriyet", "the newspaper Folha de Sao Paulo". */
const MEDIA_BEFORE = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'paper', 'broadsheet']);
/** "business daily", "sports daily": the paper's name comes before. */
const PAPER_KINDS = new Set(['business', 'financial', 'economic', 'sports', 'evening', 'morning']);
/** Days and months, which follow "daily" without naming a paper ("updated daily Monday to Friday"). */
const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** Lower-case words inside a paper's name: "Folha de Sao Paulo", "Corriere della Sera". */
const PAPER_LINKS = new Set(['de', 'del', 'della', 'di', 'do', 'da', 'du', 'des', 'la', 'le', 'el', 'al', 'of', 'van', 'von']);

const isThe = (w: string): boolean => w === 'the' || w === 'The';

/** End of the run of capitalised words from `start` (lower-case links allowed between two of them); `start`: none. */
function capitalisedRun(tokens: readonly string[], start: number): number {
  let end = start;
  for (let j = start; j < tokens.length; j++) {
    if (/^\p{Lu}/u.test(tokens[j]!)) end = j + 1;
    else if (!(j > start && PAPER_LINKS.has(tokens[j]!) && /^\p{Lu}/u.test(tokens[j + 1] ?? ''))) break;
  }
  return end;
}

/** Legislatures named by one word: "the Senate", "Ecuador 's Congress", "the Knesset". */
const LEGISLATURES = new Set([
  'Congress',
  'Senate',
  'Parliament',
  'Knesset',
  'Duma',
  'Bundestag',
  'Bundesrat',
  'Sejm',
  'Majlis',
  'Storting',
  'Riksdag',
  'Folketing',
  'Eduskunta',
  'Cortes',
  'Dail',
]);

/** Head words that end organisation names written in capitals: "Foreign Ministry", "Revolutionary Guards". */
const ORG_HEADS = new Set([
  'Ministry',
  'Guards',
  'Army',
  'Party',
  'Commission',
  'Council',
  'Agency',
  'Bank',
  'Front',
  'Movement',
  'Tribunal',
  'Court',
  'Committee',
  'Directorate',
  'Secretariat',
]);
/** Head words of names that open with a place: "the London Metal Exchange", "Tokyo Electric Power Co" (see markOrgHeads). */
const PLACE_LED_HEADS = new Set([
  'Exchange',
  'Bourse',
  'Bank',
  'University',
  'Institute',
  'Authority',
  'Association',
  'Federation',
  'Corporation',
  'Company',
  'Airlines',
  'Airways',
  'Council',
  'Commission',
  'Party',
]);
/** Legal forms written after a company's name. */
const LEGAL_FORMS = new Set([
  'AB',
  'AG',
  'ASA',
  'A/S',
  'AS',
  'Plc',
  'PLC',
  'plc',
  'Ltd',
  'Ltd.',
  'Co',
  'Co.',
  'Corp',
  'Corp.',
  'Inc',
  'Inc.',
  'SpA',
  'S.p.A.',
  'SA',
  'S.A.',
  'NV',
  'N.V.',
  'BV',
  'GmbH',
  'KK',
  'Oyj',
  'Oy',
  'Bhd',
  'Berhad',
  'Tbk',
  'Pty',
  'LLC',
  'Cos',
  'Rt',
  'Zrt',
  'Nyrt',
  'PJSC',
  'Srl',
  'SARL',
]);

const NAME_LINKS = new Set(['de', 'del', 'di', 'da', 'la', 'du', 'des', 'van', 'von', '&', 'y']);
const AMBIGUOUS_FORMS = new Set(['AS', 'Co', 'Co.', 'SA', 'AB', 'KK', 'AG']);

/**
 * "Svenborg AB", "Tanaka Seiki Co Ltd", "Dansk Mejeri A/S": a run of capitalised words before a company's legal form
 * is one organisation with it, however the tagger split or typed it (it read "Svenborg AB" as a person). The run stops
 * at a nationality, "The", and anything not capitalised.
 */
function markLegalForms(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  const n = tokens.length;
  // In a line in capitals "AS", "CO" are words.
  if (!tokens.some((t) => /\p{Ll}/u.test(t))) return false;
  for (let i = 1; i < n; i++) {
    if (!LEGAL_FORMS.has(tokens[i]!)) continue;
    // "Co Wicklow" (an Irish county), "AS Roma": a form before another name is not one.
    if (AMBIGUOUS_FORMS.has(tokens[i]!) && /^\p{Lu}/u.test(tokens[i + 1] ?? '') && !LEGAL_FORMS.has(tokens[i + 1]!)) continue;
    let end = i + 1;
    while (end < n && LEGAL_FORMS.has(tokens[end]!)) end++;
    let start = i;
    while (start > 0 && i - start < 5) {
      const w = tokens[start - 1]!;
      // "Petroleos de Venezuela SA", "Dow Jones & Co": a particle between capitalised words belongs to the name.
      if (NAME_LINKS.has(w) && start - 2 >= 0 && /^\p{Lu}/u.test(tokens[start - 2]!) && start < i) {
        start--;
        continue;
      }
      if (!/^\p{Lu}\p{Ll}/u.test(w) || w === 'The' || LEGAL_FORMS.has(w)) break;
      if (((gaz?.phrases.get(w.toLowerCase()) ?? 0) & GAZ.DEMONYM) !== 0) break;
      // A person named before the company's other words ("Laurie Ellis Enron Net Works LLC" in a signature) is not
      // part of it; a "person" right before the legal form is the tagger's reading of the company ("Tanaka Seiki Co").
      if (start < i && spans.some((s) => s.type === 'PER' && s.end - s.start >= 2 && s.end === start)) break;
      start--;
    }
    while (start < i && NAME_LINKS.has(tokens[start]!)) start++;
    // A bare legal form ("AS" the word in capitals) is nothing to extend.
    if (start === i) {
      i = end - 1;
      continue;
    }
    // Keep a longer name the tagger found whole ("Toyota Motor Corp" as it stands, or with more before it).
    if (!spans.some((s) => s.type === 'ORG' && s.start <= start && s.end >= end)) {
      setSpan(spans, start, end, 'ORG');
      changed = true;
    }
    i = end - 1;
  }
  return changed;
}

const COMPANY_STARTS = phraseIndex(COMPANIES);

/**
 * Known company names (companies.ts) the tagger read as a person, a place or nothing become organisations, where
 * they stand alone: not inside a longer name ("Keisuke Honda", "Shell Oil"), and for names that are also ordinary
 * words, only in mid-sentence.
 */
function markCompanies(tokens: readonly string[], spans: Chunk[]): boolean {
  let changed = false;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const name = phraseAt(COMPANY_STARTS, tokens, i);
    if (!name) continue;
    const end = i + name.length;
    if (AMBIGUOUS_COMPANIES.has(name.join(' ')) && (i === 0 || OPENERS.has(tokens[i - 1]!))) continue;
    // "my Ferrari", "a Saab", "Honda models", "a Twitter account": the product, not the company.
    if ((i > 0 && OWNERS.has(tokens[i - 1]!)) || PRODUCT_NOUNS.has(tokens[end] ?? '')) continue;
    // Not the start of a longer name ("Shell Oil"), but a title may follow ("Bundesbank President Hans Tietmeyer").
    if (end < n && /^\p{Lu}/u.test(tokens[end]!) && !isTitleWord(tokens[end]!) && !spans.some((s) => s.start === i && s.end === end))
      continue;
    const over = spans.filter((s) => s.start < end && s.end > i);
    // (A MISC span that is exactly the name, "Anglo American", is the company too.)
    if (over.some((s) => s.start < i || s.end > end || s.type === 'ORG' || (s.type === 'MISC' && (s.start !== i || s.end !== end))))
      continue;
    // "Fiat Chrysler", "Daimler Chrysler": a company name right after an organisation's joins it.
    const joined = spans.find((s) => s.end === i && s.type === 'ORG');
    setSpan(spans, joined ? joined.start : i, end, 'ORG');
    changed = true;
    i = end - 1;
  }
  return changed;
}
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '-', '–', '—', ':']);
const OWNERS = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'a', 'an', 'My', 'Your', 'A', 'An']);
const PRODUCT_NOUNS = new Set([
  'model',
  'models',
  'account',
  'accounts',
  'post',
  'posts',
  'feed',
  'page',
  'car',
  'cars',
  'phone',
  'phones',
  'app',
  'user',
  'users',
]);

/** "Daewoo said it would ...": what "said it" follows is not a person. */
const SAID = new Set(['said', 'says', 'announced', 'reported']);
/** After "said it": what a company says it will do ("it is clear" is no evidence). */
const IT_VERBS = new Set([
  'would',
  'will',
  'had',
  'has',
  'plans',
  'planned',
  'expects',
  'expected',
  'intends',
  'aims',
  'agreed',
  'may',
  'could',
  'might',
  'was',
  'is',
]);

/** "said its ...", "said it would ...": the possessive, or "it" before a verb of plans (not "it is plain"). */
function saidItOf(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === 'its') return true;
  if (next !== 'it') return false;
  const verb = tokens[i + 2] ?? '';
  if (verb === 'is' || verb === 'was') return /ing$/.test(tokens[i + 3] ?? ''); // "said it was planning"
  return IT_VERBS.has(verb);
}
const NOT_COMPANY = GAZ.DEMONYM | GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.LOWER | GAZ.COMMON;

/** A single capitalised word that may be a company's name: not a nationality, a known place or an ordinary word. */
function mayBeCompany(tokens: readonly string[], i: number, gaz: Gazetteer | null): boolean {
  const w = tokens[i]!;
  if (w.length < 2 || !/^\p{Lu}/u.test(w)) return false;
  return ((gaz?.phrases.get(w.toLowerCase()) ?? 0) & NOT_COMPANY) === 0;
}

/** Sets the span at token `i` (a single name, or none) to ORG; false when a longer or ORG span is there. */
function toOrg(spans: Chunk[], i: number): boolean {
  const s = spans.find((x) => x.start <= i && i < x.end);
  if (s) {
    if (s.type === 'ORG' || s.end - s.start !== 1) return false;
    s.type = 'ORG';
  } else setSpan(spans, i, i + 1, 'ORG');
  return true;
}

/** Single-name spans (or untagged capitalised words) at a company or media cue become organisations. */
function markCompanyCues(tokens: readonly string[], tags: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  const n = tokens.length;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!;
    if (tags[i] !== 'O') continue;
    // "shares in Repsol", "shares of Kakao"
    if (
      (w === 'shares' || w === 'Shares') &&
      (tokens[i + 1] === 'in' || tokens[i + 1] === 'of') &&
      i + 2 < n &&
      mayBeCompany(tokens, i + 2, gaz)
    ) {
      if (i + 3 >= n || !/^\p{Lu}/u.test(tokens[i + 3]!)) changed = toOrg(spans, i + 2) || changed;
      continue;
    }
    if (MEDIA_BEFORE.has(w) && i > 0 && (isThe(tokens[i - 1]!) || /^\p{Ll}/u.test(tokens[i - 1]!) || isDemonymOnly(tokens[i - 1]!, gaz))) {
      // "the daily Hurriyet reported", "the newspaper Folha de Sao Paulo", "Portuguese sports daily Record": the paper.
      const next = tokens[i + 1] ?? '';
      const end = /^\p{Lu}\p{Ll}/u.test(next) && !CALENDAR.has(next) ? capitalisedRun(tokens, i + 1) : i + 1; // not "the daily P&L"
      if (end > i + 1 && !spans.some((x) => x.start === i + 1 && x.end === end && x.type === 'ORG')) {
        setSpan(spans, i + 1, end, 'ORG');
        changed = true;
      }
      continue;
    }
    if (w === 'agency' && i > 1 && tokens[i - 1] === 'news' && (isThe(tokens[i - 3] ?? '') || /^\p{Ll}/u.test(tokens[i - 3] ?? 'x'))) {
      // "the state-run Anatolian news agency": a single name before "news agency" is the agency, not a nationality
      // the places resolver knows ("the French news agency").
      const name = tokens[i - 2]!;
      if (/^\p{Lu}\p{Ll}/u.test(name) && !isDemonymOnly(name, gaz)) changed = toOrg(spans, i - 2) || changed;
      continue;
    }
    if (PRICE_MOVES.has(w) && i > 0 && priceFollows(tokens, i + 1)) {
      // "Vaalrand Mines rose 1.25 rand to 48.75": the share, so the company, at the head of a market report's line.
      let start = i;
      while (start > 0 && /^\p{Lu}/u.test(tokens[start - 1]!) && i - start < 4) start--;
      const single =
        i - start === 1 &&
        (!mayBeCompany(tokens, start, gaz) || (gazBits(tokens, start, i, gaz) & (GAZ.FIRST | GAZ.LAST | GAZ.E_PER)) !== 0);
      if (start === 0 && start < i && !isKnownPlace(tokens, start, i, gaz) && !single) {
        if (!spans.some((x) => x.start === start && x.end === i && x.type === 'ORG')) {
          setSpan(spans, start, i, 'ORG');
          changed = true;
        }
      }
      continue;
    }
    if (COMPANY_NOUNS.has(w) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1] ?? '') && !CALENDAR.has(tokens[i + 1]!)) {
      // "Indonesian online marketplace Pasarku", "drugmaker Kovacs Gyogyszergyar Rt", "French company Les Films du Quai":
      // the name a kind of business introduces is the business, however the tagger read it (not a known place).
      const end = capitalisedRun(tokens, i + 1);
      const cur = spans.filter((x) => x.start < end && x.end > i + 1);
      // A person there is read as one ("the manufacturer Georg Reichenbach", "publisher William Randolph Hearst").
      const person = cur.some((x) => x.type === 'PER') && ((gaz?.phrases.get(tokens[i + 1]!.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0;
      const fits = !person && cur.every((x) => x.start >= i + 1 && x.end <= end && x.type !== 'MISC');
      if (
        fits &&
        !isKnownPlace(tokens, i + 1, end, gaz) &&
        !(cur.length === 1 && cur[0]!.type === 'ORG' && cur[0]!.start === i + 1 && cur[0]!.end === end)
      ) {
        setSpan(spans, i + 1, end, 'ORG');
        changed = true;
      }
      continue;
    }
    if (SHIP_NOUNS.has(w) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1] ?? '')) {
      // "the Maltese tanker Aegean Star ran aground": a ship's name, MISC in news annotation.
      const end = capitalisedRun(tokens, i + 1);
      const cur = spans.filter((x) => x.start < end && x.end > i + 1);
      if (
        cur.every((x) => x.start >= i + 1 && x.end <= end) &&
        !(cur.length === 1 && cur[0]!.type === 'MISC' && cur[0]!.start === i + 1 && cur[0]!.end === end)
      ) {
        setSpan(spans, i + 1, end, 'MISC');
        changed = true;
      }
      continue;
    }
    if (w === 'shares' && i > 1 && /^[AB]$/.test(tokens[i - 1]!) && /^I-(?:PER|ORG|LOC)$/.test(tags[i - 1]!)) {
      // "Holmberg B shares closed higher": the company and its share class.
      const c = spans.find((x) => x.end === i && x.end - x.start === 2);
      if (c) {
        c.end = i - 1;
        c.type = 'ORG';
        changed = true;
      }
      continue;
    }
    if (w === 'board' && tokens[i + 1] === 'of' && i > 0 && isThe(tokens[i - 1]!) && i + 2 < n && mayBeCompany(tokens, i + 2, gaz)) {
      // "The board of Deansgate recommended the offer": a single name there is the company.
      const name = tokens[i + 2]!;
      if (!/^\p{Lu}/u.test(tokens[i + 3] ?? '') && !name.endsWith('s') && /^\p{Lu}\p{Ll}/u.test(name))
        changed = toOrg(spans, i + 2) || changed;
      continue;
    }
    if (i === 0) continue;
    const before = i - 1;
    const single = before === 0 || !/^\p{Lu}/u.test(tokens[before - 1]!) || tags[before - 1] !== tags[before];
    if (!single || !mayBeCompany(tokens, before, gaz)) continue;
    const prevTag = tags[before]!;
    if (prevTag !== 'O' && prevTag !== 'B-PER' && prevTag !== 'B-LOC') continue;
    if (SAID.has(w) && saidItOf(tokens, i)) {
      // Not a first name, nor a name after a title ("President Obama says it ...").
      const bits = gaz?.phrases.get(tokens[before]!.toLowerCase()) ?? 0;
      if ((bits & GAZ.FIRST) === 0 && !(before > 0 && isPersonTitle(tokens[before - 1]!.toLowerCase())))
        changed = toOrg(spans, before) || changed;
    } else if (COMPANY_AFTER.has(w)) {
      // "Repsol chairman Alfonso Cortina", "Gazprom shares fell"
      if (w === 'shares' || tags[i + 1] === 'B-PER') changed = toOrg(spans, before) || changed;
    } else if (w === 'chief' && CHIEF_OF.has(tokens[i + 1] ?? '') && tags[i + 2] === 'B-PER') {
      // "Marlow chief executive Nigel Fairbrother"
      changed = toOrg(spans, before) || changed;
    } else if (MEDIA_AFTER.has(w)) changed = toOrg(spans, before) || changed;
    else if (PAPER_KINDS.has(w) && tokens[i + 1] === 'daily' && (i < 2 || isThe(tokens[i - 2]!))) changed = toOrg(spans, before) || changed; // "the Nikkei business daily"
  }
  return changed;
}

/**
 * Names read from what follows them: an organisation's acronym or known short name before a title and a person ("WHO
 * Director-General Tedros", "Fed Chairman Jerome Powell"), an acronym known only as an organisation ("EU law"), a
 * group before "militants" ("Abu Sayyaf militants"), a place before "crossing" ("the Erez crossing").
 */
function markNamedBefore(tokens: readonly string[], tags: readonly string[], spans: Chunk[], gaz: Gazetteer | null, need: number): boolean {
  const n = tokens.length;
  let changed = false;
  const allCaps = !tokens.some((t) => /\p{Ll}/u.test(t));
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!;
    const c = w.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    if (need & K.TITLE && tags[i] === 'O') {
      if (allCaps || !isTitleWord(tokens[i + 1] ?? '')) continue;
      let j = i + 1;
      while (j < n && tags[j] === 'O' && isTitleWord(tokens[j]!)) j++;
      if (tags[j] !== 'B-PER') continue;
      const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
      const acronym = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(w);
      const knownOrg = (bits & GAZ.ORG) !== 0 && (bits & (GAZ.LOWER | GAZ.COMMON | GAZ.FIRST | GAZ.LAST | PLACE_BITS)) === 0;
      if (acronym || knownOrg) changed = toOrg(spans, i) || changed;
      continue;
    }
    if (!(need & K.SPANCUE) || tags[i]!.charCodeAt(0) !== 66 /* B */) continue;
    const span = spans.find((s) => s.start === i);
    if (!span) continue;
    const next = tokens[span.end] ?? '';
    if (span.type === 'LOC' && span.end === i + 1 && (/^\p{Lu}{3,6}$/u.test(w) || w === 'EU')) {
      const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
      if ((bits & GAZ.ORG) !== 0 && (bits & PLACE_BITS) === 0) {
        span.type = 'ORG';
        changed = true;
      }
    } else if (span.type === 'PER' && GROUP_AFTER.has(next)) {
      span.type = 'ORG';
      changed = true;
    } else if ((span.type === 'PER' || span.type === 'ORG') && span.end === i + 1 && PLACE_AFTER.has(next)) {
      span.type = 'LOC';
      changed = true;
    }
  }
  return changed;
}

/** "analysts at Maybank": a single name there is the firm. */
function markAnalystsAt(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 2; i < tokens.length; i++) {
    if ((tokens[i - 1] === 'of' || tokens[i - 1] === 'at' || tokens[i - 1] === 'with') && /^\p{Lu}\p{Ll}/u.test(tokens[i]!)) {
      // "analyst Deborah Kwan of Levesque Beaubien", "said economist John Smith at Nomura": the firm, however the tagger read it.
      const person = spans.find((x) => x.end === i - 1 && x.type === 'PER');
      if (person && person.start > 0 && ANALYSTS.has(tokens[person.start - 1]!.toLowerCase())) {
        const end = capitalisedRun(tokens, i);
        if (!isKnownPlace(tokens, i, end, gaz) && !spans.some((x) => x.start === i && x.end === end && x.type === 'ORG')) {
          setSpan(spans, i, end, 'ORG');
          changed = true;
        }
        continue;
      }
    }
    if (tokens[i - 1] !== 'at' || !ANALYSTS.has(tokens[i - 2]!.toLowerCase())) continue;
    const s = spans.find((x) => x.start === i);
    if (s && s.end === i + 1 && (s.type === 'PER' || s.type === 'LOC') && mayBeCompany(tokens, i, gaz)) {
      s.type = 'ORG';
      changed = true;
    }
  }
  return changed;
}

/**
 * "M23 rebels", "SPLA forces", "Shining Path guerrillas": an untagged code name, acronym or run of two to four
 * capitalised words before a group word names the group. (A single word there is usually a people: "Hutu rebels".)
 */
function markCodeGroups(tokens: readonly string[], tags: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 1; i < tokens.length; i++) {
    if (!GROUP_AFTER.has(tokens[i]!) || tags[i - 1] !== 'O') continue;
    let j = i;
    while (j > 0 && tags[j - 1] === 'O' && /^\p{Lu}/u.test(tokens[j - 1]!) && i - j < 4) j--;
    if (j === i || spans.some((s) => s.start < i && s.end > j)) continue;
    const w = tokens[j]!;
    const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
    const code = i - j === 1 && /^\p{Lu}+-?\d+$/u.test(w);
    const acronym = i - j === 1 && /^\p{Lu}{2,6}$/u.test(w) && (bits & (PLACE_BITS | GAZ.LOWER)) === 0;
    const run = i - j >= 2 && (bits & (GAZ.DEMONYM | PLACE_BITS)) === 0 && j > 0;
    if (!code && !acronym && !run) continue;
    setSpan(spans, j, i, 'ORG');
    changed = true;
  }
  return changed;
}

/**
 * "Russia 's Foreign Ministry", "Iran 's Revolutionary Guards", "the Interior Ministry": untagged capitalised runs
 * ending in a head word, after a possessive, "the" or a nationality, as news copy names a country's institutions.
 */
function markOrgHeads(tokens: readonly string[], tags: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (
      !(ORG_HEADS.has(head) || PLACE_LED_HEADS.has(head) || LEGISLATURES.has(head)) ||
      tags[i] !== 'O' ||
      /^\p{Lu}/u.test(tokens[i + 1] ?? '')
    )
      continue;
    let j = i;
    while (j > 0 && tags[j - 1] === 'O' && /^\p{Lu}\p{Ll}/u.test(tokens[j - 1]!) && !isThe(tokens[j - 1]!) && i - j < 3) j--;
    // "the London Metal Exchange", "the Tokyo Stock Exchange": a place the tagger found, then the rest of the name.
    const place = spans.find((s) => s.end === j && s.type === 'LOC');
    if (place && PLACE_LED_HEADS.has(head) && (j < i || ORG_HEADS.has(head))) {
      setSpan(spans, place.start, i + 1, 'ORG');
      changed = true;
      continue;
    }
    if (j === i && LEGISLATURES.has(head) && i > 0) {
      // "Ecuador 's Congress voted", "The Senate voted 71-27": a legislature named by its one word.
      const before = tokens[i - 1]!;
      if (before === "'s" || before === '’s' || isThe(before) || isDemonymOnly(before, gaz)) {
        setSpan(spans, i, i + 1, 'ORG');
        changed = true;
      }
      continue;
    }
    if (!ORG_HEADS.has(head) || j === i || j === 0) continue;
    const before = tokens[j - 1]!;
    const owner =
      before === "'s" ||
      before === '’s' ||
      isThe(before) ||
      ((gaz?.phrases.get(before.toLowerCase()) ?? 0) & (GAZ.DEMONYM | GAZ.COUNTRY)) !== 0;
    if (!owner) continue;
    setSpan(spans, j, i + 1, 'ORG');
    changed = true;
  }
  return changed;
}

/**
 * Lower-case words that follow a name without belonging to it in news annotation: the divisions of a country
 * ("Khorasan province"), "the Yarmouk river", "the Verdi union", "the Austrian league", "the Zairean army". (The
 * training sources disagree; they also include words such as "party" or "station", which this leaves alone.)
 */
const TRAILING_WORDS = new Set([
  'province',
  'provinces',
  'region',
  'district',
  'governorate',
  'prefecture',
  'oblast',
  'municipality',
  'department',
  'canton',
  'county',
  'state',
  'river',
  'valley',
  'lagoon',
  'delta',
  'radio',
  'television',
  'derby',
  'union',
  'league',
  'army',
]);

/** A nationality adjective: the gazetteer's demonyms, or the usual endings of one for a word it does not know as a place. */
function isNationalityWord(w: string, gaz: Gazetteer | null): boolean {
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  if ((bits & GAZ.DEMONYM) !== 0) return true;
  return (bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN)) === 0 && /(ean|ian|ese|ish)$/.test(w);
}

function isKnownPlace(tokens: readonly string[], start: number, end: number, gaz: Gazetteer | null): boolean {
  return (gazBits(tokens, start, end, gaz) & (PLACE_BITS | GAZ.TOWN)) !== 0;
}

/** US states and a few provinces that follow a town's name without a comma in web text. */
const STATES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ontario quebec'.split(
    ' ',
  ),
);

const QUALIFIERS = new Set([
  ...DIRECTION_WORDS,
  'upper',
  'lower',
  'new',
  'baja',
  'alta',
  'greater',
  'coastal',
  'rural',
  'downstate',
  'upstate',
]);

/** Splits "Miramar California" (a known town, then a state) into two places; false when the span is not such a pair. */
function splitPlaceAndState(tokens: readonly string[], s: Chunk, spans: Chunk[], k: number, gaz: Gazetteer | null): boolean {
  const last = tokens[s.end - 1]!.toLowerCase();
  if (!STATES.has(last) || s.end - s.start > 4) return false;
  if (isKnownPlace(tokens, s.start, s.end, gaz)) return false;
  // "Southern California", "West Virginia", "Baja California": a direction or qualifier is part of the name.
  if (s.end - s.start === 2 && QUALIFIERS.has(tokens[s.start]!.toLowerCase())) return false;
  if (!isKnownPlace(tokens, s.start, s.end - 1, gaz)) return false;
  spans.splice(k + 1, 0, { type: 'LOC', start: s.end - 1, end: s.end });
  s.end--;
  return true;
}

/**
 * In a headline in capitals, directions that open a region's description rather than its name ("NORTHERN PERU" for
 * "northern Peru"); in ordinary text "Northern Ireland" is written capitalised because it is a name.
 */
const DIRECTIONS = new Set([
  'NORTHERN',
  'SOUTHERN',
  'EASTERN',
  'WESTERN',
  'CENTRAL',
  'NORTHWEST',
  'NORTHEAST',
  'SOUTHWEST',
  'SOUTHEAST',
  'NORTHWESTERN',
  'NORTHEASTERN',
  'SOUTHWESTERN',
  'SOUTHEASTERN',
]);
/** Words before a storm's name. */
const STORMS = new Set(['Typhoon', 'Hurricane', 'Cyclone', 'Storm', 'TYPHOON', 'HURRICANE', 'CYCLONE']);
/** Words that open company names in other languages: "Banco Santander", "Groupe Danone", "Grupo Televisa". */
const ORG_FIRST = new Set([
  'Banco',
  'Banca',
  'Banque',
  'Grupo',
  'Groupe',
  'Gruppo',
  'Compagnie',
  'Compania',
  'Sociedad',
  'Societe',
  'Société',
  'Industrias',
  'Aerolineas',
  'Petroleos',
  'Cia',
]);
/** "analysts at Maybank": the firm they work for. */
const ANALYSTS = new Set([
  'analysts',
  'analyst',
  'economist',
  'economists',
  'strategist',
  'strategists',
  'traders',
  'dealers',
  'executives',
  'officials',
  'sources',
]);

/** After the name of an armed group: "Abu Sayyaf militants", "M23 rebels". */
const GROUP_AFTER = new Set([
  'militants',
  'rebels',
  'guerrillas',
  'insurgents',
  'fighters',
  'separatists',
  'militia',
  'militiamen',
  'gunmen',
  'forces',
]);
/** After a place's name, lower case: "the Erez crossing". */
const PLACE_AFTER = new Set(['crossing', 'checkpoint', 'airport', 'airbase', 'valley', 'province', 'district', 'region', 'border']);

/** Lower-case descriptions that sit between a nationality and a name, never inside an organisation's name. */
const DESCRIPTORS = new Set([
  'nationalist',
  'separatist',
  'rebel',
  'opposition',
  'ruling',
  'militant',
  'state-owned',
  'state-run',
  'rival',
  'conservative',
  'liberal',
  'leftist',
  'rightist',
  'islamist',
  'hardline',
]);

/** Index of a descriptor inside an ORG span, with capitalised words on both sides; -1 when there is none. */
function descriptorAt(tokens: readonly string[], s: Chunk): number {
  for (let i = s.start + 1; i < s.end - 1; i++) if (DESCRIPTORS.has(tokens[i]!) && /^\p{Lu}/u.test(tokens[i + 1]!)) return i;
  return -1;
}

/** Words after which a group's name follows: "the Basque separatist group ETA", "rebel movement UNITA". */
const GROUP_WORDS = new Set(['group', 'movement', 'organisation', 'organization', 'faction', 'militia', 'guerrillas', 'party']);

/** "separatist group ETA": an untagged capitalised name right after a group word is the group. */
function markNamedGroups(tokens: readonly string[], tags: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 1; i < tokens.length; i++) {
    if (!GROUP_WORDS.has(tokens[i - 1]!) || tags[i] !== 'O' || !/^\p{Lu}[\p{L}\d-]/u.test(tokens[i]!)) continue;
    let j = i;
    while (j < tokens.length && tags[j] === 'O' && /^\p{Lu}/u.test(tokens[j]!) && j - i < 4) j++;
    // Not a place, a nationality or an ordinary word opening a clause ("the group Tuesday").
    const bits = gaz?.phrases.get(tokens[i]!.toLowerCase()) ?? 0;
    if (bits & (PLACE_BITS | GAZ.DEMONYM | GAZ.LOWER | GAZ.COMMON)) continue;
    setSpan(spans, i, j, 'ORG');
    changed = true;
    i = j;
  }
  return changed;
}

/** After a market index or benchmark's name. */
const INDEX_AFTER = new Set(['index', 'indices', 'composite', 'industrial', 'industrials', 'crude']);
const PLACE_BITS = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;

/** A name before INDEX_AFTER that is a market index, not a place ("the Tokyo index" stays Tokyo; "Brent crude" is not the town). */
function isIndexName(tokens: readonly string[], start: number, end: number, gaz: Gazetteer | null): boolean {
  const next = tokens[end] ?? '';
  if (!INDEX_AFTER.has(next) || end - start > 3) return false;
  if (next === 'crude') return true;
  return (gazBits(tokens, start, end, gaz) & PLACE_BITS) === 0;
}

/** Nouns for a people or a faith that the gazetteer lacks or knows only as names. */
const PEOPLE_NOUNS = new Set([
  'Briton',
  'Britons',
  'Kurd',
  'Kurds',
  'Serb',
  'Serbs',
  'Scot',
  'Scots',
  'Turk',
  'Turks',
  'Croat',
  'Croats',
  'Pole',
  'Poles',
  'Dane',
  'Danes',
  'Swede',
  'Swedes',
  'Finn',
  'Finns',
  'Spaniard',
  'Spaniards',
  'Frenchman',
  'Frenchmen',
  'Englishman',
  'Englishmen',
  'Dutchman',
  'Dutchmen',
  'Irishman',
  'Irishmen',
  'Welshman',
  'Scotsman',
  'Arabs',
  'Jews',
  'Muslims',
  'Hindus',
  'Sikhs',
  'Sunnis',
  "Shi'ites",
  'Shiites',
  'Catholics',
  'Protestants',
  'Hutus',
  'Tutsis',
]);

/** A nationality or people noun ("Briton", "Israelis"): the list above, or a plural the gazetteer marks as a demonym. */
function isPeopleNoun(w: string, gaz: Gazetteer | null): boolean {
  if (PEOPLE_NOUNS.has(w)) return true;
  if (w.length < 5 || w.charCodeAt(w.length - 1) !== 115 /* s */ || w === w.toUpperCase()) return false;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  return (bits & GAZ.DEMONYM) !== 0 && (bits & GAZ.NOUN) !== 0 && (bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN)) === 0;
}

/** A capitalised word the gazetteer knows only as a nationality ("Dane", "Kenyan"), never as a name or a place. */
function isNationality(w: string, gaz: Gazetteer | null): boolean {
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90 || w === w.toUpperCase()) return false;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  return (bits & GAZ.DEMONYM) !== 0 && (bits & (GAZ.FIRST | GAZ.LAST | GAZ.NAME | GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN)) === 0;
}

/**
 * A nationality before a name of two or more words: also the people nouns ("Briton", "Dutchman") and demonyms that are
 * first names too ("Dane"), since two name words follow (a place of that name is a place: "Jordan").
 */
function isLeadingNationality(w: string, gaz: Gazetteer | null): boolean {
  if (PEOPLE_NOUNS.has(w) && w.charCodeAt(w.length - 1) !== 115 /* s */) return true;
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90 || w === w.toUpperCase()) return false;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  return (bits & GAZ.DEMONYM) !== 0 && (bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) === 0;
}

/** A capitalised word that is nothing but a name as far as the gazetteer knows: no ordinary word, place or org head. */
function surnameLike(w: string, gaz: Gazetteer | null): boolean {
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90 || w === w.toUpperCase() || ORG_HEADS.has(w) || PLACE_LED_HEADS.has(w)) return false;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  const ordinary = GAZ.COMMON | GAZ.NOUN | GAZ.VERB | GAZ.ADJ | GAZ.LOWER | GAZ.ORG_WORD | GAZ.LOC_WORD;
  if ((bits & (ordinary | GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) !== 0) return false;
  // Seen in training inside other kinds of names only ("Belarusian Christian Democracy"): not a surname.
  return (bits & GAZ.E_PER) !== 0 || (bits & (GAZ.E_ORG | GAZ.E_LOC | GAZ.E_MISC)) === 0;
}

/** One-word nationality and region adjectives of the places resolver's tables ("Turkish", "Philippine", "European"). */
const NATIONALITY_ADJECTIVES = new Set(
  [...EXTRA_DEMONYMS, ...REGION_ADJECTIVES.filter(([adj, region]) => adj !== region)] // not "the Mediterranean"
    .map(([w]) => w)
    .filter((w) => !w.includes(' ') && w !== w.toUpperCase()),
);

/**
 * A capitalised nationality adjective that is no place ("Philippine", "RUSSIAN"): one of the tables above, or a word the
 * gazetteer knows as a demonym and as no place or noun.
 */
function isDemonymOnly(w: string, gaz: Gazetteer | null): boolean {
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  if (NATIONALITY_ADJECTIVES.has(w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)) return true;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  return (bits & GAZ.DEMONYM) !== 0 && (bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN | GAZ.NOUN)) === 0;
}

/**
 * What a nationality qualifies in a headline in capitals, where capitals say nothing about names ("INDONESIAN ARMY
 * SAYS", "FRENCH COURT JAILS"): institutions and groups that news copy writes in lower case after a nationality.
 */
const HEADLINE_NOUNS = new Set([
  'COAST',
  'BORDER',
  'NAVY',
  'EDITOR',
  'VOTERS',
  'FARMERS',
  'WORKERS',
  'UNIONS',
  'ARMY',
  'TROOPS',
  'FORCES',
  'POLICE',
  'COURT',
  'JUDGE',
  'GOVERNMENT',
  'CABINET',
  'PARLIAMENT',
  'CENTRAL',
  'BANK',
  'BANKS',
  'ISLAND',
  'LEAGUE',
  'PM',
  'PREMIER',
  'PRESIDENT',
  'MINISTER',
  'MINISTRY',
  'OFFICIALS',
  'REBELS',
  'OPPOSITION',
  'PRESS',
  'STOCKS',
  'SHARES',
  'BONDS',
  'MARKET',
  'MARKETS',
  'JAILS',
  'SAYS',
]);

/** Last words of a state's institutions, named after a possessive ("Israel 's Defence Ministry"). */
const INSTITUTION_HEADS = new Set([
  ...ORG_HEADS,
  'Office',
  'Navy',
  'Embassy',
  'Court',
  'Parliament',
  'Cabinet',
  'Police',
  'Senate',
  'Assembly',
  'Department',
]);

/**
 * Index of the possessive "'s" inside a span, where a known country or city stands before it and a capitalised name
 * after it that is a place (in a LOC span) or ends in an institution's head word ("Israel 's Defence Ministry"); -1 otherwise ("McDonald 's", "America 's
 * Health Insurance Plans" keep their possessive).
 */
function possessiveAt(tokens: readonly string[], s: Chunk, gaz: Gazetteer | null): number {
  for (let p = s.start + 1; p < s.end - 1; p++) {
    if (tokens[p] !== "'s") continue;
    if (!/^\p{Lu}/u.test(tokens[p + 1]!) || (s.type !== 'LOC' && !INSTITUTION_HEADS.has(tokens[s.end - 1]!))) return -1;
    const place = tokens.slice(s.start, p).join(' ').toLowerCase();
    return ((gaz?.phrases.get(place) ?? 0) & (GAZ.COUNTRY | GAZ.CITY)) !== 0 ? p : -1;
  }
  return -1;
}

/** Lower-case particles that open a surname: "van der Berg", "de la Fuente", "bin Laden". */
const SURNAME_PARTICLES = new Set(['van', 'der', 'den', 'von', 'de', 'la', 'da', 'dos', 'du', 'ter', 'bin', 'al', 'el']);

/** Last words of the names of venues, places in news annotation. */
const VENUE_HEADS = new Set(['Stadium', 'Stadion', 'Arena', 'Velodrome', 'Racecourse', 'Dome', 'Bowl']);

/** Last words of the names of competitions: "the Macau Open", "the Davis Cup", "the European Championships". */
const EVENT_HEADS = new Set([
  'open',
  'cup',
  'championship',
  'championships',
  'trophy',
  'masters',
  'olympics',
  'invitational',
  'contest',
  'festival',
  'marathon',
  'stakes',
  'handicap',
]);

/**
 * End of the competition a LOC or ORG span names: the span itself when its last word is a competition's ("Nations Cup",
 * a word after it such as "FINALS" left out), or the span with such a word after it ("Macau/LOC Open"); 0 otherwise.
 */
function eventEnd(tokens: readonly string[], s: Chunk): number {
  for (let k = s.end - 1; k > s.start; k--) {
    if (EVENT_HEADS.has(tokens[k]!.toLowerCase())) return k + 1;
  }
  const next = tokens[s.end];
  return next !== undefined && /^\p{Lu}/u.test(next) && EVENT_HEADS.has(next.toLowerCase()) ? s.end + 1 : 0;
}

/** A word the gazetteer knows as a first name. */
function firstName(w: string, gaz: Gazetteer | null): boolean {
  return ((gaz?.phrases.get(w.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0;
}

/** Which rules a word can trigger (applyNewsConventions reads one map entry per token). */
const K = {
  COMPANY: 1,
  LEGAL: 2,
  CUE: 4,
  SAID: 8,
  GROUP: 16,
  PLACE: 32,
  HEAD: 64,
  INDEX: 128,
  TRAILING: 256,
  AT: 512,
  GROUPWORD: 8192,
  /** Derived needs (not word kinds). */
  SPANCUE: 1024,
  TITLE: 2048,
  SPANFIX: 4096,
} as const;

const KINDS = new Map<string, number>();
const addKind = (words: Iterable<string>, kind: number): void => {
  for (const w of words) KINDS.set(w, (KINDS.get(w) ?? 0) | kind);
};
addKind(COMPANY_STARTS.keys(), K.COMPANY);
addKind(LEGAL_FORMS, K.LEGAL);
addKind(
  [
    ...COMPANY_AFTER,
    ...MEDIA_AFTER,
    ...MEDIA_BEFORE,
    ...PRICE_MOVES,
    ...PAPER_KINDS,
    ...COMPANY_NOUNS,
    ...SHIP_NOUNS,
    'agency',
    'chief',
    'board',
    'Shares',
  ],
  K.CUE,
);
addKind(SAID, K.SAID);
addKind(GROUP_AFTER, K.GROUP);
addKind(PLACE_AFTER, K.PLACE);
addKind(ORG_HEADS, K.HEAD);
addKind(LEGISLATURES, K.HEAD);
addKind(PLACE_LED_HEADS, K.HEAD);
addKind(INDEX_AFTER, K.INDEX);
addKind(TRAILING_WORDS, K.TRAILING);
addKind(['at', 'of', 'with'], K.AT);
addKind(GROUP_WORDS, K.GROUPWORD);
