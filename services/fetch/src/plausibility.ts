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
    if (!/[\u0080-\uffff]/.test(word)) continue;
    const chars = Array.from(word);
    const infos = chars.map(charInfo);
    let latinLetters = 0;
    let latinNonAscii = 0;
    let prevScript: string | null = null;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      const c = infos[i]!;
      const prev = infos[i - 1];
      const next = infos[i + 1];
      if (c.nonAscii) nonAscii++;
      // half-width katakana: legacy forms real Japanese text hardly uses, but what any Latin/Greek/Cyrillic byte in
      // 0xA1-0xDF becomes when read as Shift_JIS
      if (c.halfwidthKana) penalty += 0.5;
      const script = c.script;
      if (script === 'Greek') penalty += greekOrthography(chars, infos, i);
      if (script) {
        // a script change between two adjacent letters ("Zaїёłуwaж") does not happen in real words
        if (prevScript !== null && prevScript !== script && (c.nonAscii || prev?.nonAscii)) penalty += 1;
        prevScript = script;
        if (script === 'Latin') {
          latinLetters++;
          if (c.nonAscii) latinNonAscii++;
        }
        // lower -> upper inside a word ("пРИВЕТ" is windows-1251 read as KOI8-R); only when non-ASCII is involved
        if (prev !== undefined && (c.nonAscii || prev.nonAscii) && prev.lower && c.upper) penalty += 1;
        continue;
      }
      prevScript = null;
      if (!c.nonAscii) continue;
      if (c.hard) {
        penalty += 1;
        hardErrors++;
      } else if (c.otherNumber) {
        penalty += 0.5; // superscripts and fractions: rare in prose, typical of a wrong Latin code page
      } else if (c.symbolOrPunct && !c.commonPunct) {
        const inWord = prev?.letter === true && next?.letter === true;
        penalty += inWord ? 1 : 0.3;
      } else if (c.symbolOrPunct) {
        // a closing quote opening a word ("’δεια": windows-1253 "Άδεια" read as ISO-8859-7)
        if (i === 0 && (ch === '\u2019' || ch === '\u201d') && next?.letter === true) penalty += 0.5;
        if (prev?.letter === true && next?.letter === true && !/[\u2019\u00b7\u2010\u2011]/.test(ch)) {
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

interface CharInfo {
  nonAscii: boolean;
  letter: boolean;
  lower: boolean;
  upper: boolean;
  script: string | null;
  hard: boolean;
  otherNumber: boolean;
  symbolOrPunct: boolean;
  commonPunct: boolean;
  halfwidthKana: boolean;
  tonos: boolean;
}

/** Per-character facts, memoised: a document uses few distinct characters, and Unicode regexes are slow. */
const INFO = new Map<string, CharInfo>();

function charInfo(ch: string): CharInfo {
  let info = INFO.get(ch);
  if (info) return info;
  const code = ch.codePointAt(0)!;
  info = {
    nonAscii: code >= 0x80,
    letter: LETTER.test(ch),
    lower: LOWER.test(ch),
    upper: UPPER.test(ch),
    script: letterScript(ch),
    hard: code >= 0x80 && (ch === '\ufffd' || CONTROL.test(ch) || UNASSIGNED.test(ch)),
    otherNumber: OTHER_NUMBER.test(ch),
    symbolOrPunct: SYMBOL_OR_PUNCT.test(ch),
    commonPunct: COMMON_PUNCT.test(ch),
    halfwidthKana: code >= 0xff61 && code <= 0xff9f,
    tonos: TONOS.test(ch),
  };
  if (INFO.size < 20_000) INFO.set(ch, info);
  return info;
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

/** Non-ASCII Latin letters not explained by the single best-fitting alphabet. */
function uncoveredLatinLetters(text: string): number {
  const counts = new Map<string, number>();
  let total = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || charInfo(ch).script !== 'Latin') continue;
    const lower = ch.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + 1);
    total++;
  }
  if (total === 0) return 0;
  // Best single alphabet, plus a second one at half credit: a language missing from the list usually shares its
  // letters with two listed ones (Breton: French ù, Spanish ñ), while a wrong code page scatters letters wider.
  let best = 0;
  for (const first of ALPHABET_SETS) {
    let covered = 0;
    const rest = new Map<string, number>();
    for (const [ch, n] of counts) {
      if (first.has(ch)) covered += n;
      else rest.set(ch, n);
    }
    let second = 0;
    for (const other of ALPHABET_SETS) {
      let c = 0;
      for (const [ch, n] of rest) if (other.has(ch)) c += n;
      if (c > second) second = c;
    }
    best = Math.max(best, covered + second / 2);
  }
  return total - best;
}

/** Greek spelling facts: final sigma ends words; tonos marks one vowel per word; ΰ and ΐ are rare. */
function greekOrthography(chars: string[], infos: CharInfo[], i: number): number {
  const ch = chars[i]!;
  if (ch === '\u03c2' && infos[i + 1]?.letter === true) return 1;
  if (ch === '\u03b0' || ch === '\u0390') return 0.5;
  if (infos[i]!.tonos) {
    for (let j = i - 1; j >= 0 && infos[j]!.letter; j--) if (infos[j]!.tonos) return 0.5;
  }
  return 0;
}

const TONOS = /^[\u0386\u0388-\u038a\u038c\u038e\u038f\u03ac-\u03af\u03cc-\u03ce]$/u;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const CONTROL = /^\p{Cc}$/u;
const UNASSIGNED = /^[\p{Cn}\p{Co}\p{Cs}]$/u;
const OTHER_NUMBER = /^\p{No}$/u;
const SYMBOL_OR_PUNCT = /^[\p{S}\p{P}]$/u;
/** Punctuation and symbols common in real text (quotes, dashes, ellipsis, currency, degrees, bullets ...). */
const COMMON_PUNCT =
  /^[\u2018-\u201f\u2013\u2014\u2026\u00ab\u00bb\u2039\u203a\u00b7\u2022\u20ac\u00a3\u00a5\u00a2\u00b0\u00a9\u00ae\u2122\u00a7\u00bf\u00a1\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u30fb\u2010\u2011\u2212\u00d7\u066b\u066c\u060c\u061b\u061f\u05be\u05f3\u05f4\u0387\u037e]$/u;

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
