import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ALIASES, COUNTRY_POINTS, EXTRA_DEMONYMS, EXTRA_PLACES, REGION_ABBREVIATIONS, REGION_ADJECTIVES, REGIONS } from './aliases.js';
import { computeKey, normalizeName } from './normalize.js';

export type GeoKind = 'country' | 'admin1' | 'city' | 'region';

/** One gazetteer record. */
export interface GeoEntry {
  /** GeoNames id when known. */
  id: number | null;
  name: string;
  kind: GeoKind;
  countryCode: string | null;
  /** GeoNames admin-1 code within the country ("TX", "08"); '' when unknown. */
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature class (A, P, L) and code (PCLI, ADM1, PPLC ...). */
  featureClass: string;
  featureCode: string;
}

export interface Gazetteer {
  /** Normalised name -> entries carrying it (canonical or alternate name). */
  byName: Map<string, GeoEntry[]>;
  /** Normalised alias -> entries the alias table points at (preferred readings). */
  byAlias: Map<string, GeoEntry[]>;
  byId: Map<number, GeoEntry>;
  countries: Map<string, GeoEntry>;
  /** `${cc}.${admin1}` -> admin-1 region. */
  admin1: Map<string, GeoEntry>;
  /** Normalised demonym/adjective -> country or region entry. */
  demonyms: Map<string, GeoEntry>;
  /** Every entry, for nearest-point queries (benchmarks). */
  entries: GeoEntry[];
}

const DATA_FILE = fileURLToPath(new URL('../../data/geo/gazetteer.tsv.gz', import.meta.url));

const KIND: Record<string, GeoKind> = { C: 'country', A: 'admin1', P: 'city' };
const CLASS: Record<GeoKind, string> = { country: 'A', admin1: 'A', city: 'P', region: 'L' };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * GeoNames romanises Russian and the other former Soviet languages by BGN/PCGN ("Groznyy", "Volzhskiy", "Staryy
 * Oskol"); English-language news write "-y" for those endings ("Grozny", "Volzhsky", "Stary Oskol"). Both spellings
 * are indexed for places in these countries.
 */
const BGN_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'AZ', 'AM', 'GE', 'MD']);

/**
 * The news spelling of a lower-case name of a place in `countryCode` ("groznyy" -> "grozny", "nizhniy novgorod" ->
 * "nizhny novgorod"); null when the country is not BGN-romanised or the name has no such ending.
 */
export function newsSpelling(name: string, countryCode: string | null): string | null {
  if (countryCode === null || !BGN_COUNTRIES.has(countryCode) || !/[iy]y\b/.test(name)) return null;
  return name.replace(/[iy]y\b/g, 'y');
}

