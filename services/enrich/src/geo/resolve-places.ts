import type { Place, Span } from '@newswire/contracts';
import { getGazetteer, rank, type GeoEntry, type Gazetteer } from './gazetteer.js';
import { LETTER, SPACE, UPPER, charClass } from '../text/char-class.js';
import { cleanMention, normalizeName } from './normalize.js';
import { splitNamePair } from '../text/name-pair.js';

export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  type: 'LOC' | 'ORG' | 'MISC' | 'PER';
}

/** What the rest of the article says about where it is; used to pick among same-named places. */
export interface GeoContext {
  /** Other place names of the article (as written). */
  others?: string[];
  /** The dateline place ("BEIJING"). */
  dateline?: string | null;
}

export interface GeoCandidate {
  name: string;
  countryCode: string | null;
  lat: number;
  lon: number;
  geonameId: number | null;
  featureClass: string;
  featureCode: string;
  population: number;
  kind: GeoEntry['kind'];
  via: 'entity' | 'demonym' | 'fallback';
  confidence: number;
}

/** One mention's reading. `entry` is null when nothing in the gazetteer fits (then `fallback` may place it). */
export interface MentionResolution {
  mention: PlaceMention;
  entry: GeoEntry | null;
  via: 'entity' | 'demonym';
  confidence: number;
  /** For an unknown name: the article's focus place, the best guess of where it lies. */
  fallback: GeoEntry | null;
}

interface Candidate {
  entry: GeoEntry;
  alias: boolean;
  demonym: boolean;
}

interface Context {
  countries: Map<string, number>;
  admin1: Map<string, number>;
  points: GeoEntry[];
  /** Readings (cities) of each other name of the article. */
  neighbours: GeoEntry[][];
  dateline: GeoEntry | null;
}

const GENERIC_SUFFIX =
  /\s(?:city|province|state|county|co|cnty|parish|borough|region|district|oblast|governorate|prefecture|municipality|metropolitan area|metro area|area)$/;
const DIRECTION_PREFIX =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|upstate|downtown)\s/;
const MAX_CANDIDATES = 40;

function lookup(g: Gazetteer, key: string): Candidate[] {
  const out: Candidate[] = [];
  const aliases = g.byAlias.get(key) ?? [];
  for (const entry of aliases) out.push({ entry, alias: true, demonym: false });
  const list = g.byName.get(key);
  if (list === undefined) return out;
  for (const entry of topRanked(list)) if (!aliases.includes(entry)) out.push({ entry, alias: false, demonym: false });
  return out;
}

/** The MAX_CANDIDATES best-ranked entries of a name's list, sorted once per list (the gazetteer does not change once built). */
const ranked = new WeakMap<GeoEntry[], GeoEntry[]>();
function topRanked(list: GeoEntry[]): GeoEntry[] {
  let top = ranked.get(list);
  if (top === undefined || top.length !== Math.min(list.length, MAX_CANDIDATES)) {
    top = [...list].sort((a, b) => rank(b) - rank(a)).slice(0, MAX_CANDIDATES);
    ranked.set(list, top);
  }
  return top;
}

function demonymOf(g: Gazetteer, key: string): GeoEntry | null {
  return (
    g.demonyms.get(key) ??
    (key.endsWith('s') ? g.demonyms.get(key.slice(0, -1)) : undefined) ??
    (key.endsWith('es') ? g.demonyms.get(key.slice(0, -2)) : undefined) ??
    null
  );
}

/** Candidate readings of a place name, trying looser forms only when the exact one is unknown. */
export function candidatesFor(name: string, g: Gazetteer = getGazetteer()): Candidate[] {
  const key = normalizeName(cleanMention(name));
  if (!key) return [];
  let c = lookup(g, key);
  const dem = demonymOf(g, key);
  // "Canadian", "English": the demonym beats small towns of that name.
  if (dem && !c.some((x) => x.alias || x.entry.kind !== 'city' || x.entry.population >= 100_000)) {
    return [{ entry: dem, alias: false, demonym: true }];
  }
  // Short all-caps forms ("EU", "US", "UK") are abbreviations, not towns called "Eu" or "Us".
  const raw = cleanMention(name);
  if (c.length && raw.replace(/\./g, '').length <= 3 && /^[A-Z.]+$/.test(raw)) {
    const strong = c.filter((x) => x.alias || x.entry.kind !== 'city');
    if (strong.length) return strong;
  }
  if (c.length) return c;
  const comma = cleanMention(name).split(',')[0];
  if (comma && comma !== cleanMention(name)) {
    c = candidatesFor(comma, g);
    if (c.length) return c;
  }
  for (const re of [GENERIC_SUFFIX, DIRECTION_PREFIX]) {
    const stripped = key.replace(re, '').trim();
    if (stripped && stripped !== key) {
      c = lookup(g, stripped);
      if (c.length) return c;
      const d = demonymOf(g, stripped);
      if (d) return [{ entry: d, alias: false, demonym: true }];
    }
  }
  return [];
}

