import { isEnglishWord } from '@newswire/text';
import nlp from 'compromise/two';

/**
 * Is a word an ordinary English word (verb, common noun, adjective, adverb...) rather than a name?
 * Capitalised ordinary words ("Accuses", "Regional", "Tensions") are what separates a Title-Case
 * headline from a sentence that is just a list of names. Uses compromise's lexicon (names, places and
 * common words with their part of speech) plus light suffix stripping for inflections it lacks.
 */

type Lexicon = Record<string, string | string[] | undefined>;

let lexicon: Lexicon | null = null;
function lex(): Lexicon {
  if (!lexicon) {
    const model = nlp.model() as { one?: { lexicon?: Lexicon } };
    lexicon = model.one?.lexicon ?? {};
  }
  return lexicon;
}

const NAME_TAGS = new Set([
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Person',
  'Honorific',
  'City',
  'Country',
  'Region',
  'Place',
  'Organization',
  'ProperNoun',
  'Demonym',
  'Month',
  'WeekDay',
  'Holiday',
  'Acronym',
  'SportsTeam',
  'Company',
  'School',
  'Religion',
  'Possessive',
  'Address',
  'Date',
]);
const COMMON_TAGS = new Set([
  'Noun',
  'Singular',
  'Plural',
  'Uncountable',
  'Verb',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'Adjective',
  'Comparative',
  'Superlative',
  'Adverb',
  'Actor',
  'Modal',
  'Copula',
  'Auxiliary',
  'Pronoun',
  'PhrasalVerb',
  'Negative',
  'QuestionWord',
  'Expression',
  'Unit',
  'Ordinal',
  'Cardinal',
  'Value',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Particle',
  'Fraction',
  'Multiple',
  'Imperative',
]);

/** 'common' | 'name' | null (unknown) for a lower-cased word. */
function lookup(w: string): 'common' | 'name' | null {
  const tag = lex()[w];
  if (tag === undefined) return null;
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.some((t) => NAME_TAGS.has(t))) return 'name';
  if (tags.some((t) => COMMON_TAGS.has(t))) return 'common';
  return null;
}

function lookupAll(w: string): 'common' | 'name' | null {
  const r = lookup(w);
  if (r) return r;
  return isEnglishWord(w) ? 'common' : null;
}

function stems(w: string): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (s.length >= 3) out.push(s);
  };
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
  }
  if (w.endsWith('ally')) add(w.slice(0, -4));
  if (w.endsWith('ly')) {
    add(w.slice(0, -2));
    add(`${w.slice(0, -2)}e`);
  }
  if (w.endsWith('ily')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('al')) add(w.slice(0, -2));
  if (w.endsWith('ness')) add(w.slice(0, -4));
  if (w.endsWith('ment')) add(w.slice(0, -4));
  if (w.endsWith('er')) add(w.slice(0, -2));
  if (w.endsWith('est')) add(w.slice(0, -3));
  return out;
}

// Suffixes that names almost never carry.
const COMMON_SUFFIX =
  /(?:tion|sion|ment|ness|ity|ism|ical|ally|ously|ive|ives|ous|ful|less|able|ible|ings|ized|ised|izes|ises|ating|ening)$/;

/**
 * True when `word` (any case) is an ordinary English word; `vocab` holds words the same document uses
 * in lower case, which catches ordinary words the lexicon misses.
 */
export function isCommonWord(word: string, vocab?: ReadonlySet<string>): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length < 2) return false;
  const direct = lookupAll(w);
  if (direct === 'name') return false;
  if (direct === 'common') return true;
  if (vocab?.has(w)) return true;
  for (const s of stems(w)) {
    const r = lookupAll(s);
    if (r === 'common') return true;
    if (r === 'name') return false;
    if (vocab?.has(s)) return true;
  }
  return w.length >= 6 && COMMON_SUFFIX.test(w);
}

// Past forms are left out: in names they are adjectives ("United Nations", "Associated Press").
const VERB_TAGS = new Set(['Verb', 'PresentTense', 'Gerund', 'Infinitive', 'Modal', 'Copula', 'Auxiliary', 'PhrasalVerb']);

/** True when the lexicon knows the word (or its -s/-ing base) as a present-tense verb: a headline's predicate. */
export function isVerbLike(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (/ed$/.test(w)) return false;
  for (const c of [w, ...stems(w).filter((x) => !x.endsWith('e') || w.endsWith('es') || w.endsWith('ing'))]) {
    const tag = lex()[c];
    if (tag === undefined) continue;
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => NAME_TAGS.has(t))) return false;
    if (tags.some((t) => VERB_TAGS.has(t))) return true;
  }
  return false;
}

/**
 * Does the word read as a verb in a tiny frame ("he beats", "to campaign")? Uses compromise's tagger,
 * which knows inflection and suffix patterns beyond its lexicon. Only called for rare candidates.
 */
export function actsAsVerb(word: string, frame: 'he' | 'to'): boolean {
  const w = word.toLowerCase();
  if (lookup(w) === 'name') return false;
  const json = nlp(`${frame} ${w}`).json() as Array<{ terms?: Array<{ tags?: string[] }> }>;
  const tags = json[0]?.terms?.[1]?.tags ?? [];
  return tags.includes('Verb') && !tags.includes('ProperNoun');
}

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

/** True when the lexicon knows the (possibly multi-word) name as a city, country or region. */
export function isKnownPlace(name: string): boolean {
  const tag = lex()[name.toLowerCase().replace(/\s+/g, ' ').trim()];
  if (tag === undefined) return false;
  return (Array.isArray(tag) ? tag : [tag]).some((t) => PLACE_TAGS.has(t));
}

/** Any verb form the lexicon knows, past tense included ("won", "met", "came"). */
export function isAnyVerb(word: string): boolean {
  const tag = lex()[word.toLowerCase()];
  if (tag === undefined) return isVerbLike(word);
  const tags = Array.isArray(tag) ? tag : [tag];
  return tags.some((t) => VERB_TAGS.has(t) || t === 'PastTense' || t === 'Participle') || isVerbLike(word);
}

const PERSON_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);

/** True when the lexicon knows the word as a person's first or last name ("Clinton", "Mary"). */
export function isPersonName(word: string): boolean {
  const tag = lex()[word.toLowerCase()];
  if (tag === undefined) return false;
  return (Array.isArray(tag) ? tag : [tag]).some((t) => PERSON_TAGS.has(t));
}

/** True when the lexicon knows the word as a name or place ("Putin", "Beijing", "Mark"). */
export function isKnownName(word: string): boolean {
  return lookup(word.toLowerCase().replace(/['’]s$/, '')) === 'name';
}
