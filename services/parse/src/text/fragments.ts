import type { RemovedFragment } from '@newswire/contracts';
import { actsAsVerb, isAnyVerb, isCommonWord, isKnownName, isVerbLike } from './lexicon.js';
import { documentStems, hasPredicate, judgeSentenceHeadline, readsAsClause } from './sentence-headline.js';
import { splitSentenceSpans, type SentenceSpan } from './sentences.js';

/**
 * Related-headline fragments: teaser headlines glued into a story's paragraphs by scrapers and feeds
 * ("... to new heights. Taiwan Accuses China, Russia of Heightening Regional Tensions. The mutually ...").
 * A sentence is taken for a headline when it is written in Title Case: no lower-case content word at all,
 * several capitalised words, and at least two of those are ordinary English words (verbs, common nouns,
 * adjectives) rather than names. Ordinary prose always has lower-case content words, and a list of names
 * has no capitalised ordinary words, so both are kept. Precision over recall: when in doubt, keep.
 */

// Words Title Case leaves in lower case: articles, short prepositions, coordinating conjunctions,
// and name particles. Lower-case pronouns or verbs, by contrast, mark prose.
const MINOR = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
  'v',
  'from',
  'into',
  'onto',
  'over',
  'with',
  'amid',
  'upon',
  'than',
  'after',
  'before',
  'about',
  'against',
  'among',
  'between',
  'during',
  'without',
  'under',
  'near',
  'across',
  'through',
  'since',
  'until',
  'like',
  'out',
  'down',
  'de',
  'da',
  'del',
  'der',
  'di',
  'du',
  'van',
  'von',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
]);

// Minor words that can end a sentence as a verb particle ("Trump Jacked Up", "Talks Break Down").
const PARTICLES = new Set(['up', 'out', 'down', 'off', 'over', 'in', 'on', 'by']);

const PROSE_WORDS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'who',
  'which',
  'that',
  'this',
  'these',
  'those',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'said',
  'says',
  'told',
  'not',
  'also',
  'there',
  'when',
  'where',
  'while',
]);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-&.]*/gu;

export interface HeadlineVerdict {
  headline: boolean;
  /** Capitalised ordinary words (the main evidence). */
  commonCaps: number;
  capitalised: number;
  lowercase: number;
  words: number;
  reason: string;
}

interface Word {
  text: string;
  start: number;
}