const STOP = new Set(['of', 'the', 'and', 'de', 'for', 'in', 'at', 'on', 'la', 'le', 'du', 'des', 'del', 'da', 'di']);
/** Words that name admin regions somewhere ("Centre", "North", "Delta") but inside a longer name are just words. */
const GENERIC = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'centre',
  'center',
  'city',
  'hall',
  'federal',
  'delta',
  'island',
  'islands',
  'canal',
  'metro',
  'capital',
  'new',
  'old',
  'great',
  'greater',
  'upper',
  'lower',
  'national',
  'state',
  'river',
  'lake',
  'mount',
  'bay',
  'port',
  'coast',
  'valley',
  'park',
  'union',
  'republic',
  'saint',
  'grand',
  'middle',
  'northern',
  'southern',
  'eastern',
  'western',
  'international',
  'royal',
  'victoria',
  'george',
  'church',
  'street',
]);

/**
 * For a name the gazetteer lacks ("Bank of Japan", "Colorado State University", "Heathrow Airport"):
 * the well-known places and demonyms inside it, which usually locate it. Only countries, regions,
 * admin regions and sizeable cities count, so common words do not match small towns.
 */
export function innerCandidatesFor(name: string, g: Gazetteer = getGazetteer()): Candidate[] {
  const words = cleanMention(name).split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  for (let len = words.length - 1; len >= 1; len--) {
    const found: Candidate[] = [];
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len);
      if (STOP.has(part[0]!.toLowerCase()) || STOP.has(part[len - 1]!.toLowerCase())) continue;
      if (!/^\p{Lu}/u.test(part[0]!)) continue;
      const key = normalizeName(part.join(' '));
      if (len === 1 && GENERIC.has(key)) continue;
      // Canonical names and aliases only (not native or alternate spellings, which collide with
      // English words), and no demonyms ("French Quarter" is not in France).
      for (const c of lookup(g, key)) {
        const e = c.entry;
        if (!c.alias && normalizeName(e.name) !== key) continue;
        if (e.kind !== 'city' || e.population >= 50_000 || c.alias) found.push(c);
      }
    }
    if (found.length) return found;
  }
  return [];
}

const R = 6371;
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

function priorScore(c: Candidate, all: Candidate[]): number {
  const e = c.entry;
  let s = Math.log10(e.population + 100);
  switch (e.kind) {
    case 'country':
      s += 2.5;
      break;
    // A continent or sea named exactly is rarely a small town of the same name ("Atlantic", "Pacific").
    case 'region':
      s += 6;
      break;
    case 'admin1': {
      // Second-level units (counties, provinces, departments) carry only a share of their region's
      // population as a proxy: a weaker prior than a true first-level region.
      s += e.featureCode === 'ADM1' ? 0.8 : -0.5;
      // An admin region named after its main city ("New York", "Kyiv", "Paris" department): the city is the usual reading.
      const city = all.find(
        (o) => o.entry.kind === 'city' && o.entry.countryCode === e.countryCode && o.entry.population >= 0.2 * e.population,
      );
      if (city) s -= 3;
      break;
    }
    case 'city':
      if (e.featureCode === 'PPLC') s += 1.2;
      else if (e.featureCode === 'PPLA') s += 0.6;
      else if (e.featureCode === 'PPLA2') s += 0.2;
      else if (e.featureCode === 'PPLX' || e.featureCode === 'PPLL') s -= 0.5;
      break;
  }
  if (c.alias) s += 2.5;
  return s;
}

