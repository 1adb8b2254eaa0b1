import { chunks, type Chunk } from './conlleval.js';
import {
  calendarCut,
  COMPANY_PREFIXES,
  companyNounInside,
  firmOfPlace,
  firstName,
  INITIAL,
  isBigPlace,
  isFirmOfTwo,
  isInstitution,
  KIND_OPENERS,
  LAST_LINKS,
  LAW_HEADS,
  markFeatureNames,
  markLongOrgNames,
  markPapersOfWriters,
  markPlaceLists,
  markQuotedTitles,
  markStreetNames,
  markWorkTitles,
  MONTH_ABBREVIATIONS,
  NAME_LINKS,
  NAME_PARTICLES,
  NATURAL_FEATURES,
  particleJoin,
  PLACE_NAMED_HEADS,
  PLURAL_FEATURES,
  QUOTE_MARKS,
  SIDE_ROLES,
  STREET_WORDS,
  TRAILING_HEADS,
  WORK_NOUNS,
  WRITERS,
} from './name-cues.js';
import { GAZ, type Gazetteer } from './features.js';
import { DIRECTION_WORDS, US_STATE_NAMES, isThe, isTitleWord } from './lexicon.js';
import { fromSpans, gazBits, inCapitals, isPlace, setSpan } from './wire-conventions.js';
import {
  ANALYSTS,
  COMPANY_AFTER,
  COMPANY_NOUNS,
  CALENDAR,
  COMPANY_STARTS,
  LEGAL_FORMS,
  MEDIA_AFTER,
  MEDIA_BEFORE,
  PAPER_KINDS,
  PRICE_MOVES,
  SAID,
  SHIP_NOUNS,
  markAnalystsAt,
  markEmployers,
  markItsOwners,
  markWhichNames,
  markFirmNames,
  FIRM_WORDS,
  markBusinessAppositions,
  businessAppositionAt,
  whichAfter,
  itsOwner,
  employerAfter,
  markCompanies,
  markCompanyCues,
  markLegalForms,
  saidItOf,
  toOrg,
} from './business-cues.js';
import {
  isCountryOfWords,
  opensCountryName,
  isDemonymOnly,
  isTwoWordDemonym,
  isLeadingNationality,
  isNationality,
  isNationalityWord,
  isPeopleNoun,
} from './nationalities.js';

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
 * Works on IOB2 tags in place. `evidence`, when given, receives the names that grammar, not the tagger, showed to be
 * organisations ("Feldmann had reaffirmed its guidance"), for the document's other mentions (tagDocument).
 */