function words(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(WORD_RE)) out.push({ text: m[0].replace(/[.'’\-&]+$/, ''), start: m.index ?? 0 });
  return out.filter((w) => w.text.length > 0);
}

const isUpperInitial = (w: string): boolean => /^\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);
const isAcronym = (w: string): boolean => /^[\p{Lu}\p{N}.&]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

/** Scores one sentence as headline vs prose. `vocab`: words the document uses in lower case. */
export function judgeHeadline(sentence: string, vocab?: ReadonlySet<string>): HeadlineVerdict {
  const s = sentence.trim();
  const ws = words(s);
  const verdict = (headline: boolean, reason: string, c = 0, k = 0, l = 0): HeadlineVerdict => ({
    headline,
    reason,
    capitalised: c,
    commonCaps: k,
    lowercase: l,
    words: ws.length,
  });
  if (ws.length < 4) return verdict(false, 'too short');
  if (ws.length > 28) return verdict(false, 'too long');
  if (/[:;,]$/.test(s)) return verdict(false, 'introduces what follows');
  // Whole sentence in quotes: speech, not a teaser.
  if (/^["“‘']/.test(s) && /["”’']\W*$/.test(s) && !/["”’']/.test(s.slice(1, -2))) return verdict(false, 'quoted speech');
  if (/\p{Ll}/u.test(s) === false) return verdict(false, 'no lower case at all');
  let capitalised = 0;
  let commonCaps = 0;
  let lowercase = 0;
  let firstCommon = false;
  let verbSignal = false;
  const lowerWords: string[] = [];
  ws.forEach((w, i) => {
    const t = w.text;
    // Numbers and words of scripts without case (Arabic, Chinese...) say nothing about Title Case.
    if (/^[\p{N}\p{Lo}]/u.test(t)) return;
    const lower = t.toLowerCase();
    if (i > 0 && MINOR.has(lower)) return;
    const parts = t.split('-').filter(Boolean);
    if (!isUpperInitial(t)) {
      if (i > 0) {
        lowercase++;
        lowerWords.push(t);
      }
      return;
    }
    if (i === 0) {
      firstCommon = isCommonWord(t, vocab) && !MINOR.has(lower);
      return;
    }
    capitalised++;
    if (isAcronym(t)) return;
    // "Fourth-largest": a Title-Case compound with a lower-case tail is an ordinary word.
    const common =
      (parts.length > 1 && parts.slice(1).some((p) => /^\p{Ll}/u.test(p))) ||
      isCommonWord(t, vocab) ||
      (parts.length > 1 && parts.every((p) => isCommonWord(p, vocab)));
    if (common) commonCaps++;
    // A capitalised predicate: "Sanders Beats Clinton", "Obama to Campaign for ...". In prose these are lower case.
    if (common && !verbSignal) {
      if (ws[i - 1]?.text === 'to') verbSignal = actsAsVerb(t, 'to');
      else if (/[^s]s$/.test(t)) verbSignal = actsAsVerb(t, 'he');
    }
  });
  // "Most words capitalised": one stray lower-case word is tolerated in a long, clearly Title-Case line,
  // unless it is a verb or pronoun (the lower-case predicate of a prose sentence).
  const strayOk =
    lowercase === 1 &&
    capitalised >= 5 &&
    commonCaps >= 3 &&
    !PROSE_WORDS.has(lowerWords[0] ?? '') &&
    !isAnyVerb(lowerWords[0] ?? '') &&
    !PROSE_WORDS.has((ws[0]?.text ?? '').toLowerCase()) &&
    !/(?:ed|s)$/.test(lowerWords[0] ?? '');
  if (lowercase > 0 && !strayOk) return verdict(false, 'lower-case content words', capitalised, commonCaps, lowercase);
  if (capitalised < 3) return verdict(false, 'few capitalised words', capitalised, commonCaps, lowercase);
  if (!(commonCaps >= 2 || (commonCaps >= 1 && (firstCommon || verbSignal))))
    return verdict(false, 'capitalised names only', capitalised, commonCaps, lowercase);
  if (isNameList(s, ws)) return verdict(false, 'list of names', capitalised, commonCaps, lowercase);
  return verdict(true, 'title case', capitalised, commonCaps, lowercase);
}

/**
 * "The United Nations, NATO and the EU.": short capitalised items joined by commas/"and", with no verb.
 * Organisation names are made of ordinary words, so only the shape tells such a list from a headline.
 */
function isNameList(s: string, ws: Word[]): boolean {
  const body = s.replace(/[.!?]+["'”’)]*$/, '');
  const items = body.split(/\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+/).filter((x) => x.trim());
  if (items.length < 2) return false;
  const itemOk = (item: string): boolean => {
    const iw = words(item);
    return iw.length >= 1 && iw.length <= 5 && iw.every((w) => isUpperInitial(w.text) || ['of', 'the', 'for', 'de', 'al'].includes(w.text));
  };
  if (!items.every(itemOk)) return false;
  // Items that each open with a known name and are name-long are people or places ("Elizabeth Banks and
  // Ken Burns."), whatever their surnames mean as words. Two items need that; longer lists need no verb.
  const named = items.every((it) => isKnownName(words(it)[0]?.text ?? '') && words(it).length <= 3);
  if (named) return true;
  if (items.length === 2) return false;
  return !ws
    .slice(1)
    .some(
      (w) =>
        isUpperInitial(w.text) &&
        !isAcronym(w.text) &&
        !isKnownName(w.text) &&
        (isVerbLike(w.text) || (/[^s]s$/.test(w.text) && actsAsVerb(w.text, 'he'))),
    );
}

/** Lower-case words of a text (sentence-initial capitals aside), to recognise ordinary words it uses. */
export function lowercaseVocabulary(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]+/gu)) out.add(m[0].replace(/['’]s$/, ''));
  return out;
}

// Capitalised words that open an ordinary sentence; used to find where a glued, unpunctuated headline ends.
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'In',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'But',
  'And',
  'This',
  'That',
  'These',
  'Those',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'On',
  'At',
  'As',
  'For',
  'After',
  'When',
  'While',
  'According',
  'Meanwhile',
  'However',
  'Also',
  'There',
  'Both',
  'Since',
  'Earlier',
  'Later',
  'Last',
  'Many',
  'Some',
  'Most',
  'Such',
]);

interface Cut {
  start: number;
  end: number;
  rule: string;
}

export interface FragmentRemoval {
  paragraphs: string[];
  fragments: RemovedFragment[];
}

/**
 * Cuts headline fragments out of paragraphs. Paragraphs are whitespace-normalised first. `offset` is the
 * fragment's position in its normalised paragraph and `paragraph` the index of that paragraph in the
 * returned list, so `restoreFragments` gives the input back exactly.
 */
export function removeFragments(input: readonly string[], opts: { vocab?: ReadonlySet<string> } = {}): FragmentRemoval {
  const vocab = opts.vocab ?? lowercaseVocabulary(input.join('\n'));
  const stems = documentStems(input.join('\n'));
  const fragments: RemovedFragment[] = [];
  const paragraphs: string[] = [];
  input.forEach((raw, pi) => {
    const flat = raw.replace(/\s+/g, ' ').trim();
    // Sentences glued without a space ("... to new heights.Taiwan Accuses ...") are read with one; the
    // paragraph keeps the space only when a fragment is cut from it.
    const spaced = spaceGluedSentences(flat);
    const p = spaced !== flat && findCuts(spaced, vocab, stems, input.length).length > 0 ? spaced : flat;
    const spans = splitSentenceSpans(p);
    const outIndex = paragraphs.length;
    const cuts = findCuts(p, vocab, stems, input.length);
    if (cuts.length > 0) mergeCuts(p, spans, cuts);
    const kept = spans.filter((sp) => !cuts.some((c) => c.start <= sp.start && c.end >= sp.end));
    const marked = cuts.length > 0 && cuts.every((c) => c.rule === 'text.fragment.marker');
    if (cuts.length === 0 || (kept.length === 0 && !(marked ? input.length >= 2 : standalone(p, input.length)))) {
      paragraphs.push(p);
      return;
    }
    if (kept.length === 0) {
      fragments.push({ text: p, paragraph: pi, offset: 0, rule: PARAGRAPH_RULE });
      return;
    }
    let out = '';
    let pos = 0;
    for (const c of cuts) {
      fragments.push({ text: p.slice(c.start, c.end), paragraph: outIndex, offset: c.start, rule: c.rule });
      out += p.slice(pos, c.start);
      pos = c.end;
    }
    out += p.slice(pos);
    paragraphs.push(out.replace(/\s+/g, ' ').trim());
  });
  return { paragraphs, fragments };
}

const PARAGRAPH_RULE = 'text.fragment.paragraph';

/** Sentence-level cuts of one (normalised) paragraph, before lead-ins are merged. */
function findCuts(p: string, vocab: ReadonlySet<string>, stems: ReadonlyMap<string, number>, paragraphCount: number): Cut[] {
  const spans = splitSentenceSpans(p);
  const cuts: Cut[] = [];
  for (const span of spans) {
    let sp = span;
    // A parenthesised credit or aside ends the sentence before it ("... won 91-89. (AP Photo/Ron Schwane)
    // Downtown Madison Rebound?"): the sentence proper starts after it.
    const aside = /^\([^()]{1,80}\)\s*(?=["“‘']?\p{Lu})/u.exec(p.slice(span.start, span.end));
    if (aside) sp = { start: span.start + aside[0].length, end: span.end };
    const text = p.slice(sp.start, sp.end);
    // Short only: a long one has the next sentence glued on, and that is prose to keep.
    if (RELATED_MARKER.test(text) && words(text).length <= 22) {
      cuts.push({ start: sp.start, end: sp.end, rule: 'text.fragment.marker' });
      continue;
    }
    if (judgeHeadline(text, vocab).headline) {
      cuts.push({ start: sp.start, end: sp.end, rule: 'text.fragment.title-case' });
      continue;
    }
    // A lone sentence-case sentence is a fragment only in a story of several paragraphs.
    if ((spans.length > 1 || paragraphCount >= 3) && judgeSentenceHeadline(text, stems).headline) {
      cuts.push({ start: sp.start, end: sp.end, rule: 'text.fragment.sentence-case' });
      continue;
    }
    const glued = spans.length > 1 || paragraphCount >= 3 ? gluedHeadline(text, vocab, stems) : null;
    if (glued !== null) cuts.push({ start: sp.start, end: sp.start + glued, rule: 'text.fragment.glued' });
  }
  return cuts;
}

/**
 * "... new heights.Taiwan Accuses ...": a space after a sentence end glued to a capitalised word or an
 * acronym, where the end follows a lower-case word or a number (not an initial or "U.S."), possibly
 * with a closing quote, and neither side is a web address.
 */
export function spaceGluedSentences(p: string): string {
  return p.replace(
    /(\S*[\p{Ll}\p{N}]{2}["'”’)]?[.!?]["'”’)]?)(?=["“‘]?\p{Lu}[\p{Ll}\p{Lu}]+)(\S*)/gu,
    (m: string, left: string, right: string) =>
      /[/@]|www\.|\.(?:com|org|net|gov|edu)\b/i.test(m) || /\.\p{L}/u.test(right) ? m : `${left} ${right}`,
  );
}

// "Also Read: ...", "READ MORE | ...", "Related - ...": a teaser link label, whatever the casing after it.
const RELATED_MARKER =
  /^(?:also read|read also|read more|more to read|related(?: news| stories| story| articles?| coverage)?|see also|also see|recommended(?: stories)?|must read|also watch|watch|don't miss|trending)\s*[:|–—-]\s*\S/i;

/**
 * A paragraph made only of headlines is cut whole when the story has other paragraphs and it is
 * punctuated like a sentence, or is too long for a crosshead (crossheads are short noun phrases,
 * "Regional Tensions"; an unpunctuated line of six words or more with a predicate is a teaser).
 */
function standalone(p: string, total: number): boolean {
  if (total < 3) return false;
  if (/[.!]["'”’)]*$/.test(p)) return true;
  // Not a list item ("97 Decor Wall Art Prints") or a first-person subhead ("I Knew I Was Going to Die").
  const first = (words(p)[0]?.text ?? '').toLowerCase();
  return !/[:?]$/.test(p) && !/^\p{N}/u.test(first) && !PROSE_WORDS.has(first) && words(p).length >= 6 && hasPredicate(p);
}

/** Takes a short all-capitalised lead-in right before a cut into it ("Dear Abby: Disrespectful? My ..."). */
function mergeCuts(p: string, spans: SentenceSpan[], cuts: Cut[]): void {
  for (const c of [...cuts]) {
    const idx = spans.findIndex((sp) => sp.start === c.start);
    const prev = idx > 0 ? spans[idx - 1] : undefined;
    if (!prev || cuts.some((x) => x.start === prev.start)) continue;
    const text = p.slice(prev.start, prev.end);
    const ws = words(text);
    const allCaps = ws.every((w, i) => isUpperInitial(w.text) || /^\p{N}/u.test(w.text) || (i > 0 && MINOR.has(w.text.toLowerCase())));
    if (ws.length >= 1 && ws.length <= 5 && allCaps && /[?!:]$/.test(text)) {
      cuts.push({ start: prev.start, end: prev.end, rule: c.rule });
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  // Join a lead-in with its headline; two full headlines side by side stay two fragments.
  for (let i = cuts.length - 1; i > 0; i--) {
    const a = cuts[i - 1];
    const b = cuts[i];
    if (
      a &&
      b &&
      /^\s*$/.test(p.slice(a.end, b.start)) &&
      words(p.slice(a.start, a.end)).length <= 5 &&
      /[?!:]$/.test(p.slice(a.start, a.end))
    ) {
      a.end = b.end;
      cuts.splice(i, 1);
    }
  }
}

/**
 * A headline run at the start of a sentence with no full stop of its own ("Taiwan Accuses China of
 * Heightening Tensions The mutually beneficial ..."): returns the cut length, or null. The run must end
 * right before a common sentence opener that is followed by lower-case prose.
 */
function gluedHeadline(sentence: string, vocab: ReadonlySet<string>, stems: ReadonlyMap<string, number>): number | null {
  const ws = words(sentence);
  for (let i = 4; i < ws.length - 2; i++) {
    const w = ws[i];
    const next = ws[i + 1];
    if (!w || !next || !SENTENCE_OPENERS.has(w.text)) continue;
    // "... fires The mayor said": an opener before lower-case prose ends the run. Before a capitalised
    // word ("... massacres The Trump campaign") only a sentence-case run can end there, since a capitalised
    // "The" is anomalous inside it (in a Title-Case run it may be the headline's own word).
    const proseNext = /^\p{Ll}/u.test(next.text);
    // An opening quote right before the opener belongs to the next sentence ('... Scarborough "I don't ...').
    const quoted = /(?:^|\s)["“‘']$/u.test(sentence.slice(0, w.start));
    const head = sentence.slice(0, quoted ? w.start - 1 : w.start).trimEnd();
    const last = (/[\p{L}]+$/u.exec(head)?.[0] ?? '').toLowerCase();
    const clean =
      /[\p{L}\p{N})"”’]$/u.test(head) &&
      // No sentence ends on an article, preposition or conjunction ("... edits the column for The Post").
      !(MINOR.has(last) && !PARTICLES.has(last)) &&
      // An unclosed quote means the cut would run into quoted speech.
      !((head.match(/"/g)?.length ?? 0) % 2 === 1 || (head.match(/“/g)?.length ?? 0) > (head.match(/”/g)?.length ?? 0));
    // What follows must read as a sentence of its own, not the end of the headline ("... Shares After stock plunge").
    const tailOk = readsAsClause(sentence.slice(w.start));
    if (proseNext) {
      // Only the first such opener counts: the run before it must be all headline.
      if (!clean) return null;
      return tailOk && (judgeHeadline(head, vocab).headline || judgeSentenceHeadline(head, stems).headline) ? head.length : null;
    }
    // A sentence-case run has lower-case content words ("to", "of" are lower case in Title Case too).
    const sentenceCase = words(head).some((x, k) => k > 0 && /^\p{Ll}/u.test(x.text) && !MINOR.has(x.text));
    if (clean && tailOk && sentenceCase && judgeSentenceHeadline(head, stems).headline) return head.length;
  }
  return null;
}

/**
 * Puts removed fragments back: `restoreFragments(r.paragraphs, r.fragments)` equals the whitespace-normalised
 * input of `removeFragments`. In-paragraph fragments index the reduced paragraphs; whole-paragraph ones
 * (rule `text.fragment.paragraph`) the position they had in the input.
 */
export function restoreFragments(paragraphs: readonly string[], fragments: readonly RemovedFragment[]): string[] {
  const out = [...paragraphs];
  const inline = fragments.filter((f) => f.rule !== PARAGRAPH_RULE).sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  for (const f of inline) {
    const cur = out[f.paragraph] ?? '';
    let next: string;
    if (f.offset === 0) next = cur ? `${f.text} ${cur}` : f.text;
    else if (f.offset >= cur.length + 1) next = cur ? `${cur} ${f.text}` : f.text;
    else next = `${cur.slice(0, f.offset)}${f.text} ${cur.slice(f.offset)}`;
    out[f.paragraph] = next;
  }
  const whole = fragments.filter((f) => f.rule === PARAGRAPH_RULE).sort((a, b) => a.paragraph - b.paragraph);
  for (const f of whole) out.splice(f.paragraph, 0, f.text);
  return out;
}