function contextScore(e: GeoEntry, ctx: Context, container: GeoEntry[]): number {
  let s = 0;
  const cc = e.countryCode;
  if (cc) {
    const w = ctx.countries.get(cc) ?? 0;
    let total = 0;
    for (const v of ctx.countries.values()) total += v;
    // Both how often the country comes up and how much of the article it takes.
    if (e.kind !== 'country' && w > 0) s += 1.5 * Math.min(1, w / 2) + 2 * (w / total);
    if (ctx.dateline && ctx.dateline.countryCode === cc) s += 1.5;
    if (e.kind === 'city' && e.admin1) {
      const a = ctx.admin1.get(`${cc}.${e.admin1}`) ?? 0;
      s += 1.5 * Math.min(1, a);
      if (ctx.dateline && ctx.dateline !== e && ctx.dateline.countryCode === cc && ctx.dateline.admin1 === e.admin1) s += 1;
    }
    for (const c of container) {
      if (c.kind === 'country' && c.countryCode === cc) s += 6;
      else if (c.kind === 'admin1' && c.countryCode === cc && c.admin1 && c.admin1 === e.admin1) s += 8;
    }
  }
  // Spatial coherence: places named together tend to lie together ("London" with "St. Thomas" and
  // "Middlesex" is London, Ontario). Count the other names that have a reading within 100 km.
  if (e.kind === 'city') {
    let near = 0;
    for (const list of ctx.neighbours) {
      if (list.some((o) => o !== e && Math.abs(o.lat - e.lat) < 1 && haversineKm(o.lat, o.lon, e.lat, e.lon) < 100)) near++;
      if (near >= 3) break;
    }
    s += 1.2 * near;
  }
  return s;
}

function pick(cands: Candidate[], ctx: Context, container: GeoEntry[]): { entry: GeoEntry; confidence: number; demonym: boolean } | null {
  if (!cands.length) return null;
  const scored = cands.map((c) => ({ c, s: priorScore(c, cands) + contextScore(c.entry, ctx, container) })).sort((a, b) => b.s - a.s);
  const best = scored[0]!;
  const second = scored[1];
  const margin = second ? best.s - second.s : 4;
  const confidence = Math.round(Math.min(0.98, 0.5 + 0.5 * (1 - Math.exp(-margin / 2))) * 100) / 100;
  return { entry: best.c.entry, confidence: best.c.demonym ? Math.min(confidence, 0.85) : confidence, demonym: best.c.demonym };
}

function emptyContext(dateline: GeoEntry | null): Context {
  return { countries: new Map(), admin1: new Map(), points: [], neighbours: [], dateline };
}

function addToContext(ctx: Context, e: GeoEntry, weight: number): void {
  if (e.countryCode) ctx.countries.set(e.countryCode, (ctx.countries.get(e.countryCode) ?? 0) + weight);
  if (e.countryCode && e.admin1 && (e.kind === 'admin1' || e.kind === 'city')) {
    const k = `${e.countryCode}.${e.admin1}`;
    ctx.admin1.set(k, (ctx.admin1.get(k) ?? 0) + weight);
  }
  if (e.kind === 'city' && !ctx.points.includes(e)) ctx.points.push(e);
}

/**
 * Resolves every mention to a gazetteer entry, in two passes: first each name on its own (with the
 * dateline as prior), then again with the confident readings of the *other* names as context
 * (countries and admin regions they lie in, nearby cities), plus an explicit container that
 * follows the name ("Paris, Texas").
 */
