/**
 * How implausible a decoded text looks as human writing, judged only on its non-ASCII characters (ASCII decodes the
 * same in every candidate charset, so it carries no signal). 0 = nothing suspicious; larger = more garbage per
 * non-ASCII character. Used to re-rank charset candidates: a wrong single-byte charset turns letters into symbols,
 * controls, superscripts, mIxEd case or words mixing scripts; a wrong multi-byte charset produces U+FFFD.
 */
export function plausibilityPenalty(text: string): number {
  return plausibility(text).rate;
}

export interface Plausibility {
  /** Suspicion per non-ASCII character. */
  rate: number;
  /** Characters no real text contains: U+FFFD (undecodable bytes), C0/C1 controls, unassigned code points. */
  hardErrors: number;
}

export function plausibility(text: string): Plausibility {
  let nonAscii = 0;
  let penalty = 0;
  let hardErrors = 0;
  for (const word of text.split(/[\s\u00a0]+/)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    const chars = Array.from(word);
    let latinLetters = 0;
    let latinNonAscii = 0;
    let prevScript: string | null = null;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      const code = ch.codePointAt(0)!;
      const isNonAscii = code >= 0x80;
      if (isNonAscii) {
        nonAscii++;
      }
      const script = letterScript(ch);
      // half-width katakana: legacy forms real Japanese text hardly uses, but what any Latin/Greek/Cyrillic byte in
      // 0xA1-0xDF becomes when read as Shift_JIS
      if (code >= 0xff61 && code <= 0xff9f) penalty += 0.5;
      if (script) {
        // a script change between two adjacent letters ("Zaїёłуwaж") does not happen in real words
        if (prevScript !== null && prevScript !== script && (isNonAscii || chars[i - 1]!.codePointAt(0)! >= 0x80)) penalty += 1;
        prevScript = script;
        if (script === 'Latin') {
          latinLetters++;
          if (isNonAscii) latinNonAscii++;
        }
        const prev = chars[i - 1];
        // lower -> upper inside a word ("пРИВЕТ" is windows-1251 read as KOI8-R); only when non-ASCII is involved
        if (prev !== undefined && (isNonAscii || prev.codePointAt(0)! >= 0x80) && LOWER.test(prev) && UPPER.test(ch)) penalty += 1;
        continue;
      }
      prevScript = null;
      if (!isNonAscii) continue;
      if (ch === '\ufffd' || CONTROL.test(ch) || UNASSIGNED.test(ch)) {
        penalty += 1;
        hardErrors++;
      } else if (OTHER_NUMBER.test(ch)) {
        penalty += 0.5; // superscripts and fractions: rare in prose, typical of a wrong Latin code page
      } else if (SYMBOL_OR_PUNCT.test(ch) && !COMMON_PUNCT.test(ch)) {
        const prev = chars[i - 1];
        const next = chars[i + 1];
        const inWord = prev !== undefined && next !== undefined && LETTER.test(prev) && LETTER.test(next);
        penalty += inWord ? 1 : 0.3;
      } else if (SYMBOL_OR_PUNCT.test(ch)) {
        const prev = chars[i - 1];
        const next = chars[i + 1];
        // a closing quote opening a word ("’δεια": windows-1253 "Άδεια" read as ISO-8859-7)
        if (i === 0 && (ch === '\u2019' || ch === '\u201d') && next !== undefined && LETTER.test(next)) penalty += 0.5;
        if (prev !== undefined && next !== undefined && LETTER.test(prev) && LETTER.test(next) && !/[\u2019\u00b7\u2010\u2011]/.test(ch)) {
          penalty += 0.5; // "word—word" happens, but guillemets or quotes glued between letters do not
        }
      }
    }
    // Latin-script languages sprinkle accents into ASCII words; whole words of accented letters are a Cyrillic/Greek
    // text read in a Latin code page.
    if (latinLetters >= 4 && latinNonAscii * 2 > latinLetters) penalty += 0.5 * latinNonAscii;
  }
  penalty += 0.5 * uncoveredLatinLetters(text);
  return { rate: nonAscii === 0 ? 0 : penalty / nonAscii, hardErrors };
}

