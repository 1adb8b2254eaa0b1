/**
 * Abbreviations whose period does not end a sentence ("Sen. Warren", "U.S. officials", "No. 3", "SEATTLE, Wash."),
 * shared by every sentence split of the parse and enrich services, so the body the parser cuts and the sentences
 * the tagger and quote finder read agree on where a sentence ends.
 */
const ALWAYS = new Set([
  // titles
  'mr',
  'mrs',
  'ms',
  'messrs',
  'mme',
  'mlle',
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
  // companies, law
  'inc',
  'corp',
  'ltd',
  'plc',
  'bros',
  'vs',
  'v',
  // months and days
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
  'tue',
  'thu',
  'fri',
  // places, as wire datelines write US states
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'mt',
  'ft',
  'ave',
  'blvd',
  'calif',
  'colo',
  'conn',
  'fla',
  'kan',
  'ky',
  'md',
  'mich',
  'minn',
  'mont',
  'neb',
  'nev',
  'okla',
  'tenn',
  'tex',
  'vt',
  'wyo',
  'ariz',
  // Latin and the rest
  'e.g',
  'i.e',
  'etc',
  'dept',
  'approx',
]);

/**
 * Also ordinary words or names: abbreviations only when capitalised ("No. 3", "Rep. Smith", "Olympia, Wash."; not
 * "he said no.", "a sales rep.", "she fell ill.").
 */
const CAPITALISED = new Set([
  'no',
  'nos',
  'co',
  'rep',
  'rev',
  'pres',
  'sec',
  'det',
  'hon',
  'amb',
  'mar',
  'mon',
  'wed',
  'sat',
  'sun',
  'est',
  'fig',
  'ga',
  'ill',
  'ind',
  'la',
  'mass',
  'miss',
  'mo',
  'ore',
  'pa',
  'va',
  'wash',
  'wis',
  'del',
  'ark',
]);

/** Is `word` (without its period) an abbreviation that a period does not end? */
export function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  if (ALWAYS.has(lower)) return true;
  if (!CAPITALISED.has(lower)) return false;
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}
