/**
 * Abbreviations whose period does not end a sentence ("Sen. Warren", "U.S. officials", "No. 3"), for every sentence
 * and phrase split of the enrich service (tokenize.ts, the quote finder, speaker names). One list, so the tagger and
 * the quote finder agree on where a sentence ends.
 */
const ALWAYS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'sens',
  'reps',
  'gov',
  'govs',
  'gen',
  'col',
  'lt',
  'maj',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'atty',
  'supt',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'bros',
  'vs',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'e.g',
  'i.e',
  'etc',
  'mt',
  'ft',
  'ave',
  'blvd',
  'dept',
]);

/** Also ordinary words: abbreviations only when capitalised ("No. 3", "Rep. Smith"; not "he said no." or "a sales rep."). */
const CAPITALISED = new Set(['no', 'co', 'rep', 'rev', 'pres', 'sec', 'det', 'hon', 'amb', 'mar']);

/** Is `word` (without its period) an abbreviation that a period does not end? */
export function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  if (ALWAYS.has(lower)) return true;
  if (!CAPITALISED.has(lower)) return false;
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}
