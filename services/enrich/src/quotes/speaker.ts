/** Speaker noun phrases next to a cue, and their resolution to an entity. */
import { CUE_WORDS } from './cues.js';
import { isAbbreviationOrInitial } from '../text/tokenize.js';

export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  /** Canonical entity name ("Xi Jinping" for "Xi"). */
  entity: string;
}

export interface SpeakerSpan {
  start: number;
  end: number;
}

const CAPITALISED_FUNCTION_WORDS = new Set([
  'With',
  'But',
  'And',
  'Or',
  'So',
  'In',
  'On',
  'At',
  'For',
  'From',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'As',
  'Then',
  'Yet',
  'Still',
  'Also',
  'Meanwhile',
  'However',
  'Here',
  'There',
  'Now',
  'Asked',
  'Speaking',
  'Indeed',
  'To',
  'Of',
  'By',
  'Which',
  'What',
  'Who',
  'Why',
  'How',
  'Where',
  'Its',
  'Since',
  'Until',
  'Though',
]);
const CUE_WORD_SET = new Set(CUE_WORDS);
const LEADING_CONJUNCTIONS = new Set(['But', 'And', 'Yet', 'So', 'Still', 'Meanwhile', 'However', 'Then', 'Now', 'Also', 'Instead', 'As']);

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'another',
  'one',
  'some',
  'many',
  'several',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'this',
  'that',
  'these',
  'those',
  'both',
  'two',
  'three',
  'other',
  'most',
  'few',
  'no',
  'each',
  'all',
  'senior',
  'top',
  'former',
  'u.s.',
]);
/** Words between a subject and its cue: "Smith also said", "Smith has repeatedly said". */
const SKIP_BEFORE_CUE = new Set([
  'also',
  'now',
  'first',
  'later',
  'then',
  'previously',
  'once',
  'again',
  'has',
  'have',
  'had',
  'would',
  'will',
  'had',
  'recently',
  'repeatedly',
  'further',
  'simply',
  'just',
  'still',
  'often',
  'never',
  'always',
  'even',
  'subsequently',
  'quickly',
  'reportedly',
  'publicly',
  'privately',
  'separately',
  'earlier',
  'last',
  'week',
  'month',
  'year',
  'night',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'is',
  'was',
  'who',
  'himself',
  'herself',
  'themselves',
  'can',
  'could',
  'did',
  'does',
  'do',
  'may',
  'might',
  'should',
  'must',
]);
/** Words that end a speaker phrase when read forward, or cut it when read backward. */
const PHRASE_BREAKERS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'from',
  'via',
  'with',
  'over',
  'through',
  'while',
  'when',
  'into',
  'who',
  'which',
  'whose',
  'where',
  'as',
  'to',
  'and',
  'but',
  'or',
  'that',
  'because',
  'about',
  'since',
  'than',
  'if',
  'although',
  'though',
  'about',
  'by',
  'under',
  'earlier',
  'later',
  'last',
  'this',
  'today',
  'yesterday',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'recently',
  'in an',
]);
/** Lower-case words that cannot be part of a speaker phrase (verbs and function words). */
const NON_NP = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'not',
  'there',
  'here',
  'what',
  'how',
  'why',
  'so',
  'very',
  'would',
  'could',
  'should',
  'will',
  'can',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'it',
  'this',
  'if',
  'then',
  'than',
  'too',
  'me',
  'us',
  'them',
  'him',
  'just',
  'we',
  'you',
  'i',
]);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*|[^\s\p{L}\p{N}]/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(start, end).matchAll(WORD_RE)) {
    let w = m[0];
    const s = start + (m.index ?? 0);
    // A trailing period belongs to the word only for abbreviations.
    if (w.length > 1 && w.endsWith('.') && !isAbbreviationOrInitial(w, w.length - 1)) {
      w = w.slice(0, -1);
      out.push({ text: w, start: s, end: s + w.length });
      out.push({ text: '.', start: s + w.length, end: s + w.length + 1 });
      continue;
    }
    out.push({ text: w, start: s, end: s + w.length });
  }
  return out;
}