export function resolveMentions(
  text: string | null,
  mentions: PlaceMention[],
  dateline?: string | null,
  g: Gazetteer = getGazetteer(),
): { resolutions: MentionResolution[]; dateline: GeoEntry | null; focus: GeoEntry | null } {
  // "MONTGOMERY, Ala." / "Paris, Texas": the part after the comma is the container of the first.
  const [dlPlace = '', dlRegion = ''] = (dateline ?? '').split(/\s*[,/]\s*/);
  const dlCands = dlPlace ? candidatesFor(dlPlace, g) : [];
  const dlContainer = dlRegion
    ? candidatesFor(dlRegion, g)
        .map((c) => c.entry)
        .filter((e) => e.kind === 'admin1' || e.kind === 'country')
    : [];
  const dl = pick(dlCands, emptyContext(null), dlContainer)?.entry ?? null;
  const keys = mentions.map((m) => normalizeName(cleanMention(m.text)));
  const direct = mentions.map((m) => candidatesFor(m.text, g));
  const inner = direct.map((c, i) => (c.length ? false : true) && innerCandidatesFor(mentions[i]!.text, g).length > 0);
  const cands = direct.map((c, i) => (c.length ? c : inner[i] ? innerCandidatesFor(mentions[i]!.text, g) : c));

  // "Paris, Texas" / "Paris (Texas)": the next mention right after a comma is a container candidate.
  const isContainer = (e: GeoEntry) => e.kind === 'admin1' || e.kind === 'country';
  const containers: GeoEntry[][] = mentions.map((m, i) => {
    // One span holding both ("Paris, Texas").
    const [, after] = cleanMention(m.text).split(/\s*,\s*/);
    if (after)
      return candidatesFor(after, g)
        .map((c) => c.entry)
        .filter(isContainer);
    const next = mentions[i + 1];
    if (!next || !text) return [];
    const between = text.slice(m.end, next.start);
    if (!/^\s*[,(]\s*$/.test(between)) return [];
    return (cands[i + 1] ?? []).map((c) => c.entry).filter(isContainer);
  });
  // A mention that is itself a container of the previous one is read as that container.
  const pass1 = cands.map((c, i) => pick(c, emptyContext(dl), containers[i] ?? []));
  const cityReadings = new Map<string, GeoEntry[]>();
  cands.forEach((c, i) => {
    const key = keys[i]!;
    if (inner[i] || cityReadings.has(key)) return;
    // Only plausible readings: a tiny namesake of a big city must not pull others towards it.
    const all = c.map((x) => x.entry).filter((e) => e.kind === 'city');
    const top = Math.max(0, ...all.map((e) => e.population));
    const cities = all.filter((e) => e.population >= 0.1 * top).slice(0, 12);
    if (cities.length) cityReadings.set(key, cities);
  });

  const resolutions: MentionResolution[] = mentions.map((mention, i) => {
    const ctx = emptyContext(dl);
    const key = keys[i];
    pass1.forEach((p, j) => {
      if (!p || keys[j] === key || inner[j] || p.entry.kind === 'region') return;
      const weight = p.demonym ? 0.5 : p.confidence >= 0.8 || p.entry.kind === 'country' ? 1 : 0.4;
      addToContext(ctx, p.entry, weight);
    });
    if (dl) addToContext(ctx, dl, 1);
    ctx.neighbours = [...cityReadings.entries()].filter(([k]) => k !== key).map(([, v]) => v);
    let r = pick(cands[i] ?? [], ctx, containers[i] ?? []);
    // A small town abroad that only shares the name, in an article clearly about another country,
    // is more likely a local feature the gazetteer lacks: leave it to the focus fallback.
    if (r && r.entry.kind === 'city' && r.entry.population < 20_000 && !r.demonym && r.entry.countryCode) {
      const own = ctx.countries.get(r.entry.countryCode) ?? 0;
      const top = Math.max(0, ...ctx.countries.values());
      if (own === 0 && top >= 2) r = null;
    }
    // A place located by a name inside it is a guess: halve its confidence, and it is an entity, not a demonym.
    const confidence = r ? (inner[i] ? Math.round(r.confidence * 50) / 100 : r.confidence) : 0;
    return { mention, entry: r?.entry ?? null, via: r?.demonym && !inner[i] ? 'demonym' : 'entity', confidence, fallback: null };
  });

  const focus = dl ?? mostSalient(resolutions.filter((_, i) => !inner[i]));
  // A name located only by a place inside it ("University of Alberta", "Washington Square") lies near
  // the article's focus when that is in the same country: the focus is the closer guess.
  resolutions.forEach((r, i) => {
    if (inner[i] && r.entry && focus && focus.countryCode === r.entry.countryCode) r.entry = null;
  });
  for (const r of resolutions) if (!r.entry) r.fallback = focus;
  return { resolutions, dateline: dl, focus };
}

/** The most mentioned resolved place, preferring the most specific level among ties in its country. */
function mostSalient(resolutions: MentionResolution[]): GeoEntry | null {
  const byCountry = new Map<string, number>();
  for (const r of resolutions) if (r.entry?.countryCode) byCountry.set(r.entry.countryCode, (byCountry.get(r.entry.countryCode) ?? 0) + 1);
  const topCc = [...byCountry.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!topCc) return resolutions.find((r) => r.entry)?.entry ?? null;
  const counts = new Map<GeoEntry, number>();
  for (const r of resolutions)
    if (r.entry && r.entry.countryCode === topCc && r.entry.kind === 'city') counts.set(r.entry, (counts.get(r.entry) ?? 0) + 1);
  const city = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return city ?? resolutions.find((r) => r.entry?.countryCode === topCc)?.entry ?? null;
}

function toCandidate(e: GeoEntry, via: GeoCandidate['via'], confidence: number): GeoCandidate {
  return {
    name: e.name,
    countryCode: e.countryCode,
    lat: e.lat,
    lon: e.lon,
    geonameId: e.id,
    featureClass: e.featureClass,
    featureCode: e.featureCode,
    population: e.population,
    kind: e.kind,
    via,
    confidence,
  };
}

/** Geocodes one name, with the article's other place names and dateline as context. */
export function geocode(name: string, context: GeoContext = {}): GeoCandidate | null {
  const others = context.others ?? [];
  const mentions: PlaceMention[] = [name, ...others].map((t) => ({ text: t, start: 0, end: 0, type: 'LOC' }));
  const { resolutions } = resolveMentions(null, mentions, context.dateline);
  const r = resolutions[0];
  if (!r) return null;
  if (r.entry) return toCandidate(r.entry, r.via, r.confidence);
  return r.fallback ? toCandidate(r.fallback, 'fallback', 0.1) : null;
}

export { toCandidate };

// ---------------------------------------------------------------------------------------- places

const WORD_RE = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu;

/**
 * Capitalised words, alone or with the next one when it is capitalised too ("South Korean"): `WORD_RE`'s
 * matches as [start, end of the first word, end]. A hand-written scanner; the regex serves astral text
 * (the scanner meets every surrogate and gives up) and `useRegex` (the tests pin the two together).
 */
export function capitalisedWords(text: string, useRegex = false): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  if (!useRegex) {
    const n = text.length;
    const inWord = (j: number): boolean => {
      const c = text.charCodeAt(j);
      return c === 39 || c === 0x2019 || c === 45 || (charClass(c) & LETTER) !== 0;
    };
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if ((c & 0xf800) === 0xd800) break;
      if ((charClass(c) & UPPER) === 0) continue;
      let j = i + 1;
      while (j < n && inWord(j)) j++;
      let k = j;
      while (k < n && (charClass(text.charCodeAt(k)) & SPACE) !== 0) k++;
      let end = j;
      if (k > j && k < n && (charClass(text.charCodeAt(k)) & UPPER) !== 0) {
        end = k + 1;
        while (end < n && inWord(end)) end++;
      }
      out.push([i, j, end]);
      i = end - 1;
    }
    if (i >= n) return out;
    out.length = 0;
  }
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index ?? 0;
    const first = m[0].split(/\s+/)[0]!;
    out.push([start, start + first.length, start + m[0].length]);
  }
  return out;
}

