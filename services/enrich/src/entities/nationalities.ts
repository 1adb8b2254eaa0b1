/**
 * Nationalities and peoples, as the news conventions read them (news-conventions.ts): people nouns ("Briton",
 * "Kurds"), nationality adjectives ("Philippine", "RUSSIAN") and the words that open a name with a nationality ("Dane
 * Bjarne Riis"). Word predicates only: each reads the tagger's gazetteer and the places resolver's demonym tables.
 */
import { EXTRA_DEMONYMS, REGION_ADJECTIVES } from '../geo/aliases.js';
import { getGazetteer as getGeoGazetteer } from '../geo/gazetteer.js';
import { normalizeName } from '../geo/normalize.js';
import { GAZ, type Gazetteer } from './features.js';

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
export function isPeopleNoun(w: string, gaz: Gazetteer | null): boolean {
  if (PEOPLE_NOUNS.has(w)) return true;
  if (w.length < 5 || w.charCodeAt(w.length - 1) !== 115 /* s */ || w === w.toUpperCase()) return false;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  return (bits & GAZ.DEMONYM) !== 0 && (bits & GAZ.NOUN) !== 0 && (bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN)) === 0;
}

/** A capitalised word the gazetteer knows only as a nationality ("Dane", "Kenyan"), never as a name or a place. */
export function isNationality(w: string, gaz: Gazetteer | null): boolean {
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90 || w === w.toUpperCase()) return false;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  return (bits & GAZ.DEMONYM) !== 0 && (bits & (GAZ.FIRST | GAZ.LAST | GAZ.NAME | GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN)) === 0;
}

/**
 * A nationality before a name of two or more words: also the people nouns ("Briton", "Dutchman") and demonyms that are
 * first names too ("Dane"), since two name words follow (a place of that name is a place: "Jordan").
 */
export function isLeadingNationality(w: string, gaz: Gazetteer | null): boolean {
  if (PEOPLE_NOUNS.has(w) && w.charCodeAt(w.length - 1) !== 115 /* s */) return true;
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90 || w === w.toUpperCase()) return false;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  return (bits & GAZ.DEMONYM) !== 0 && (bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) === 0;
}

/** A nationality adjective: the gazetteer's demonyms, or the usual endings of one for a word it does not know as a place. */
export function isNationalityWord(w: string, gaz: Gazetteer | null): boolean {
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  if ((bits & GAZ.DEMONYM) !== 0) return true;
  return (bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN)) === 0 && /(ean|ian|ese|ish)$/.test(w);
}

/** One-word nationality and region adjectives of the places resolver's tables ("Turkish", "Philippine", "European"). */
const NATIONALITY_ADJECTIVES = new Set([
  ...[...EXTRA_DEMONYMS, ...REGION_ADJECTIVES.filter(([adj, region]) => adj !== region)] // not "the Mediterranean"
    .map(([w]) => w)
    .filter((w) => !w.includes(' ') && w !== w.toUpperCase()),
  // Regions' and peoples' adjectives, MISC as nationalities are ("the Catalan nationalists", "Chechen commanders").
  ...'Catalan Basque Galician Andalusian Bavarian Flemish Walloon Corsican Breton Sicilian Sardinian Chechen Ingush Dagestani Tatar Kurdish Tibetan Uighur Uyghur Pashtun Baluch Sindhi Punjabi Kashmiri Tamil Sinhalese Hutu Tutsi Zulu Xhosa Yoruba Igbo Hausa Kikuyu Maasai Druze Alawite Berber Kosovar Transylvanian Silesian Saxon Quebecois Québécois'.split(
    ' ',
  ),
]);

/**
 * A capitalised nationality adjective that is no place ("Philippine", "RUSSIAN"): one of the tables above, or a word the
 * gazetteer knows as a demonym and as no place or noun.
 */
export function isDemonymOnly(w: string, gaz: Gazetteer | null): boolean {
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  if (NATIONALITY_ADJECTIVES.has(w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)) return true;
  const bits = gaz?.phrases.get(w.toLowerCase()) ?? 0;
  if ((bits & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.TOWN | GAZ.NOUN)) !== 0) return false;
  if ((bits & GAZ.DEMONYM) !== 0) return true;
  // The places resolver's demonyms of countries ("Uruguayan", "Colombian"): not a region's adjective ("Caribbean"),
  // nor an abbreviation ("U.K.").
  if (w.length < 4 || /[.\d]/.test(w)) return false;
  const entry = getGeoGazetteer().demonyms.get(normalizeName(w));
  return entry !== undefined && entry.kind === 'country';
}

/** A nationality of two words opening a longer name: "South African Mokoena", "Sri Lankan Sanath Jayasuriya". */
export function isTwoWordDemonym(a: string, b: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(a) || !/^\p{Lu}\p{Ll}/u.test(b) || a === 'The') return false;
  const key = normalizeName(`${a} ${b}`);
  const entry = getGeoGazetteer().demonyms.get(key);
  // Not the country's own name ("New Zealand").
  return entry !== undefined && entry.kind === 'country' && normalizeName(entry.name) !== key;
}

let countryFirstWords: Set<string> | null = null;

/** First words of the countries' names of several words the places gazetteer knows, and of their aliases ("Democratic"). */
export function opensCountryName(w: string): boolean {
  if (!countryFirstWords) {
    countryFirstWords = new Set();
    const g = getGeoGazetteer();
    for (const e of g.countries.values()) {
      const first = e.name.split(' ');
      if (first.length > 1) countryFirstWords.add(first[0]!);
    }
    for (const [alias, entries] of g.byAlias) {
      const words = alias.split(' ');
      if (words.length > 1 && entries.some((e) => e.kind === 'country')) countryFirstWords.add(words[0]!);
    }
  }
  return countryFirstWords.has(normalizeName(w));
}

/**
 * Whether the words name a country of several words, by its name or an alias of the places gazetteer ("Democratic
 * Republic of Congo", "Ivory Coast"), and nothing else.
 */
export function isCountryOfWords(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const key = normalizeName(words.join(' '));
  const g = getGeoGazetteer();
  const entries = g.byAlias.get(key) ?? g.byName.get(key) ?? [];
  return entries.length > 0 && entries.every((e) => e.kind === 'country');
}
