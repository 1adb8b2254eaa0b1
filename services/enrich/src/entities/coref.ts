import type { Entity, EntityType } from '@newswire/contracts';
import { ORG_WORDS, PERSON_TITLES } from './lexicon.js';

/** A tagged span before in-article resolution. */
export interface RawMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** An honorific/title directly before the span ("Mr.", "President"), lower-cased, if any. */
  title?: string | null;
}

export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** canonical name of the entity it belongs to */
  entity: string;
}

/**
 * Honorifics and titles that are stripped from the start of a person mention: the tagger's person titles
 * (lexicon.ts), without their full stops, and the words of multi-word titles ("Prime Minister", "Vice President",
 * "Foreign Minister", "Deputy Defence Minister").
 */
export const HONORIFICS = new Set([
  ...[...PERSON_TITLES].map((t) => t.replace(/\.$/, '')),
  'prime',
  'vice',
  'deputy',
  'foreign',
  'defence',
  'defense',
  'agent',
  'father',
]);

const normWord = (w: string): string => w.toLowerCase().replace(/[.’']/g, '');

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/** Removes leading honorifics/titles from a person name ("Mr. Trump" -> "Trump", "President Xi Jinping" -> "Xi Jinping"). */
export function stripHonorifics(name: string): string {
  const ws = words(name);
  let i = 0;
  while (i < ws.length - 1 && HONORIFICS.has(normWord(ws[i] ?? ''))) i++;
  return ws.slice(i).join(' ');
}

/** Acronym of a long form: initials of its capitalised words ("Shanghai Cooperation Organisation" -> "SCO"). */
export function acronymOf(name: string): string {
  return words(name)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

const squashAcronym = (s: string): string => s.replace(/\./g, '').toUpperCase();
const isAcronym = (s: string): boolean => /^(?:\p{Lu}\.?){2,6}$/u.test(s) || /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(s);

interface Cluster {
  type: EntityType;
  name: string;
  nameWords: string[];
  /** nameWords through keyOf, computed once. */
  keyWords: string[];
  mentions: RawMention[];
  surfaces: Map<string, number>;
  typeVotes: Map<EntityType, number>;
}

/**
 * Groups the mentions of one article into entities: exact repeats, person surname/first-name references
 * ("Putin", "Mr. Trump" -> the earlier full name), organisation prefixes ("Xinhua" -> "Xinhua News Agency") and
 * acronym <-> long form ("SCO" <-> "Shanghai Cooperation Organisation"). The canonical name is the longest
 * full form seen. Salience mixes frequency, first position and presence in the title.
 */
export function resolveEntities(
  text: string,
  raw: RawMention[],
  opts: { title?: string | null; titleMentions?: RawMention[] } = {},
): { entities: Entity[]; mentions: EntityMention[] } {
  const sorted = [...raw].sort((a, b) => a.start - b.start);
  // Explicit "Long Form (ACR)" pairs in the text.
  const acronymLinks = new Map<string, string>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (/^\s*[(（]\s*$/.test(between) && isAcronym(b.text) && !isAcronym(a.text)) {
      acronymLinks.set(squashAcronym(b.text), a.text);
    }
  }

  // Longer names first, so short references find the full form even if it comes later.
  const cleaned = sorted.map((m) => ({
    m,
    name: m.type === 'PER' ? stripHonorifics(m.text) : m.text,
  }));
  const order = [...cleaned].sort((a, b) => words(b.name).length - words(a.name).length || a.m.start - b.m.start);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const assign = new Map<RawMention, Cluster>();

  const keyCache = new Map<string, string>();
  const keyOf = (s: string): string => {
    let k = keyCache.get(s);
    if (k === undefined) {
      k = s.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ');
      keyCache.set(s, k);
    }
    return k;
  };
  const add = (c: Cluster, m: RawMention, name: string): void => {
    c.mentions.push(m);
    c.surfaces.set(m.text, (c.surfaces.get(m.text) ?? 0) + 1);
    c.typeVotes.set(m.type, (c.typeVotes.get(m.type) ?? 0) + 1);
    assign.set(m, c);
    byKey.set(keyOf(name), c);
  };

  for (const { m, name } of order) {
    const key = keyOf(name);
    let c = byKey.get(key);
    const nw = words(name);
    if (!c && nw.length <= 2 && nw.length > 0) {
      // Person reference by surname or first name: unique multi-word person containing it at an edge.
      const mw = nw.map(keyOf);
      const cands = clusters.filter((k) => {
        if (k.nameWords.length <= nw.length) return false;
        const kw = k.keyWords;
        const tail = kw.slice(kw.length - mw.length);
        const head = kw.slice(0, mw.length);
        const same = (x: string[]): boolean => x.every((w, i) => w === mw[i]);
        if (k.type === 'PER') return (m.type === 'PER' || m.type === 'MISC' || m.type === 'ORG' || !!m.title) && (same(tail) || same(head));
        // "Xinhua" -> "Xinhua News Agency": only when the rest of the long form is generic organisation words,
        // so "HHS" does not become "HHS Assistant Secretary for Legislation".
        if (k.type === 'ORG' && m.type === 'ORG') return same(head) && kw.slice(mw.length).every((w) => ORG_WORDS.has(w));
        return false;
      });
      if (cands.length === 1) c = cands[0];
      else if (cands.length > 1) {
        // Ambiguous ("Smith" with two Smiths): the most recent full form before the mention.
        const before = cands
          .map((k) => ({ k, last: Math.max(-1, ...k.mentions.filter((x) => x.start < m.start).map((x) => x.start)) }))
          .filter((x) => x.last >= 0)
          .sort((a, b) => b.last - a.last);
        c = before[0]?.k;
      }
    }
    if (!c && isAcronym(name)) {
      const sq = squashAcronym(name);
      const long = acronymLinks.get(sq);
      if (long) c = byKey.get(keyOf(long));
      if (!c) {
        const cands = clusters.filter((k) => k.nameWords.length >= 2 && squashAcronym(acronymOf(k.name)) === sq && k.type !== 'PER');
        if (cands.length === 1) c = cands[0];
      }
    }
    if (!c) {
      c = { type: m.type, name, nameWords: nw, keyWords: nw.map(keyOf), mentions: [], surfaces: new Map(), typeVotes: new Map() };
      clusters.push(c);
    }
    add(c, m, name);
  }

  // The acronym list may put a long form in a cluster created from the acronym (acronym seen first with
  // longer text later is already handled by the length order); merge clusters linked by "(ACR)" either way.
  for (const [acr, long] of acronymLinks) {
    const a = byKey.get(keyOf(acr));
    const l = byKey.get(keyOf(long));
    if (a && l && a !== l) {
      for (const m of a.mentions) add(l, m, l.name);
      a.mentions = [];
    }
  }

  const titleKeys = new Set<string>();
  for (const m of opts.titleMentions ?? []) {
    const n = m.type === 'PER' ? stripHonorifics(m.text) : m.text;
    titleKeys.add(keyOf(n));
    for (const w of words(n)) titleKeys.add(keyOf(w));
  }
  const titleLower = (opts.title ?? '').toLowerCase();

  const live = clusters.filter((c) => c.mentions.length > 0);
  const maxCount = Math.max(1, ...live.map((c) => c.mentions.length));
  const len = Math.max(1, text.length);
  const entities: Entity[] = [];
  const outMentions: EntityMention[] = [];
  const nameOf = new Map<Cluster, string>();
  for (const c of live) {
    // Type: majority vote, but a cluster anchored on a multi-word person stays a person.
    let type = c.type;
    let best = -1;
    for (const [t, n] of c.typeVotes)
      if (n > best || (n === best && t === c.type)) {
        best = n;
        type = t;
      }
    if (c.type === 'PER' && c.nameWords.length > 1) type = 'PER';
    if (c.mentions.some((m) => m.title) && type !== 'LOC') type = 'PER';
    c.type = type;
    nameOf.set(c, c.name);
  }
  const isAllCaps = (x: string): boolean => x.length > 3 && x === x.toUpperCase() && /\p{Lu}/u.test(x);
  for (const c of live) {
    // Canonical name: the longest cleaned form; ties prefer normal casing ("Berlin" over a dateline "BERLIN" or a typed
    // "berlin"), then frequency.
    const forms = new Map<string, number>();
    for (const m of c.mentions) {
      const n = c.type === 'PER' ? stripHonorifics(m.text) : m.text;
      forms.set(n, (forms.get(n) ?? 0) + 1);
    }
    let name = c.name;
    let bestKey: [number, number, number] = [-1, -1, -1];
    for (const [n, cnt] of forms) {
      const k: [number, number, number] = [words(n).length, isAllCaps(n) || !/\p{Lu}/u.test(n) ? 0 : 1, cnt];
      if (k[0] > bestKey[0] || (k[0] === bestKey[0] && (k[1] > bestKey[1] || (k[1] === bestKey[1] && k[2] > bestKey[2])))) {
        bestKey = k;
        name = n;
      }
    }
    // A place only ever typed in lower case ("we flew to kerala"; name-forms.ts) is named as places are written.
    if (!/\p{Lu}/u.test(name)) name = name.replace(/(^|[\s-])\p{Ll}/gu, (x) => x.toUpperCase());
    c.name = name;
    const ms = c.mentions.sort((a, b) => a.start - b.start);
    const first = ms[0]!.start / len;
    const freq = ms.length / maxCount;
    const inTitle =
      titleKeys.has(keyOf(name)) ||
      c.nameWords.some((w) => w.length > 2 && titleKeys.has(keyOf(w))) ||
      (titleLower.length > 0 && titleLower.includes(name.toLowerCase()));
    const salience = Math.min(1, 0.45 * freq + 0.2 * Math.min(1, Math.log2(1 + ms.length) / 3) + 0.15 * (1 - first) + (inTitle ? 0.2 : 0));
    const aliases = [...c.surfaces.keys()].filter((s) => s !== name).sort();
    entities.push({
      name,
      type: c.type,
      mentions: ms.length,
      salience: Math.round(salience * 1000) / 1000,
      aliases,
      spans: ms.map((m) => [m.start, m.end] as [number, number]),
    });
    for (const m of ms) outMentions.push({ text: m.text, start: m.start, end: m.end, type: c.type, entity: name });
  }
  entities.sort((a, b) => b.salience - a.salience || b.mentions - a.mentions || a.name.localeCompare(b.name));
  outMentions.sort((a, b) => a.start - b.start);
  return { entities, mentions: outMentions };
}