export function applyNewsConventions(tokens: readonly string[], tags: string[], gaz: Gazetteer | null, evidence?: Set<string>): void {
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
        if (w === 'its' && i > 1) {
          const k = itsOwner(tokens, i);
          if (k >= 0 && tags[k] === 'B-PER' && tags[k + 1] !== 'I-PER') need |= K.ITS;
        }
        if (kind & K.AT && i > 2 && employerAfter(tokens, i, (k) => tags[k]!.endsWith('-PER') && tags[k + 1] !== 'I-PER') >= 0)
          need |= K.EMPLOYER;
        if (kind & K.INDEX && i > 0 && tags[i - 1] !== 'O') need |= K.SPANFIX;
      } else if (kind & K.TRAILING && (t === 'I-LOC' || t === 'I-ORG')) need |= K.SPANFIX;
    }
    if (kind & K.FEATURE && i > 1 && /^\p{Lu}/u.test(tokens[i - 1]!) && (!tags[i - 1]!.endsWith('LOC') || PLURAL_FEATURES.has(w)))
      need |= K.FEATURE;
    if (kind & K.STREET && i > 0 && t !== 'I-LOC' && /^\p{Lu}/u.test(tokens[i - 1]!)) need |= K.STREET;
    if (kind & K.WORK && t === 'O' && /^\p{Lu}/u.test(tokens[i + 1] ?? '')) need |= K.WORK;
    if (kind & K.BYLINE && t === 'O' && i > 0 && /^\p{Lu}/u.test(tokens[tokens[i - 1] === 'staff' ? i - 2 : i - 1] ?? '')) need |= K.BYLINE;
    if (kind & K.QUOTED && t === 'O' && tags[i + 1]?.charCodeAt(0) === 66) need |= K.QUOTED;
    if (t === 'O') {
      if (kind & K.APPOSITION && i > 0 && tags[i - 1] === 'O' && businessAppositionAt(tokens, i)) need |= K.APPOSITION;
      continue;
    }
    if (t.endsWith('-ORG') && tags[i + 1] === 'O' && NAME_LINKS.has(tokens[i + 1] ?? '')) need |= K.LONGORG;
    if (t === 'B-ORG' && tokens[i - 1] === 'and') need |= K.LONGORG;
    const b = t.charCodeAt(0) === 66; /* B */
    if (t === 'B-ORG' && tags[i + 1] === 'I-ORG' && tags[i + 2] === 'I-ORG' && isLeadingNationality(w, gaz)) need |= K.SPANFIX;
    if (t === 'B-PER' && i > 0 && tags[i - 1] === 'O' && SURNAME_PARTICLES.has(tokens[i - 1]!)) need |= K.SPANFIX;
    // "Bank of Korea", "the Press Trust of India", "Banco do Brasil": an institution of a place is one name.
    if (b && i > 1 && (tokens[i - 1] === 'of' || NAME_OF.has(tokens[i - 1]!)) && tags[i - 1] === 'O') need |= K.SPANFIX;
    if (t === 'B-LOC' && i > 0 && DIRECTION_ADJECTIVES.has(tokens[i - 1]!) && tags[i - 1] === 'O') need |= K.SPANFIX;
    if (t === 'I-LOC' && tags[i - 1] === 'B-LOC' && DIRECTION_ADJECTIVES.has(tokens[i - 1]!)) need |= K.SPANFIX;
    if (t.length > 2 && t.charCodeAt(0) === 66 && CURRENCIES.has(w) && tags[i + 1] !== 'I-' + t.slice(2)) need |= K.SPANFIX;
    if (t === 'B-LOC' && LEGISLATURES.has(w)) need |= K.SPANFIX;
    if (b && tags[i + 1]?.charCodeAt(0) === 73 && w.length > 2 && w === w.toUpperCase() && isDemonymOnly(w, gaz)) need |= K.SPANFIX;
    if (
      (t === 'B-LOC' || t === 'B-ORG') &&
      tags[i + 1]?.charCodeAt(0) === 73 &&
      tags[i + 2]?.charCodeAt(0) !== 73 &&
      isTwoWordDemonym(w, tokens[i + 1]!)
    )
      need |= K.SPANFIX;
    if (
      b &&
      t !== 'B-MISC' &&
      tags[i + 1]?.charCodeAt(0) === 73 &&
      tags[i + 2]?.charCodeAt(0) === 73 &&
      isTwoWordDemonym(w, tokens[i + 1]!)
    )
      need |= K.SPANFIX;
    if (t === 'I-LOC' && ORG_FIRST.has(tokens[i - 1] ?? '') && tags[i - 1] === 'B-LOC') need |= K.SPANFIX;
    if (t === 'B-LOC' && i > 0 && tags[i - 1] === 'O' && (tokens[i - 1] === 'Bank' || tokens[i - 1] === 'BANK')) need |= K.SPANFIX;
    if (w === "'s" && (t === 'I-ORG' || t === 'I-LOC' || t === 'I-MISC') && tags[i + 1] === t) need |= K.SPANFIX;
    if ((t === 'I-ORG' || t === 'I-LOC' || t === 'I-PER') && VENUE_HEADS.has(w) && tags[i + 1] !== t) need |= K.SPANFIX;
    if (t === 'I-MISC' && ORG_HEADS.has(w) && tags[i + 1] !== 'I-MISC') need |= K.SPANFIX;
    if ((t === 'I-LOC' || t === 'I-ORG' || t === 'I-PER') && EVENT_HEADS.has(w.toLowerCase())) need |= K.SPANFIX;
    if (
      (t === 'B-LOC' || t === 'B-PER' || t === 'I-PER' || t === 'B-ORG') &&
      tags[i + 1] === 'O' &&
      EVENT_HEADS.has(tokens[i + 1]?.toLowerCase() ?? '') &&
      /^\p{Lu}/u.test(tokens[i + 1]!)
    )
      need |= K.SPANFIX;
    if ((t === 'I-PER' || t === 'I-LOC') && tags[i + 1]?.charCodeAt(0) !== 73 && FIRM_WORDS.has(w)) need |= K.FIRM;
    if ((t.endsWith('PER') || t.endsWith('LOC')) && tokens[i + 1] === '&' && FIRM_WORDS.has(tokens[i + 2] ?? '')) need |= K.FIRM;
    if (t === 'B-PER' && tags[i + 1] !== 'I-PER' && (LAST_LINKS.has(tokens[i - 1] ?? '') || LAST_LINKS.has(tokens[i + 1] ?? '')))
      need |= K.PLACELIST;
    if (t === 'B-PER' && tags[i + 1] !== 'I-PER' && whichAfter(tokens, i + 1)) need |= K.WHICH;
    if ((t.endsWith('-LOC') || t.endsWith('-PER')) && tags[i + 1] === 'O' && businessAppositionAt(tokens, i + 1)) need |= K.APPOSITION;
    if (t === 'I-LOC' && (w === 'of' ? PLACE_NAMED_HEADS.has(tokens[i - 1]!) : tags[i + 1] !== 'I-LOC' && PLACE_NAMED_HEADS.has(w)))
      need |= K.SPANFIX;
    if ((w === 'on' || w === 'in') && t.charCodeAt(0) === 73 && CALENDAR.has(tokens[i + 1] ?? '')) need |= K.SPANFIX;
    if (t.charCodeAt(0) === 73 && LAW_HEADS.has(w) && tags[i + 1]?.charCodeAt(0) !== 73 && !t.endsWith('MISC')) need |= K.SPANFIX;
    if (t === 'B-ORG' && i > 0 && COMPANY_PREFIXES.has(tokens[i - 1]!)) need |= K.SPANFIX;
    if (t === 'B-ORG' && tags[i + 1] === 'I-ORG' && opensCountryName(w)) need |= K.SPANFIX;
    if (t === 'I-PER' && w === '&') need |= K.SPANFIX;
    if (b && w === 'Operation' && tags[i + 1]?.charCodeAt(0) === 73) need |= K.SPANFIX;
    if (t === 'B-ORG' && tags[i + 1] !== 'I-ORG' && PLACE_LED_HEADS.has(w) && tags[i - 1]?.endsWith('LOC')) need |= K.SPANFIX;
    if (t === 'B-PER' && tags[i + 1] !== 'I-PER' && LONE_TITLES.has(w) && tokens[i + 1] !== 'of') need |= K.SPANFIX;
    if (t.endsWith('PER') && tags[i + 1] === 'O' && NAME_PARTICLES.has(tokens[i + 1] ?? '') && /^\p{Lu}/u.test(tokens[i + 2] ?? ''))
      need |= K.SPANFIX;
    if (b && tags[i + 1]?.charCodeAt(0) === 73 && KIND_OPENERS.has(w)) need |= K.SPANFIX;
    if (t.charCodeAt(0) === 73 && COMPANY_NOUNS.has(w)) need |= K.SPANFIX;
    if (t.endsWith('ORG') && tags[i + 1] === 'O' && TRAILING_HEADS.has(tokens[i + 1] ?? '')) need |= K.SPANFIX;
    if (b && MONTH_ABBREVIATIONS.has(w)) need |= K.SPANFIX;
    if (t === 'B-ORG' && INITIAL.test(w) && tags[i + 1]?.charCodeAt(0) === 73 && tags[i + 2]?.charCodeAt(0) !== 73) need |= K.SPANFIX;
    if (b && tags[i + 1]?.charCodeAt(0) === 73 && SIDE_ROLES.has(w)) need |= K.SPANFIX;
    if (t === 'I-ORG' && w === 'of' && (FIRM_WORDS.has(tokens[i - 1]!) || LEGAL_FORMS.has(tokens[i - 1]!))) need |= K.SPANFIX;
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
  if (need & K.CUE) changed = markCompanyCues(tokens, tags, spans, gaz, evidence) || changed;
  if (need & (K.TITLE | K.SPANCUE)) changed = markNamedBefore(tokens, tags, spans, gaz, need) || changed;
  if (need & K.AT) changed = markAnalystsAt(tokens, spans, gaz) || changed;
  if (need & K.EMPLOYER) changed = markEmployers(tokens, spans, gaz) || changed;
  if (need & K.ITS) changed = markItsOwners(tokens, spans, gaz, evidence) || changed;
  if (need & K.WHICH) changed = markWhichNames(tokens, spans, gaz, evidence) || changed;
  if (need & K.APPOSITION) changed = markBusinessAppositions(tokens, spans, gaz, evidence) || changed;
  if (need & K.FEATURE) changed = markFeatureNames(tokens, spans, gaz) || changed;
  if (need & K.PLACELIST) changed = markPlaceLists(tokens, spans, gaz) || changed;
  if (need & K.FIRM) changed = markFirmNames(tokens, spans) || changed;
  if (need & K.STREET) changed = markStreetNames(tokens, spans) || changed;
  if (need & K.LONGORG) changed = markLongOrgNames(tokens, spans, gaz) || changed;
  if (need & K.WORK) changed = markWorkTitles(tokens, spans, gaz) || changed;
  if (need & K.BYLINE) changed = markPapersOfWriters(tokens, spans, gaz) || changed;
  if (need & K.QUOTED) changed = markQuotedTitles(tokens, spans) || changed;
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
    } else if (competitionEnd(tokens, s) > 0) {
      // "the Macau Open", "OSTRAVA OPEN", "the African Nations Cup finals", "former Davis Cup player": a competition,
      // MISC in news annotation.
      s.end = competitionEnd(tokens, s);
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
    } else if ((s.type === 'ORG' || s.type === 'PER') && s.end - s.start >= 2 && VENUE_HEADS.has(tokens[s.end - 1]!)) {
      // "the Cairo International Stadium", "the Tokyo Dome": a venue is a place.
      s.type = 'LOC';
      changed = true;
    } else if (s.end - s.start === 1 && CURRENCIES.has(tokens[s.start]!) && inCapitals(tokens)) {
      // "FOREX - DOLLAR FIRMER AGAINST MARK": a currency in a market headline, no name.
      spans.splice(k, 1);
      k--;
      changed = true;
    } else if (
      (s.type === 'PER' || s.type === 'LOC') &&
      s.end - s.start >= 3 &&
      isTwoWordDemonym(tokens[s.start]!, tokens[s.start + 1]!) &&
      tokens.slice(s.start + 2, s.end).every((w) => surnameLike(w, gaz) || firstName(w, gaz))
    ) {
      // "South African Mokoena takes one-shot lead": the nationality, then the person.
      spans.splice(k + 1, 0, { type: 'PER', start: s.start + 2, end: s.end });
      s.type = 'MISC';
      s.end = s.start + 2;
      changed = true;
      k++;
    } else if (s.type !== 'MISC' && s.end - s.start === 2 && isTwoWordDemonym(tokens[s.start]!, tokens[s.start + 1]!)) {
      // "South Korean share prices": a nationality of two words, MISC.
      s.type = 'MISC';
      changed = true;
    } else if (s.type !== 'MISC' && s.end - s.start >= 2 && LAW_HEADS.has(tokens[s.end - 1]!)) {
      // "the General Data Protection Regulation", "the Clean Air Act": a law is MISC.
      s.type = 'MISC';
      changed = true;
    } else if (s.end - s.start === 2 && MONTH_ABBREVIATIONS.has(tokens[s.start]!) && /^\d{1,2}$/.test(tokens[s.start + 1]!)) {
      // "LONDON , Dec 1 ( Reuters )": a date in a dateline is no name.
      spans.splice(k, 1);
      k--;
      changed = true;
    } else if (s.type !== 'MISC' && s.end - s.start >= 2 && KIND_OPENERS.has(tokens[s.start]!)) {
      // "Miner BHP said ...", "Consultancy Volga AgriAnalytics cut ...": the kind of business opening a sentence is
      // no part of the name.
      s.start++;
      s.type = 'ORG';
      changed = true;
    } else if (s.type === 'ORG' && companyNounInside(tokens, s) > 0) {
      // "Norwegian utility Vestkraft" read as one name: the nationality, then the company.
      const j = companyNounInside(tokens, s);
      if (j - s.start === 1 && isNationality(tokens[s.start]!, gaz)) spans.splice(k, 0, { type: 'MISC', start: s.start, end: j });
      else if (j > s.start) {
        s.start = j + 1;
        changed = true;
        continue;
      }
      s.start = j + 1;
      k++;
      changed = true;
    } else if (
      s.type === 'ORG' &&
      s.end < tokens.length &&
      tags[s.end] === 'O' &&
      TRAILING_HEADS.has(tokens[s.end]!) &&
      !/^\p{Lu}/u.test(tokens[s.end + 1] ?? '') &&
      tokens[s.end + 1] !== 'of'
    ) {
      // "Cochin Devaswom" + "Board", "Konkan Mercantile Co-operative" + "Bank": the head word the tagger left out (not
      // "the CAEM Board of Directors").
      s.end++;
      changed = true;
    } else if (
      s.type === 'ORG' &&
      s.end - s.start === 1 &&
      PLACE_LED_HEADS.has(tokens[s.start]!) &&
      spans[k - 1]?.type === 'LOC' &&
      spans[k - 1]!.end === s.start
    ) {
      // "Bristol/LOC University/ORG": the place names the institution.
      const place = spans[k - 1]!;
      s.start = place.start;
      spans.splice(k - 1, 1);
      k--;
      changed = true;
    } else if (s.type === 'PER' && s.end - s.start === 1 && LONE_TITLES.has(tokens[s.start]!) && tokens[s.end] !== 'of') {
      // "The Duke toured the garden": a title standing for the person is no name ("Duke of Cambridge" is left to the
      // tagger: the training text tags it whole or its place).
      spans.splice(k, 1);
      k--;
      changed = true;
    } else if (s.type !== 'MISC' && s.end - s.start >= 2 && tokens[s.start] === 'Operation') {
      // "an offensive code-named Operation Iron Fist": a named operation is MISC.
      s.type = 'MISC';
      changed = true;
    } else if (s.type === 'PER' && particleJoin(tokens, spans, k, gaz) > 0) {
      // "Carlos Urioste y Aramayo", "Maria do Socorro Albuquerque": a Spanish or Portuguese name goes on after its
      // particle, however the tagger read the rest.
      const end = particleJoin(tokens, spans, k, gaz);
      for (let x = k + 1; x < spans.length && spans[x]!.start < end;) spans.splice(x, 1);
      s.end = end;
      changed = true;
    } else if (s.type === 'PER' && isFirmOfTwo(tokens, s, gaz)) {
      // "Marlowe & Finch has acquired ...": two surnames joined by "&" are a firm (not "Francis & Anthony Bacon").
      s.type = 'ORG';
      changed = true;
    } else if (
      s.type === 'ORG' &&
      s.end - s.start === 2 &&
      INITIAL.test(tokens[s.start]!) &&
      !isBigPlace(tokens, s.start + 1, s.end, gaz)
    ) {
      // "O. Tranmere 2-71": an initial and a name are a person.
      s.type = 'PER';
      changed = true;
    } else if (s.end - s.start >= 2 && SIDE_ROLES.has(tokens[s.start]!) && !/^(?:League|Cup|Trophy|Trophies)$/.test(tokens[s.start + 1]!)) {
      // "Hosts Morocco beat Senegal": the role is no part of the side's name; a country is a place (not "Champions
      // League").
      s.start++;
      if (isBigPlace(tokens, s.start, s.end, gaz)) s.type = 'LOC';
      changed = true;
    } else if (
      s.type === 'ORG' &&
      s.end - s.start >= 2 &&
      opensCountryName(tokens[s.start]!) &&
      isCountryOfWords(tokens.slice(s.start, s.end))
    ) {
      // "Democratic Republic of Congo" read as an organisation: a country of several words is a place (one word may
      // be a team's or a firm's as well: "Jordan" in Formula One results).
      s.type = 'LOC';
      changed = true;
    } else if (s.type === 'ORG' && firmOfPlace(tokens, s, gaz) > 0) {
      // "Tembusu Digital Holdings of Singapore", "Sarvam Biologics of Hyderabad": the firm, then where it is.
      const of = firmOfPlace(tokens, s, gaz);
      spans.splice(k + 1, 0, { type: 'LOC', start: of + 1, end: s.end });
      s.end = of;
      changed = true;
      k++;
    } else if (s.type === 'ORG' && s.start > 0 && COMPANY_PREFIXES.has(tokens[s.start - 1]!)) {
      // "PT Garuda Nikel Indonesia Tbk": Indonesian companies' prefix belongs to the name (the tagger leaves it out or
      // reads it apart).
      const prev = spans[k - 1];
      if (prev && prev.start === s.start - 1 && prev.end === s.start) {
        spans.splice(k - 1, 1);
        k--;
      }
      s.start--;
      changed = true;
    } else if (calendarCut(tokens, s) > 0) {
      // "Senegal 's Constitutional Council on Sunday published ...": a date after a name is not part of it.
      s.end = calendarCut(tokens, s);
      changed = true;
    } else if (s.type === 'LOC' && isInstitution(tokens, s.start, s.end)) {
      // "Norfolk County Council", "Parramatta Valley Hospital", "the Central Bank of Brazil": an institution named
      // after its place.
      s.type = 'ORG';
      changed = true;
    } else if (s.type === 'LOC' && s.end - s.start === 1 && LEGISLATURES.has(tokens[s.start]!)) {
      // "the upper house , the Bundesrat": a legislature, an organisation.
      s.type = 'ORG';
      changed = true;
    } else if (
      s.type === 'LOC' &&
      s.end - s.start >= 2 &&
      tokens[s.start] !== tokens[s.start]!.toUpperCase() &&
      DIRECTION_ADJECTIVES.has(tokens[s.start]!)
    ) {
      // "in eastern Congo": the direction in lower case is not part of the name.
      s.start++;
      changed = true;
    } else if (institutionOf(tokens, spans, k) >= 0) {
      // "Bank of Korea", "the Press Trust of India", "Banco do Brasil": one organisation.
      const start = institutionOf(tokens, spans, k);
      const before = spans.findIndex((x) => x.start === start);
      s.start = start;
      s.type = 'ORG';
      if (before >= 0 && before < k) {
        spans.splice(before, 1);
        k--;
      }
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
    } else if (s.type !== 'MISC' && s.end - s.start >= 2 && capitalsLead(tokens, s, gaz) > 0) {
      // "CANTERBURY SIGN FIJIAN WINGER VAKACEGU", "NORWEGIAN SHIPPER HALVORSEN POSTS ...": in a headline in capitals,
      // the nationality (MISC), the role or trade (no name), then the person or the company.
      const rest = capitalsLead(tokens, s, gaz);
      const role = tokens.slice(s.start + 1, rest).map((w) => w.toLowerCase());
      const type = role.some((w) => HEADLINE_TRADES.has(w)) ? 'ORG' : 'PER';
      spans.splice(k + 1, 0, { type, start: rest, end: s.end });
      s.type = 'MISC';
      s.end = s.start + 1;
      changed = true;
      k++;
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
    } else if (s.type === 'LOC' && s.end - s.start === 2 && DIRECTIONS.has(tokens[s.start]!) && !isPlace(tokens, s.start, s.end, gaz)) {
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
    } else if ((s.type === 'PER' || s.type === 'LOC') && s.end - s.start >= 2 && ORG_FIRST.has(tokens[s.start]!)) {
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
  'Dáil',
  'Seanad',
  'Oireachtas',
  'Althing',
  'Saeima',
  'Seimas',
  'Riigikogu',
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
  'Inspectorate',
]);
/** Head words of names that open with a place: "the London Metal Exchange", "Tokyo Electric Power Co" (see markOrgHeads). */
const PLACE_LED_HEADS = new Set([
  'Police',
  'POLICE',
  'Constabulary',
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

const POLICE = new Set(['Police', 'POLICE', 'Constabulary']);

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
    // ("Mumbai Police" directly: a force is named by its town.)
    if (place && PLACE_LED_HEADS.has(head) && (j < i || ORG_HEADS.has(head) || POLICE.has(head))) {
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
  'town',
  'village',
  'port',
  'islands',
  'island',
  'lagoon',
  'delta',
  'radio',
  'television',
  'derby',
  'union',
  'league',
  'army',
]);

/** US states and a few provinces that follow a town's name without a comma in web text. */
const STATES = new Set([...US_STATE_NAMES, 'ontario', 'quebec']);

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
  if (isPlace(tokens, s.start, s.end, gaz)) return false;
  // "Southern California", "West Virginia", "Baja California": a direction or qualifier is part of the name.
  if (s.end - s.start === 2 && QUALIFIERS.has(tokens[s.start]!.toLowerCase())) return false;
  if (!isPlace(tokens, s.start, s.end - 1, gaz)) return false;
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
  'Minera',
  'Mineracao',
  'Mineração',
  'Companhia',
  'Compañía',
  'Empresa',
  'Construtora',
  'Cementos',
  'Ciments',
  'Bankhaus',
  'Sparkasse',
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
const GROUP_WORDS = new Set([
  'group',
  'movement',
  'organisation',
  'organization',
  'faction',
  'militia',
  'guerrillas',
  'party',
  'federation',
  'union',
  'association',
  'alliance',
  'coalition',
  'charity',
]);

/**
 * "separatist group ETA", "ranchers ' federation Fedegán", "the charity Mind": a capitalised name right after a group
 * word is the group, where the tagger left it untagged or read one word as a person or a place.
 */
function markNamedGroups(tokens: readonly string[], tags: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 1; i < tokens.length; i++) {
    if (!GROUP_WORDS.has(tokens[i - 1]!) || !/^\p{Lu}[\p{L}\d-]/u.test(tokens[i]!)) continue;
    const one = (tags[i] === 'B-PER' || tags[i] === 'B-LOC') && tags[i + 1]?.charCodeAt(0) !== 73; /* I */
    if (tags[i] !== 'O' && !one) continue;
    let j = i;
    while (j < tokens.length && tags[j] === 'O' && /^\p{Lu}/u.test(tokens[j]!) && j - i < 4) j++;
    if (one) j = i + 1;
    // Not a place, a nationality, a first name or an ordinary word opening a clause ("the group Tuesday").
    const bits = gaz?.phrases.get(tokens[i]!.toLowerCase()) ?? 0;
    if (bits & (PLACE_BITS | GAZ.DEMONYM | GAZ.LOWER | GAZ.COMMON | (one ? GAZ.FIRST : 0))) continue;
    setSpan(spans, i, j, 'ORG');
    changed = true;
    i = j;
  }
  return changed;
}

