/**
 * The lookup key of a place name: diacritics stripped, lower case, punctuation folded, common
 * abbreviations expanded ("St." -> "saint"), a leading "the" dropped. "Kyiv", "KYIV" and "Kýiv"
 * share a key; so do "St. Louis" and "Saint Louis", "Sana'a" and "Sanaa".
 */
export function normalizeName(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ʻʼ‘’`´'ʿʾ‘]/g, '')
    .replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ı/g, 'i')
    .replace(/\./g, ' ')
    .replace(/[-‐‑–—_/,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = s
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bmt\b/g, 'mount')
    .replace(/\bft\b/g, 'fort');
  // Collapse dotted initials: "u s" (from "U.S.") -> "us", "d c" -> "dc".
  s = s.replace(/\b(?:[a-z] ){1,}[a-z]\b/g, (m) => m.replace(/ /g, ''));
  return s;
}

/** Strips a trailing possessive and surrounding punctuation from a mention ("Russia's" -> "Russia"). */
export function cleanMention(text: string): string {
  return text
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '')
    .replace(/^[\s"“”'‘’([]+|[\s"“”'‘’)\],;:]+$/gu, '')
    .trim();
}
