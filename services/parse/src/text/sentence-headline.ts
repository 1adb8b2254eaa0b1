import nlp from 'compromise/two';
import { actsAsVerb, isCommonWord, isKnownName } from './lexicon.js';

/**
 * Sentence-case headlines ("Crews battle two apartment fires.", "Poll: Clinton and Sanders in dead heat.")
 * carry no Title-Case signal, so they are told from prose by headline grammar and by their lack of ties
 * to the story around them:
 * - headlinese: a present-tense predicate for a past event ("Federal agency quashes ..."), "to" for the
 *   future ("Obama to visit ..."), or a "Speaker: claim" lead-in; no past tense, no auxiliaries, no
 *   reporting verbs, no pronouns (prose refers back to its neighbours, a teaser cannot), and no opening
 *   determiner or connective ("The", "But", "In ...");
 * - cohesion: a sentence of the story shares words with the rest of it; a teaser for another story
 *   shares few (at most a quarter of its content words occur anywhere else in the document).
 * Imperatives ("Follow us on ...", "Watch the video."), credits, links and sentences with several commas
 * are kept. Precision first: every test must pass.
 */

const STOP = new Set(
  (
    'the a an and or but nor of to in on at for with by from as is are was were be been being has have had will would ' +
    'shall can could should may might must do does did not no this that these those it its he she they we i you his her ' +
    'their our my your him them us me who whom whose which what when where why how there here than then also just about ' +
    'after before over under into out up down more most some any all new says said say off per via amid ' +
    // Numbers and time words: every story has them, they tie a sentence to no topic.
    'one two three four five six seven eight nine ten hundred hundreds thousand thousands million millions billion ' +
    'billions first second third last next year years month months week weeks day days hour hours minute minutes ' +
    'today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday percent'
  ).split(' '),
);

// Pronouns, auxiliaries and reporting verbs: the marks of a prose sentence tied to its context.
const PROSE =
  /(?<![\p{L}'’])(?:he|she|it|they|we|i|you|his|her|its|their|our|my|your|him|them|us|me|this|these|those|there|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|shall|may|might|must|do|does|did|said|says|told|according|who|which|whom|whose|also|too|even|just|still|almost|already|indeed|however|instead|actually|really|quite|rather|very|perhaps|maybe|yes|so)(?:['’](?:s|re|m|ll|d|ve))?(?![\p{L}'’])|(?<![\p{L}'’])(?:that|here|what|let|where|how)['’]s(?!\p{L})|\p{L}n['’]t(?!\p{L})/iu;

// A sentence opening like this reads on from the one before (or is plainly prose).
const CONNECTED_OPENING =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|in|on|at|for|but|and|or|as|when|while|after|before|if|since|although|though|however|so|then|still|yet|now|also|with|by|from|to|of|there|here|it|not|no|one|many|some|most|such|both|each|every|all|other|another|only|even|just|everyone|everybody|everything|nobody|nothing|none|neither|either|someone|somebody|something|anyone|anything|things|people|please|so)$/i;

/** Lower-case content stems of a text, for the cohesion test. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s)$/, '').slice(0, 6);
}

/** Occurrences of each content stem in a document. */
export function documentStems(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of contentStems(text)) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

/** Content words the rest of the document must have for the cohesion test (a short story's worth). */
const MIN_CONTEXT = 60;

export interface SentenceHeadlineVerdict {
  headline: boolean;
  reason: string;
}

