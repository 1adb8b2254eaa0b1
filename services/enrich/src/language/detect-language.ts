import { eld } from 'eld/medium';

/**
 * Language identification with ELD (n-gram detector, 60 languages; chosen by bench/language.ts:
 * the most accurate and by far the fastest of franc, franc-min, tinyld, lande, eld on short English).
 *
 * Headline-length English is where n-gram detectors fail ("Strike ends at Ford plant" -> no).
 * A second, word-level opinion fixes most of it: common function words of a few languages. When the
 * n-gram winner is not English, the text is short plain ASCII with no function word of the winner,
 * and English scored close behind (>= 0.6 of the winner's score when the text has an English-only
 * function word such as "the", "of", "and"; >= 0.85 when it has none), we answer English. Texts over
 * 200 chars are left to the n-gram model, which is near perfect there.
 */

const FUNCTION_WORDS: Record<string, string[]> = {
  en: [
    'the',
    'of',
    'and',
    'to',
    'in',
    'is',
    'was',
    'for',
    'on',
    'with',
    'at',
    'by',
    'from',
    'as',
    'that',
    'this',
    'it',
    'be',
    'are',
    'has',
    'have',
    'had',
    'will',
    'not',
    'but',
    'his',
    'her',
    'their',
    'after',
    'over',
    'new',
    'says',
    'said',
    'who',
    'an',
    'a',
    'or',
    'we',
    'you',
    'i',
    'my',
    'our',
    'its',
    'into',
    'up',
    'out',
    'about',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'de',
    'un',
    'une',
    'et',
    'est',
    'dans',
    'pour',
    'sur',
    'par',
    'avec',
    'pas',
    'qui',
    'que',
    'au',
    'aux',
    'se',
    'son',
    'sa',
    'ses',
    'il',
    'elle',
    'ont',
    'sont',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'den',
    'dem',
    'von',
    'zu',
    'ein',
    'eine',
    'einen',
    'auf',
    'auch',
    'sich',
    'im',
    'für',
    'nach',
    'bei',
    'aus',
    'wird',
    'werden',
    'hat',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'del',
    'y',
    'en',
    'un',
    'una',
    'que',
    'por',
    'para',
    'con',
    'se',
    'es',
    'su',
    'sus',
    'al',
    'lo',
    'como',
    'más',
    'pero',
  ],
  it: [
    'il',
    'lo',
    'la',
    'gli',
    'le',
    'di',
    'del',
    'della',
    'e',
    'che',
    'per',
    'con',
    'un',
    'una',
    'è',
    'sono',
    'non',
    'si',
    'nel',
    'nella',
    'alla',
    'dei',
    'da',
  ],
  pt: [
    'o',
    'os',
    'as',
    'de',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'em',
    'no',
    'na',
    'um',
    'uma',
    'que',
    'para',
    'com',
    'não',
    'por',
    'se',
    'é',
    'ao',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'op',
    'te',
    'voor',
    'met',
    'niet',
    'zijn',
    'aan',
    'bij',
    'ook',
    'naar',
    'om',
    'dat',
    'die',
    'er',
    'uit',
    'wordt',
  ],
  da: ['og', 'er', 'det', 'den', 'til', 'af', 'på', 'med', 'for', 'ikke', 'som', 'har', 'en', 'et', 'de', 'at', 'fra', 'vil'],
  no: ['og', 'er', 'det', 'den', 'til', 'av', 'på', 'med', 'for', 'ikke', 'som', 'har', 'en', 'et', 'de', 'at', 'fra', 'vil', 'i'],
  sv: ['och', 'är', 'det', 'den', 'till', 'av', 'på', 'med', 'för', 'inte', 'som', 'har', 'en', 'ett', 'de', 'att', 'från', 'i'],
};
const FUNCTION_SETS = new Map(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v)]));
const EN_SET = FUNCTION_SETS.get('en') ?? new Set<string>();
/** English function words that are also words of other languages ("in", "over", "was"): no evidence. */
const SHARED = new Set(['in', 'over', 'was', 'is', 'a', 'an', 'i', 'on', 'we', 'has', 'had', 'up', 'it', 'be', 'or', 'my', 'so', 'out']);
const EN_DISTINCT = new Set([...EN_SET].filter((w) => !SHARED.has(w) && ![...FUNCTION_SETS].some(([k, set]) => k !== 'en' && set.has(w))));

const WORD_RE = /\p{L}+(?:['’]\p{L}+)*/gu;
const NON_ASCII_LETTER_RE = /[^\u0020-\u007e\t\n\r\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]/;
const SHORT = 200;
/** English must score at least this share of the n-gram winner's score to be preferred. */
const EN_RATIO = 0.85;
const EN_RATIO_WITH_HITS = 0.6;

/** Longer texts are cut here: ELD is already ~100% right past 400 chars (bench/language.ts), and its cost is linear. */
const MAX_CHARS = 600;

export function detectLanguage(input: string): { code: string; confidence: number } | null {
  let text = input;
  if (text.length > MAX_CHARS) {
    const cut = text.lastIndexOf(' ', MAX_CHARS);
    text = text.slice(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
  }
  const result = eld.detect(text);
  const top = result.language;
  if (!top) return null;
  const raw = result.getScores();
  const scores = Object.entries(raw).sort((a, b) => b[1] - a[1]);
  const topScore = scores[0]?.[1] ?? 0;
  const second = scores[1]?.[1] ?? 0;
  const margin = topScore > 0 ? (topScore - second) / topScore : 0;
  // The relative lead over the runner-up: ELD scores of close languages sit near each other, so a 30%
  // lead is already a clear call.
  const confidence = round(Math.min(1, 0.5 + 1.5 * margin) * (result.isReliable() ? 1 : 0.8));

  if (top !== 'en' && text.length <= SHORT && !NON_ASCII_LETTER_RE.test(text)) {
    const en = raw['en'] ?? 0;
    const { enHits, rivalHits } = functionWordHits(text, top);
    // No function word of the rival, and English close behind (closer still is not needed when the
    // text has English function words of its own).
    if (rivalHits === 0 && en >= (enHits > 0 ? EN_RATIO_WITH_HITS : EN_RATIO) * topScore) {
      return { code: 'en', confidence: round(0.5 + 0.3 * (en / topScore)) };
    }
  }
  return { code: top, confidence };
}

/**
 * Function words of English and of the rival language in the text. Acronyms ("UN") and words
 * capitalised after the first ("Chris Von Erich") are names, not function words. With no function
 * word at all (names-only text, "Kathryn Kates.") English still wins when it scored close: n-gram
 * scores on a few proper names are noise, and English is the likeliest language of a newswire item.
 */
function functionWordHits(text: string, rival: string): { enHits: number; rivalHits: number } {
  const rivalSet = FUNCTION_SETS.get(rival);
  let enHits = 0;
  let rivalHits = 0;
  let first = true;
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0];
    const isFirst = first;
    first = false;
    if (word.length > 1 && word === word.toUpperCase()) continue;
    if (!isFirst && word.charAt(0) !== word.charAt(0).toLowerCase()) continue;
    const w = word.toLowerCase();
    if (EN_DISTINCT.has(w)) enHits++;
    if (EN_SET.has(w)) continue;
    if (rivalSet?.has(w) === true) rivalHits++;
  }
  return { enHits, rivalHits };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