const isCap = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);

/** Whether the words look like a speaker phrase: a name, a pronoun or a short determiner phrase. */
function plausible(ws: Word[]): boolean {
  if (ws.length === 0 || ws.length > 9) return false;
  const first = ws[0]?.text.toLowerCase() ?? '';
  const firstCap = isCap(ws[0]?.text ?? '') && !DETERMINERS.has(first);
  if (!(isCap(ws[0]?.text ?? '') || PRONOUNS.has(first) || DETERMINERS.has(first))) return false;
  if (ws.length === 1 && DETERMINERS.has(first) && !isCap(ws[0]?.text ?? '')) return false;
  if (CAPITALISED_FUNCTION_WORDS.has(ws[0]?.text ?? '')) return false;
  // "I hope", "they turned": a pronoun speaker stands alone.
  if (PRONOUNS.has(first) && ws.length > 1) return false;
  for (const w of ws) {
    if (/^[.!?;:"“”«»„]$/u.test(w.text)) return false;
    if (NON_NP.has(w.text) && !(w === ws[0] && PRONOUNS.has(first))) return false;
    // "Lynch said she": a cue inside is a clause, not a speaker.
    if (w !== ws[0] && w.text === w.text.toLowerCase() && CUE_WORD_SET.has(w.text)) return false;
  }
  const lastWord = ws[ws.length - 1]?.text ?? '';
  const last = lastWord.toLowerCase();
  if (DETERMINERS.has(last) || last === 'of' || last === "'s" || last === '’s') return false;
  // A name ends with a name ("Log Cabin Republicans president Gregory T. Angelo"), not with a verb phrase
  // ("Scott grinned behind his eyeglasses").
  if (firstCap && ws.some((w) => /^\p{Ll}+ed$/u.test(w.text))) return false;
  return true;
}

function spanOf(ws: Word[]): SpeakerSpan | null {
  const a = ws[0];
  const b = ws[ws.length - 1];
  return a && b ? { start: a.start, end: b.end } : null;
}

/**
 * The speaker phrase that ends just before a cue: `Smith said`, `the foreign minister, Lavrov, said`,
 * `Putin in his message said`, `Smith, the foreign minister, said`. `from` bounds the search on the left.
 */
export function phraseBefore(text: string, from: number, cueStart: number): SpeakerSpan | null {
  let ws = words(text, from, cueStart);
  // Drop leading punctuation (the comma after a closing quote mark, a dash) and conjunctions ("But Devine said").
  while (ws.length > 0 && (/^[,;:—–-]$/u.test(ws[0]?.text ?? '') || LEADING_CONJUNCTIONS.has(ws[0]?.text ?? ''))) ws = ws.slice(1);
  // Drop adverbs and auxiliaries between subject and cue.
  while (ws.length > 1) {
    const last = ws[ws.length - 1]?.text ?? '';
    const l = last.toLowerCase();
    if (SKIP_BEFORE_CUE.has(l) || (/ly$/u.test(l) && l === last && l.length > 4)) ws = ws.slice(0, -1);
    else break;
  }
  // Appositive: "Smith, the foreign minister, said" -> "Smith".
  if (ws.length > 0 && ws[ws.length - 1]?.text === ',') {
    const commas = ws.map((w, i) => (w.text === ',' ? i : -1)).filter((i) => i >= 0);
    if (commas.length >= 2) {
      const prev = commas[commas.length - 2] ?? 0;
      const head = ws.slice(0, prev);
      const lastHeadComma = head.map((w) => w.text).lastIndexOf(',');
      const np = head.slice(lastHeadComma + 1);
      const cut = cutAtBreaker(np);
      if (plausible(cut)) return spanOf(cut);
    }
    ws = ws.slice(0, -1);
  }
  // Otherwise the phrase after the last comma: "In an interview, Smith said".
  const lastComma = ws.map((w) => w.text).lastIndexOf(',');
  // "Katie Packer, who is chairman of the PAC, said" with the closing comma left out: the name before the
  // relative clause.
  if (lastComma > 0 && /^(?:who|whose)$/u.test(ws[lastComma + 1]?.text ?? '')) {
    const head = ws.slice(0, lastComma);
    const np = head.slice(head.map((w) => w.text).lastIndexOf(',') + 1);
    const cut = cutAtBreaker(np);
    if (plausible(cut)) return spanOf(cut);
  }
  if (lastComma >= 0) ws = ws.slice(lastComma + 1);
  // "Putin in his message said" -> "Putin"; keep "Secretary of State John Kerry" whole.
  const cut = cutAtBreaker(ws);
  if (plausible(cut)) return spanOf(cut);
  // Long clause before the cue: the trailing name or pronoun ("... and Smith said").
  const tail: Word[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i];
    if (!w) break;
    if (isCap(w.text) || (tail.length === 0 && PRONOUNS.has(w.text.toLowerCase()))) tail.unshift(w);
    else break;
    if (PRONOUNS.has(w.text.toLowerCase())) break;
  }
  if (tail.length > 0 && plausible(tail)) return spanOf(tail);
  return null;
}

function cutAtBreaker(ws: Word[]): Word[] {
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]?.text ?? '';
    if (PHRASE_BREAKERS.has(w.toLowerCase()) && w === w.toLowerCase()) return ws.slice(0, i);
    if (w === '(') return ws.slice(0, i);
  }
  return ws;
}