/** Parses the built gazetteer text (see scripts/build-gazetteer.ts) and adds the hand tables. */
export function buildGazetteer(tsv: string): Gazetteer {
  const g: Gazetteer = {
    byName: new Map(),
    byAlias: new Map(),
    byId: new Map(),
    countries: new Map(),
    admin1: new Map(),
    demonyms: new Map(),
    entries: [],
  };
  const demonymCandidates: [string, string][] = [];
  const add = (e: GeoEntry, names: string[]) => {
    g.entries.push(e);
    if (e.id !== null && !g.byId.has(e.id)) g.byId.set(e.id, e);
    for (const n of names) {
      const key = computeKey(n);
      if (!key) continue;
      push(g.byName, key, e);
      const news = newsSpelling(key, e.countryCode);
      if (news) push(g.byName, news, e);
    }
  };

  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const [k = '', id = '', name = '', cc = '', adm1 = '', lat = '', lon = '', pop = '', fcode = '', alts = ''] = line.split('\t');
    if (k === 'D') {
      demonymCandidates.push([name, cc]);
      continue;
    }
    const kind = KIND[k];
    if (!kind) continue;
    const e: GeoEntry = {
      id: id ? Number(id) : null,
      name,
      kind,
      countryCode: cc || null,
      admin1: adm1,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(pop),
      featureClass: CLASS[kind],
      featureCode: fcode,
    };
    add(e, [name, ...(alts ? alts.split('|') : [])]);
    if (kind === 'country' && cc) g.countries.set(cc, e);
    if (kind === 'admin1' && cc && adm1 && !g.admin1.has(`${cc}.${adm1}`)) g.admin1.set(`${cc}.${adm1}`, e);
  }

  for (const [cc, lat, lon, id] of COUNTRY_POINTS) {
    const c = g.countries.get(cc);
    if (!c) continue;
    c.lat = lat;
    c.lon = lon;
    if (id !== null) {
      c.id = id;
      g.byId.set(id, c);
    }
  }
  for (const [name, cc, lat, lon, population, featureCode, id] of EXTRA_PLACES) {
    const kind: GeoKind = featureCode.startsWith('ADM') ? 'admin1' : 'city';
    add({ id, name, kind, countryCode: cc, admin1: '', lat, lon, population, featureClass: CLASS[kind], featureCode }, [name]);
  }
  const regions = new Map<string, GeoEntry>();
  for (const [name, lat, lon, id, ...aliases] of REGIONS) {
    const e: GeoEntry = {
      id,
      name,
      kind: 'region',
      countryCode: null,
      admin1: '',
      lat,
      lon,
      population: 0,
      featureClass: 'L',
      featureCode: id ? 'CONT' : 'RGN',
    };
    regions.set(name, e);
    add(e, [name, ...aliases]);
  }

  const regionAbbr = REGION_ABBREVIATIONS.map(([a, t, cc]) => [a, t, cc, 'admin1'] as const);
  for (const [alias, target, cc, kind] of [...ALIASES.map(([a, t, cc]) => [a, t, cc, null] as const), ...regionAbbr]) {
    const key = normalizeName(target);
    const hits = (g.byName.get(key) ?? []).filter((e) => e.countryCode === cc && (kind === null || e.kind === kind));
    // The alias names a place, not the region around it: prefer a canonical-name match, then a
    // country, then a city over a same-named admin region ("Saigon" is the city, not the province).
    const order = (e: GeoEntry) => (normalizeName(e.name) === key ? 4 : 0) + (e.kind === 'country' ? 2 : e.kind === 'city' ? 1 : 0);
    const best = hits.sort((a, b) => order(b) - order(a) || rank(b) - rank(a))[0];
    if (!best) continue;
    push(g.byAlias, normalizeName(alias), best);
    push(g.byName, normalizeName(alias), best);
  }

  // Demonyms: the country list's own first (a shared demonym goes to the most populous country),
  // then the hand table, which wins.
  for (const [name, cc] of demonymCandidates) {
    const country = g.countries.get(cc);
    if (!country) continue;
    const key = normalizeName(name);
    const prev = g.demonyms.get(key);
    if (!prev || prev.population < country.population) g.demonyms.set(key, country);
  }
  for (const [name, cc] of EXTRA_DEMONYMS) {
    const country = g.countries.get(cc);
    if (country) g.demonyms.set(normalizeName(name), country);
  }
  for (const [adj, region] of REGION_ADJECTIVES) {
    const e = regions.get(region);
    if (e) g.demonyms.set(normalizeName(adj), e);
  }
  return g;
}

/** Prior rank of an entry among same-named ones: countries, then admin regions, then by population. */
export function rank(e: GeoEntry): number {
  const kindBoost = e.kind === 'country' ? 1e10 : e.kind === 'region' ? 5e9 : 0;
  return kindBoost + e.population;
}

let singleton: Gazetteer | null = null;

/** The process-wide gazetteer, loaded from the built data file on first use. */
export function getGazetteer(): Gazetteer {
  if (!singleton) singleton = buildGazetteer(gunzipSync(readFileSync(DATA_FILE)).toString('utf8'));
  return singleton;
}
