import type { Entity, EntityType } from '@newswire/contracts';
import { splitNamePair } from '../text/name-pair.js';
import { splitSentences, type Sentence, type Token } from '../text/tokenize.js';
import { resolveEntities, type EntityMention, type RawMention } from './coref.js';
import { GAZ, type Gazetteer } from './features.js';
import { isPersonTitle } from './lexicon.js';
import { getNerModel, tagDocument, tagTokens, type NerModel } from './model.js';
import { isLowerCasePlace } from './name-forms.js';

export type { EntityMention } from './coref.js';
export { getNerModel, tagDocument, tagTokens, type NerModel } from './model.js';

const TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'MISC']);
const TRAILING_JUNK = /^(?:['’]s|['’]|[.,;:!?"“”‘’)\]}-]|—|–)$/u;
const LEADING_JUNK = /^(?:the|The|THE|[("“‘'[-])$/u;

const ORG_HEADS = new Set([
  'agency',
  'newspaper',
  'broadcaster',
  'company',
  'corporation',
  'firm',
  'conglomerate',
  'carmaker',
  'automaker',
  'airline',
  'bank',
]);

const isTitleWord = (w: string): boolean => isPersonTitle(w.toLowerCase());

/**
 * Turns IOB2 tags over tokens into mentions, fixing systematic tagger slips in a general way: possessive
 * 's, quotes and punctuation at the edges are cut off, a leading "the" is dropped, leading person titles
 * ("President", "Mr.") are moved out of person spans into `title`, and spans without any capital letter or
 * digit are discarded (common nouns the tagger over-fired on), except, given the gazetteer, a place typed in lower
 * case ("kerala"; name-forms.ts).
 */
export function spansFromTags(text: string, tokens: readonly Token[], tags: readonly string[], gaz?: Gazetteer): RawMention[] {
  const out: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tag = tags[i] ?? 'O';
    if (tag === 'O' || tag.length < 3) {
      i++;
      continue;
    }
    const type = tag.slice(2) as EntityType;
    let j = i + 1;
    while (j < tokens.length && tags[j] === `I-${type}`) j++;
    let a = i;
    let b = j; // [a, b)
    i = j;
    if (!TYPES.has(type)) continue;
    while (b > a && TRAILING_JUNK.test(tokens[b - 1]!.text)) b--;
    while (a < b && LEADING_JUNK.test(tokens[a]!.text)) a++;
    let title: string | null = null;
    if (type === 'PER') {
      while (a < b - 1 && isTitleWord(tokens[a]!.text)) {
        title = tokens[a]!.text.toLowerCase();
        a++;
      }
    }
    if (a >= b) continue;
    if (title === null && a > 0 && isTitleWord(tokens[a - 1]!.text)) title = tokens[a - 1]!.text.toLowerCase();
    let finalType = type;
    // "Xinhua news agency", "Gazprom company": a name directly followed by a lower-case organisation head noun
    // names that organisation, whatever the tagger guessed from the word alone.
    if ((type === 'LOC' || type === 'PER') && b < tokens.length) {
      const next = tokens[b]!.text;
      const next2 = tokens[b + 1]?.text ?? '';
      if (ORG_HEADS.has(next) || (next === 'news' && next2 === 'agency')) finalType = 'ORG';
    }
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    const s = text.slice(start, end);
    if (!/[\p{Lu}\p{Lt}\p{N}]/u.test(s) && !(finalType === 'LOC' && gaz && isLowerCasePlace(s.toLowerCase().replace(/\s+/g, ' '), gaz)))
      continue;
    out.push({ text: s, start, end, type: finalType, title: finalType === 'PER' ? title : null });
  }
  return out;
}

const ACRONYM_IN_PARENS = /\(\s*(\p{Lu}[\p{Lu}&]{1,7})\s*\)/gu;
const LINKERS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la', '&']);

/**
 * "North Atlantic Treaty Organization (NATO)": when the capitalised words right before a parenthesised acronym
 * spell it, that long form is one entity even if the tagger split or missed it. Its mention replaces the
 * overlapping tagged pieces; the type comes from the acronym's or the pieces' tags (ORG by default).
 */
export function addAcronymLongForms(text: string, mentions: RawMention[]): RawMention[] {
  let out = mentions;
  for (const m of text.matchAll(ACRONYM_IN_PARENS)) {
    const acr = m[1]!.replace(/&/g, '');
    const before = text.slice(Math.max(0, (m.index ?? 0) - 200), m.index ?? 0);
    const words = [...before.matchAll(/[\p{L}&][\p{L}\p{N}&.'’-]*/gu)];
    // Walk back over words until the initials of the capitalised ones spell the acronym.
    let initials = '';
    let startIdx = -1;
    for (let i = words.length - 1; i >= 0 && initials.length < acr.length; i--) {
      const w = words[i]![0];
      if (/^\p{Lu}/u.test(w)) {
        initials = w[0]! + initials;
        startIdx = i;
      } else if (!LINKERS.has(w.toLowerCase())) break;
    }
    if (startIdx < 0 || initials !== acr) continue;
    const gapAfter = before.slice(words[words.length - 1]!.index! + words[words.length - 1]![0].length);
    if (!/^\s*$/.test(gapAfter)) continue;
    const offset = Math.max(0, (m.index ?? 0) - 200);
    const start = offset + words[startIdx]!.index!;
    const end = offset + words[words.length - 1]!.index! + words[words.length - 1]![0].length;
    const acrStart = (m.index ?? 0) + m[0].indexOf(m[1]!);
    const inside = out.filter((x) => x.start < end && x.end > start);
    if (inside.some((x) => x.start < start || x.end > end)) continue;
    const acrMention = out.find((x) => x.start === acrStart);
    const type =
      acrMention?.type ??
      (inside.find((x) => x.type === 'ORG')
        ? 'ORG'
        : inside[0]?.type === 'LOC' && inside.length === 1 && inside[0]!.end === end
          ? 'LOC'
          : 'ORG');
    out = out.filter((x) => !inside.includes(x));
    out.push({ text: text.slice(start, end), start, end, type, title: null });
    if (!acrMention) out.push({ text: m[1]!, start: acrStart, end: acrStart + m[1]!.length, type, title: null });
    else acrMention.type = type;
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}

function tagText(text: string, model: NerModel, split?: readonly Sentence[]): RawMention[] {
  const mentions: RawMention[] = [];
  const sentences = (split ?? splitSentences(text)).filter((s) => s.tokens.length > 0);
  const words = sentences.map((s) => s.tokens.map((t) => t.text));
  // The whole text is one document: each sentence is tagged knowing how its words are used in the others.
  const all = tagDocument(model, words);
  sentences.forEach((sentence, k) => {
    for (const m of spansFromTags(text, sentence.tokens, all[k]!, model.gazetteer)) mentions.push(m);
  });
  return mentions;
}

const ROLE = String.raw`(?:vice[ -])?(?:president|president-elect|prime minister|premier|chancellor|foreign minister|defen[cs]e minister|finance minister|minister|secretary of state|secretary-general|king|queen|pope|governor|mayor|senator|chief executive|ceo|chairman|spokesman|spokeswoman|leader|envoy|ambassador)`;
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:\p{Lu}[\p{L}-]+\s+)?${ROLE})\s*,?\s*$`, 'iu');
const ROLE_MENTION = new RegExp(String.raw`\b[Tt]he\s+((?:\p{Lu}[\p{L}-]+\s+)?${ROLE})\b`, 'gu');

/**
 * "Chinese President Xi Jinping ... the Chinese president said": a definite description that repeats the title a
 * person was introduced with ("Chinese President", or just "President" when only one person has it) becomes a
 * mention of that person. Descriptions shared by several people stay unresolved.
 */
export function resolveRoleMentions(text: string, entities: Entity[], mentions: EntityMention[]): void {
  const owners = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!before) continue;
    const role = before[1]!.toLowerCase().replace(/\s+/g, ' ');
    const keys = [role, role.split(' ').slice(-1)[0]!];
    if (role.includes(' ') && !/^\p{Lu}/u.test(before[1]!.split(/\s+/).slice(-1)[0]!)) keys.pop();
    for (const k of new Set(keys)) {
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(m.entity);
    }
  }
  if (owners.size === 0) return;
  const byName = new Map(entities.map((e) => [e.name, e]));
  const taken = new Set(mentions.map((m) => m.start));
  for (const m of text.matchAll(ROLE_MENTION)) {
    const role = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const who = owners.get(role);
    if (!who || who.size !== 1) continue;
    const name = [...who][0]!;
    const e = byName.get(name);
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // Not where the title introduces a name ("the Russian president Vladimir Putin").
    if (!e || taken.has(start) || mentions.some((x) => x.start >= end && x.start <= end + 1)) continue;
    const first = e.spans[0]?.[0] ?? 0;
    if (start < first) continue;
    e.spans.push([start, end]);
    e.spans.sort((a, b) => a[0] - b[0]);
    e.mentions++;
    // The demonym inside the description ("Chinese") is part of this mention now, not a mention of its own.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const x = mentions[i]!;
      if (x.start < start || x.end > end || x.type !== 'MISC') continue;
      mentions.splice(i, 1);
      const owner = byName.get(x.entity);
      if (owner) {
        owner.spans = owner.spans.filter(([a]) => a !== x.start);
        owner.mentions = owner.spans.length;
      }
    }
    mentions.push({ text: m[0], start, end, type: 'PER', entity: name });
  }
  for (let i = entities.length - 1; i >= 0; i--) if (entities[i]!.mentions === 0) entities.splice(i, 1);
  mentions.sort((a, b) => a.start - b.start);
}

/**
 * Named entities of an article: tags every sentence, post-processes spans, then resolves in-article
 * coreference (surnames, honorifics, acronyms) into canonical entities with mention counts and salience.
 * Spans and offsets refer to `text`; the title only raises salience.
 * `opts.split`: `splitSentences(text)` when the caller already has it (the stage shares one split between modules).
 */
export function extractEntities(
  text: string,
  opts: { title?: string | null; model?: NerModel; split?: readonly Sentence[] } = {},
): { entities: Entity[]; mentions: EntityMention[] } {
  const model = opts.model ?? getNerModel();
  const raw = splitPlacePairMentions(addAcronymLongForms(text, tagText(text, model, opts.split)), model.gazetteer);
  const titleMentions = opts.title ? tagText(opts.title, model) : [];
  const result = resolveEntities(text, raw, { title: opts.title ?? null, titleMentions });
  resolveRoleMentions(text, result.entities, result.mentions);
  return result;
}

const PLACE_BITS = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;

/**
 * "Russia-China ties", "US-Mexico border": a LOC, ORG or MISC mention made of two place names joined by a hyphen is a
 * relation between two places, so it becomes two LOC mentions (Russia, China) that join those entities, instead of
 * an entity "Russia-China". Only when both halves are places in the model's gazetteer and the whole is not one.
 */
export function splitPlacePairMentions(mentions: RawMention[], gaz: Gazetteer | null): RawMention[] {
  if (!gaz) return mentions;
  const place = (name: string): boolean => ((gaz.phrases.get(name.toLowerCase()) ?? 0) & PLACE_BITS) !== 0;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const halves = m.type !== 'PER' ? splitNamePair(m, place, place) : null;
    if (halves) {
      out ??= mentions.slice(0, i);
      for (const h of halves) out.push({ ...h, type: 'LOC' });
    } else out?.push(m);
  }
  return out ?? mentions;
}

/**
 * One line of `newswire enrich --tokens`: `{"tokens":[...]}` in, the same object with IOB2 `"tags"` added out.
 * Throws on a line that is not such an object.
 */
export function tagTokenLine(line: string, model: NerModel = getNerModel()): string {
  const obj = parseTokenLine(line);
  return JSON.stringify({ ...obj, tags: tagTokens(model, obj.tokens) });
}

function parseTokenLine(line: string): { tokens: string[]; doc?: unknown } {
  const obj = JSON.parse(line) as { tokens?: unknown; doc?: unknown };
  if (!Array.isArray(obj.tokens) || !obj.tokens.every((t): t is string => typeof t === 'string')) {
    throw new Error('expected a JSON object with "tokens": string[]');
  }
  return obj as { tokens: string[]; doc?: unknown };
}

/** CoNLL's document separator: a line holding only this token starts a new document. */
export const DOCSTART = '-DOCSTART-';

/**
 * `newswire enrich --tokens` over a stream: consecutive lines with the same string `"doc"` are tagged together as one
 * document (the tagger then also sees the document's other sentences, e.g. that it is a sports report). Test sets
 * converted from CoNLL files keep its separators instead: once a line holding only `-DOCSTART-` has been read (tagged
 * `O`), the lines without `"doc"` up to the next one form one document. Otherwise a line without `"doc"` is tagged on
 * its own. Output keeps the input's order.
 */
export class TokenLineTagger {
  private pending: { obj: { tokens: string[]; doc?: unknown } }[] = [];
  private pendingDoc: string | number | null = null;
  /** Documents begun by a -DOCSTART- line so far (0: none read, lines without "doc" are tagged alone). */
  private docstarts = 0;

  constructor(private readonly model: NerModel = getNerModel()) {}

  /** Takes one input line; returns the output lines that are complete. */
  push(line: string): string[] {
    const obj = parseTokenLine(line);
    if (obj.tokens.length === 1 && obj.tokens[0] === DOCSTART) {
      this.docstarts++;
      const out = this.flush();
      out.push(JSON.stringify({ ...obj, tags: ['O'] }));
      return out;
    }
    // A separator's document is known by its number, so it never merges with a "doc" the input names.
    const doc = typeof obj.doc === 'string' && obj.doc !== '' ? obj.doc : this.docstarts > 0 ? this.docstarts : null;
    const out = doc !== null && doc === this.pendingDoc ? [] : this.flush();
    if (doc === null) {
      out.push(JSON.stringify({ ...obj, tags: tagTokens(this.model, obj.tokens) }));
      return out;
    }
    this.pendingDoc = doc;
    this.pending.push({ obj });
    return out;
  }

  /** The output lines of the document still being read. */
  flush(): string[] {
    const lines = this.pending;
    this.pending = [];
    this.pendingDoc = null;
    if (!lines.length) return [];
    const tags = tagDocument(
      this.model,
      lines.map((l) => l.obj.tokens),
    );
    return lines.map((l, i) => JSON.stringify({ ...l.obj, tags: tags[i] }));
  }
}