/** The speaker phrase right after a cue: `said Smith`, `said Sen. Warren (D-Mass.)`, `said the ministry`. */
export function phraseAfter(text: string, cueEnd: number, limit: number): SpeakerSpan | null {
  const ws = words(text, cueEnd, Math.min(limit, cueEnd + 160));
  const out: Word[] = [];
  for (const w of ws) {
    if (/^[,;:.!?"“”«»„(—–\n]$/u.test(w.text)) break;
    const l = w.text.toLowerCase();
    if (out.length > 0 && w.text === l && PHRASE_BREAKERS.has(l)) break;
    out.push(w);
    if (out.length > 9) return null;
  }
  if (out.length === 1 && PRONOUNS.has(out[0]?.text.toLowerCase() ?? '')) return spanOf(out);
  if (plausible(out)) return spanOf(out);
  // "said spokesman John Kirby", "said master of ceremonies Asab Al-Tabchi": a lower-case role noun (up to
  // three words) before the name; the name must follow at once and end the phrase.
  const name = out.findIndex((w) => isCap(w.text));
  if (name < 1 || name > 3) return null;
  const role = out.slice(0, name);
  if (role.some((w) => !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || NON_NP.has(w.text) || PRONOUNS.has(w.text) || DETERMINERS.has(w.text)))
    return null;
  if (role[0]?.text === 'of' || role[role.length - 1]?.text === 'of') return null;
  const rest = out.slice(name);
  return rest.every((w) => isCap(w.text) || /^(?:of|de|van|von|al|bin)$/u.test(w.text)) && plausible(rest) ? spanOf(out) : null;
}

/**
 * The subject opening a sentence ("Suu Kyi, 70, said … but added, “…”" -> "Suu Kyi"): a pronoun, a run of
 * capitalised words, or a determiner with up to three more words.
 */
export function subjectAt(text: string, from: number, limit: number): SpeakerSpan | null {
  const ws = words(text, from, Math.min(limit, from + 120));
  const out: Word[] = [];
  for (const w of ws) {
    const l = w.text.toLowerCase();
    if (out.length === 0) {
      if (PRONOUNS.has(l) && l !== 'it') return spanOf([w]);
      if (!isCap(w.text) || /^[.,;:!?"“”]$/u.test(w.text)) return null;
      out.push(w);
      continue;
    }
    const firstDet = DETERMINERS.has(out[0]?.text.toLowerCase() ?? '');
    if (isCap(w.text) && !/^[.,;:!?"“”(]$/u.test(w.text)) out.push(w);
    else if (
      firstDet &&
      out.length < 4 &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) &&
      !PHRASE_BREAKERS.has(l) &&
      !NON_NP.has(l) &&
      !/(?:ed|ly)$/u.test(l)
    )
      out.push(w);
    else if ((l === 'of' || l === "'s" || l === '’s') && out.length < 6) out.push(w);
    else break;
  }
  while (out.length > 0 && /^(?:of|'s|’s)$/u.test(out[out.length - 1]?.text ?? '')) out.pop();
  return plausible(out) ? spanOf(out) : null;
}

export const isPronoun = (s: string): boolean => PRONOUNS.has(s.toLowerCase());

/** Title words that precede names: cut them to get the name ("Chinese President Xi Jinping" -> "Xi Jinping"). */
const TITLES = new Set([
  'president',
  'prime',
  'minister',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'secretary',
  'general',
  'chancellor',
  'king',
  'queen',
  'pope',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'director',
  'ceo',
  'mayor',
  'judge',
  'justice',
  'speaker',
  'leader',
  'premier',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commissioner',
  'sheriff',
  'officer',
  'professor',
  'prof',
  'rev',
  'attorney',
  'candidate',
  'nominee',
  'vice',
  'deputy',
  'foreign',
  'state',
  'defense',
  'defence',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'state-run',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'chairperson',
  'counselor',
  'president-elect',
  'coach',
  'founder',
  'pastor',
  'bishop',
  'cardinal',
  'imam',
  'rabbi',
  'father',
  'sister',
]);

const NAME_RE = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;

/** Strips titles off a capitalised phrase. */
function nameOf(phrase: string): string | null {
  const parts = phrase
    .replace(/[’']s$/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  let lastTitle = -1;
  parts.forEach((p, i) => {
    if (TITLES.has(p.toLowerCase().replace(/\.$/u, ''))) lastTitle = i;
  });
  const rest = parts.slice(lastTitle + 1).filter((p) => isCap(p));
  return rest.length > 0 ? rest.join(' ') : null;
}

export interface ResolveContext {
  text: string;
  mentions: EntityMention[];
  /** `[start, end)` of direct quotes: mentions inside them are not antecedents. */
  quoted: Array<[number, number]>;
}

const PERSON_NOUNS =
  /\b(?:president|minister|leader|spokes(?:man|woman|person)|senator|governor|secretary|chancellor|premier|mayor|official|chief|ambassador|envoy|candidate|nominee|king|queen|director|chairman|ceo|general|judge|counterpart|diplomat|lawmaker|congressman|congresswoman|man|woman|father|mother|officer|sheriff|commander|founder|head|prosecutor|attorney)s?\b/iu;

/** The canonical entity a speaker phrase stands for, or null. */
export function resolveSpeaker(ctx: ResolveContext, span: SpeakerSpan): string | null {
  const { text, mentions } = ctx;
  const phrase = text.slice(span.start, span.end);
  const inside = mentions.filter((m) => m.start < span.end && m.end > span.start);
  if (inside.length > 0) {
    const rank = (m: EntityMention): number => (m.type === 'PER' ? 0 : m.type === 'ORG' ? 1 : 2);
    inside.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start));
    const best = inside[0];
    if (best && best.type !== 'LOC') return best.entity;
  }
  const outsideQuotes = (m: EntityMention): boolean => !ctx.quoted.some(([s, e]) => m.start >= s && m.end <= e);
  const before = mentions.filter((m) => m.end <= span.start && outsideQuotes(m)).sort((a, b) => b.start - a.start);
  const lower = phrase.toLowerCase();
  if (isPronoun(lower)) {
    if (lower === 'i' || lower === 'we' || lower === 'you') return null;
    const want: Array<EntityMention['type']> = lower === 'he' || lower === 'she' ? ['PER'] : lower === 'it' ? ['ORG'] : ['ORG', 'PER'];
    const hit = before.find((m) => want.includes(m.type));
    if (hit) return hit.entity;
    return mentions.length === 0 ? nameBefore(ctx, span.start, lower === 'it' || lower === 'they') : null;
  }
  if (/^(?:the|a|an|his|her|its|their)\s/iu.test(phrase)) {
    // Nominal: the most recent mention whose surroundings share the head noun
    // ("the Russian president" -> "Russian President Vladimir Putin").
    const head = lower.split(/\s+/u).pop()?.replace(/s$/u, '') ?? '';
    const person = PERSON_NOUNS.test(lower);
    for (const m of before) {
      if (person && m.type !== 'PER') continue;
      if (!person && m.type !== 'ORG') continue;
      const around = text.slice(Math.max(0, m.start - 40), m.end + 40).toLowerCase();
      if (head.length > 2 && around.includes(head)) return m.entity;
    }
    return null;
  }
  if (mentions.length === 0 && isCap(phrase)) {
    const name = nameOf(phrase);
    return name ? longestForm(text, name) : null;
  }
  return null;
}

interface NameIndex {
  text: string;
  /** NAME_RE matches of the whole text, in order. */
  matches: Array<{ start: number; text: string }>;
  names: string[];
  longest: Map<string, string>;
}

let namesCache: NameIndex | null = null;

/** Capitalised names of the text (cached for the last text: resolution runs once per quote). */
function nameIndex(text: string): NameIndex {
  if (namesCache?.text !== text) {
    const matches = [...text.matchAll(NAME_RE)].map((m) => ({ start: m.index ?? 0, text: m[0] }));
    const names = matches
      .flatMap((m) => m.text.split(/[.]\s+/u))
      .map((p) => nameOf(p))
      .filter((n): n is string => n !== null);
    namesCache = { text, matches, names: [...new Set(names)], longest: new Map() };
  }
  return namesCache;
}

/** Without mentions: the longest capitalised name in the text (titles cut) that contains `name` ("Xi" -> "Xi Jinping"). */
function longestForm(text: string, name: string): string {
  const index = nameIndex(text);
  const known = index.longest.get(name);
  if (known !== undefined) return known;
  let best = name;
  const want = name.split(/\s+/u);
  for (const cand of index.names) {
    const parts = cand.split(/\s+/u);
    if (parts.length > 4 || parts.length <= want.length) continue;
    const at = parts.findIndex((_, i) => want.every((w, k) => parts[i + k] === w));
    if (at >= 0 && cand.length > best.length) best = cand;
  }
  index.longest.set(name, best);
  return best;
}

/** Without mentions: the most recent capitalised name before `pos` (within 2,000 characters), outside quotes. */
function nameBefore(ctx: ResolveContext, pos: number, organisation: boolean): string | null {
  if (organisation) return null;
  const { matches } = nameIndex(ctx.text);
  const from = Math.max(0, pos - 2000);
  let found: string | null = null;
  // Latest match first: the first one that qualifies is the answer.
  for (let i = upperBound(matches, pos) - 1; i >= 0 && !found; i--) {
    const m = matches[i];
    if (!m || m.start < from) break;
    if (m.start + m.text.length > pos) continue;
    const s = m.start;
    if (ctx.quoted.some(([a, b]) => s >= a && s < b)) continue;
    const prev = ctx.text.slice(Math.max(0, s - 2), s);
    if (!/[\s,(]$/u.test(prev) || /[.!?]\s$/u.test(prev)) continue; // sentence-initial words are often not names
    found = nameOf(m.text.split(/[.]\s+/u)[0] ?? m.text);
  }
  return found ? longestForm(ctx.text, found) : null;
}

/** Index of the first match starting at or after `pos`. */
function upperBound(matches: Array<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((matches[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