/** Demonyms/adjectives in the text ("Chinese", "South Korean") outside other mentions. */
function findDemonyms(text: string, taken: PlaceMention[], g: Gazetteer): { mention: PlaceMention; entry: GeoEntry }[] {
  const out: { mention: PlaceMention; entry: GeoEntry }[] = [];
  const overlaps = (s: number, e: number) => taken.some((m) => m.start < e && s < m.end);
  for (const [start, firstEnd, matchEnd] of capitalisedWords(text)) {
    // Try the two-word form first ("South Korean"), then the first word alone.
    for (let end = matchEnd; ; end = firstEnd) {
      const form = text.slice(start, end);
      const entry = demonymOf(g, normalizeName(form.replace(/['’]s$/, '')));
      if (entry && !overlaps(start, end)) {
        out.push({ mention: { text: form, start, end, type: 'MISC' }, entry });
        break;
      }
      if (end === firstEnd) break;
    }
  }
  return out;
}

const PLACE_KINDS = new Set(['country', 'admin1', 'region']);

/**
 * "Russia-China ties", "US-Mexico border", "Israel–Gaza war": a hyphenated pair of place names is a relation
 * between two places, not a place. When both halves are known places, the mention is read as the two of them
 * (each with its own span); otherwise it is left as it is (Guinea-Bissau, Stratford-upon-Avon, Baden-Württemberg
 * are single names the gazetteer knows whole, and are looked up before any split).
 */
export function splitPlacePairs(mentions: readonly PlaceMention[], g: Gazetteer = getGazetteer()): PlaceMention[] {
  const known = (name: string): boolean => lookup(g, normalizeName(name)).some((c) => PLACE_KINDS.has(c.entry.kind) || c.alias);
  const knownWhole = (name: string): boolean => lookup(g, normalizeName(name)).length > 0;
  return mentions.flatMap((m) => {
    const halves = m.type === 'LOC' ? splitNamePair(m, knownWhole, known) : null;
    return halves ? halves.map((h) => ({ ...h, type: 'LOC' as const })) : [m];
  });
}

/**
 * Places of an article: LOC mentions resolved to gazetteer entries, ORG/MISC mentions that are
 * exactly a country/region name (metonymy: "Turkey said"), demonyms in the text, and the dateline
 * place, which is the focus. Repeated mentions of one place are grouped.
 */
export function resolvePlaces(input: { text: string; mentions: PlaceMention[]; dateline?: string | null }): Place[] {
  const g = getGazetteer();
  const placeMentions = splitPlacePairs(input.mentions, g)
    .filter((m) => {
      if (m.type === 'LOC') return true;
      if (m.type === 'PER') return false;
      const key = normalizeName(cleanMention(m.text));
      const exact = lookup(g, key).some((c) => PLACE_KINDS.has(c.entry.kind));
      return exact || (m.type === 'MISC' && demonymOf(g, key) !== null);
    })
    .sort((a, b) => a.start - b.start);
  // (Scanning the text for country/capital names the tagger missed was measured: it added almost
  // nothing the tagger had not found, so only demonyms, which taggers leave as MISC or miss, are scanned.)
  const demonyms = findDemonyms(input.text, input.mentions, g).map((d) => d.mention);
  const all = [...placeMentions, ...demonyms].sort((a, b) => a.start - b.start);
  const { resolutions, dateline, focus } = resolveMentions(input.text, all, input.dateline);

  interface Group {
    place: Place;
    entry: GeoEntry | null;
    confSum: number;
  }
  const groups = new Map<string, Group>();
  for (const r of resolutions) {
    const e = r.entry ?? r.fallback;
    const key = r.entry ? `e:${r.entry.id ?? ''}:${r.entry.name}:${r.entry.countryCode ?? ''}` : `u:${normalizeName(r.mention.text)}`;
    const span: Span = [r.mention.start, r.mention.end];
    const conf = r.entry ? r.confidence : e ? 0.1 : 0;
    let grp = groups.get(key);
    if (!grp) {
      grp = {
        entry: r.entry,
        confSum: 0,
        place: {
          name: r.entry ? r.entry.name : cleanMention(r.mention.text),
          countryCode: e?.countryCode ?? null,
          lat: e?.lat ?? null,
          lon: e?.lon ?? null,
          geonameId: r.entry?.id ?? null,
          featureClass: r.entry?.featureClass ?? null,
          population: r.entry ? r.entry.population : null,
          mentions: 0,
          spans: [],
          via: r.via,
          focus: false,
          confidence: 0,
        },
      };
      groups.set(key, grp);
    }
    grp.place.mentions++;
    grp.place.spans.push(span);
    grp.confSum += conf;
    if (r.via === 'entity') grp.place.via = 'entity';
  }
  for (const grp of groups.values()) grp.place.confidence = Math.round((grp.confSum / grp.place.mentions) * 100) / 100;

  if (dateline) {
    const key = `e:${dateline.id ?? ''}:${dateline.name}:${dateline.countryCode ?? ''}`;
    const grp = groups.get(key);
    if (grp) grp.place.focus = true;
    else {
      groups.set(key, {
        entry: dateline,
        confSum: 0,
        place: {
          name: dateline.name,
          countryCode: dateline.countryCode,
          lat: dateline.lat,
          lon: dateline.lon,
          geonameId: dateline.id,
          featureClass: dateline.featureClass,
          population: dateline.population,
          mentions: 1,
          spans: [],
          via: 'dateline',
          focus: true,
          confidence: 0.9,
        },
      });
    }
  } else if (focus) {
    // Without a dateline the focus is the most salient resolved place.
    for (const grp of groups.values())
      if (grp.entry === focus) {
        grp.place.focus = true;
        break;
      }
  }
  return [...groups.values()].map((grp) => grp.place).sort((a, b) => Number(b.focus) - Number(a.focus) || b.mentions - a.mentions);
}
