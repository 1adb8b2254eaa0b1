/**
 * Deterministic random strings for tests that pin a hand-written scanner to its reference regex: built
 * from the pieces such rules turn on (names, clitics, initials, numbers, joiners, sentence ends, white
 * space of several kinds, letters that change length when lower-cased, astral characters).
 */
const PIECES = [
  'a',
  'n',
  's',
  't',
  'S',
  'T',
  'J',
  'U',
  'Mr',
  'Mrs',
  'Dr',
  'vs',
  'Co',
  'Corp',
  'Sept',
  'Gen',
  'Jan',
  'no',
  'e.g',
  'not',
  'good',
  'bad',
  'But',
  'very',
  'é',
  'É',
  'ǅ',
  'ß',
  'İ',
  'Σ',
  '½',
  '٣',
  '²',
  '0',
  '7',
  '.',
  '.',
  ',',
  ':',
  ';',
  '/',
  '%',
  '&',
  '-',
  '‐',
  "'",
  '’',
  '_',
  '$',
  '©',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u0301',
  '\u200b',
  '"',
  '“',
  '”',
  '(',
  ')',
  '!',
  '?',
  '…',
  '😀',
  '𝐀',
  "n't",
  "'s",
  '’s',
  'U.S.',
  'A.',
  ' B',
  'John',
  'well-known',
  '1,200',
  '3.5',
];

export function fuzzStrings(count: number, seed: number, maxPieces = 14): string[] {
  let x = seed >>> 0;
  const rnd = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return Math.floor((x / 2 ** 32) * n);
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let i = rnd(maxPieces) + 1; i > 0; i--) s += PIECES[rnd(PIECES.length)]!;
    out.push(s);
  }
  return out;
}
