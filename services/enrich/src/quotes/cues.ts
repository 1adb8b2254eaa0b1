/** Verbs (and a few multi-word forms) that introduce speech, in the inflections news copy uses. */
const CUE_LEMMAS: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell', 'telling'],
  add: ['added', 'adds'],
  note: ['noted', 'notes'],
  write: ['wrote', 'writes'],
  explain: ['explained', 'explains'],
  continue: ['continued', 'continues'],
  ask: ['asked', 'asks'],
  state: ['stated', 'states'],
  declare: ['declared', 'declares'],
  announce: ['announced', 'announces'],
  warn: ['warned', 'warns'],
  claim: ['claimed', 'claims'],
  argue: ['argued', 'argues'],
  insist: ['insisted', 'insists'],
  acknowledge: ['acknowledged', 'acknowledges'],
  admit: ['admitted', 'admits'],
  recall: ['recalled', 'recalls'],
  reply: ['replied', 'replies'],
  respond: ['responded', 'responds'],
  remark: ['remarked', 'remarks'],
  tweet: ['tweeted', 'tweets'],
  post: ['posted'],
  suggest: ['suggested', 'suggests'],
  caution: ['cautioned', 'cautions'],
  emphasize: ['emphasized', 'emphasised', 'emphasizes', 'emphasises'],
  stress: ['stressed', 'stresses'],
  urge: ['urged', 'urges'],
  predict: ['predicted', 'predicts'],
  promise: ['promised', 'promises'],
  vow: ['vowed', 'vows'],
  concede: ['conceded', 'concedes'],
  complain: ['complained', 'complains'],
  observe: ['observed', 'observes'],
  report: ['reported', 'reports'],
  quip: ['quipped', 'quips'],
  joke: ['joked', 'jokes'],
  counter: ['countered', 'counters'],
  conclude: ['concluded', 'concludes'],
  shout: ['shouted', 'shouts'],
  yell: ['yelled'],
  exclaim: ['exclaimed'],
  whisper: ['whispered'],
  recount: ['recounted', 'recounts'],
  boast: ['boasted', 'boasts'],
  brag: ['bragged', 'brags'],
  pledge: ['pledged', 'pledges'],
  reiterate: ['reiterated', 'reiterates'],
  maintain: ['maintained', 'maintains'],
  contend: ['contended', 'contends'],
  assert: ['asserted', 'asserts'],
  allege: ['alleged', 'alleges'],
  confirm: ['confirmed', 'confirms'],
  deny: ['denied', 'denies'],
  charge: ['charged'],
  testify: ['testified', 'testifies'],
  muse: ['mused', 'muses'],
  lament: ['lamented', 'laments'],
  agree: ['agreed', 'agrees'],
  wonder: ['wondered', 'wonders'],
  declare2: ['proclaimed', 'proclaims'],
  announce2: ['revealed', 'reveals'],
  explain2: ['elaborated'],
  mention: ['mentioned', 'mentions'],
  point: ['pointed out', 'points out'],
  go: ['went on'],
  chime: ['chimed in'],
  speak: ['spoke'],
  believe: ['believes', 'believed'],
  think: ['thinks'],
  feel: ['feels'],
};

export const CUE_WORDS: readonly string[] = Object.values(CUE_LEMMAS)
  .flat()
  .sort((a, b) => b.length - a.length);

const alternation = CUE_WORDS.map((w) => w.replace(/ /gu, '\\s+')).join('|');

/** Matches a cue word as a whole word; `g` flag, use with matchAll or lastIndex. */
export const CUE_RE = new RegExp(`\\b(?:${alternation})\\b`, 'giu');

/** Cues strong enough to attribute a quote that is not directly adjacent. */
export const SPEECH_ONLY = new Set(
  CUE_WORDS.filter((w) => !['believes', 'believed', 'thinks', 'feels', 'charged', 'posted', 'states', 'counters', 'remarks', 'reports', 'claims', 'notes', 'mentions', 'promises', 'vows', 'post'].includes(w)),
);

export const isCue = (word: string): boolean => CUE_WORDS.includes(word.toLowerCase().replace(/\s+/gu, ' '));