/**
 * Accented Latin letters of the alphabets written with Latin script (lower case). Real text uses the letters of one
 * language (plus a few loanwords); a wrong Latin code page yields letters from several ("è ø ì ù" for Czech read as
 * windows-1252, "à ð þ" for Lithuanian).
 */
const LATIN_ALPHABETS: readonly string[] = [
  'àâæçéèêëîïôœùûüÿ', // French
  'äöüßé', // German
  'áéíóúüñ', // Spanish
  'áâãàçéêíóôõú', // Portuguese
  'àèéìíîòóùú', // Italian
  'àçèéíïòóúü', // Catalan
  'éëïöüèáóúê', // Dutch
  'åäöé', // Swedish
  'æøåéóô', // Danish, Norwegian
  'äöåšž', // Finnish
  'áðéíóúýþæö', // Icelandic
  'ąćęłńóśźż', // Polish
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'čšžćđ', // Slovenian, Croatian, Bosnian, Serbian Latin
  'áéíóöőúüű', // Hungarian
  'ăâîșțşţ', // Romanian
  'çğıöşüâîû', // Turkish
  'ąčęėįšųūž', // Lithuanian
  'āčēģīķļņšūž', // Latvian
  'äõöüšž', // Estonian
  'çë', // Albanian
  'ċġħżàèìòù', // Maltese
  'âêîôûŵŷáéíóúàèìòù', // Welsh, Irish, Scottish Gaelic
  'əğıöşüç', // Azerbaijani
  'ĉĝĥĵŝŭ', // Esperanto
];
const ALPHABET_SETS = LATIN_ALPHABETS.map((a) => new Set(Array.from(a)));
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Non-ASCII Latin letters not explained by the single best-fitting alphabet. */
function uncoveredLatinLetters(text: string): number {
  const counts = new Map<string, number>();
  let total = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || !LATIN_LETTER.test(ch)) continue;
    const lower = ch.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + 1);
    total++;
  }
  if (total === 0) return 0;
  let bestCovered = 0;
  for (const set of ALPHABET_SETS) {
    let covered = 0;
    for (const [ch, n] of counts) if (set.has(ch)) covered += n;
    if (covered > bestCovered) bestCovered = covered;
  }
  return total - bestCovered;
}

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const CONTROL = /^\p{Cc}$/u;
const UNASSIGNED = /^[\p{Cn}\p{Co}\p{Cs}]$/u;
const OTHER_NUMBER = /^\p{No}$/u;
const SYMBOL_OR_PUNCT = /^[\p{S}\p{P}]$/u;
/** Punctuation and symbols common in real text (quotes, dashes, ellipsis, currency, degrees, bullets ...). */
const COMMON_PUNCT = /^[\u2018-\u201f\u2013\u2014\u2026\u00ab\u00bb\u2039\u203a\u00b7\u2022\u20ac\u00a3\u00a5\u00a2\u00b0\u00a9\u00ae\u2122\u00a7\u00bf\u00a1\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u30fb\u2010\u2011\u2212\u00d7\u066b\u066c\u060c\u061b\u061f\u05be\u05f3\u05f4\u0387\u037e]$/u;

const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /^\p{Script=Latin}$/u],
  ['Cyrillic', /^\p{Script=Cyrillic}$/u],
  ['Greek', /^\p{Script=Greek}$/u],
  ['Hebrew', /^\p{Script=Hebrew}$/u],
  ['Arabic', /^\p{Script=Arabic}$/u],
  ['Thai', /^\p{Script=Thai}$/u],
  ['Hangul', /^\p{Script=Hangul}$/u],
  // Chinese and Japanese mix Han with kana in one "word" (no spaces): one script family
  ['CJ', /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]$/u],
];

function letterScript(ch: string): string | null {
  if (ch.codePointAt(0)! < 0x80) return /[A-Za-z]/.test(ch) ? 'Latin' : null;
  if (!LETTER.test(ch)) return null;
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return 'Other';
}
