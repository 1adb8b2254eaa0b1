import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haversineKm, type PlaceMention } from '../src/geo/resolve-places.js';
import { benchGeoFile } from './geo.js';

const dir = mkdtempSync(join(tmpdir(), 'geo-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function place(text: string, name: string, lat: number | null, lon: number | null, extra: Record<string, unknown> = {}) {
  const start = text.indexOf(name);
  return { name, span: [start, start + name.length], lat, lon, ...extra };
}

describe('haversineKm', () => {
  it('measures great-circle distance', () => {
    expect(haversineKm(48.8534, 2.3488, 51.5085, -0.1257)).toBeGreaterThan(330);
    expect(haversineKm(48.8534, 2.3488, 51.5085, -0.1257)).toBeLessThan(350);
    expect(haversineKm(10, 20, 10, 20)).toBe(0);
  });
});

describe('benchGeoFile', { timeout: 30_000 }, () => {
  const text = 'Officials in Kiev met envoys from Paris and Berlin. Later, in Texas, the mayor of Paris spoke.';
  const file = join(dir, 'docs.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({
        doc: 'd1',
        text,
        places: [
          place(text, 'Kiev', 50.4547, 30.5238, { countryCode: 'UA', type: 'Literal' }),
          place(text, 'Berlin', 52.5244, 13.4105, { countryCode: 'DE', type: 'Literal' }),
          // A gold point deliberately elsewhere (Sydney): must count as a miss on both scores.
          place(text, 'Texas', -33.8679, 151.2073, { countryCode: 'AU', type: 'Literal' }),
          // No coordinates: not scored.
          place(text, 'Paris', null, null, { type: 'Literal' }),
        ],
      }),
    ].join('\n'),
  );

  it('scores country and distance per gold span with coordinates', async () => {
    const r = await benchGeoFile(file);
    expect(r.spans).toBe(3);
    expect(r.countryAccuracy).toBeCloseTo(2 / 3, 5);
    expect(r.within161km).toBeCloseTo(2 / 3, 5);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ doc: 'd1', name: 'Texas' });
  });

  it('reports NER detection, exact and overlapping, when a tagger is given', async () => {
    // A fake tagger: finds "Kiev" exactly, "Berlin." with a wrong end, misses "Texas".
    const ner = (t: string): PlaceMention[] => {
      const k = t.indexOf('Kiev');
      const b = t.indexOf('Berlin');
      return [
        { text: 'Kiev', start: k, end: k + 4, type: 'LOC' },
        { text: 'Berlin.', start: b, end: b + 7, type: 'LOC' },
      ];
    };
    const r = await benchGeoFile(file, { ner });
    expect(r.ner?.gold).toBe(3);
    expect(r.ner?.exact).toBeCloseTo(1 / 3, 5);
    expect(r.ner?.overlap).toBeCloseTo(2 / 3, 5);
    expect(r.ner?.country).toBeCloseTo(2 / 3, 5);
  });
});