/** Quoted material ("...", “...”, ‘...’) replaced by a placeholder word: what is quoted is not the sentence's grammar. */
function stripQuotes(s: string): string {
  return s
    .replace(/"[^"]*"/g, ' Q ')
    .replace(/“[^”]*”/g, ' Q ')
    .replace(/(?<![\p{L}\p{N}])[‘'][^‘’']*[’'](?![\p{L}\p{N}])/gu, ' Q ');
}

/**
 * Is a sentence-case sentence a teaser headline? `doc`: content-stem counts of the whole document the
 * sentence sits in (the sentence included); without it there is no verdict.
 */
export function judgeSentenceHeadline(sentence: string, doc?: ReadonlyMap<string, number>): SentenceHeadlineVerdict {
  const no = (reason: string): SentenceHeadlineVerdict => ({ headline: false, reason });
  if (!doc) return no('no document');
  const s = sentence.trim();
  const ws = s.split(/\s+/);
  if (ws.length < 4) return no('too short');
  // A question without an auxiliary is elliptical prose ("Eager to dive into the action?"); headline
  // questions keep theirs ("How often do ...?"), which the prose test below rejects anyway.
  if (/\?["'”’)]*$/.test(s)) return no('question');
  if (ws.length > 20) return no('too long');
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(s)) return no('does not open like a headline');
  if (/[:;,]$/.test(s)) return no('introduces what follows');
  if (/@|https?:|www\.|\/|[()[\]]|\bby\s+\p{Lu}/iu.test(s)) return no('link, credit or aside');
  if (/^["“‘']/.test(s) && /["”’']\W*$/.test(s)) return no('quoted speech');
  // A quotation opened and not closed, or closed and not opened: part of a longer quote.
  const dq = (s.match(/"/g)?.length ?? 0) % 2 === 1;
  if (dq || (s.match(/“/g)?.length ?? 0) !== (s.match(/”/g)?.length ?? 0)) return no('part of a quotation');
  // Headline with a "Speaker: claim" or "Topic: ..." lead-in ("Poll: Clinton and Sanders in dead heat."): a short
  // capitalised label, in mixed case (transcripts name speakers in capitals), then a claim of three words or more.
  const lead = /^([^:]{1,40}\S):\s+(\S.*)$/.exec(s);
  const label = lead?.[1] ?? '';
  const claim = lead?.[2] ?? '';
  const leadOk =
    lead !== null &&
    /^[\p{Lu}\p{N}]/u.test(label) &&
    /\p{Ll}/u.test(label) &&
    label.split(/\s+/).length <= 4 &&
    !PROSE.test(label) &&
    !/(?<![\p{L}'’])\p{Ll}+ed(?![\p{L}'’])/u.test(label) &&
    // A statement or tweet quoted whole after a name is prose; headlines quote in single marks.
    !/^["“][^"“”]*["”]\W*$/u.test(claim) &&
    claim.split(/\s+/).length >= 3;
  const bare = stripQuotes(leadOk ? claim : s);
  const firstOf = (x: string): string => (/^["“‘']?([\p{L}\p{N}'’-]+)/u.exec(x)?.[1] ?? '').toLowerCase();
  if (!leadOk && CONNECTED_OPENING.test(firstOf(s))) return no('connected or determiner opening');
  // What a quoted speaker says after the label may use pronouns ("Trump: 'I'm the worst thing ...'"), not the claim.
  if (PROSE.test(bare)) return no('pronoun, auxiliary or reporting verb');
  if ((bare.match(/,/g)?.length ?? 0) > 1) return no('several commas');
  if (/\p{Lu}{2,}\s+\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(s)) return no('shouted capitals');

  // Cohesion with the rest of the document: a sentence of the story shares words with the rest of it.
  const own = contentStems(s);
  if (own.length < 2) return no('too few content words');
  const counts = new Map<string, number>();
  for (const t of own) counts.set(t, (counts.get(t) ?? 0) + 1);
  let total = 0;
  for (const n of doc.values()) total += n;
  // Cohesion says nothing in a text of a few sentences.
  if (total - own.length < MIN_CONTEXT) return no('too little context');
  const shared = own.filter((t) => (doc.get(t) ?? 0) > (counts.get(t) ?? 0)).length;
  if (shared / own.length > 0.25) return no('shares words with the story');

  // Headline grammar, from compromise's tagger.
  const terms = tagTerms(bare);
  const tagsAt = (i: number): string[] => terms[i]?.tags ?? [];
  // Past tense is prose ("Prosecutors charged him"); a bare passive participle before its preposition
  // is headlinese ("FDIC accused of ...", "Man charged with ...", "Three killed by ...").
  const pastProse = terms.some((t, i) => tagsAt(i).includes('PastTense') && !(i > 0 && /^(?:of|with|by)$/i.test(terms[i + 1]?.text ?? '')));
  if (pastProse) return no('past tense');
  if (!leadOk) {
    const t0 = tagsAt(0);
    // A headline names its subject first; a predicate without one ("Follow us ...") is an imperative or list item.
    if (t0.includes('Verb') || t0.includes('Adverb')) return no('opens with a verb or adverb');
    // "Lacks even the ...", "Calls men names ...": an -s word read as a noun but followed by what only follows a verb.
    const t1 = tagsAt(1);
    const w0 = (terms[0]?.text ?? '').replace(/\W+$/, '');
    const verbNext =
      t1.includes('Determiner') || t1.includes('Adverb') || (t1.includes('Noun') && !t1.includes('ProperNoun') && !t1.includes('Verb'));
    if (/s$/i.test(w0) && !t0.includes('ProperNoun') && verbNext && actsAsVerb(w0, 'he')) return no('opens with a verb');
  }
  // Headlines drop articles; prose sentences keep them.
  if ((bare.match(/(?<![\p{L}'’])(?:the|a|an)(?![\p{L}'’])/giu)?.length ?? 0) >= 2) return no('articles');
  // After a label, a long claim without a verb is a description in a list ("Acme Inc.: modules capable of ..."),
  // a short one a headline ("Poll: Clinton and Sanders in dead heat").
  const claimWords = claim.split(/\s+/).length;
  if (!(leadOk && (claimWords <= 8 || /\bQ\b/.test(bare))) && !termsHavePredicate(terms)) return no('no headline predicate');
  return { headline: true, reason: 'sentence-case headline' };
}

interface Term {
  text: string;
  tags: string[];
}

/**
 * Terms with compromise's tags. Ordinary words a teaser capitalised are lowered first, so "Slams" is
 * read as the verb it is rather than as a name.
 */
function tagTerms(text: string): Term[] {
  const lowered = text
    .replace(/[.!?]+\W*$/, '')
    .replace(/(?<=\s)\p{Lu}\p{Ll}+(?=[\s,;]|$)/gu, (w) => (isCommonWord(w) && !isKnownName(w) ? w.toLowerCase() : w));
  const json = nlp(lowered).json() as Array<{ terms?: Array<{ text: string; tags?: string[] }> }>;
  return json.flatMap((sent) => (sent.terms ?? []).map((t) => ({ text: t.text, tags: t.tags ?? [] })));
}

function termsHavePredicate(terms: Term[]): boolean {
  return terms.some(
    (t, i) =>
      t.tags.includes('PresentTense') ||
      t.tags.includes('Participle') ||
      t.tags.includes('PastTense') ||
      (t.text.toLowerCase() === 'to' && (terms[i + 1]?.tags ?? []).includes('Verb')),
  );
}

/**
 * Does a line have a finite predicate ("Sanders Beats Clinton", "Obama to Visit Cuba"), as a teaser
 * headline does, rather than being a noun phrase such as a crosshead, a product name or a list item?
 */
export function hasPredicate(line: string): boolean {
  if (/[()[\]™®|]/.test(line)) return false;
  const terms = tagTerms(stripQuotes(line));
  // Headlinese predicates: a third-person verb or "to" + verb, with a subject before it and a complement after.
  return terms.some(
    (t, i) =>
      i > 0 &&
      i < terms.length - 1 &&
      ((t.tags.includes('PresentTense') && !t.tags.includes('Gerund') && /\p{L}s$/iu.test(t.text) && !/ss$/i.test(t.text)) ||
        (t.text.toLowerCase() === 'to' && (terms[i + 1]?.tags ?? []).includes('Infinitive'))),
  );
}

/** Does the text read as a clause (a verb among four words or more), as the sentence after a glued headline must? */
export function readsAsClause(text: string): boolean {
  const terms = tagTerms(stripQuotes(text));
  return terms.length >= 4 && terms.some((t) => t.tags.includes('Verb'));
}