/** After a market index or benchmark's name. */
const INDEX_AFTER = new Set(['index', 'indices', 'composite', 'industrial', 'industrials', 'crude', 'INDEX', 'CRUDE']);
const PLACE_BITS = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;

/** A name before INDEX_AFTER that is a market index, not a place ("the Tokyo index" stays Tokyo; "Brent crude" is not the town). */
function isIndexName(tokens: readonly string[], start: number, end: number, gaz: Gazetteer | null): boolean {
  const next = tokens[end] ?? '';
  if (!INDEX_AFTER.has(next) || end - start > 3) return false;
  if (next === 'crude' || next === 'CRUDE') return true;
  return (gazBits(tokens, start, end, gaz) & PLACE_BITS) === 0;
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

/** Lower-case direction words before a place: "eastern Congo". */
const DIRECTION_ADJECTIVES = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

/** Currencies, which a market headline in capitals names: "DOLLAR FIRMER AGAINST MARK". */
const CURRENCIES = new Set([
  'DOLLAR',
  'MARK',
  'YEN',
  'FRANC',
  'POUND',
  'STERLING',
  'LIRA',
  'PESO',
  'RAND',
  'RUPEE',
  'RUPIAH',
  'BAHT',
  'EURO',
  'YUAN',
  'RUBLE',
  'ROUBLE',
  'CROWN',
  'WON',
]);

/** Links inside a bank's name in other languages: "Banco do Brasil", "Banque de France". */
const NAME_OF = new Set(['do', 'de', 'del', 'di', 'da', 'du', 'des']);
/** Last words of institutions named "... of <place>": "Bank of Korea", "Press Trust of India". */
const OF_HEADS = new Set([
  'Bank',
  'Banco',
  'Banque',
  'Banca',
  'Trust',
  'Press',
  'Organization',
  'Organisation',
  'University',
  'Universidad',
  'Ministry',
  'Court',
  'Council',
  'Commission',
  'Institute',
  'Federation',
  'Association',
  'Union',
  'Society',
  'Authority',
  'Agency',
  'Office',
  'Board',
]);

/**
 * Start of the organisation that span `k` (a place or a name after "of", or after "do"/"de" in other languages) ends:
 * the institution before the link ends in a head word ("Bank", "Press Trust", "Banco") and is tagged ORG, or is
 * that word alone untagged; -1 when there is none.
 */
function institutionOf(tokens: readonly string[], spans: readonly Chunk[], k: number): number {
  const s = spans[k]!;
  if (s.start < 2 || (s.type !== 'LOC' && s.type !== 'ORG')) return -1;
  const link = tokens[s.start - 1]!;
  if (link !== 'of' && !NAME_OF.has(link)) return -1;
  const head = s.start - 2;
  if (!OF_HEADS.has(tokens[head]!) || (link !== 'of' && !/^Ban/.test(tokens[head]!))) return -1;
  const prev = k > 0 ? spans[k - 1]! : null;
  if (prev && prev.end === head + 1) return prev.type === 'ORG' ? prev.start : -1;
  // "Chicago Board of Trade": a place right before the untagged head word opens the name.
  if (prev && prev.end === head && prev.type === 'LOC' && head > 0) return prev.start;
  // "the Tea Board of Kenya", "the Reserve Bank of India": untagged capitalised words before the head open the name
  // (up to two, not a sentence's first word, which is capitalised anyway).
  let start = head;
  while (
    start > 1 &&
    head - start < 2 &&
    /^\p{Lu}\p{Ll}/u.test(tokens[start - 1]!) &&
    !isThe(tokens[start - 1]!) &&
    (!prev || prev.end < start)
  )
    start--;
  return start;
}

/** Roles in a headline in capitals between a nationality and a person: "FIJIAN WINGER VAKACEGU". */
const HEADLINE_ROLES = new Set([
  'winger',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'forward',
  'captain',
  'coach',
  'skipper',
  'batsman',
  'bowler',
  'runner',
  'rider',
  'driver',
  'boxer',
  'golfer',
  'champion',
  'teenager',
  'veteran',
  'opposition',
  'leader',
  'president',
  'premier',
  'minister',
  'writer',
  'director',
  'singer',
]);
/** Trades between a nationality and a company: "NORWEGIAN SHIPPER HALVORSEN". */
const HEADLINE_TRADES = new Set([
  'shipper',
  'carmaker',
  'automaker',
  'airline',
  'bank',
  'insurer',
  'brewer',
  'retailer',
  'miner',
  'drugmaker',
  'chipmaker',
  'firm',
  'group',
  'utility',
  'steelmaker',
  'telecoms',
  'operator',
  'conglomerate',
]);

/**
 * In a headline in capitals, where the name after a nationality (and a role or trade, "FIJIAN WINGER VAKACEGU") starts
 * within span `s`; 0 when the span is not one.
 */
function capitalsLead(tokens: readonly string[], s: Chunk, gaz: Gazetteer | null): number {
  const first = tokens[s.start]!;
  if (first !== first.toUpperCase() || !isDemonymOnly(first, gaz) || !inCapitals(tokens)) return 0;
  let i = s.start + 1;
  while (i < s.end - 1 && (HEADLINE_ROLES.has(tokens[i]!.toLowerCase()) || HEADLINE_TRADES.has(tokens[i]!.toLowerCase()))) i++;
  // A company named by its nationality ("BRITISH AIRWAYS") has no role or trade in it; a person read as one does.
  if (i === s.start + 1 && s.type !== 'PER') return 0;
  // What is left must be a name, not an institution the nationality qualifies ("INDONESIAN ARMY").
  if (HEADLINE_NOUNS.has(tokens[i]!) || (gazBits(tokens, i, i + 1, gaz) & (GAZ.LOWER | GAZ.COMMON)) !== 0) return 0;
  return i;
}

/** Lower-case particles that open a surname: "van der Berg", "de la Fuente", "bin Laden". */
const SURNAME_PARTICLES = new Set(['van', 'der', 'den', 'von', 'de', 'la', 'da', 'dos', 'du', 'ter', 'bin', 'al', 'el']);

/** Last words of the names of venues, places in news annotation. */
const VENUE_HEADS = new Set(['Stadium', 'Stadion', 'Arena', 'Velodrome', 'Racecourse', 'Dome', 'Bowl', 'Oval']);

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
  'classic',
  'prize',
  'award',
  'awards',
  'airshow',
  'expo',
  'biennale',
  'biennial',
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

/**
 * End of the competition span `s` names or opens (see eventEnd), MISC in news annotation; 0 when it names none. A
 * person's name takes it only as a whole, ending in the competition's word ("Caine Prize") or right before it
 * ("Davis Cup"), never inside it, and "Masters" ends surnames too.
 */
function competitionEnd(tokens: readonly string[], s: Chunk): number {
  if (s.type === 'MISC') return 0;
  const end = eventEnd(tokens, s);
  if (end === 0 || s.type !== 'PER') return end;
  return end === s.end + 1 || (end === s.end && tokens[s.end - 1] !== 'Masters') ? end : 0;
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
  EMPLOYER: 16384,
  ITS: 32768,
  WHICH: 65536,
  APPOSITION: 131072,
  FEATURE: 262144,
  PLACELIST: 524288,
  FIRM: 1048576,
  STREET: 2097152,
  LONGORG: 4194304,
  WORK: 8388608,
  BYLINE: 16777216,
  QUOTED: 33554432,
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
    "'s",
    'on',
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
addKind(['founded', 'managing'], K.CUE);
addKind(
  [...COMPANY_NOUNS].filter((w) => w !== 'club').map((w) => `${w}s`),
  K.CUE,
);
addKind(['its'], K.ITS);
addKind(GROUP_WORDS, K.GROUPWORD);

// Word kinds of the rules whose word lists are defined above.
addKind(WORK_NOUNS, K.WORK);
addKind(WRITERS, K.BYLINE);
addKind(QUOTE_MARKS, K.QUOTED);
addKind(NATURAL_FEATURES, K.FEATURE);
addKind(STREET_WORDS, K.STREET);
addKind([','], K.APPOSITION);

/** Titles that stand for a person already named ("the Duke said"), no name themselves. */
const LONE_TITLES = new Set(['Duke', 'Duchess', 'Prince', 'Princess', 'Countess', 'Baroness', 'Sultan', 'Emir', 'Archbishop']);
