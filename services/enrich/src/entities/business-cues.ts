/**
 * Business and media cues of news copy, read by the news conventions (news-conventions.ts): a company's legal form
 * ("Svenborg AB"), its known name (companies.ts), and the words around a name that make it a company, a paper or an
 * agency ("shares in Repsol", "Marlow chief executive ...", "the daily Hurriyet", "analyst ... of Levesque Beaubien",
 * "Vaalrand Mines rose 1.25 rand", "drugmaker Kovacs Gyogyszergyar Rt"), or a ship ("the tanker Aegean Star").
 * Each mark* function works on the sentence's spans in place and says whether it changed any.
 */
import { type Chunk } from './conlleval.js';
import { CLUBS } from './clubs.js';
import { AMBIGUOUS_COMPANIES, COMPANIES } from './companies.js';
import { GAZ, type Gazetteer } from './features.js';
import { isPersonTitle, isThe, isTitleWord } from './lexicon.js';
import { isDemonymOnly } from './nationalities.js';
import { phraseAt, phraseIndex } from './phrase-index.js';
import { gazBits, isPlace, setSpan } from './wire-conventions.js';

/** After a company's name: "Repsol chairman Alfonso Cortina" (a person's name must follow), "Gazprom shares". */
export const COMPANY_AFTER = new Set(['chairman', 'chairwoman', 'ceo', 'shares', 'founder', 'co-founder', 'cofounder']);
/** A share's price move in a market report. */
export const PRICE_MOVES = new Set([
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
export const PRICE_UNITS = new Set([
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
export function priceFollows(tokens: readonly string[], j: number): boolean {
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
export const SHIP_NOUNS = new Set([
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
  'ship',
  'containership',
  'bulker',
]);

/** Kinds of business written right before the business's name: "chipmaker Nvidia", "airline Sen Vang". */
export const COMPANY_NOUNS = new Set([
  'club',
  'giant',
  'house',
  'cooperative',
  'co-operative',
  'consultancy',
  'platform',
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
  'shipbuilder',
  'steelmaker',
  'refiner',
  'exporter',
  'importer',
  'fintech',
]);

/** Verbs of posting: "wrote on X", "said on Telegram". */
const POSTED = new Set(['wrote', 'posted', 'said', 'announced', 'tweeted', 'shared', 'live-streamed', 'streamed']);
/** Companies and clubs that carry a family name or another word ("Ferrari", "Williams"): a person after their possessive. */
const KNOWN_TEAMS = new Set([...COMPANIES, ...CLUBS]);

/** What a company has, after its possessive: "Veldkamp 's closing price", "Nordvik 's shares". */
export const POSSESSED = new Set([
  'shares',
  'share',
  'stock',
  'closing',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'earnings',
  'shareholders',
  'subsidiary',
  'takeover',
]);

/** "chief executive", "chief economist" after a company's name, before a person's. */
export const CHIEF_OF = new Set(['executive', 'economist', 'strategist', 'operating', 'financial', 'investment']);
/** After a broadcaster's or a paper's name: "told RAI television". */
export const MEDIA_AFTER = new Set(['television', 'radio', 'tv', 'newspaper']);
/** Before a paper's name: "the daily Hurriyet", "the newspaper Folha de Sao Paulo". */
export const MEDIA_BEFORE = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'paper', 'broadsheet']);
/** "business daily", "sports daily": the paper's name comes before. */
export const PAPER_KINDS = new Set(['business', 'financial', 'economic', 'sports', 'evening', 'morning']);
/** Days and months, which follow "daily" without naming a paper ("updated daily Monday to Friday"). */
export const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** Lower-case words inside a paper's name: "Folha de Sao Paulo", "Corriere della Sera". */
export const PAPER_LINKS = new Set(['de', 'del', 'della', 'di', 'do', 'da', 'du', 'des', 'la', 'le', 'el', 'al', 'of', 'van', 'von']);

/** End of the run of capitalised words from `start` (lower-case links allowed between two of them); `start`: none. */
export function capitalisedRun(tokens: readonly string[], start: number): number {
  let end = start;
  for (let j = start; j < tokens.length; j++) {
    if (/^\p{Lu}/u.test(tokens[j]!)) end = j + 1;
    else if (!(j > start && PAPER_LINKS.has(tokens[j]!) && /^\p{Lu}/u.test(tokens[j + 1] ?? ''))) break;
  }
  return end;
}

/** Legal forms written after a company's name. */
export const LEGAL_FORMS = new Set([
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
  'a.s.',
  'Zrt',
  'Nyrt',
  'PJSC',
  'Srl',
  'SARL',
]);

export const NAME_LINKS = new Set(['de', 'del', 'di', 'da', 'la', 'du', 'des', 'van', 'von', '&', 'y']);
export const AMBIGUOUS_FORMS = new Set(['AS', 'Co', 'Co.', 'SA', 'AB', 'KK', 'AG']);

/**
 * "Svenborg AB", "Tanaka Seiki Co Ltd", "Dansk Mejeri A/S": a run of capitalised words before a company's legal form
 * is one organisation with it, however the tagger split or typed it (it read "Svenborg AB" as a person). The run stops
 * at a nationality, "The", and anything not capitalised.
 */
export function markLegalForms(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
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

export const COMPANY_STARTS = phraseIndex(COMPANIES);

/**
 * Known company names (companies.ts) the tagger read as a person, a place or nothing become organisations, where
 * they stand alone: not inside a longer name ("Keisuke Honda", "Shell Oil"), and for names that are also ordinary
 * words, only in mid-sentence.
 */
export function markCompanies(tokens: readonly string[], spans: Chunk[]): boolean {
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
export const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '-', '–', '—', ':']);
export const OWNERS = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'a', 'an', 'My', 'Your', 'A', 'An']);
export const PRODUCT_NOUNS = new Set([
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
export const SAID = new Set(['said', 'says', 'announced', 'reported']);
/** After "said it": what a company says it will do ("it is clear" is no evidence). */
export const IT_VERBS = new Set([
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
export function saidItOf(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === 'its') return true;
  if (next !== 'it') return false;
  const verb = tokens[i + 2] ?? '';
  if (verb === 'is' || verb === 'was') return /ing$/.test(tokens[i + 3] ?? ''); // "said it was planning"
  return IT_VERBS.has(verb);
}
export const NOT_COMPANY = GAZ.DEMONYM | GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.LOWER | GAZ.COMMON;

/** A single capitalised word that may be a company's name: not a nationality, a known place or an ordinary word. */
export function mayBeCompany(tokens: readonly string[], i: number, gaz: Gazetteer | null): boolean {
  const w = tokens[i]!;
  if (w.length < 2 || !/^\p{Lu}/u.test(w)) return false;
  return ((gaz?.phrases.get(w.toLowerCase()) ?? 0) & NOT_COMPANY) === 0;
}

/** Sets the span at token `i` (a single name, or none) to ORG; false when a longer or ORG span is there. */
export function toOrg(spans: Chunk[], i: number): boolean {
  const s = spans.find((x) => x.start <= i && i < x.end);
  if (s) {
    if (s.type === 'ORG' || s.end - s.start !== 1) return false;
    s.type = 'ORG';
  } else setSpan(spans, i, i + 1, 'ORG');
  return true;
}

/** Single-name spans (or untagged capitalised words) at a company or media cue become organisations. */
export function markCompanyCues(
  tokens: readonly string[],
  tags: readonly string[],
  spans: Chunk[],
  gaz: Gazetteer | null,
  evidence?: Set<string>,
): boolean {
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
      if (i + 3 >= n || !/^\p{Lu}/u.test(tokens[i + 3]!)) {
        changed = toOrg(spans, i + 2) || changed;
        evidence?.add(tokens[i + 2]!);
      }
      continue;
    }
    // "Sagebrush was founded in 2020 by ...": what is founded is no person.
    if (w === 'founded' && i > 1 && tokens[i - 1] === 'was' && mayBeCompany(tokens, i - 2, gaz) && !/^\p{Lu}/u.test(tokens[i - 3] ?? '')) {
      const bits = gaz?.phrases.get(tokens[i - 2]!.toLowerCase()) ?? 0;
      if ((bits & GAZ.FIRST) === 0) {
        changed = toOrg(spans, i - 2) || changed;
        evidence?.add(tokens[i - 2]!);
      }
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
      if (start === 0 && start < i && !isPlace(tokens, start, i, gaz) && !single) {
        if (!spans.some((x) => x.start === start && x.end === i && x.type === 'ORG')) {
          setSpan(spans, start, i, 'ORG');
          changed = true;
        }
      }
      continue;
    }
    const plural = w.endsWith('s') && COMPANY_NOUNS.has(w.slice(0, -1)) && w !== 'clubs';
    // "carmakers including Tesla ...", "lenders such as Nordea ..."
    const skip = plural
      ? tokens[i + 1] === 'including' || tokens[i + 1] === 'like'
        ? 1
        : tokens[i + 1] === 'such' && tokens[i + 2] === 'as'
          ? 2
          : 0
      : 0;
    if ((COMPANY_NOUNS.has(w) || plural) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1 + skip] ?? '') && !CALENDAR.has(tokens[i + 1 + skip]!)) {
      // "Indonesian online marketplace Pasarku", "drugmaker Kovacs Gyogyszergyar Rt", "French company Les Films du Quai":
      // the name a kind of business introduces is the business, however the tagger read it (not a known place); after
      // a plural, each of two joined by "and" ("food delivery giants Meituan and Ele.me").
      let start = i + 1 + skip;
      for (let item = 0; item < (plural ? 6 : 1); item++) {
        const end = employerEnd(tokens, start); // "law firm Ferraz & Moreira Advogados"
        const cur = spans.filter((x) => x.start < end && x.end > start);
        // A person there is read as one ("the manufacturer Georg Reichenbach", "publisher William Randolph Hearst").
        const person = cur.some((x) => x.type === 'PER') && ((gaz?.phrases.get(tokens[start]!.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0;
        const fits = !person && cur.every((x) => x.start >= start && x.end <= end && x.type !== 'MISC');
        if (
          fits &&
          // A club is named after its town ("Portuguese club Braga"); a business is not.
          (w === 'club' || !isPlace(tokens, start, end, gaz)) &&
          !(cur.length === 1 && cur[0]!.type === 'ORG' && cur[0]!.start === start && cur[0]!.end === end)
        ) {
          setSpan(spans, start, end, 'ORG');
          changed = true;
        }
        // "carmakers including Tesla , Ford Motor Co and Rivian"
        if ((tokens[end] !== 'and' && tokens[end] !== ',') || !/^\p{Lu}\p{Ll}/u.test(tokens[end + 1] ?? '')) break;
        start = end + 1;
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
    if (
      w === 'on' &&
      i > 0 &&
      POSTED.has(tokens[i - 1]!) &&
      /^\p{Lu}/u.test(tokens[i + 1] ?? '') &&
      !/^\p{Lu}/u.test(tokens[i + 2] ?? '')
    ) {
      // "wrote on X", "said on Telegram": the platform. (Not a date or a place: "said on Monday" stays.)
      const name = tokens[i + 1]!;
      const dated = name.endsWith('.') || /^\d/.test(tokens[i + 2] ?? ''); // "posted on Dec. 11"
      if (!dated && !CALENDAR.has(name) && !isPlace(tokens, i + 1, i + 2, gaz)) changed = toOrg(spans, i + 1) || changed;
      continue;
    }
    if (w === "'s" && i > 0 && tags[i + 1] === 'B-PER' && KNOWN_TEAMS.has(tokens[i - 1]!)) {
      // "Ferrari 's Matteo Santoro", "Ajax 's Litmanen": a known company or club before its person.
      changed = toOrg(spans, i - 1) || changed;
      continue;
    }
    if (w === "'s" && i > 0 && POSSESSED.has(tokens[i + 1] ?? '') && mayBeCompany(tokens, i - 1, gaz)) {
      // "a 27 percent premium to Veldkamp 's closing price", "Nordvik 's shares": what a company has.
      const bits = gazBits(tokens, i - 1, i, gaz);
      const alone = i < 2 || !/^\p{Lu}/u.test(tokens[i - 2]!);
      if (alone && (bits & (GAZ.FIRST | GAZ.E_PER | GAZ.TOWN)) === 0) changed = toOrg(spans, i - 1) || changed;
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
      if ((bits & GAZ.FIRST) === 0 && !(before > 0 && isPersonTitle(tokens[before - 1]!.toLowerCase()))) {
        changed = toOrg(spans, before) || changed;
        evidence?.add(tokens[before]!);
      }
    } else if (COMPANY_AFTER.has(w)) {
      // "Repsol chairman Alfonso Cortina", "Gazprom shares fell", "Bramwell chairman Sir Nigel Ashcombe"
      const titled = tags[i + 1] === 'O' && isPersonTitle((tokens[i + 1] ?? '').toLowerCase()) && tags[i + 2] === 'B-PER';
      if (w === 'shares' || tags[i + 1] === 'B-PER' || titled) {
        changed = toOrg(spans, before) || changed;
        if (w !== 'shares') evidence?.add(tokens[before]!);
      }
    } else if (
      (w === 'chief' && CHIEF_OF.has(tokens[i + 1] ?? '') && tags[i + 2] === 'B-PER') ||
      (w === 'managing' && tokens[i + 1] === 'director' && tags[i + 2] === 'B-PER')
    ) {
      // "Marlow chief executive Nigel Fairbrother"
      changed = toOrg(spans, before) || changed;
    } else if (MEDIA_AFTER.has(w)) changed = toOrg(spans, before) || changed;
    else if (PAPER_KINDS.has(w) && tokens[i + 1] === 'daily' && (i < 2 || isThe(tokens[i - 2]!))) changed = toOrg(spans, before) || changed; // "the Nikkei business daily"
  }
  return changed;
}

/** "analysts at Maybank": a single name there is the firm. */
export function markAnalystsAt(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 2; i < tokens.length; i++) {
    if ((tokens[i - 1] === 'of' || tokens[i - 1] === 'at' || tokens[i - 1] === 'with') && /^\p{Lu}\p{Ll}/u.test(tokens[i]!)) {
      // "analyst Deborah Kwan of Levesque Beaubien", "said economist John Smith at Nomura": the firm, however the tagger read it.
      const person = spans.find((x) => x.end === i - 1 && x.type === 'PER');
      if (person && person.start > 0 && ANALYSTS.has(tokens[person.start - 1]!.toLowerCase())) {
        const end = capitalisedRun(tokens, i);
        if (!isPlace(tokens, i, end, gaz) && !spans.some((x) => x.start === i && x.end === end && x.type === 'ORG')) {
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
    } else if (s && s.end > i + 1 && s.type !== 'ORG' && s.end === employerEnd(tokens, i) && !isPlace(tokens, i, s.end, gaz)) {
      // "a trader at Hartley Scott", "an analyst at Peel Hunt": a firm of several words (not one that opens with a
      // first name: "at John Smith 's").
      if (s.type === 'PER' && ((gaz?.phrases.get(tokens[i]!.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0) continue;
      s.type = 'ORG';
      changed = true;
    }
  }
  return changed;
}

/** Jobs an apposition names before where the person works: "Grace Leung , chief investment strategist at ...". */
const JOBS = new Set([
  'analyst',
  'economist',
  'strategist',
  'broker',
  'trader',
  'dealer',
  'head',
  'director',
  'manager',
  'partner',
  'executive',
  'officer',
  'researcher',
  'scientist',
  'professor',
  'lecturer',
  'fellow',
  'lawyer',
  'attorney',
  'consultant',
  'adviser',
  'advisor',
  'engineer',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'founder',
  'editor',
  'correspondent',
  'reporter',
  'columnist',
  'doctor',
  'surgeon',
  'physician',
  'nurse',
  'teacher',
  'student',
  'coach',
  'specialist',
  'expert',
]);

/** The heads of a company, named before "of" it: "chief executive of", "chairman of", "founder of". */
const HEADS_OF = new Set(['executive', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'cofounder', 'ceo', 'owner']);

/**
 * Where the employer of "PERSON , <job ...> at|with <Name>" (or "PERSON , <head> of <Name>", a company's head) starts ("said Grace Leung , chief investment strategist at
 * Harbourfront Asset Management", "Nimesh Kapadia , a broker with Parekh and Sons", "..., a senior fellow at the
 * Brookings Institution"), or -1. `isPerson(k)`: whether token k ends a person's name. The apposition is up to seven
 * words with a job among them, no punctuation.
 */
export function employerAfter(tokens: readonly string[], i: number, isPerson: (k: number) => boolean): number {
  const w = tokens[i];
  // "..., chief executive of Brightwater", "..., co-founder of Kitepay": the heads of a company, whose "of" names it.
  const headOf = w === 'of' && HEADS_OF.has(tokens[i - 1]?.toLowerCase() ?? '');
  if (w !== 'at' && w !== 'with' && !headOf) return -1;
  let start = i + 1;
  if (isThe(tokens[start] ?? '')) start++;
  if (!/^\p{Lu}\p{L}/u.test(tokens[start] ?? '')) return -1;
  let job = headOf;
  for (let k = i - 1; k >= Math.max(1, i - 7); k--) {
    const t = tokens[k]!;
    if (t === ',') return job && k > 0 && isPerson(k - 1) ? start : -1;
    if (!/^\p{L}/u.test(t)) return -1;
    if (JOBS.has(t.toLowerCase()) || JOBS.has(t.toLowerCase().replace(/s$/, ''))) job = true;
  }
  return -1;
}

/** Words that join a firm's name after "and" or "&": "Parekh and Sons", "Baker & Partners". */
const FIRM_TAILS = new Set(['Sons', 'Son', 'Co', 'Co.', 'Company', 'Partners', 'Associates', 'Brothers']);

/** End of an employer's name from `start`: its capitalised run, with "& X" and "and Sons" inside. */
export function employerEnd(tokens: readonly string[], start: number): number {
  let end = capitalisedRun(tokens, start);
  for (;;) {
    const link = tokens[end];
    const next = tokens[end + 1] ?? '';
    if ((link === '&' && /^\p{Lu}/u.test(next)) || (link === 'and' && FIRM_TAILS.has(next))) end = capitalisedRun(tokens, end + 1);
    else return end;
  }
}

/** "..., chief investment strategist at Harbourfront Asset Management": the employer is an organisation. */
export function markEmployers(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  const isPerson = (k: number): boolean => spans.some((x) => x.end === k + 1 && x.type === 'PER');
  for (let i = 3; i < tokens.length - 1; i++) {
    const start = employerAfter(tokens, i, isPerson);
    if (start < 0) continue;
    const end = employerEnd(tokens, start);
    // After "at", any place the gazetteer knows is where someone works ("a nurse at Whitby"); a company's head "of"
    // a town's name heads a company ("chief executive of Brightwater"), of a country, city or region not.
    const place =
      tokens[i] === 'of'
        ? (gazBits(tokens, start, end, gaz) & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) !== 0
        : isPlace(tokens, start, end, gaz);
    if (place || spans.some((x) => x.start === start && x.type === 'ORG')) continue;
    setSpan(spans, start, end, 'ORG');
    changed = true;
  }
  return changed;
}

/** Words between a name and the verb whose object is "its": "Feldmann had reaffirmed its guidance". */
const ITS_AUX = new Set(['had', 'has', 'have', 'would', 'will', 'could', 'can', 'may', 'might', 'also', 'then', 'later', 'did', 'does']);
/** Lower-case words before "its" that are not a verb. */
const ITS_NOT_VERB = new Set([
  'and',
  'or',
  'of',
  'in',
  'on',
  'for',
  'with',
  'to',
  'by',
  'from',
  'at',
  'that',
  'about',
  'all',
  'under',
  'over',
  'into',
  'than',
  'as',
  'like',
]);

/**
 * Start of the single name whose own "its" follows a verb ("Feldmann had reaffirmed its guidance", "Voltera cut its
 * forecast"), or -1: a person would say "his" or "her". `i`: the "its".
 */
export function itsOwner(tokens: readonly string[], i: number): number {
  let j = i - 1;
  const verb = tokens[j] ?? '';
  if (!/^\p{Ll}+$/u.test(verb) || ITS_NOT_VERB.has(verb) || ITS_AUX.has(verb)) return -1;
  j--;
  if (ITS_AUX.has(tokens[j] ?? '')) j--;
  return j >= 0 && /^\p{Lu}/u.test(tokens[j]!) ? j : -1;
}

/** "Feldmann had reaffirmed its guidance": a single name read as a person, that owns an "its", is a company. */
export function markItsOwners(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null, evidence?: Set<string>): boolean {
  let changed = false;
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i] !== 'its') continue;
    const k = itsOwner(tokens, i);
    if (k < 0 || !mayBeCompany(tokens, k, gaz) || ((gaz?.phrases.get(tokens[k]!.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0) continue;
    const s = spans.find((x) => x.start === k && x.end === k + 1 && x.type === 'PER');
    if (!s) continue;
    s.type = 'ORG';
    evidence?.add(tokens[k]!);
    changed = true;
  }
  return changed;
}

/** Whether a "which" opens a clause about the name ending before token `end` ("Pemberton Lyle , which advised ..."). */
export function whichAfter(tokens: readonly string[], end: number): boolean {
  return tokens[end] === 'which' || (tokens[end] === ',' && tokens[end + 1] === 'which');
}

/**
 * "Kessler , which makes pretzels", "Harding , which clinched a playoff berth": a single name read as a person that
 * "which" refers to is not one (a person is "who"); an organisation, unless it is a known place or a first name.
 */
export function markWhichNames(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null, evidence?: Set<string>): boolean {
  let changed = false;
  for (const s of spans) {
    // One word: after a full name ("... and Major Saturnino Castro , which allowed them to ..."), "which" is as often
    // about the clause.
    if (s.type !== 'PER' || s.end - s.start !== 1 || !whichAfter(tokens, s.end) || !mayBeCompany(tokens, s.start, gaz)) continue;
    if (((gaz?.phrases.get(tokens[s.start]!.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0) continue;
    s.type = 'ORG';
    evidence?.add(tokens[s.start]!);
    changed = true;
  }
  return changed;
}

/**
 * Whether the comma at `i` opens an apposition naming a kind of business: "Aeroandina , Peru 's second-largest
 * airline", "Kessler , a privately held snack maker based in ...", "Kessler , based in Harrisburg" (not "Smith , the firm 's
 * founder", nor "in Java and Sulawesi , the company said").
 */
export function businessAppositionAt(tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== ',') return false;
  let j = i + 1;
  const first = tokens[j] ?? '';
  if (first === 'based' && tokens[j + 1] === 'in') return true; // "Kessler , based in Harrisburg , makes ..."
  // "Chirpwave , owned by Tembusu Digital Holdings", "Qubitra , spun out of Harvard", "... , backed by Mubadala"
  if (OWNED.has(first) && (tokens[j + 1] === 'by' || (first === 'spun' && tokens[j + 1] === 'out'))) return true;
  if (first === 'the' || first === 'a' || first === 'an') j++;
  else if (/^\p{Lu}/u.test(first) && tokens[j + 1] === "'s") j += 2;
  else return false;
  for (let k = 0; k < 4; k++, j++) {
    const w = tokens[j] ?? '';
    if (COMPANY_NOUNS.has(w)) return w !== 'club' && APPOSITION_ENDS.has(tokens[j + 1] ?? '.');
    if (!/^\p{Ll}[\p{Ll}\d-]*$/u.test(w)) return false;
  }
  return false;
}

/** Participles of ownership opening an apposition about a company. */
const OWNED = new Set(['owned', 'backed', 'acquired', 'spun', 'controlled', 'majority-owned', 'wholly-owned']);

/** What follows an apposition's noun: not a verb ("in Java and Sulawesi , the company said"), not "'s". */
const APPOSITION_ENDS = new Set([',', '.', ';', ')', 'based', 'that', 'which', 'whose', 'with', 'in', 'of', 'and', 'owned', 'listed']);

/** "Aeroandina , Peru 's second-largest airline": the name before an apposition naming a business is an organisation. */
export function markBusinessAppositions(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null, evidence?: Set<string>): boolean {
  let changed = false;
  // An untagged single name opening the sentence or after a lower-case word ("Chirpwave , owned by ...").
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!businessAppositionAt(tokens, i + 1) || /^\p{Lu}/u.test(tokens[i - 1] ?? '') || spans.some((x) => x.start <= i && i < x.end))
      continue;
    if (!mayBeCompany(tokens, i, gaz) || ((gaz?.phrases.get(tokens[i]!.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0) continue;
    setSpan(spans, i, i + 1, 'ORG');
    evidence?.add(tokens[i]!);
    changed = true;
  }
  for (const s of spans) {
    if ((s.type !== 'LOC' && s.type !== 'PER') || !businessAppositionAt(tokens, s.end) || isPlace(tokens, s.start, s.end, gaz)) continue;
    if (s.type === 'PER' && ((gaz?.phrases.get(tokens[s.start]!.toLowerCase()) ?? 0) & GAZ.FIRST) !== 0) continue;
    s.type = 'ORG';
    evidence?.add(tokens.slice(s.start, s.end).join(' '));
    changed = true;
  }
  return changed;
}

/** Last words of firms' names: "Halden Therapeutics", "Carrington Hale Lawyers", "Al Noor Aviation". */
export const FIRM_WORDS = new Set([
  'Capital',
  'Ventures',
  'Holdings',
  'Group',
  'Therapeutics',
  'Biologics',
  'Biosciences',
  'Pharma',
  'Pharmaceuticals',
  'Technologies',
  'Labs',
  'Systems',
  'Industries',
  'Investments',
  'Securities',
  'Airlines',
  'Airways',
  'Aviation',
  'Motors',
  'Foods',
  'Logistics',
  'Entertainment',
  'Studios',
  'Software',
  'Networks',
  'Robotics',
  'Lawyers',
  'Solicitors',
  'Associates',
  'Partners',
  'Advisors',
  'Advisers',
  'Insurance',
  'Bancorp',
  'Mining',
  'Minerals',
  'Petroleum',
  'Semiconductor',
  'Semiconductors',
  'Electronics',
  'Telecom',
  'Communications',
  'Lines',
  'Shipping',
  'Railways',
  'Breweries',
  'Printers',
  'Consortium',
  'Buses',
  'Analytics',
  'Marine',
  'Homes',
  'Energy',
  'Brands',
  'Media',
  'Engineering',
  'Construction',
  'Resources',
  'Solutions',
  'Properties',
  'Estates',
  'Hotels',
  'Resorts',
  'Publishing',
  'Records',
  'Games',
  'Interactive',
  'Dynamics',
  'Finance',
  'Trading',
  'Freight',
  'Retail',
  'Utilities',
  'Textiles',
  'Cement',
  'Chemicals',
  'Fertilisers',
  'Fertilizers',
  'Plantations',
  'Refineries',
  'Distillers',
  'Bottlers',
]);

/**
 * A name of two or more words read as a person or a place that ends in a firm's word is the firm ("Halden
 * Therapeutics", "Carrington Hale Lawyers"), with "& Associates" after it ("Brandt Okafor & Associates").
 */
export function markFirmNames(tokens: readonly string[], spans: Chunk[]): boolean {
  let changed = false;
  for (const s of spans) {
    if (s.type !== 'PER' && s.type !== 'LOC') continue;
    if (tokens[s.end] === '&' && FIRM_WORDS.has(tokens[s.end + 1] ?? '') && !spans.some((x) => x.start === s.end + 1)) {
      s.end += 2;
      s.type = 'ORG';
      changed = true;
    } else if (s.end - s.start >= 2 && FIRM_WORDS.has(tokens[s.end - 1]!)) {
      s.type = 'ORG';
      changed = true;
    }
  }
  return changed;
}

/** "analysts at Maybank": the firm they work for. */
export const ANALYSTS = new Set([
  'analysts',
  'analyst',
  'trader',
  'dealer',
  'broker',
  'brokers',
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
