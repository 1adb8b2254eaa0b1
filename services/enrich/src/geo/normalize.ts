import { LETTER_OR_NUMBER, charClass } from '../text/char-class.js';

/**
 * The lookup key of a place name: diacritics stripped, lower case, punctuation folded, common
 * abbreviations expanded ("St." -> "saint"), a leading "the" dropped. "Kyiv", "KYIV" and "Kýiv"
 * share a key; so do "St. Louis" and "Saint Louis", "Sana'a" and "Sanaa".
 */
export function normalizeName(name: string): string {
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const s = computeKey(name);
  // Names repeat across articles (every capitalised word of a text is tried as a demonym): remember them.
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(name, s);
  return s;
}

const MEMO_MAX = 100_000;
const memo = new Map<string, string>();

/** normalizeName without the memo, for bulk one-off keys (building the gazetteer). */
export function computeKey(name: string): string {
  let s = name.toLowerCase();
  // Fast paths matter: the gazetteer normalises ~180k names at load.
  // Any character outside ASCII (charCode > 127) needs the slow path.
  if (/[^\t\n\r -~]/.test(s)) {
    s = s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[ʻʼ‘’´ʿʾ]/g, '')
      .replace(/ø/g, 'o')
      .replace(/ł/g, 'l')
      .replace(/đ/g, 'd')
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/ı/g, 'i')
      .replace(/[‐‑–—]/g, ' ');
  }
  if (/[^a-z0-9 ]|\s\s|^\s|\s$/.test(s)) {
    s = s
      .replace(/['`]/g, '')
      .replace(/[.\-_/,()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  if (s.startsWith('the ')) s = s.slice(4);
  if (/\b(?:st|ste|mt|ft)\b/.test(s)) s = s.replace(/\b(st|ste|mt|ft)\b/g, (m) => ABBR[m] ?? m);
  // Collapse dotted initials: "u s" (from "U.S.") -> "us", "d c" -> "dc".
  if (/\b[a-z] [a-z]\b/.test(s)) s = s.replace(/\b(?:[a-z] ){1,}[a-z]\b/g, (m) => m.replace(/ /g, ''));
  return s;
}

const ABBR: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** Strips a trailing possessive and surrounding punctuation from a mention ("Russia's" -> "Russia"). */
export function cleanMention(text: string): string {
  // Most mentions start and end with a letter or digit and have no possessive: nothing to strip.
  const last = text.charCodeAt(text.length - 1);
  if (
    text.length > 0 &&
    (charClass(text.charCodeAt(0)) & LETTER_OR_NUMBER) !== 0 &&
    (charClass(last) & LETTER_OR_NUMBER) !== 0 &&
    !(last === 115 && (text.charCodeAt(text.length - 2) === 39 || text.charCodeAt(text.length - 2) === 0x2019))
  ) {
    return text;
  }
  return stripMention(text);
}

/** cleanMention without the shortcut (the tests pin the two together). */
export function stripMention(text: string): string {
  return text
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '')
    .replace(/^[\s"“”'‘’([]+|[\s"“”'‘’)\],;:]+$/gu, '')
    .trim();
}
